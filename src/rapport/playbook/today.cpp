#include "rapport/playbook/today.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

#include <fmt/format.h>

#include "rapport/playbook/wording.hpp"
#include "rapport/util/ascii.hpp"
#include "rapport/util/id_table.hpp"

namespace rapport::playbook {
namespace {

using analysis::Intent;
using model::ContactId;
using model::MessageRecord;

// Points per reason. They are the ranking's weights, written down here once so that
// every line of `today` can show them; the thresholds that decide whether a reason
// applies at all are settings.
constexpr double k_points_dismissal = 90;
constexpr double k_points_dismissal_in_writing = 70;
constexpr double k_points_proposal_email_only = 45;
constexpr double k_points_call_request = 50;
constexpr double k_points_objection = 30;
constexpr double k_points_awaiting_reply = 15;
constexpr double k_points_answer_owed = 28;
constexpr double k_points_answer_owed_per_day = 2;
constexpr double k_points_answer_owed_max_extra = 20;
constexpr double k_points_promised_answer = 20;
constexpr double k_points_promised_call = 35;
constexpr double k_points_decision = 15;
constexpr double k_points_voicemail_retry = 25;
constexpr double k_points_per_extra_attempt = 5;
constexpr double k_points_voicemail_retry_max = 40;
constexpr double k_points_overdue = 10;
constexpr double k_points_overdue_max_extra = 30;
constexpr double k_points_never_live = 8;
constexpr double k_points_open_proposal = 10;
// Below this a client has no reason strong enough for today's list.
constexpr double k_min_score = 15;

bool intent_is(const MessageRecord& m, Intent intent) {
  const auto i = intent_of(m);
  return i && *i == intent;
}

std::string quoted(std::string_view text) { return "“" + clip(text, 90) + "”"; }

Evidence signal_evidence(const model::ThreadRecord& t, const MessageRecord& m, Signal signal, const Found& found) {
  const model::Tag at{std::string(to_string(signal)), static_cast<std::uint32_t>(found.begin),
                      static_cast<std::uint32_t>(found.end), {}};
  return message_evidence(t, m, std::string(to_string(signal)), &at);
}

Evidence call_evidence(const model::CallRecord& c, const model::ContactSummary& who) {
  Evidence e;
  e.tag = "call." + std::string(model::to_string(c.entry.outcome));
  e.when = c.entry.when;
  e.channel = model::Channel::phone;
  e.direction = c.entry.direction;
  e.who = who.name;
  e.quote = fmt::format("{} call, {}", model::to_string(c.entry.direction), model::to_string(c.entry.outcome));
  if (c.entry.duration_s > 0) e.quote += fmt::format(", {} min", (c.entry.duration_s + 59) / 60);
  if (!c.entry.note.empty()) e.quote += ": " + c.entry.note;
  return e;
}

double median_gap_days(const std::vector<model::Timestamp>& times) {
  std::vector<double> gaps;
  for (std::size_t i = 1; i < times.size(); ++i) gaps.push_back(days_between(times[i - 1], times[i]));
  if (gaps.empty()) return 0;
  std::sort(gaps.begin(), gaps.end());
  return gaps[gaps.size() / 2];
}

bool names_match(std::string_view speaker, const model::ContactSummary& c) {
  const auto s = ascii_lower(speaker);
  const auto n = ascii_lower(c.name);
  if (s.empty() || n.empty()) return false;
  if (s == n) return true;
  // "Priya" in a transcript for "Priya Raman" in the book.
  return s.find(' ') == std::string::npos && ascii_lower(first_name(c.name)) == s;
}

// Whether a message names the contact: their full name, or one of their addresses (a
// bounce quotes the address it could not deliver to).
bool names_them(const MessageRecord& m, const model::ContactSummary& c) {
  const auto text = ascii_lower(m.new_text + "\n" + m.subject);
  if (c.name.find(' ') != std::string::npos && text.find(ascii_lower(c.name)) != std::string::npos) return true;
  return std::any_of(c.emails.begin(), c.emails.end(),
                     [&](const std::string& e) { return text.find(ascii_lower(e)) != std::string::npos; });
}

// Everything about one contact that today's judgement reads, gathered once.
struct ContactView {
  std::vector<const model::ThreadRecord*> threads;
  std::vector<const ThreadVerdict*> verdicts;
  std::vector<const model::CallRecord*> calls;
};

struct Opening {
  std::string opening;
  std::string voicemail;
};

Opening opening_for(const std::string& code, const model::ContactSummary& c, const std::vector<BringUp>& facts,
                    const std::vector<Reason>& reasons, const Phrasebook& words, model::Timestamp now) {
  const auto when = reasons.empty() || reasons.front().evidence.empty()
                        ? std::string()
                        : short_date(reasons.front().evidence.front().when, now);
  const Phrasebook::Values values{{"first", first_name(c.name)}, {"date", when}};
  Opening o;
  o.opening = words.say("opening." + code, values, "opening.default");
  o.voicemail = words.say("voicemail." + code, values, "voicemail.default");
  if (!facts.empty()) o.opening += " " + words.say("opening.ask_about", {{"fact", facts.front().text}});
  return o;
}

}  // namespace

model::Timestamp verdict_moment(const ThreadVerdict& v) {
  return v.waiting_since.value_or(v.evidence.empty() ? model::Timestamp{} : v.evidence.front().when);
}

bool verdict_pinned(const ThreadVerdict& v) { return v.kind == InboxKind::dismissal && !v.reply_owed; }

std::vector<BringUp> personal_facts(const model::Workspace& workspace, const model::ContactSummary& contact) {
  std::vector<BringUp> out;
  auto add = [&](BringUp b) {
    const auto key = ascii_lower(b.text);
    if (std::none_of(out.begin(), out.end(), [&](const BringUp& o) { return ascii_lower(o.text) == key; }))
      out.push_back(std::move(b));
  };
  for (const auto& thread : workspace.threads) {
    for (const auto& m : thread.messages) {
      if (m.from_contact != contact.id || m.direction != model::Direction::inbound) continue;
      for (const auto& t : m.tags) {
        if (t.name.rfind("fact.", 0) != 0 || t.detail.empty()) continue;
        add({t.name.substr(5), t.detail, message_evidence(thread, m, t.name, &t)});
      }
    }
  }
  for (const auto& meeting : workspace.meetings) {
    if (std::find(meeting.contacts.begin(), meeting.contacts.end(), contact.id) == meeting.contacts.end()) continue;
    for (const auto& turn : meeting.turns) {
      if (!names_match(turn.speaker, contact)) continue;
      for (const auto& t : turn.tags) {
        if (t.name.rfind("fact.", 0) != 0 || t.detail.empty()) continue;
        Evidence e;
        e.tag = t.name;
        e.when = meeting.when.value_or(model::Timestamp{}) +
                 std::chrono::seconds(static_cast<std::int64_t>(turn.start_s.value_or(0)));
        e.channel = meeting.channel;
        e.direction = model::Direction::inbound;
        e.who = turn.speaker;
        e.quote = sentence_around(turn.text, t.begin, t.end);
        e.conversation = meeting.id;
        e.at_s = turn.start_s;
        add({t.name.substr(5), t.detail, std::move(e)});
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const BringUp& a, const BringUp& b) { return a.said.when > b.said.when; });
  return out;
}

TodayList rank_calls(const model::Workspace& workspace, const LiveIndex& live, const std::vector<ThreadVerdict>& verdicts,
                     const Signals& signals, const TodaySettings& settings, model::Timestamp now) {
  // Counted first and reserved: these views, some 200,000 small vectors grown one push
  // at a time, took a fifth of ranking on a large store to build.
  util::IdTable<ContactView> views;
  {
    util::IdTable<std::array<std::size_t, 3>> counts;
    for (const auto& thread : workspace.threads)
      for (const auto c : thread.contacts) ++counts[c][0];
    for (const auto& v : verdicts)
      if (v.contact != 0 && v.kind) ++counts[v.contact][1];
    for (const auto& call : workspace.calls) ++counts[call.contact][2];
    counts.for_each([&](model::ContactId id, const std::array<std::size_t, 3>& n) {
      auto& view = views[id];
      view.threads.reserve(n[0]);
      view.verdicts.reserve(n[1]);
      view.calls.reserve(n[2]);
    });
  }
  for (const auto& thread : workspace.threads)
    for (const auto c : thread.contacts) views[c].threads.push_back(&thread);
  for (const auto& v : verdicts)
    if (v.contact != 0 && v.kind) views[v.contact].verdicts.push_back(&v);
  for (const auto& call : workspace.calls) views[call.contact].calls.push_back(&call);

  const auto days = [](double d) { return std::chrono::seconds(static_cast<std::int64_t>(d * 86400)); };
  const auto lookback = now - days(settings.lookback_days);
  // Messages saying someone has left: bounces, and colleagues' notes ("X has left, please
  // contact me"). Without marks, only texts with one of a few words are scanned.
  std::vector<std::pair<const model::ThreadRecord*, const MessageRecord*>> departures;
  for (const auto& t : workspace.threads)
    for (const auto& m : t.messages) {
      if (m.direction == model::Direction::outbound || m.when > now || m.when < lookback) continue;
      bool maybe = m.marks.has_value();
      if (!maybe) {
        const auto lower = ascii_lower(m.new_text);
        maybe = lower.find("left") != std::string::npos || lower.find("longer") != std::string::npos ||
                lower.find("unknown") != std::string::npos || lower.find("deliver") != std::string::npos;
      }
      if (maybe && signals.find(Signal::departed, m)) departures.emplace_back(&t, &m);
    }
  TodayList out;
  std::vector<CallSuggestion> candidates;

  for (const auto& c : workspace.contacts) {
    if (c.kind != model::ContactKind::client) continue;
    const auto* found = views.find(c.id);
    if (!found) continue;
    const auto& view = *found;

    // Their own messages in person, in time order, and the latest of all messages.
    std::vector<std::pair<const model::ThreadRecord*, const MessageRecord*>> theirs;
    const MessageRecord* latest_auto = nullptr;
    const MessageRecord* latest_human = nullptr;
    const model::ThreadRecord* latest_human_thread = nullptr;
    for (const auto* t : view.threads) {
      for (const auto& m : t->messages) {
        if (m.when > now || m.when < lookback) continue;
        if (m.from_contact == c.id && m.direction == model::Direction::inbound) {
          if (is_human(m)) theirs.emplace_back(t, &m);
          else if (!latest_auto || m.when > latest_auto->when) latest_auto = &m;
        }
        if (is_human(m) && (!latest_human || m.when > latest_human->when)) {
          latest_human = &m;
          latest_human_thread = t;
        }
      }
    }
    std::sort(theirs.begin(), theirs.end(), [](const auto& a, const auto& b) { return a.second->when < b.second->when; });
    const auto last_live = live.last_live(c.id, now);
    std::optional<model::Timestamp> last_attempt;  // any call we made, reached or not
    for (const auto* call : view.calls)
      if (call->entry.when <= now && call->entry.direction != model::Direction::inbound &&
          (!last_attempt || call->entry.when > *last_attempt))
        last_attempt = call->entry.when;

    CallSuggestion s;
    s.contact = &c;
    std::optional<LeftOut> left;
    auto leave_out = [&](std::string code, std::string text, std::vector<Evidence> evidence = {}) {
      if (!left) left = LeftOut{&c, std::move(code), std::move(text), std::move(evidence)};
    };

    // --- never listed -----------------------------------------------------------------
    for (const auto& [t, m] : theirs)
      if (intent_is(*m, Intent::unsubscribe)) leave_out("unsubscribed", "asked to be taken off the list", {message_evidence(*t, *m, "intent.unsubscribe")});
    for (const auto* v : view.verdicts)
      if (verdict_pinned(*v))
        leave_out("no_contact", "asked not to be contacted about it again", v->evidence);
    for (const auto& [t, m] : departures) {
      if (m->from_contact == c.id || !names_them(*m, c)) continue;
      const bool wrote_since = !theirs.empty() && theirs.back().second->when > m->when;
      if (!wrote_since)
        leave_out("departed", "has left (a bounce or a colleague says so)",
                  {signal_evidence(*t, *m, Signal::departed, *signals.find(Signal::departed, *m))});
    }
    if (last_live && days_between(*last_live, now) < settings.recent_live_days)
      leave_out("spoken_recently", fmt::format("spoken with live {}", model::relative_day(*last_live, now)));
    if (latest_auto && days_between(latest_auto->when, now) < settings.away_days &&
        (theirs.empty() || theirs.back().second->when < latest_auto->when)) {
      for (const auto* t : view.threads)
        for (const auto& m : t->messages)
          if (&m == latest_auto) leave_out("away", "away: an automatic reply came back " + model::relative_day(m.when, now), {message_evidence(*t, m, "auto_reply")});
    }
    if (latest_human && days_between(latest_human->when, now) < settings.meeting_memory_days &&
        !signals.find(Signal::call_request, *latest_human)) {
      if (const auto agreed = signals.find(Signal::meeting_agreed, *latest_human);
          agreed && !intent_is(*latest_human, Intent::dismissal))
        leave_out("meeting_agreed", "a meeting or call is agreed", {signal_evidence(*latest_human_thread, *latest_human, Signal::meeting_agreed, *agreed)});
    }

    // --- reasons ------------------------------------------------------------------------
    for (const auto* v : view.verdicts) {
      const auto& first = v->evidence.front();
      // An unanswered message this old is history: the rhythm of live conversations
      // speaks for it now.
      if (days_between(verdict_moment(*v), now) > settings.answer_memory_days) continue;
      switch (*v->kind) {
        case InboxKind::dismissal:
          if (!v->reply_owed) break;
          s.reasons.push_back({"dismissal", k_points_dismissal,
                               fmt::format("Ended it by {} on {}: {}; not yet answered by phone",
                                           model::to_string(first.channel), short_date(first.when, now), quoted(v->reason)),
                               v->evidence});
          break;
        case InboxKind::dismissal_answered_in_writing:
          s.reasons.push_back({"dismissal_answered_in_writing", k_points_dismissal_in_writing,
                               fmt::format("Ended it on {} ({}); you answered in writing ({} words): call instead",
                                           short_date(first.when, now), quoted(v->reason), v->written_reply_words),
                               v->evidence});
          break;
        case InboxKind::proposal_followed_up_by_email_only:
          s.reasons.push_back({"proposal_email_only", k_points_proposal_email_only,
                               fmt::format("Proposal of {} chased {} times by email only, no answer",
                                           short_date(first.when, now), v->email_chasers),
                               v->evidence});
          break;
        case InboxKind::objection:
          // It weighs more each day only while they wait for an answer; one answered in
          // writing waits for a call, which its own weight asks for.
          s.reasons.push_back({"objection",
                               k_points_objection +
                                   (v->reply_owed ? std::min(k_points_answer_owed_max_extra,
                                                             k_points_answer_owed_per_day *
                                                                 std::floor(days_between(v->waiting_since.value_or(first.when), now)))
                                                  : 0.0),
                               fmt::format("Objection of {} still open: {}", short_date(first.when, now), quoted(v->reason)),
                               v->evidence});
          break;
        case InboxKind::answer_owed: {
          const auto waited = days_between(v->waiting_since.value_or(first.when), now);
          s.reasons.push_back(
              {"answer_owed",
               k_points_answer_owed + std::min(k_points_answer_owed_max_extra, k_points_answer_owed_per_day * std::floor(waited)),
               fmt::format("Waiting {} for your answer: {}", age(v->waiting_since.value_or(first.when), now), quoted(first.quote)),
               v->evidence});
          break;
        }
        case InboxKind::courtesy_loop: break;
      }
    }
    // They asked to be phoned, and nobody has called since.
    for (auto it = theirs.rbegin(); it != theirs.rend(); ++it) {
      const auto& [t, m] = *it;
      if (days_between(m->when, now) > settings.call_request_days) break;
      const auto asked = signals.find(Signal::call_request, *m);
      if (!asked) continue;
      const bool called_since = (last_attempt && *last_attempt > m->when) || (last_live && *last_live > m->when);
      if (!called_since)
        s.reasons.push_back({"call_request", k_points_call_request,
                             fmt::format("Asked you to call ({}): {}", short_date(m->when, now),
                                         quoted(sentence_around(m->new_text, asked->begin, asked->end))),
                             {signal_evidence(*t, *m, Signal::call_request, *asked)}});
      break;
    }
    // They promised an answer and it is overdue.
    if (!theirs.empty()) {
      const auto& [t, m] = theirs.back();
      const auto waited = days_between(m->when, now);
      const bool no_contact_since = !(last_live && *last_live > m->when);
      if (const auto promised = signals.find(Signal::promised_answer, *m);
          promised && waited >= settings.promised_answer_days && no_contact_since)
        s.reasons.push_back({"promised_answer", k_points_promised_answer,
                             fmt::format("Promised an answer {} and has not come back: {}", model::relative_day(m->when, now),
                                         quoted(sentence_around(m->new_text, promised->begin, promised->end))),
                             {signal_evidence(*t, *m, Signal::promised_answer, *promised)}});
    }
    // A decision they mentioned, not talked about live since.
    for (auto it = theirs.rbegin(); it != theirs.rend(); ++it) {
      const auto& [t, m] = *it;
      if (days_between(m->when, now) > settings.decision_memory_days) break;
      if (intent_is(*m, Intent::dismissal)) break;  // decided, and a dismissal says what
      const auto decision = signals.find(Signal::decision, *m);
      if (!decision) continue;
      if (!(last_live && *last_live > m->when))
        s.reasons.push_back({"decision", k_points_decision,
                             fmt::format("A decision is pending ({}): {}", short_date(m->when, now),
                                         quoted(sentence_around(m->new_text, decision->begin, decision->end))),
                             {signal_evidence(*t, *m, Signal::decision, *decision)}});
      break;
    }
    // The salesperson said they would phone, and has not.
    {
      const MessageRecord* promise = nullptr;
      const model::ThreadRecord* promise_thread = nullptr;
      std::optional<Found> where;
      for (const auto* t : view.threads)
        for (const auto& m : t->messages) {
          if (m.direction != model::Direction::outbound || m.when > now || m.when < lookback || (promise && m.when < promise->when)) continue;
          if (days_between(m.when, now) > settings.call_request_days) continue;
          if (const auto f = signals.find(Signal::promised_call, m)) {
            promise = &m;
            promise_thread = t;
            where = f;
          }
        }
      const bool called_since = promise && ((last_attempt && *last_attempt > promise->when) ||
                                            (last_live && *last_live > promise->when));
      if (promise && !called_since && days_between(promise->when, now) >= 1)
        s.reasons.push_back({"promised_call", k_points_promised_call,
                             fmt::format("You said you would call ({}): {}", short_date(promise->when, now),
                                         quoted(sentence_around(promise->new_text, where->begin, where->end))),
                             {signal_evidence(*promise_thread, *promise, Signal::promised_call, *where)}});
    }
    // Waiting to hear from them: the last word in a recent thread is the salesperson's
    // question or proposed next step, unanswered for some days; or several attempts in a
    // row (messages, voicemails) have had no answer. Not when a thread's own verdict
    // already tells that story (a proposal chased by email, a written rebuttal).
    const bool chasing_told = std::any_of(s.reasons.begin(), s.reasons.end(), [](const Reason& r) {
      return r.code == "proposal_email_only" || r.code == "dismissal_answered_in_writing" || r.code == "dismissal";
    });
    if (!chasing_told) {
      std::optional<model::Timestamp> last_heard = last_live;
      if (!theirs.empty() && (!last_heard || theirs.back().second->when > *last_heard)) last_heard = theirs.back().second->when;
      const MessageRecord* waiting = nullptr;
      const model::ThreadRecord* waiting_thread = nullptr;
      // Most clients have some unanswered attempt and few have enough: the attempts are
      // quoted only when they make a reason.
      std::vector<std::pair<const model::ThreadRecord*, const MessageRecord*>> written;
      std::vector<const model::CallRecord*> phoned;
      for (const auto* t : view.threads) {
        const MessageRecord* last_human = nullptr;
        for (const auto& m : t->messages) {
          if (m.when > now || m.when < lookback || !is_human(m)) continue;
          last_human = &m;
          if (m.direction == model::Direction::outbound && !is_courtesy(m) && (!last_heard || m.when > *last_heard) &&
              days_between(m.when, now) <= settings.call_request_days)
            written.emplace_back(t, &m);
        }
        if (!last_human || last_human->direction != model::Direction::outbound || is_courtesy(*last_human)) continue;
        const bool asks = has_question(*last_human) || proposes_next_step(*last_human);
        const auto waited = days_between(last_human->when, now);
        if (!asks || waited < settings.awaited_reply_days || waited > settings.call_request_days) continue;
        if (!waiting || last_human->when > waiting->when) {
          waiting = last_human;
          waiting_thread = t;
        }
      }
      for (const auto* call : live.missed(c.id))
        if (call->entry.when <= now && (!last_heard || call->entry.when > *last_heard) &&
            days_between(call->entry.when, now) <= settings.call_request_days)
          phoned.push_back(call);
      const bool spoken_since = waiting && last_live && *last_live > waiting->when;
      if (waiting && !spoken_since)
        s.reasons.push_back({"awaiting_reply", k_points_awaiting_reply,
                             fmt::format("No answer for {} to your {} of {}", age(waiting->when, now),
                                         model::to_string(waiting->channel), short_date(waiting->when, now)),
                             {message_evidence(*waiting_thread, *waiting, "awaiting_reply")}});
      else if (written.size() + phoned.size() >= settings.quiet_after_attempts) {
        std::vector<Evidence> attempts;
        attempts.reserve(written.size() + phoned.size());
        for (const auto& [t, m] : written) attempts.push_back(message_evidence(*t, *m, "unanswered_message"));
        for (const auto* call : phoned) attempts.push_back(call_evidence(*call, c));
        std::sort(attempts.begin(), attempts.end(), [](const Evidence& a, const Evidence& b) { return a.when < b.when; });
        s.reasons.push_back({"gone_quiet", k_points_awaiting_reply,
                             fmt::format("Gone quiet: {} attempts since they last answered, the first {}",
                                         attempts.size(), model::relative_day(attempts.front().when, now)),
                             std::move(attempts)});
      }
    }
    // Voicemails and unanswered calls since the last live conversation.
    {
      std::vector<const model::CallRecord*> missed;
      for (const auto* call : live.missed(c.id))
        if (call->entry.when <= now && (!last_live || call->entry.when > *last_live)) missed.push_back(call);
      if (!missed.empty()) {
        const auto since_last = days_between(missed.back()->entry.when, now);
        std::vector<Evidence> evidence;
        for (const auto* call : missed) evidence.push_back(call_evidence(*call, c));
        if (since_last >= settings.voicemail_retry_days)
          s.reasons.push_back({"voicemail_retry",
                               std::min(k_points_voicemail_retry_max,
                                        k_points_voicemail_retry + k_points_per_extra_attempt * static_cast<double>(missed.size() - 1)),
                               fmt::format("{} unanswered call{} since you last spoke, the last {}: try again",
                                           missed.size(), missed.size() == 1 ? "" : "s", model::relative_day(missed.back()->entry.when, now)),
                               std::move(evidence)});
        else
          leave_out("tried_recently", fmt::format("tried {} (no answer): try again after {} days",
                                                  model::relative_day(missed.back()->entry.when, now), settings.voicemail_retry_days),
                    std::move(evidence));
      }
    }
    // No live conversation for longer than usual.
    if (last_live) {
      const auto& lives = live.lives(c.id);
      double rhythm = settings.default_rhythm_days;
      if (lives.size() >= 3)
        rhythm = std::clamp(median_gap_days(lives), settings.min_rhythm_days, settings.default_rhythm_days * 3);
      const auto since = days_between(*last_live, now);
      if (since > rhythm) {
        Evidence e;
        e.tag = "last_live";
        e.when = *last_live;
        e.channel = c.last_live_channel.value_or(model::Channel::phone);
        e.who = c.name;
        e.quote = fmt::format("last live conversation ({})", model::to_string(e.channel));
        for (const auto* call : view.calls)
          if (call->entry.when == *last_live) e = call_evidence(*call, c);
        s.reasons.push_back({"overdue_live",
                             k_points_overdue + std::min(k_points_overdue_max_extra, 10 * (since / rhythm - 1)),
                             fmt::format("No live conversation for {} (usual rhythm: every {:.0f} days)",
                                         age(*last_live, now), rhythm),
                             {std::move(e)}});
      }
    } else if (!theirs.empty() && theirs.back().second->when >= lookback) {
      const auto& [t, m] = theirs.back();
      s.reasons.push_back({"never_live", k_points_never_live, "Never spoken with live: only messages so far",
                           {message_evidence(*t, *m, "message")}});
    }
    // A proposal out and no decision yet.
    const bool has_proposal_reason = std::any_of(s.reasons.begin(), s.reasons.end(), [](const Reason& r) {
      return r.code == "proposal_email_only" || r.code == "dismissal" || r.code == "dismissal_answered_in_writing";
    });
    auto open_proposal = [&]() -> std::optional<Reason> {
      for (const auto* t : view.threads) {
        for (const auto& m : t->messages) {
          if (m.direction != model::Direction::outbound || m.when < lookback || m.when > now) continue;
          if (last_live && *last_live > m.when) continue;
          if (const auto p = signals.find(Signal::proposal, m))
            return Reason{"open_proposal", k_points_open_proposal,
                          fmt::format("Proposal sent {} ({}), not discussed live since", model::relative_day(m.when, now),
                                      short_date(m.when, now)),
                          {signal_evidence(*t, m, Signal::proposal, *p)}};
        }
      }
      return std::nullopt;
    };
    if (!has_proposal_reason)
      if (auto r = open_proposal()) s.reasons.push_back(std::move(*r));

    for (const auto* call : view.calls)
      if (call->stance) s.stance = *call->stance;
    std::stable_sort(s.reasons.begin(), s.reasons.end(), [](const Reason& a, const Reason& b) { return a.points > b.points; });
    // Two readings of one message ("ring me" and an objection in the same email) are
    // one reason to call, not two: the weaker counts half.
    std::vector<std::pair<model::ConversationId, model::Timestamp>> cited;
    for (auto& r : s.reasons) {
      if (r.evidence.empty() || r.evidence.front().conversation == 0) continue;
      const std::pair key{r.evidence.front().conversation, r.evidence.front().when};
      if (std::find(cited.begin(), cited.end(), key) != cited.end()) r.points /= 2;
      else cited.push_back(key);
    }
    for (const auto& r : s.reasons) s.score += r.points;
    if (s.reasons.empty() || s.score < k_min_score) continue;
    // A dismissal or a request to be called outweighs being away or a recent voicemail.
    const bool urgent = s.reasons.front().code == "dismissal" || s.reasons.front().code == "call_request" ||
                        s.reasons.front().code == "dismissal_answered_in_writing";
    if (left && !(urgent && left->code == "tried_recently")) {
      out.left_out.push_back(std::move(*left));
      continue;
    }
    candidates.push_back(std::move(s));
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const CallSuggestion& a, const CallSuggestion& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.contact->name < b.contact->name;
  });
  out.calls = std::move(candidates);
  return out;
}

TodayList today(const model::Workspace& workspace, const LiveIndex& live, const std::vector<ThreadVerdict>& verdicts,
                const Signals& signals, const Phrasebook& words, const TodaySettings& settings, model::Timestamp now) {
  auto list = rank_calls(workspace, live, verdicts, signals, settings, now);
  if (list.calls.size() > settings.list_size) list.calls.resize(settings.list_size);
  // What to bring up and how to open, for those listed only: it reads every thread.
  for (auto& s : list.calls) {
    s.bring_up = personal_facts(workspace, *s.contact);
    auto opening = opening_for(s.reasons.front().code, *s.contact, s.bring_up, s.reasons, words, now);
    s.opening = std::move(opening.opening);
    s.voicemail = std::move(opening.voicemail);
  }
  return list;
}

}  // namespace rapport::playbook
