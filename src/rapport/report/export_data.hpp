#pragma once
// What the export and report renderers (iCalendar, CSV, HTML) draw: the day's call list,
// the inbox, contacts and call reviews as plain strings and times. The CLI fills these
// from the playbook's results, so the renderers (an adapter) never depend on the
// playbook library and can be tested with invented values.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "rapport/model/time.hpp"

namespace rapport::report {

// A quoted piece of evidence: when, where, who, what.
struct EvidenceItem {
  model::Timestamp when{};
  std::string channel;  // "email", "sms", "phone", "video", …
  std::string who;      // the sender or speaker as written; "you" for the salesperson
  std::string quote;    // the sentence (or turn, or call-log line)
  std::optional<double> at_s;  // a turn's start within a call, in seconds
};

// Something the client told about their life.
struct FactItem {
  std::string kind;  // family, hobby, holiday, …
  std::string text;
  EvidenceItem said;
};

struct ReasonItem {
  std::string code;  // "dismissal", "answer_owed", … (stable)
  std::string text;  // one line: why
  std::vector<EvidenceItem> evidence;
};

// One person to call today.
struct CallItem {
  std::size_t rank = 0;  // 1 = first
  // Identifies the contact across stores and days (the first email, else the first
  // phone, else the name): the ICS UID is derived from it and the day.
  std::string contact_key;
  std::string name;
  std::string company;
  std::vector<std::string> phones;  // as stored (E.164 when known)
  std::vector<std::string> emails;
  double score = 0;
  std::vector<ReasonItem> reasons;  // strongest first
  std::vector<FactItem> bring_up;   // most recent first
  std::string opening;
  std::string voicemail;
  std::optional<int> stance;  // the last logged 0-10 stance
};

// One thread of the inbox that matters.
struct InboxItem {
  std::string kind;     // "dismissal", "answer_owed", … (docs/json.md)
  std::string section;  // the heading its kind is shown under
  std::string contact;
  std::string company;
  std::string channel;
  std::string subject;
  std::optional<model::Timestamp> waiting_since;  // when a reply is owed
  std::string reason;  // the client's own words, for dismissals and objections
  std::vector<std::string> objections;
  bool must_clarify = false;
  std::string advice;
  std::vector<EvidenceItem> evidence;  // oldest first
};

// One client contact as a CRM would import it, with what rapport found.
struct ContactRow {
  std::string name;
  std::vector<std::string> emails;
  std::vector<std::string> phones;
  std::string company;
  std::string title;
  std::optional<model::Timestamp> last_live;
  std::string last_live_channel;
  std::optional<model::Timestamp> last_message;
  std::optional<std::size_t> today_rank;  // empty when not on today's list
  std::optional<double> today_score;
  std::string top_reason;
  std::string inbox_kind;  // the most urgent open inbox item's kind; empty when none
  std::vector<std::string> objections;
  std::optional<int> stance;
  std::vector<FactItem> bring_up;
};

// One finding of a call review.
struct ReviewFindingItem {
  std::string label;          // "Pitch before any needs question"
  bool happened = false;
  bool good = false;          // whether what happened is good coaching
  std::vector<EvidenceItem> evidence;
};

struct ReviewMeasureItem {
  std::string label;      // "your talk share (words)"
  std::string value;      // "72%"
  std::string reference;  // "<= 60%"
  bool within = true;
};

// A recorded call or meeting reviewed against the playbook.
struct ReviewItem {
  std::string title;
  std::optional<model::Timestamp> when;
  std::string channel;  // "phone" or "video"
  std::string rep;
  std::vector<std::string> clients;
  std::string outcome;  // "won", "not won", "no decision"
  std::vector<EvidenceItem> outcome_evidence;
  std::vector<ReviewFindingItem> findings;  // those that apply
  std::vector<ReviewMeasureItem> measures;
};

// Everything the HTML report shows.
struct ReportData {
  model::Timestamp now{};
  std::string owner;  // the salesperson's name, when known
  std::vector<CallItem> calls;
  std::vector<InboxItem> inbox;
  std::vector<ContactRow> contacts;  // clients; those with facts get a card
  std::vector<ReviewItem> reviews;   // empty: the section says none were recorded
  bool reviews_available = true;     // false: reviews could not be computed
};

}  // namespace rapport::report
