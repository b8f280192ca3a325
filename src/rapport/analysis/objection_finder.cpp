#include "rapport/analysis/objection_finder.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include <fmt/format.h>

#include "rapport/analysis/objection_finder_clauses.hpp"

namespace rapport::analysis {
using detail::clause_end;
using detail::clause_start;
using detail::negated_before;
using detail::same_sentence;

namespace {

constexpr bool is_money_owner(Objection o) {
  return o == Objection::price || o == Objection::budget || o == Objection::vendor_risk;
}

}  // namespace

Result<ObjectionFinder> ObjectionFinder::create(const RuleFiles& files) {
  ObjectionFinder finder;
  for (const auto& file : files_with_prefix(files, "objections"))
    RAPPORT_TRY(finder.phrases_.add_rules(file.name, file.text));
  finder.meanings_.resize(finder.phrases_.label_count());
  for (LabelId id = 0; id < finder.meanings_.size(); ++id) {
    std::string_view name = finder.phrases_.label_name(id);
    auto& meaning = finder.meanings_[id];
    if (name == "concern") {
      meaning.weak = true;
      continue;  // category: other, until a topic types it
    }
    if (name == "other.fixed") {
      meaning.fixed = true;
      continue;  // category: other, whatever topic is near
    }
    if (name.substr(0, 6) == "topic.") {
      meaning.topic = true;
      name.remove_prefix(6);
    } else if (name.substr(0, 4) == "not.") {
      meaning.cancels = true;
      name.remove_prefix(4);
      if (name == "any") {
        meaning.all = true;
        continue;
      }
    }
    const auto category = parse_objection(name);
    if (!category)
      return make_error(fmt::format("objection rules: unknown label \"{}\"", finder.phrases_.label_name(id)),
                        "a label is an objection category (price, budget, vendor_risk, financial_unclear, "
                        "timing, need, authority, competitor, other), other.fixed, not.<category>, not.any "
                        "or topic.<category>");
    meaning.category = *category;
  }
  return finder;
}

std::vector<ObjectionHit> ObjectionFinder::find(std::string_view text, const std::vector<Token>& tokens) const {
  const auto matches = phrases_.find_all(tokens);
  struct Cancel {
    std::size_t first, last;  // the clause it covers, in tokens
    bool all;
    Objection category;
  };
  std::vector<Cancel> cancels;
  for (const auto& m : matches) {
    const auto& meaning = meanings_[m.label];
    if (!meaning.cancels) continue;
    cancels.push_back({clause_start(text, tokens, m.first), clause_end(text, tokens, m.last - 1), meaning.all,
                       meaning.category});
  }
  // A hit while the text is read; a weak one (a "concern" rule's) still waits for a
  // topic to type it, and is dropped if none does.
  struct Candidate : ObjectionHit {
    bool weak = false;
    bool fixed = false;
  };
  std::vector<Candidate> hits;
  struct Topic {
    Span span;
    Objection category;
    std::uint32_t rule;
  };
  std::vector<Topic> topics;
  for (const auto& m : matches) {
    const auto& meaning = meanings_[m.label];
    if (meaning.cancels) continue;
    const bool cancelled = std::any_of(cancels.begin(), cancels.end(), [&](const Cancel& c) {
      return (c.all || c.category == meaning.category) && m.first >= c.first && m.first < c.last;
    });
    // A topic is not negated: "I'm not sure about the timing" doubts the timing. One said
    // to be no concern types nothing: "price is fine, my issue is the install".
    if (meaning.topic) {
      if (!cancelled) topics.push_back({{tokens[m.first].begin, tokens[m.last - 1].end}, meaning.category, m.rule});
      continue;
    }
    // "not until after March", "can't look at it for a few weeks" are still timing
    // objections: a negation does not reach a hit that starts with a time limit.
    const auto& first_word = tokens[m.first].text;
    const bool temporal = meaning.category == Objection::timing &&
                          (first_word == "until" || first_word == "till" || first_word == "til" ||
                           first_word == "for" || first_word == "after");
    if (!temporal && negated_before(text, tokens, m.first)) continue;
    if (cancelled) continue;
    // Several rules of one category on the same words give one hit.
    const Span span{tokens[m.first].begin, tokens[m.last - 1].end};
    // A weak concern on the same words as a plain one stands without a topic.
    const auto duplicate = std::find_if(hits.begin(), hits.end(), [&](const Candidate& h) {
      return h.category == meaning.category && h.span.begin < span.end && span.begin < h.span.end;
    });
    if (duplicate != hits.end()) {
      duplicate->weak = duplicate->weak && meaning.weak;
      continue;
    }
    hits.push_back({{meaning.category, span, phrases_.rule_origin(m.rule)}, meaning.weak, meaning.fixed});
  }
  // "other" is the fallback ("I'm worried…"): a named category in the same sentence wins.
  // An "other.fixed" hit names an objection of its own (the minimum order, the union).
  std::erase_if(hits, [&](const Candidate& h) {
    if (h.category != Objection::other || h.fixed) return false;
    return std::any_of(hits.begin(), hits.end(), [&](const Candidate& named) {
      if (named.category == Objection::other) return false;
      return same_sentence(text, named.span, h.span);
    });
  });
  // A concern with no category of its own ("I'm a bit nervous about…") takes the one its
  // subject names: "…about the support side" is a doubt about the vendor, "…about the
  // monthly cost" about the price. The first subject in the sentence after the concern
  // word wins, else the nearest before it.
  for (auto& hit : hits) {
    if (hit.category != Objection::other || hit.fixed) continue;
    const Topic* chosen = nullptr;
    for (const auto& topic : topics) {
      if (!same_sentence(text, topic.span, hit.span)) continue;
      chosen = &topic;
      if (topic.span.begin >= hit.span.begin) break;
    }
    if (chosen) {
      hit.category = chosen->category;
      hit.weak = false;
      hit.rule += fmt::format(" typed by {}", phrases_.rule_origin(chosen->rule));
    }
  }
  // "Not sure about…", "the only thing is…" voice a concern only when they name a subject.
  std::erase_if(hits, [](const Candidate& h) { return h.weak; });
  // A money concern is "unclear" only when nothing in the text says whose money it is.
  if (std::any_of(hits.begin(), hits.end(), [](const Candidate& h) { return is_money_owner(h.category); }))
    std::erase_if(hits, [](const Candidate& h) { return h.category == Objection::financial_unclear; });
  return {hits.begin(), hits.end()};
}

std::vector<ObjectionHit> ObjectionFinder::find(std::string_view text) const {
  return find(text, tokenize(text));
}

}  // namespace rapport::analysis
