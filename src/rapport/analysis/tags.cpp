#include "rapport/analysis/tags.hpp"

#include <array>

namespace rapport::analysis {
namespace {

constexpr std::array<std::string_view, k_act_count> k_act_names{
    "greeting",     "small_talk",    "question.open", "question.semi_open",    "question.closed",
    "backchannel",  "thanks",        "appreciation",  "apology",               "pitch",
    "close_attempt", "commitment",   "objection",     "rejection",             "next_step",
    "decision_justification",        "self_blame",    "one_more_thing",        "closing",
    "sign_off_notice",               "admin_ask"};

constexpr std::array<std::string_view, k_intent_count> k_intent_names{
    "dismissal", "objection", "pleasantry", "auto_reply", "question",
    "interest",  "scheduling", "unsubscribe", "info"};

constexpr std::array<std::string_view, k_objection_count> k_objection_names{
    "price", "budget", "vendor_risk", "financial_unclear", "timing", "need", "authority", "competitor", "other"};

template <typename Enum, std::size_t N>
std::optional<Enum> parse_name(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == name) return static_cast<Enum>(i);
  return std::nullopt;
}

}  // namespace

std::string_view to_string(Act act) { return k_act_names.at(static_cast<std::size_t>(act)); }
std::string_view to_string(Intent intent) { return k_intent_names.at(static_cast<std::size_t>(intent)); }
std::string_view to_string(Objection objection) { return k_objection_names.at(static_cast<std::size_t>(objection)); }
std::optional<Act> parse_act(std::string_view name) { return parse_name<Act>(k_act_names, name); }
std::optional<Intent> parse_intent(std::string_view name) { return parse_name<Intent>(k_intent_names, name); }
std::optional<Objection> parse_objection(std::string_view name) {
  return parse_name<Objection>(k_objection_names, name);
}

}  // namespace rapport::analysis
