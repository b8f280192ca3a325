#pragma once
// What the analysis says about one piece of text, with evidence. Spans are byte
// offsets [begin, end) into the analysed text; the JSON output converts them to
// character offsets.

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/analysis/tags.hpp"
#include "rapport/model/channel.hpp"

namespace rapport::analysis {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

// Why a tag was given: the tag's name ("question.closed", "objection.price",
// "intent.dismissal", "fact.family") and the text that caused it.
struct Evidence {
  std::string tag;
  Span span;
  std::string rule;  // "acts.rules:42", or the name of a hand-written test
  // Found by a learned model (objection_model.hpp, intent_model.hpp, fact_model.hpp,
  // act_model.hpp), not by a rule: a guess from the words, which the playbook weighs
  // below a rule's finding.
  bool learned = false;
};

// Something the client told about their life, to bring up next time.
struct Fact {
  std::string kind;  // family, children, hobby, sport, holiday, move, health, celebration, pet, other
  std::string text;  // a short phrase: "daughter's graduation in June"
  Span span;         // the sentence it came from
  std::string rule;  // "facts.rules:12": the trigger that found it
  bool learned = false;  // found by the fact model (fact_model.hpp), not a rule
};

struct SentenceTags {
  Span span;
  std::vector<Act> acts;
  std::vector<Objection> objections;
};

// A set of acts (bit i is the act with value i).
using ActSet = std::bitset<k_act_count>;
inline ActSet act_set(const std::vector<Act>& acts) {
  ActSet set;
  for (const auto act : acts) set.set(static_cast<std::size_t>(act));
  return set;
}

// Whether the turn before came from the same person. Known from speaker names even
// when their roles (rep or client) are not.
enum class PreviousBy : std::uint8_t { unknown, same_speaker, other_speaker };

// Where a piece of text stands: who said it, on which channel, and the turn before it
// in the same conversation (for answers, backchannels, closings and "one more thing").
// Every field is optional context: the defaults mean "not known".
struct TurnContext {
  Speaker speaker = Speaker::unknown;
  std::optional<model::Channel> channel;
  const std::string* previous_text = nullptr;  // may be null; not owned
  Speaker previous_speaker = Speaker::unknown;
  // unknown: judged from `speaker` and `previous_speaker` (two unknown roles may or may
  // not be the same person).
  PreviousBy previous_by = PreviousBy::unknown;
  // The acts the analysis found in the turn before; nullopt when not known (then the
  // tagger looks at `previous_text` itself where it needs to).
  std::optional<ActSet> previous_acts;
  // How many turns ago the conversation last had a closing act (0: the turn before);
  // nullopt when none yet or not known. Courtesies in the run of goodbyes at the end
  // of a call ("Okay." "Thank you." "You too.") belong to the closing.
  std::optional<std::size_t> turns_since_closing;
  std::size_t index_in_conversation = 0;  // 0 for the first turn
};

// Whether the turn before is known or likely to come from the other speaker: names
// tell when given, else roles (two unknown roles count as two people).
inline bool other_spoke_before(const TurnContext& c) {
  if (c.previous_text == nullptr) return false;
  if (c.previous_by != PreviousBy::unknown) return c.previous_by == PreviousBy::other_speaker;
  return c.previous_speaker != c.speaker || c.speaker == Speaker::unknown;
}

struct Analysis {
  std::vector<Act> acts;               // union over sentences, in enum order
  std::vector<Objection> objections;   // union over sentences, in enum order
  std::optional<Intent> intent;        // messages from clients only
  std::optional<bool> reply_owed;      // messages from clients only
  std::vector<Fact> facts;
  std::vector<SentenceTags> sentences;
  std::vector<Evidence> evidence;
};

}  // namespace rapport::analysis
