#pragma once
// The model's enums as the store writes them (their model names, see model/*.hpp)
// and back. Reading an unknown name gives the enum's neutral value: the schema's
// CHECK constraints keep unknown names out, so that only happens to a damaged file.

#include <string_view>

#include "rapport/model/call_log.hpp"
#include "rapport/model/channel.hpp"
#include "rapport/model/identity.hpp"
#include "rapport/model/message.hpp"

namespace rapport::store::sql {

inline model::Channel channel_from(std::string_view text) {
  return model::parse_channel(text).value_or(model::Channel::email);
}

inline model::Direction direction_from(std::string_view text) {
  return model::parse_direction(text).value_or(model::Direction::unknown);
}

inline model::IdentityKind identity_kind_from(std::string_view text) {
  for (const auto kind : {model::IdentityKind::email, model::IdentityKind::phone, model::IdentityKind::name})
    if (model::to_string(kind) == text) return kind;
  return model::IdentityKind::name;
}

inline model::AutomaticKind automatic_from(std::string_view text) {
  using model::AutomaticKind;
  for (const auto kind : {AutomaticKind::none, AutomaticKind::auto_submitted, AutomaticKind::out_of_office,
                          AutomaticKind::bulk, AutomaticKind::mailing_list, AutomaticKind::no_reply_sender,
                          AutomaticKind::bounce}) {
    if (model::to_string(kind) == text) return kind;
  }
  return AutomaticKind::none;
}

inline model::CallOutcome outcome_from(std::string_view text) {
  using model::CallOutcome;
  for (const auto o : {CallOutcome::reached, CallOutcome::voicemail, CallOutcome::no_answer, CallOutcome::unknown})
    if (model::to_string(o) == text) return o;
  return CallOutcome::unknown;
}

inline std::int64_t seconds(model::Timestamp t) { return t.time_since_epoch().count(); }
inline model::Timestamp timestamp(std::int64_t s) { return model::Timestamp{std::chrono::seconds{s}}; }

}  // namespace rapport::store::sql
