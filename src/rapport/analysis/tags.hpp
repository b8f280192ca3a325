#pragma once
// The tags of DESIGN.md ("Tags"): utterance acts, message intents, objection
// categories. Their string names are part of the JSON contract.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace rapport::analysis {

enum class Act : std::uint8_t {
  greeting,
  small_talk,
  question_open,       // "question.open"
  question_semi_open,  // "question.semi_open"
  question_closed,     // "question.closed"
  backchannel,
  thanks,
  appreciation,
  apology,
  pitch,
  close_attempt,
  commitment,
  objection,
  rejection,
  next_step,
  decision_justification,
  self_blame,
  one_more_thing,
  closing,
  sign_off_notice,
  admin_ask,
};
inline constexpr std::size_t k_act_count = 21;

enum class Intent : std::uint8_t {
  dismissal,
  objection,
  pleasantry,
  auto_reply,
  question,
  interest,
  scheduling,
  unsubscribe,
  info,
};
inline constexpr std::size_t k_intent_count = 9;

enum class Objection : std::uint8_t {
  price,
  budget,
  vendor_risk,
  financial_unclear,
  timing,
  need,
  authority,
  competitor,
  other,
};
inline constexpr std::size_t k_objection_count = 9;

std::string_view to_string(Act act);
std::string_view to_string(Intent intent);
std::string_view to_string(Objection objection);
std::optional<Act> parse_act(std::string_view name);
std::optional<Intent> parse_intent(std::string_view name);
std::optional<Objection> parse_objection(std::string_view name);

constexpr bool is_question(Act act) {
  return act == Act::question_open || act == Act::question_semi_open || act == Act::question_closed;
}

// Who said it. Unknown when the input does not say (rapport analyze without "speaker").
enum class Speaker : std::uint8_t { rep, client, unknown };

}  // namespace rapport::analysis
