#include "rapport/model/threading.hpp"
#include "rapport/util/ascii.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <limits>
#include <unordered_map>

namespace rapport::model {
namespace {

// ---------------------------------------------------------------------------
// Subjects


// Reply and forward prefixes of the mail clients people use, lower case. Short ones
// ("r", "i") only count when a colon follows, so words are not mistaken for them.
constexpr std::array<std::string_view, 20> k_ascii_prefixes{
    "re",    // Latin "in re": most clients
    "fw",  "fwd",  // forward
    "aw",    // German "Antwort"
    "wg",    // German "Weitergeleitet"
    "sv",    // Scandinavian "svar"
    "vs",    // Finnish "vastaus"
    "vl",    // Finnish "välitetty" (forward)
    "tr",    // French "transféré"
    "rif",   // Italian "riferimento"
    "r",     // Italian Outlook
    "antw",  // Dutch "antwoord"
    "doorst",  // Dutch "doorsturen" (forward)
    "odp",   // Polish "odpowiedź"
    "pd",    // Polish "przekazanie dalej" (forward)
    "res",   // Portuguese "resposta"
    "enc",   // Portuguese "encaminhado" (forward)
    "rv",    // Spanish "reenviar" (forward)
    "ynt",   // Turkish "yanıt"
    "ref",   // "reference", several clients
};
// Chinese and Japanese clients: reply ("回复", "回覆", "答复") and forward ("转发", "轉寄").
constexpr std::array<std::string_view, 5> k_utf8_prefixes{
    "\xE5\x9B\x9E\xE5\xA4\x8D", "\xE5\x9B\x9E\xE8\xA6\x86", "\xE7\xAD\x94\xE5\xA4\x8D",
    "\xE8\xBD\xAC\xE5\x8F\x91", "\xE8\xBD\x89\xE5\xAF\x84"};
constexpr std::string_view k_fullwidth_colon = "\xEF\xBC\x9A";

std::size_t skip_spaces(std::string_view s, std::size_t p) {
  while (p < s.size() && is_ascii_space(s[p])) ++p;
  return p;
}

// After a prefix word: an optional count ("[2]", "(2)", "^2"), spaces, then a colon.
// Returns the position after the colon, or npos when this is not a prefix.
std::size_t after_prefix_colon(std::string_view s, std::size_t p) {
  if (p < s.size() && (s[p] == '[' || s[p] == '(' || s[p] == '^')) {
    const char close = s[p] == '[' ? ']' : s[p] == '(' ? ')' : '\0';
    std::size_t q = p + 1;
    while (q < s.size() && is_ascii_digit(s[q])) ++q;
    if (q == p + 1) return std::string_view::npos;
    if (close != '\0') {
      if (q >= s.size() || s[q] != close) return std::string_view::npos;
      ++q;
    }
    p = q;
  }
  p = skip_spaces(s, p);
  if (p < s.size() && s[p] == ':') return p + 1;
  if (s.substr(p).starts_with(k_fullwidth_colon)) return p + k_fullwidth_colon.size();
  return std::string_view::npos;
}

// If a reply/forward prefix starts at p, the position after it; else npos.
std::size_t match_prefix(std::string_view s, std::size_t p) {
  std::size_t q = p;
  while (q < s.size() && is_ascii_letter(s[q]) && q - p < 8) ++q;
  if (q > p) {
    std::array<char, 8> word{};
    for (std::size_t k = p; k < q; ++k) word[k - p] = ascii_lower(s[k]);
    const std::string_view w(word.data(), q - p);
    if (std::find(k_ascii_prefixes.begin(), k_ascii_prefixes.end(), w) != k_ascii_prefixes.end())
      return after_prefix_colon(s, q);
    return std::string_view::npos;
  }
  for (const auto prefix : k_utf8_prefixes)
    if (s.substr(p).starts_with(prefix)) return after_prefix_colon(s, p + prefix.size());
  return std::string_view::npos;
}

// A list tag "[acme-sales]" or a ticket tag "[support #123]" at p: the position after it.
std::size_t match_tag(std::string_view s, std::size_t p) {
  if (p >= s.size() || s[p] != '[') return std::string_view::npos;
  constexpr std::size_t k_longest_tag = 80;
  const std::size_t close = s.find(']', p + 1);
  if (close == std::string_view::npos || close - p > k_longest_tag) return std::string_view::npos;
  // "[2]" alone is a count, not a tag, but strip it as well: it carries no topic.
  return close + 1;
}

struct StrippedSubject {
  std::string_view rest;
  bool reply = false;
};

StrippedSubject strip_prefixes(std::string_view s) {
  StrippedSubject out;
  std::size_t p = skip_spaces(s, 0);
  for (;;) {
    if (const auto q = match_tag(s, p); q != std::string_view::npos) {
      p = skip_spaces(s, q);
      continue;
    }
    if (const auto q = match_prefix(s, p); q != std::string_view::npos) {
      out.reply = true;
      p = skip_spaces(s, q);
      continue;
    }
    break;
  }
  out.rest = s.substr(p);
  return out;
}

// ---------------------------------------------------------------------------
// Containers

constexpr std::int32_t k_none = -1;

struct Container {
  std::string_view id;  // empty for a message without id (or a duplicate id)
  std::int32_t message = k_none;
  std::int32_t parent = k_none;
  std::int32_t first_child = k_none;
  std::int32_t next_sibling = k_none;
};

class Forest {
 public:
  explicit Forest(std::size_t expected) {
    containers_.reserve(expected);
    by_id_.reserve(expected);
  }

  std::int32_t get_or_create(std::string_view id) {
    auto [it, inserted] = by_id_.try_emplace(id, k_none);
    if (inserted) {
      it->second = static_cast<std::int32_t>(containers_.size());
      containers_.push_back(Container{id});
    }
    return it->second;
  }
  std::int32_t create_anonymous() {
    containers_.push_back(Container{});
    return static_cast<std::int32_t>(containers_.size() - 1);
  }

  Container& at(std::int32_t i) { return containers_[static_cast<std::size_t>(i)]; }
  std::size_t size() const { return containers_.size(); }

  // Makes `child` (which has no parent) a child of `parent`, unless that would
  // close a loop: `child` being `parent` or one of its ancestors.
  // Cost: the depth of `parent`.
  bool link(std::int32_t parent, std::int32_t child) {
    assert(at(child).parent == k_none);
    for (std::int32_t a = parent; a != k_none; a = at(a).parent)
      if (a == child) return false;
    at(child).parent = parent;
    at(child).next_sibling = at(parent).first_child;
    at(parent).first_child = child;
    return true;
  }

 private:
  std::vector<Container> containers_;
  std::unordered_map<std::string_view, std::int32_t> by_id_;
};

bool earlier(const std::span<const ThreadInput> messages, std::uint32_t a, std::uint32_t b) {
  const auto& da = messages[a].date;
  const auto& db = messages[b].date;
  if (da.has_value() != db.has_value()) return da.has_value();  // undated last
  if (da && *da != *db) return *da < *db;
  return a < b;
}

// One tree of the forest after pruning, before subject grouping.
struct Tree {
  std::int32_t key = k_none;       // the container at its root after pruning
  std::uint32_t representative = 0;
  std::uint32_t size = 0;
  std::optional<Timestamp> first, last;
};

bool share_any(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i == *j) return true;
    if (*i < *j) ++i; else ++j;
  }
  return false;
}

class UnionFind {
 public:
  explicit UnionFind(std::size_t n) : parent_(n) {
    for (std::size_t i = 0; i < n; ++i) parent_[i] = static_cast<std::uint32_t>(i);
  }
  std::uint32_t find(std::uint32_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  // The smaller index stays the representative, so the earliest tree names the group.
  void join(std::uint32_t a, std::uint32_t b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[b] = a;
  }

 private:
  std::vector<std::uint32_t> parent_;
};

// JWZ step 5, restricted (see the header): joins trees into groups.
void group_by_subject(std::span<const ThreadInput> messages, const std::vector<Tree>& trees,
                      const std::vector<std::uint32_t>& tree_of, const ThreadingOptions& options,
                      UnionFind& groups) {
  // Participants per tree, sorted and unique.
  std::vector<std::vector<std::uint64_t>> people(trees.size());
  for (std::size_t i = 0; i < messages.size(); ++i) {
    auto& p = people[tree_of[i]];
    p.insert(p.end(), messages[i].participants.begin(), messages[i].participants.end());
  }
  for (auto& p : people) {
    std::sort(p.begin(), p.end());
    p.erase(std::unique(p.begin(), p.end()), p.end());
  }

  struct Candidate {
    std::uint32_t tree;
    bool reply;
  };
  std::unordered_map<std::string, std::vector<Candidate>> by_subject;
  for (std::uint32_t t = 0; t < trees.size(); ++t) {
    if (!trees[t].first || people[t].empty()) continue;
    const auto stripped = strip_prefixes(messages[trees[t].representative].subject);
    auto subject = normalise_subject(stripped.rest);
    if (is_generic_subject(subject)) continue;
    by_subject[std::move(subject)].push_back({t, stripped.reply});
  }

  struct Cluster {
    std::uint32_t tree;
    Timestamp last;
    std::vector<std::uint64_t> people;
  };
  // A root looks back over this many earlier threads of the same subject; enough for
  // any real mailbox, and it keeps a subject shared by thousands of roots linear.
  constexpr std::size_t k_lookback = 32;
  for (auto& [subject, candidates] : by_subject) {
    if (candidates.size() < 2) continue;
    std::sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
      if (*trees[a.tree].first != *trees[b.tree].first) return *trees[a.tree].first < *trees[b.tree].first;
      return a.tree < b.tree;
    });
    std::vector<Cluster> clusters;
    for (const auto& c : candidates) {
      const Tree& tree = trees[c.tree];
      Cluster* target = nullptr;
      if (c.reply) {
        const std::size_t stop = clusters.size() > k_lookback ? clusters.size() - k_lookback : 0;
        for (std::size_t k = clusters.size(); k-- > stop;) {
          auto& cl = clusters[k];
          if (*tree.first - cl.last > options.max_subject_gap) continue;
          if (!share_any(cl.people, people[c.tree])) continue;
          target = &cl;
          break;
        }
      }
      if (target == nullptr) {
        clusters.push_back({c.tree, *tree.last, people[c.tree]});
        continue;
      }
      groups.join(target->tree, c.tree);
      target->last = std::max(target->last, *tree.last);
      std::vector<std::uint64_t> merged;
      std::set_union(target->people.begin(), target->people.end(), people[c.tree].begin(),
                     people[c.tree].end(), std::back_inserter(merged));
      target->people = std::move(merged);
    }
  }
}

}  // namespace

std::string normalise_subject(std::string_view subject) {
  auto rest = strip_prefixes(subject).rest;
  // A trailing "(fwd)", as some clients append to forwards.
  auto trimmed = rest;
  while (!trimmed.empty() && is_ascii_space(trimmed.back())) trimmed.remove_suffix(1);
  if (trimmed.size() >= 5) {
    std::string tail(trimmed.substr(trimmed.size() - 5));
    for (auto& ch : tail) ch = ascii_lower(ch);
    if (tail == "(fwd)") trimmed.remove_suffix(5);
  }
  return ascii_lower(collapse_ascii_spaces(trimmed));
}

bool is_reply_subject(std::string_view subject) { return strip_prefixes(subject).reply; }

bool is_generic_subject(std::string_view normalised) {
  // Subjects that people reuse for unrelated conversations.
  static constexpr std::array<std::string_view, 34> k_generic{
      "",          "hi",          "hello",         "hey",           "hi there",
      "hello there", "question",  "questions",     "quick question", "a question",
      "meeting",   "call",        "phone call",    "catch up",      "catch-up",
      "follow up", "follow-up",   "followup",      "following up",  "checking in",
      "update",    "thanks",      "thank you",     "thank you!",    "(no subject)",
      "no subject", "(none)",     "untitled",      "test",          "info",
      "fyi",       "urgent",      "important",     "request"};
  if (normalised.size() <= 2) return true;
  return std::find(k_generic.begin(), k_generic.end(), normalised) != k_generic.end();
}

ThreadResult thread_messages(std::span<const ThreadInput> messages, const ThreadingOptions& options) {
  assert(messages.size() < static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()));
  const auto n = messages.size();
  Forest forest(n + n / 2);

  // 1. A container per message. A second message with an id already seen gets a
  //    container of its own, without id, as JWZ does with duplicates.
  std::vector<std::int32_t> container_of(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto& m = messages[i];
    std::int32_t c = m.message_id.empty() ? forest.create_anonymous() : forest.get_or_create(m.message_id);
    if (forest.at(c).message != k_none) c = forest.create_anonymous();
    forest.at(c).message = static_cast<std::int32_t>(i);
    container_of[i] = c;
  }

  // 2. Each message's own parent: In-Reply-To when given (notmuch's rule: it names
  //    the message answered, while References may be reordered or truncated), else
  //    the last Reference. Made before any References chain so they take priority
  //    whatever the input order.
  for (std::size_t i = 0; i < n; ++i) {
    const auto& m = messages[i];
    std::string_view parent_id = m.in_reply_to;
    if (parent_id.empty() && !m.references.empty()) parent_id = m.references.back();
    if (parent_id.empty()) continue;
    const auto child = container_of[i];
    const auto parent = forest.get_or_create(parent_id);
    if (forest.at(child).parent == k_none) (void)forest.link(parent, child);
  }

  // 3. The References chains: each id the parent of the next, where the next has no
  //    parent yet. When In-Reply-To is not among the References, it follows them.
  for (std::size_t i = 0; i < n; ++i) {
    const auto& m = messages[i];
    const auto& refs = m.references;
    auto chain_link = [&](std::string_view a, std::string_view b) {
      if (a.empty() || b.empty() || a == b) return;
      const auto child = forest.get_or_create(b);
      if (forest.at(child).parent != k_none) return;
      (void)forest.link(forest.get_or_create(a), child);
    };
    for (std::size_t k = 0; k + 1 < refs.size(); ++k) chain_link(refs[k], refs[k + 1]);
    if (!refs.empty() && !m.in_reply_to.empty() &&
        std::find(refs.begin(), refs.end(), m.in_reply_to) == refs.end()) {
      chain_link(refs.back(), m.in_reply_to);
    }
  }

  // 4. Trees: walk down from each root; the pruned root (placeholders with a single
  //    child give way to that child) names the tree.
  std::vector<Tree> trees;
  std::vector<std::uint32_t> tree_of(n);
  std::vector<std::int32_t> stack;
  for (std::size_t r = 0; r < forest.size(); ++r) {
    const auto root = static_cast<std::int32_t>(r);
    if (forest.at(root).parent != k_none) continue;
    std::int32_t key = root;
    while (forest.at(key).message == k_none && forest.at(key).first_child != k_none &&
           forest.at(forest.at(key).first_child).next_sibling == k_none) {
      key = forest.at(key).first_child;
    }
    Tree tree;
    tree.key = key;
    bool any = false;
    const auto t = static_cast<std::uint32_t>(trees.size());
    stack.assign(1, root);
    while (!stack.empty()) {
      const auto c = stack.back();
      stack.pop_back();
      for (auto k = forest.at(c).first_child; k != k_none; k = forest.at(k).next_sibling) stack.push_back(k);
      const auto mi = forest.at(c).message;
      if (mi == k_none) continue;
      const auto m = static_cast<std::uint32_t>(mi);
      tree_of[m] = t;
      ++tree.size;
      if (!any || earlier(messages, m, tree.representative)) tree.representative = m;
      any = true;
      if (const auto& d = messages[m].date) {
        if (!tree.first || *d < *tree.first) tree.first = *d;
        if (!tree.last || *d > *tree.last) tree.last = *d;
      }
    }
    if (!any) continue;  // placeholders only
    if (const auto km = forest.at(key).message; km != k_none) tree.representative = static_cast<std::uint32_t>(km);
    trees.push_back(tree);
  }

  // 5. Subject grouping, then the result: groups named by their earliest tree.
  UnionFind groups(trees.size());
  if (options.subject_fallback == SubjectFallback::on) group_by_subject(messages, trees, tree_of, options, groups);

  // The earliest tree of a group (by first message) gives the group its representative.
  std::vector<std::uint32_t> leader(trees.size(), std::numeric_limits<std::uint32_t>::max());
  for (std::uint32_t t = 0; t < trees.size(); ++t) {
    const auto g = groups.find(t);
    auto& l = leader[g];
    if (l == std::numeric_limits<std::uint32_t>::max() ||
        earlier(messages, trees[t].representative, trees[l].representative)) {
      l = t;
    }
  }
  ThreadResult result;
  result.thread_of.assign(n, 0);
  // Threads are numbered in order of their representative's index.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> order;  // (representative, group)
  for (std::uint32_t t = 0; t < trees.size(); ++t)
    if (groups.find(t) == t) order.emplace_back(trees[leader[t]].representative, t);
  std::sort(order.begin(), order.end());
  std::vector<std::uint32_t> thread_index(trees.size(), 0);
  result.threads.reserve(order.size());
  for (const auto& [rep, g] : order) {
    thread_index[g] = static_cast<std::uint32_t>(result.threads.size());
    ThreadSummary summary;
    summary.representative = rep;
    summary.root_id = forest.at(trees[leader[g]].key).id;
    result.threads.push_back(summary);
  }
  for (std::size_t i = 0; i < n; ++i) {
    const auto th = thread_index[groups.find(tree_of[i])];
    result.thread_of[i] = th;
    ++result.threads[th].size;
  }
  return result;
}

}  // namespace rapport::model
