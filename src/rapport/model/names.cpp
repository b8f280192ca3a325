// String names of the model's small enums, kept together so the JSON contract
// has one place to look.
#include "rapport/model/call_log.hpp"
#include "rapport/model/identity.hpp"
#include "rapport/model/message.hpp"

namespace rapport::model {

std::string_view to_string(IdentityKind kind) {
  switch (kind) {
    case IdentityKind::email: return "email";
    case IdentityKind::phone: return "phone";
    case IdentityKind::name: return "name";
  }
  return "unknown";
}

std::string_view to_string(AutomaticKind kind) {
  switch (kind) {
    case AutomaticKind::none: return "none";
    case AutomaticKind::auto_submitted: return "auto_submitted";
    case AutomaticKind::out_of_office: return "out_of_office";
    case AutomaticKind::bulk: return "bulk";
    case AutomaticKind::mailing_list: return "mailing_list";
    case AutomaticKind::no_reply_sender: return "no_reply_sender";
    case AutomaticKind::bounce: return "bounce";
  }
  return "unknown";
}

std::string_view to_string(CallOutcome outcome) {
  switch (outcome) {
    case CallOutcome::reached: return "reached";
    case CallOutcome::voicemail: return "voicemail";
    case CallOutcome::no_answer: return "no_answer";
    case CallOutcome::unknown: return "unknown";
  }
  return "unknown";
}

}  // namespace rapport::model
