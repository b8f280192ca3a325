#include "rapport/playbook/plan.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "rapport/playbook/wording.hpp"

namespace rapport::playbook {
namespace {

using analysis::Intent;
using analysis::Objection;

// Their own messages in person, newest first.
std::vector<std::pair<const model::ThreadRecord*, const model::MessageRecord*>> messages_of(
    const model::Workspace& ws, const model::ContactSummary& c) {
  std::vector<std::pair<const model::ThreadRecord*, const model::MessageRecord*>> out;
  for (const auto& t : ws.threads)
    for (const auto& m : t.messages)
      if (m.from_contact == c.id && m.direction == model::Direction::inbound && is_human(m)) out.emplace_back(&t, &m);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second->when > b.second->when; });
  return out;
}

// Words in a dismissal that leave the door open: a time, a stage, a condition.
bool leaves_window_open(std::string_view text) {
  static constexpr std::array<std::string_view, 12> k_open{
      "at this stage", "for now", "right now", "at the moment", "this year", "next quarter",
      "until",         "not yet", "for the time being", "this time", "currently", "in the new year"};
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return std::any_of(k_open.begin(), k_open.end(), [&](std::string_view w) { return lower.find(w) != std::string::npos; });
}

}  // namespace

std::optional<Stance> stance_of(const model::Workspace& workspace, const std::vector<ThreadVerdict>& verdicts,
                                const model::ContactSummary& contact) {
  (void)verdicts;
  const model::CallRecord* logged = nullptr;
  for (const auto& call : workspace.calls)
    if (call.contact == contact.id && call.stance && (!logged || call.entry.when >= logged->entry.when)) logged = &call;
  const auto mine = messages_of(workspace, contact);
  // A logged stance holds until the client writes again.
  if (logged && (mine.empty() || mine.front().second->when <= logged->entry.when)) {
    Stance s;
    s.value = *logged->stance;
    s.logged = true;
    s.basis = "logged after the call of " + model::to_iso8601(logged->entry.when).substr(0, 10);
    Evidence e;
    e.tag = "stance";
    e.when = logged->entry.when;
    e.channel = model::Channel::phone;
    e.direction = logged->entry.direction;
    e.who = contact.name;
    e.quote = fmt::format("stance {}/10{}", s.value, logged->entry.note.empty() ? "" : ": " + logged->entry.note);
    s.evidence.push_back(std::move(e));
    s.stuck = s.value == 5 || s.value == 6;
    return s;
  }
  for (const auto& [t, m] : mine) {
    const auto intent = intent_of(*m);
    if (!intent || *intent == Intent::pleasantry || *intent == Intent::info || *intent == Intent::auto_reply) continue;
    Stance s;
    switch (*intent) {
      case Intent::dismissal: s.value = 2; break;
      case Intent::unsubscribe: s.value = 0; break;
      case Intent::objection: {
        const auto objections = objections_of(*m);
        const bool leaning_away = std::find(objections.begin(), objections.end(), Objection::competitor) != objections.end();
        s.value = leaning_away ? 3 : 5;
        break;
      }
      case Intent::question: s.value = 6; break;
      case Intent::interest: s.value = 8; break;
      case Intent::scheduling: s.value = 7; break;
      default: continue;
    }
    s.basis = fmt::format("estimated from their {} ({})", analysis::to_string(*intent), model::to_iso8601(m->when).substr(0, 10));
    s.evidence.push_back(message_evidence(*t, *m, "intent." + std::string(analysis::to_string(*intent))));
    s.stuck = s.value == 5 || s.value == 6;
    return s;
  }
  return std::nullopt;
}

CallPlan plan_call(const model::Workspace& workspace, const std::vector<ThreadVerdict>& verdicts,
                   const Phrasebook& words, const model::ContactSummary& contact, model::Timestamp now) {
  CallPlan plan;
  plan.contact = &contact;
  const auto first = first_name(contact.name);
  const ThreadVerdict* dismissal = nullptr;
  const ThreadVerdict* open_item = nullptr;
  std::vector<Objection> objections;
  for (const auto& v : verdicts) {
    if (v.contact != contact.id || !v.kind) continue;
    if ((*v.kind == InboxKind::dismissal && v.reply_owed) || *v.kind == InboxKind::dismissal_answered_in_writing) {
      if (!dismissal || v.evidence.front().when > dismissal->evidence.front().when) dismissal = &v;
    } else if (*v.kind != InboxKind::courtesy_loop && (!open_item || v.evidence.front().when > open_item->evidence.front().when)) {
      open_item = &v;
    }
    for (const auto o : v.objections)
      if (std::find(objections.begin(), objections.end(), o) == objections.end()) objections.push_back(o);
  }
  // Concerns raised on recorded calls count too.
  for (const auto& meeting : workspace.meetings) {
    if (std::find(meeting.contacts.begin(), meeting.contacts.end(), contact.id) == meeting.contacts.end()) continue;
    for (const auto& turn : meeting.turns)
      for (const auto& tag : turn.tags)
        if (tag.name.rfind("objection.", 0) == 0)
          if (const auto o = analysis::parse_objection(std::string_view(tag.name).substr(10));
              o && std::find(objections.begin(), objections.end(), *o) == objections.end())
            objections.push_back(*o);
  }
  std::sort(objections.begin(), objections.end());
  plan.stance = stance_of(workspace, verdicts, contact);
  plan.bring_up = personal_facts(workspace, contact);

  const auto mine = messages_of(workspace, contact);
  // What they asked about or asked for, in their words: the sentence of a question or
  // of an expressed interest.
  for (const auto& [t, m] : mine) {
    if (plan.needs.size() == 3) break;
    const auto tag = std::find_if(m->tags.begin(), m->tags.end(), [](const model::Tag& tg) {
      return tg.end > tg.begin && (tg.name.rfind("question.", 0) == 0 || tg.name == "intent.interest");
    });
    if (tag == m->tags.end()) continue;
    auto e = message_evidence(*t, *m, "need", &*tag);
    plan.needs.push_back({e.quote, "", {std::move(e)}});
  }

  for (const auto o : objections)
    plan.likely_objections.push_back({std::string(analysis::to_string(o)), words.say("response." + std::string(analysis::to_string(o)), {}), {}});

  if (dismissal) {
    plan.win_back = true;
    const auto& said = dismissal->evidence.front();
    plan.purpose = fmt::format("Win back the conversation: {} ended it by {} on {}. Call, don't type.", first,
                               model::to_string(said.channel), short_date(said.when, now));
    plan.purpose_evidence = dismissal->evidence;
    plan.key_message = "You want to understand their decision, not to argue with it; a clear no is a fine answer.";
    plan.desired_outcome =
        "A clear position, 0 or 10 rather than an anxious 5 or 6: if there is still a reason to change, a path and a "
        "date (ideally a face-to-face meeting); if not, a warm close that leaves the door open.";
    // The four questions to answer before calling.
    plan.before_calling.push_back({"Why did they decide?", dismissal->reason.empty() ? "They gave no reason: ask." : "In their words: “" + dismissal->reason + "”", {said}});
    std::string real;
    if (dismissal->objections.empty()) real = "No reason category is clear from the message: find out.";
    else {
      for (const auto o : dismissal->objections) {
        if (!real.empty()) real += "; ";
        real += std::string(analysis::to_string(o));
      }
      if (dismissal->clarity == Clarity::must_clarify)
        real += ". Unclear: a money concern with no owner may be our price, their own finances or our stability; clarify it, don't guess.";
    }
    plan.before_calling.push_back({"What is the real objection or condition?", real, {}});
    std::string window = "Unknown from the messages: ask whether the decision is final or for now.";
    std::vector<Evidence> window_evidence;
    if (leaves_window_open(dismissal->reason)) {
      window = "Their wording leaves it open: “" + dismissal->reason + "”";
      window_evidence.push_back(said);
    }
    // A colleague of theirs writing since the dismissal says more than the dismissal.
    for (const auto& t : workspace.threads)
      for (const auto& m : t.messages) {
        if (m.direction != model::Direction::inbound || !m.from_contact || *m.from_contact == contact.id || !is_human(m)) continue;
        if (m.when <= said.when || m.when > now) continue;
        const auto* other = [&]() -> const model::ContactSummary* {
          for (const auto& c : workspace.contacts)
            if (c.id == *m.from_contact) return &c;
          return nullptr;
        }();
        if (!other || other->account.empty() || other->account != contact.account) continue;
        window = fmt::format("{} ({}) wrote since: “{}”", other->name, other->account, opening_of(m.new_text, 200));
        window_evidence = {message_evidence(t, m, "colleague_since")};
      }
    plan.before_calling.push_back({"Is a window still open?", window, window_evidence});
    plan.before_calling.push_back(
        {"Is it the right decision for them?",
         plan.needs.empty() ? "Judge honestly from what you know of their need; if you are not a good fit, say so."
                            : "Judge honestly against their need as they told it: “" + plan.needs.front().text + "”",
         plan.needs.empty() ? std::vector<Evidence>{} : plan.needs.front().evidence});

    const auto& reason = dismissal->reason;
    plan.call_steps = {
        {"Reference their message", fmt::format("“I read your {} of {}{}”", model::to_string(said.channel), short_date(said.when, now),
                                               reason.empty() ? "." : ": " + clip(reason, 80)), {said}},
        {"Ask permission", "“Would you mind if I asked you a few questions about it?”", {}},
        {"Clarify the reasons",
         dismissal->objections.empty() ? std::string("“What led you to that decision?”")
                                       : "“" + words.say("clarify." + std::string(analysis::to_string(dismissal->objections.front())), {}) + "”",
         {}},
        {"Judge the fit honestly", "Listen for whether you are still right for each other; if not, say so.", {}},
        {"Ask to respond", "“May I respond to that?” Then answer briefly, in their terms.", {}},
        {"Make no an acceptable answer", "“And if it's still a no, that's absolutely fine.”", {}},
        {"Aim for a clear 0 or 10", "“On a scale from 0 to 10, how much of a reason to change do you see now?”", plan.stance ? plan.stance->evidence : std::vector<Evidence>{}},
        {"Ask whether their position moved", "“Has anything we've talked about changed how you see it?”", {}},
        {"Agree a path and timeline", "A next step with a date (a meeting in person is better than a decision on the phone), or close on the high road.", {}},
    };
  } else {
    if (open_item) {
      plan.purpose = fmt::format("Follow up: {}", open_item->advice);
      plan.purpose_evidence = open_item->evidence;
    } else {
      plan.purpose = fmt::format("Keep the relationship live: a conversation with {}, not a message.", first);
    }
    plan.key_message = objections.empty()
                           ? "What changes for them, in their own terms: the time or money they told you they lose today."
                           : "Their concern first: understand it, then show what answers it.";
    plan.desired_outcome = "A face-to-face meeting (or a clear next step with a date), not a decision pushed on the phone.";
    std::string opener = "Start with them, not the product";
    if (!plan.bring_up.empty()) opener += ": ask about " + plan.bring_up.front().text;
    plan.call_steps = {
        {"Rapport first", opener + ".", plan.bring_up.empty() ? std::vector<Evidence>{} : std::vector<Evidence>{plan.bring_up.front().said}},
        {"Understand the need", "Open and semi-open questions: “How are you handling … today?”, “What would have to change?”", {}},
        {"Present only what fits", "Only after the need is clear, and only the part that answers it.", {}},
        {"Close on a next step", "Propose a meeting in person rather than pressing for a decision on the phone.", {}},
    };
  }
  return plan;
}

}  // namespace rapport::playbook
