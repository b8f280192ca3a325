#include "rapport/playbook/signals.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "rapport/analysis/sentences.hpp"

namespace rapport::playbook {
namespace {

constexpr std::array<std::string_view, k_signal_count> k_signal_names{
    "call_request", "promised_answer", "decision", "proposal", "departed", "meeting_agreed", "promised_call"};

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string_view trim(std::string_view s) {
  constexpr std::string_view space = " \t\r\n";
  const auto b = s.find_first_not_of(space);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(space) - b + 1);
}

std::string one_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (const char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// The bits of a message's marks. Changing them (or what sets them) changes the meaning
// of stored marks: bump k_marks_version so that they are computed again.
constexpr std::uint32_t k_marks_version = 2;
constexpr std::uint32_t k_intent_bits = 0xF;  // 0: no intent; else 1 + the Intent
constexpr std::uint32_t k_reply_owed = 1u << 4;
constexpr std::uint32_t k_question = 1u << 5;
constexpr std::uint32_t k_next_step = 1u << 6;
// Courtesy by its text and acts (is_courtesy's reading when no intent decides).
constexpr std::uint32_t k_courtesy_text = 1u << 7;
constexpr std::uint32_t k_first_signal_bit = 8;
// For the store's selection of old messages (see Signals::long_memory_marks):
constexpr std::uint32_t k_long_memory = 1u << 16;  // ranking reads it however old
constexpr std::uint32_t k_human = 1u << 17;  // is_human
static_assert(analysis::k_intent_count < k_intent_bits);
static_assert(k_first_signal_bit + k_signal_count <= 16);

std::uint32_t signal_bit(Signal signal) { return 1u << (k_first_signal_bit + static_cast<std::uint32_t>(signal)); }

// --- the readings from tags and text, which the marks store ---------------------------

const model::Tag* tag_named(const model::MessageRecord& m, std::string_view name) {
  const auto it = std::find_if(m.tags.begin(), m.tags.end(), [&](const model::Tag& t) { return t.name == name; });
  return it == m.tags.end() ? nullptr : &*it;
}

std::optional<analysis::Intent> intent_from_tags(const model::MessageRecord& m) {
  for (const auto& t : m.tags)
    if (starts_with(t.name, "intent.")) return analysis::parse_intent(std::string_view(t.name).substr(7));
  return std::nullopt;
}

bool question_from_tags(const model::MessageRecord& m) {
  return std::any_of(m.tags.begin(), m.tags.end(), [](const model::Tag& t) { return starts_with(t.name, "question."); });
}

// Whether a message is only courtesy by its text and acts, for the salesperson's own
// messages: mail is analysed before its direction is known, so an outbound message may
// carry a client's intent, or none. A pleasantry reading counts; otherwise it is a
// courtesy when short, asking nothing, and every act it has is a courtesy (or it is
// only an emoji). A statement carries no act, so "every act is a courtesy" is only
// trusted on a line or two; a pleasantry reading on a few lines more.
bool courtesy_from_text(const model::MessageRecord& m) {
  constexpr std::size_t k_short_words = 40;
  constexpr std::size_t k_courtesy_words = 15;
  const auto intent = intent_from_tags(m);
  const auto words = word_count(m.new_text);
  if (words > k_short_words || question_from_tags(m)) return false;
  if (intent && *intent == analysis::Intent::pleasantry) return true;
  if (words > k_courtesy_words) return false;
  static constexpr std::array<std::string_view, 6> courtesies{"thanks", "appreciation", "closing",
                                                              "greeting", "small_talk", "backchannel"};
  bool any_courtesy = false;
  for (const auto& t : m.tags) {
    const bool courtesy = std::find(courtesies.begin(), courtesies.end(), t.name) != courtesies.end();
    if (courtesy) any_courtesy = true;
    else if (!starts_with(t.name, "fact.") && !starts_with(t.name, "intent.") && t.name != "reply_owed") return false;
  }
  // An emoji or two ("😊", "👍"), not a short line in another script.
  constexpr std::size_t k_emoji_bytes = 16;
  const bool only_symbols = m.new_text.size() <= k_emoji_bytes &&
                            std::none_of(m.new_text.begin(), m.new_text.end(), [](char c) {
                              return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                            });
  return any_courtesy || only_symbols;
}

// FNV-1a: a stable fingerprint of the rule texts (not for security).
std::uint64_t fnv1a(std::uint64_t hash, std::string_view text) {
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

}  // namespace

std::string_view to_string(Signal signal) { return k_signal_names[static_cast<std::size_t>(signal)]; }

Result<Signals> Signals::create(const analysis::RuleFiles& extra) {
  Signals s;
  for (const auto* files : {&builtin_rule_files(), &extra}) {
    for (const auto& f : *files) {
      if (!starts_with(f.name, "signals")) continue;
      RAPPORT_TRY(s.phrases_.add_rules(f.name, f.text));
    }
  }
  for (const auto name : k_signal_names) s.labels_.push_back(s.phrases_.label(name));
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const auto* files : {&builtin_rule_files(), &extra})
    for (const auto& f : *files)
      if (starts_with(f.name, "signals")) hash = fnv1a(fnv1a(hash, f.name), f.text);
  s.fingerprint_ = fmt::format("marks{}-{:016x}", k_marks_version, hash);
  return s;
}

Signals::Hits Signals::scan(std::string_view text) const {
  Hits hits;
  for (const auto& sentence : analysis::split_sentences(text)) {
    const auto tokens = analysis::tokenize(text.substr(sentence.begin, sentence.end - sentence.begin));
    for (const auto& match : phrases_.find_all(tokens)) {
      const auto it = std::find(labels_.begin(), labels_.end(), match.label);
      if (it == labels_.end()) continue;
      auto& hit = hits[static_cast<std::size_t>(it - labels_.begin())];
      if (!hit) hit = Found{sentence.begin, sentence.end};
    }
  }
  return hits;
}

std::optional<Found> Signals::find(Signal signal, const model::MessageRecord& message) const {
  if (message.marks) {
    if ((*message.marks & signal_bit(signal)) == 0) return std::nullopt;
    if (message.new_text.empty()) return Found{};
  }
  auto it = memo_.find(&message);
  if (it == memo_.end()) it = memo_.emplace(&message, scan(message.new_text)).first;
  return it->second[static_cast<std::size_t>(signal)];
}

std::uint32_t Signals::compute_marks(const model::MessageRecord& m) const {
  std::uint32_t marks = 0;
  if (const auto intent = intent_from_tags(m)) marks |= 1u + static_cast<std::uint32_t>(*intent);
  if (tag_named(m, "reply_owed")) marks |= k_reply_owed;
  if (question_from_tags(m)) marks |= k_question;
  if (tag_named(m, "next_step")) marks |= k_next_step;
  if (courtesy_from_text(m)) marks |= k_courtesy_text;
  const auto hits = scan(m.new_text);
  for (std::size_t i = 0; i < k_signal_count; ++i)
    if (hits[i]) marks |= signal_bit(static_cast<Signal>(i));
  // What rank_calls looks for beyond its shorter memories, over all of lookback_days.
  const auto intent = intent_from_tags(m);
  if (hits[static_cast<std::size_t>(Signal::proposal)] || hits[static_cast<std::size_t>(Signal::departed)] ||
      intent == analysis::Intent::unsubscribe)
    marks |= k_long_memory;
  if (m.automatic == model::AutomaticKind::none && intent != analysis::Intent::auto_reply) marks |= k_human;
  return marks;
}

std::uint32_t Signals::long_memory_marks() { return k_long_memory; }

std::uint32_t Signals::human_marks() { return k_human; }

bool has_tag(const model::MessageRecord& m, std::string_view name) { return first_tag(m, name) != nullptr; }

const model::Tag* first_tag(const model::MessageRecord& m, std::string_view name) { return tag_named(m, name); }

std::optional<analysis::Intent> intent_of(const model::MessageRecord& m) {
  if (!m.marks) return intent_from_tags(m);
  const auto code = *m.marks & k_intent_bits;
  if (code == 0 || code > analysis::k_intent_count) return std::nullopt;
  return static_cast<analysis::Intent>(code - 1);
}

bool reply_owed(const model::MessageRecord& m) { return m.marks ? (*m.marks & k_reply_owed) != 0 : has_tag(m, "reply_owed"); }

bool has_question(const model::MessageRecord& m) { return m.marks ? (*m.marks & k_question) != 0 : question_from_tags(m); }

bool proposes_next_step(const model::MessageRecord& m) {
  return m.marks ? (*m.marks & k_next_step) != 0 : has_tag(m, "next_step");
}

std::vector<analysis::Objection> objections_of(const model::MessageRecord& m) {
  std::vector<analysis::Objection> out;
  for (const auto& t : m.tags) {
    if (!starts_with(t.name, "objection.")) continue;
    if (const auto o = analysis::parse_objection(std::string_view(t.name).substr(10));
        o && std::find(out.begin(), out.end(), *o) == out.end())
      out.push_back(*o);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool word_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                           static_cast<unsigned char>(c) >= 0x80 || (in_word && c == '\'');
    if (word_char && !in_word) ++words;
    in_word = word_char;
  }
  return words;
}

bool is_courtesy(const model::MessageRecord& m) {
  const auto intent = intent_of(m);
  if (m.direction != model::Direction::outbound && intent) return *intent == analysis::Intent::pleasantry;
  return m.marks ? (*m.marks & k_courtesy_text) != 0 : courtesy_from_text(m);
}

bool is_human(const model::MessageRecord& m) {
  if (m.automatic != model::AutomaticKind::none) return false;
  const auto intent = intent_of(m);
  return !intent || *intent != analysis::Intent::auto_reply;
}

std::string sentence_around(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin >= text.size() || end <= begin) return opening_of(text);
  end = std::min(end, text.size());
  std::size_t from = std::string_view::npos, to = 0;
  for (const auto& s : analysis::split_sentences(text)) {
    if (s.end > begin && s.begin < end) {
      from = std::min(from, s.begin);
      to = std::max(to, s.end);
    }
  }
  if (from == std::string_view::npos) return one_line(trim(text.substr(begin, end - begin)));
  return one_line(trim(text.substr(from, to - from)));
}

std::string opening_of(std::string_view text, std::size_t max_chars) {
  std::string out;
  for (const auto& s : analysis::split_sentences(text)) {
    const auto sentence = one_line(trim(text.substr(s.begin, s.end - s.begin)));
    if (!out.empty() && out.size() + sentence.size() + 1 > max_chars) break;
    if (!out.empty()) out += ' ';
    out += sentence;
    if (out.size() >= max_chars / 2) break;
  }
  if (out.size() > max_chars + 40) {
    // Cut at a word boundary in a long single sentence.
    auto cut = out.rfind(' ', max_chars);
    if (cut == std::string::npos) cut = max_chars;
    // Do not split a UTF-8 sequence.
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
    out += "…";
  }
  return out;
}

}  // namespace rapport::playbook
