#pragma once
// Everything the playbook reads about the salesperson's relationships, as plain data:
// contacts, their threads with the analysis tags of each message, calls from the call
// log (and from `rapport log`), and recorded meetings. The store fills it; the playbook
// (pure) judges it. Only what the playbook needs is here: message texts are the new
// text only, and meeting turns only those that carry a tag the playbook uses.

#include <optional>
#include <string>
#include <vector>

#include "rapport/model/call_log.hpp"
#include "rapport/model/channel.hpp"
#include "rapport/model/contact_summary.hpp"
#include "rapport/model/message.hpp"
#include "rapport/model/tag.hpp"
#include "rapport/model/time.hpp"

namespace rapport::model {

struct MessageRecord {
  // What ranking reads of every message comes first, within one cache line: ranking a
  // large store walks 100,000 messages, and a second line per message is measurable.
  std::int64_t row = 0;  // the store's id of the message
  Timestamp when{};
  std::optional<ContactId> from_contact;  // the sender, when a contact (not the owner)
  // The playbook's reading of the message (playbook/signals.hpp), when the store holds
  // it. A message read for ranking only carries its marks, without text or tags.
  std::optional<std::uint32_t> marks;
  Channel channel = Channel::email;
  Direction direction = Direction::unknown;
  AutomaticKind automatic = AutomaticKind::none;
  std::string message_id;  // without angle brackets; may be empty
  std::string from_name;
  std::string subject;
  std::string new_text;
  std::vector<std::string> attachments;  // file names
  std::vector<Tag> tags;  // the analysis of new_text
};

struct ThreadRecord {
  ConversationId id = 0;
  Channel channel = Channel::email;
  std::string subject;
  std::string root_message_id;  // the first message's Message-ID, when it has one
  std::vector<ContactId> contacts;  // the people other than the owner, in order of appearance
  std::vector<MessageRecord> messages;  // in time order
};

struct CallRecord {
  ContactId contact = 0;
  std::optional<int> stance;  // 0-10, when `rapport log --stance` gave one
  CallLogEntry entry;
};

struct MeetingTurn {
  std::size_t index = 0;  // position in the transcript
  std::string speaker;
  std::optional<double> start_s;
  std::string text;
  std::vector<Tag> tags;
};

// A recorded call or meeting (a transcript).
struct MeetingRecord {
  ConversationId id = 0;
  Channel channel = Channel::video;
  std::string title;
  std::optional<Timestamp> when;
  std::vector<ContactId> contacts;  // speakers matched to contacts
  std::vector<MeetingTurn> turns;   // the turns with tags the playbook reads (facts, objections, decisions)
};

struct Workspace {
  std::vector<ContactSummary> contacts;
  std::vector<ThreadRecord> threads;
  std::vector<CallRecord> calls;
  std::vector<MeetingRecord> meetings;
};

}  // namespace rapport::model
