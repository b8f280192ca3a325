#pragma once
// What the analysis says about one piece of text, with evidence. Spans are byte
// offsets [begin, end) into the analysed text; the JSON output converts them to
// character offsets.

#include <cstddef>
#include <optional>
#include <string>
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
};

// Something the client told about their life, to bring up next time.
struct Fact {
  std::string kind;  // family, children, hobby, sport, holiday, move, health, celebration, pet, other
  std::string text;  // a short phrase: "daughter's graduation in June"
  Span span;         // the sentence it came from
};

struct SentenceTags {
  Span span;
  std::vector<Act> acts;
  std::vector<Objection> objections;
};

// Where a piece of text stands: who said it, on which channel, and the turn before it
// in the same conversation (for answers, backchannels and "one more thing").
struct TurnContext {
  Speaker speaker = Speaker::unknown;
  std::optional<model::Channel> channel;
  const std::string* previous_text = nullptr;  // may be null
  Speaker previous_speaker = Speaker::unknown;
  std::size_t index_in_conversation = 0;  // 0 for the first turn
};

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
