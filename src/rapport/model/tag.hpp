#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace rapport::model {

// One finding of the analysis on a message's new text or a call turn, kept in the
// store: "question.closed", "objection.price", "intent.dismissal", "reply_owed",
// "fact.children". The span is [begin, end) in bytes of the text it was found in
// (the message's new text, the turn's text); `detail` holds a fact's phrase, and
// k_learned for a finding of a learned model rather than a rule.
struct Tag {
  std::string name;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string detail;

  friend bool operator==(const Tag&, const Tag&) = default;
};

inline constexpr std::string_view k_learned = "learned";

}  // namespace rapport::model
