#pragma once
// Invented workspaces for the playbook's tests, written the way the store would hand
// them over: messages with the tags the analysis would have stored.

#include <string>
#include <vector>

#include "rapport/model/workspace.hpp"

namespace rapport::playbook::testing {

inline model::Timestamp day(int d, int hour = 9) {
  // 2026-03-01 is day 1 of the invented calendar.
  return model::Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 3 / 1}} + std::chrono::days{d - 1} +
         std::chrono::hours{hour};
}

// A tag over the whole of `text` (or a zero span, like an intent without evidence).
inline model::Tag whole(const std::string& name, const std::string& text) {
  return {name, 0, static_cast<std::uint32_t>(text.size()), {}};
}

class WorkspaceBuilder {
 public:
  model::ContactId add_contact(std::string name, std::string email, model::ContactKind kind = model::ContactKind::client) {
    model::ContactSummary c;
    c.id = static_cast<model::ContactId>(ws_.contacts.size() + 1);
    c.name = std::move(name);
    c.emails = {std::move(email)};
    c.phones = {"+447700900" + std::to_string(100 + c.id)};
    c.kind = kind;
    ws_.contacts.push_back(c);
    return c.id;
  }

  model::ThreadRecord& thread(model::ContactId contact, std::string subject) {
    model::ThreadRecord t;
    t.id = static_cast<model::ConversationId>(ws_.threads.size() + 1);
    t.subject = std::move(subject);
    t.root_message_id = "root" + std::to_string(t.id) + "@test.invalid";
    t.contacts = {contact};
    ws_.threads.push_back(std::move(t));
    return ws_.threads.back();
  }

  // A message from the client with `tags` (names; spans over the whole text).
  static model::MessageRecord& from_client(model::ThreadRecord& t, model::ContactId contact, model::Timestamp when,
                                           std::string text, const std::vector<std::string>& tags) {
    model::MessageRecord m;
    m.row = static_cast<std::int64_t>(t.messages.size()) + 1 + t.id * 100;
    m.message_id = "m" + std::to_string(m.row) + "@test.invalid";
    m.when = when;
    m.direction = model::Direction::inbound;
    m.from_contact = contact;
    m.from_name = "Client " + std::to_string(contact);
    m.new_text = std::move(text);
    for (const auto& name : tags) m.tags.push_back(whole(name, m.new_text));
    t.messages.push_back(std::move(m));
    return t.messages.back();
  }

  static model::MessageRecord& from_me(model::ThreadRecord& t, model::Timestamp when, std::string text,
                                       const std::vector<std::string>& tags = {}) {
    model::MessageRecord m;
    m.row = static_cast<std::int64_t>(t.messages.size()) + 1 + t.id * 100;
    m.message_id = "m" + std::to_string(m.row) + "@test.invalid";
    m.when = when;
    m.direction = model::Direction::outbound;
    m.from_name = "Me";
    m.new_text = std::move(text);
    for (const auto& name : tags) m.tags.push_back(whole(name, m.new_text));
    t.messages.push_back(std::move(m));
    return t.messages.back();
  }

  void call(model::ContactId contact, model::Timestamp when, model::CallOutcome outcome, std::optional<int> stance = {}) {
    model::CallRecord c;
    c.contact = contact;
    c.entry.when = when;
    c.entry.outcome = outcome;
    c.entry.direction = model::Direction::outbound;
    c.stance = stance;
    ws_.calls.push_back(c);
    // As the store's contact summary would say.
    if (outcome == model::CallOutcome::reached)
      for (auto& s : ws_.contacts)
        if (s.id == contact && (!s.last_live || *s.last_live < when)) {
          s.last_live = when;
          s.last_live_channel = model::Channel::phone;
        }
  }

  model::Workspace& workspace() { return ws_; }

 private:
  model::Workspace ws_;
};

}  // namespace rapport::playbook::testing
