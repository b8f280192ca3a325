#pragma once
// The playbook's thresholds. Defaults here; configuration ([today], [inbox] in the
// TOML file, docs/configuration.md) overrides them.

#include <cstddef>

namespace rapport::playbook {

struct TodaySettings {
  std::size_t list_size = 10;
  // Spoken with live this recently: not on today's list.
  double recent_live_days = 3;
  // A voicemail or unanswered call is tried again after this many days.
  double voicemail_retry_days = 2;
  // With no rhythm of their own, a contact is due a live conversation after this many days.
  double default_rhythm_days = 30;
  // Activity older than this is history: it does not make someone due today.
  double lookback_days = 180;
  // A live conversation sets the rhythm no shorter than this.
  double min_rhythm_days = 7;
  // An answer they promised is overdue after this many days.
  double promised_answer_days = 7;
  // A decision they mentioned is pending for this many days.
  double decision_memory_days = 45;
  // An automatic reply this recent means they are away: call when they are back.
  double away_days = 7;
  // Your question or proposed next step unanswered this long: they are awaited.
  double awaited_reply_days = 3;
  // This many attempts in a row (messages, calls) without an answer: they have gone quiet.
  std::size_t quiet_after_attempts = 3;
  // An unanswered dismissal, objection or question older than this no longer counts.
  double answer_memory_days = 45;
  // A request to be phoned stays open this long (unless a call was made since).
  double call_request_days = 21;
  // A meeting agreed this recently is still ahead (or just happened): no call needed.
  double meeting_memory_days = 14;
};

struct InboxSettings {
  // A written answer to a dismissal longer than this (words) is flagged as a long rebuttal.
  std::size_t long_reply_words = 120;
  // Proposal chasers by email only: this many or more.
  std::size_t email_only_chasers = 2;
  double lookback_days = 90;
};

}  // namespace rapport::playbook
