#include "rapport/playbook/inbox.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <unordered_set>

#include "rapport/analysis/phrase_set.hpp"
#include "rapport/analysis/sentences.hpp"

namespace rapport::playbook {
namespace {

using analysis::Intent;
using model::Direction;
using model::MessageRecord;

bool inbound(const MessageRecord& m) { return m.direction == Direction::inbound; }
bool outbound(const MessageRecord& m) { return m.direction == Direction::outbound; }

bool intent_is(const MessageRecord& m, Intent intent) {
  const auto i = intent_of(m);
  return i && *i == intent;
}

// The tag that best shows why a message is what it is: the stated reason (its first
// objection), else its intent's evidence, else nothing (the message's opening is quoted).
const model::Tag* reason_tag(const MessageRecord& m) {
  for (const auto& t : m.tags)
    if (t.name.rfind("objection.", 0) == 0 && t.end > t.begin) return &t;
  for (const auto& t : m.tags)
    if (t.name.rfind("intent.", 0) == 0 && t.end > t.begin) return &t;
  return nullptr;
}

std::string reason_of(const MessageRecord& m) {
  const auto* t = reason_tag(m);
  return t ? sentence_around(m.new_text, t->begin, t->end) : opening_of(m.new_text);
}

std::string tag_name_of_intent(const MessageRecord& m) {
  const auto i = intent_of(m);
  return i ? "intent." + std::string(analysis::to_string(*i)) : "message";
}

// Words that say nothing about what a question is about; what is left of a question
// ("scaffolding", "inverter", "warranty") should come back in an answer.
bool is_content_word(std::string_view w) {
  static const std::set<std::string_view> k_function_words{
      "about", "after", "again", "also", "and", "any", "anything", "are", "back", "been", "before", "being",
      "both", "but", "can", "could", "did", "does", "doing", "done", "each", "either", "else", "ever", "from",
      "have", "having", "here", "how", "into", "just", "know", "like", "make", "many", "might", "more", "much",
      "must", "need", "needs", "only", "other", "our", "ours", "ourselves", "over", "please", "quick", "quite",
      "really", "same", "shall", "should", "some", "something", "still", "such", "sure", "than", "thank",
      "thanks", "that", "the", "their", "them", "then", "there", "these", "they", "thing", "things", "think",
      "this", "those", "through", "too", "under", "until", "very", "want", "wanted", "was", "were", "what",
      "when", "where", "whether", "which", "while", "who", "whom", "why", "will", "with", "wondering", "would",
      "you", "your", "yours", "yourself", "hello", "regards", "best", "cheers", "wonder", "question",
      "questions", "also", "does", "include", "included", "includes", "work", "works", "going", "get", "got"};
  // Contractions ("we're", "that's") are function words too.
  const bool contraction = w.find('\'') != std::string_view::npos || w.find("\u2019") != std::string_view::npos;
  return w.size() >= 4 && !contraction && !k_function_words.contains(w);
}

std::set<std::string> question_words(const MessageRecord& m) {
  std::set<std::string> words;
  for (const auto& t : m.tags) {
    if (t.name.rfind("question.", 0) != 0 || t.end <= t.begin || t.end > m.new_text.size()) continue;
    for (const auto& token : analysis::tokenize(std::string_view(m.new_text).substr(t.begin, t.end - t.begin)))
      if (is_content_word(token.text)) words.insert(token.text);
  }
  return words;
}

bool mentions_any(const MessageRecord& m, const std::set<std::string>& words) {
  for (const auto& token : analysis::tokenize(m.new_text))
    if (words.contains(token.text)) return true;
  return false;
}

// Singular and plural forms share a stem for this purpose ("panel"/"panels").
std::set<std::string> with_stems(std::set<std::string> words) {
  std::set<std::string> out = words;
  for (const auto& w : words) {
    if (w.size() > 4 && w.back() == 's') out.insert(w.substr(0, w.size() - 1));
    else out.insert(w + "s");
  }
  return out;
}

std::string advice_for_dismissal(const ThreadVerdict& v) {
  if (!v.reply_owed) return "They asked not to be contacted about this: respect it, and keep the door open only if they reopen it.";
  if (v.clarity == Clarity::must_clarify)
    return "Call, don't type: ask permission for a few questions and clarify what the reason really means.";
  return "Call, don't type: reference their message, clarify the reason, and aim for a clear yes or no.";
}

}  // namespace

std::string_view to_string(InboxKind kind) {
  switch (kind) {
    case InboxKind::dismissal: return "dismissal";
    case InboxKind::dismissal_answered_in_writing: return "dismissal_answered_in_writing";
    case InboxKind::proposal_followed_up_by_email_only: return "proposal_followed_up_by_email_only";
    case InboxKind::objection: return "objection";
    case InboxKind::answer_owed: return "answer_owed";
    case InboxKind::courtesy_loop: return "courtesy_loop";
  }
  return "answer_owed";
}

std::string_view heading(InboxKind kind) {
  switch (kind) {
    case InboxKind::dismissal: return "Leaving by email: call, don't type";
    case InboxKind::dismissal_answered_in_writing: return "Dismissals you answered in writing";
    case InboxKind::proposal_followed_up_by_email_only: return "Proposals chased by email only";
    case InboxKind::objection: return "Objections still open";
    case InboxKind::answer_owed: return "Answers owed";
    case InboxKind::courtesy_loop: return "Courtesy loops: no reply needed";
  }
  return "";
}

std::string_view to_string(Clarity clarity) { return clarity == Clarity::clear ? "clear" : "must_clarify"; }

Evidence message_evidence(const model::ThreadRecord& thread, const MessageRecord& m, std::string tag,
                          const model::Tag* at) {
  Evidence e;
  e.tag = std::move(tag);
  e.when = m.when;
  e.channel = m.channel;
  e.direction = m.direction;
  e.who = m.from_name;
  e.quote = at ? sentence_around(m.new_text, at->begin, at->end) : opening_of(m.new_text);
  e.message_id = m.message_id;
  e.conversation = thread.id;
  return e;
}

ThreadVerdict judge_thread(const model::ThreadRecord& thread, const LiveIndex& live, const Signals& signals,
                           const InboxSettings& settings) {
  ThreadVerdict v;
  v.thread = &thread;
  const auto& msgs = thread.messages;
  std::vector<std::size_t> human;
  for (std::size_t i = 0; i < msgs.size(); ++i)
    if (is_human(msgs[i])) human.push_back(i);
  // The client: the first contact who wrote in person, else the first one named.
  for (const auto i : human)
    if (inbound(msgs[i]) && msgs[i].from_contact) {
      v.contact = *msgs[i].from_contact;
      break;
    }
  if (v.contact == 0 && !thread.contacts.empty()) v.contact = thread.contacts.front();
  if (human.empty()) return v;

  for (const auto i : human)
    if (inbound(msgs[i]))
      for (const auto o : objections_of(msgs[i]))
        if (std::find(v.objections.begin(), v.objections.end(), o) == v.objections.end()) v.objections.push_back(o);
  std::sort(v.objections.begin(), v.objections.end());

  auto spoken_after = [&](model::Timestamp t) {
    for (const auto c : thread.contacts)
      if (live.live_after(c, t)) return true;
    return false;
  };
  const auto& last = msgs[human.back()];
  auto set_clarity = [&] {
    const bool unclear = v.objections.empty() ||
                         std::find(v.objections.begin(), v.objections.end(), analysis::Objection::financial_unclear) !=
                             v.objections.end();
    v.clarity = unclear ? Clarity::must_clarify : Clarity::clear;
  };

  // --- dismissals ----------------------------------------------------------------------
  const auto first_dismissal = std::find_if(human.begin(), human.end(), [&](std::size_t i) {
    return inbound(msgs[i]) && intent_is(msgs[i], Intent::dismissal);
  });
  if (first_dismissal != human.end() && !spoken_after(msgs[*first_dismissal].when)) {
    const auto& d = msgs[*first_dismissal];
    // The latest dismissal decides whether a response is owed ("please don't call").
    const MessageRecord* latest = &d;
    for (const auto i : human)
      if (inbound(msgs[i]) && intent_is(msgs[i], Intent::dismissal)) latest = &msgs[i];
    if (d.from_contact) v.contact = *d.from_contact;
    v.reason = reason_of(d);
    set_clarity();
    v.evidence.push_back(message_evidence(thread, d, "intent.dismissal", reason_tag(d)));
    const MessageRecord* longest = nullptr;
    bool wrote_back = false;
    for (auto it = std::next(first_dismissal); it != human.end(); ++it) {
      const auto& m = msgs[*it];
      if (!outbound(m)) continue;
      const auto words = word_count(m.new_text);
      // A short note that only asks for a call is the right move made by email; anything
      // else written back is an answer in writing.
      const bool asks_for_call = words < settings.long_reply_words && (signals.find(Signal::promised_call, m) ||
                                                                        signals.find(Signal::call_request, m));
      if (asks_for_call) continue;
      wrote_back = true;
      if (!longest || words > v.written_reply_words) {
        longest = &m;
        v.written_reply_words = words;
      }
    }
    if (wrote_back) {
      v.kind = InboxKind::dismissal_answered_in_writing;
      v.long_written_reply = v.written_reply_words >= settings.long_reply_words;
      v.evidence.push_back(message_evidence(thread, *longest, "written_reply"));
      if (latest != &d) v.evidence.push_back(message_evidence(thread, *latest, "intent.dismissal", reason_tag(*latest)));
      v.reply_owed = inbound(last) && reply_owed(last);
      if (v.reply_owed) v.waiting_since = last.when;
      v.advice = v.long_written_reply
                     ? "A long written rebuttal does not win a client back: call, acknowledge their decision and ask what changed."
                     : "Answered in writing: call instead, reference their message and clarify the reason.";
    } else {
      v.kind = InboxKind::dismissal;
      v.reply_owed = reply_owed(*latest);
      if (v.reply_owed) v.waiting_since = latest->when;
      if (latest != &d) v.evidence.push_back(message_evidence(thread, *latest, "intent.dismissal", reason_tag(*latest)));
      v.advice = advice_for_dismissal(v);
    }
    return v;
  }

  // --- a proposal chased by email only ---------------------------------------------------
  // The first message that sends it: the chasers after it name the proposal too.
  std::optional<std::size_t> proposal;
  for (const auto i : human)
    if (outbound(msgs[i]) && signals.find(Signal::proposal, msgs[i])) {
      proposal = i;
      break;
    }
  if (proposal && outbound(last) && !spoken_after(msgs[*proposal].when)) {
    std::size_t chasers = 0;
    std::size_t from = *proposal;
    for (const auto i : human)
      if (i > *proposal && inbound(msgs[i])) from = i;
    for (const auto i : human)
      if (i > from && outbound(msgs[i])) ++chasers;
    if (chasers >= settings.email_only_chasers) {
      v.kind = InboxKind::proposal_followed_up_by_email_only;
      v.email_chasers = chasers;
      const auto& p = msgs[*proposal];
      const auto found = signals.find(Signal::proposal, p);
      const model::Tag at{"proposal", static_cast<std::uint32_t>(found->begin), static_cast<std::uint32_t>(found->end), {}};
      v.evidence.push_back(message_evidence(thread, p, "proposal", &at));
      for (const auto i : human)
        if (i > from && outbound(msgs[i])) v.evidence.push_back(message_evidence(thread, msgs[i], "email_chaser"));
      v.advice = "Chasing a proposal by email hears no objection: call, ask what they think of it and what holds them back.";
      return v;
    }
  }

  // --- an answer owed ------------------------------------------------------------------------
  auto answered_after = [&](std::size_t index) {
    for (const auto i : human)
      if (i > index && outbound(msgs[i])) return true;
    return spoken_after(msgs[index].when);
  };
  std::optional<std::size_t> last_inbound;
  for (const auto i : human)
    if (inbound(msgs[i])) last_inbound = i;
  if (last_inbound && reply_owed(msgs[*last_inbound]) && !answered_after(*last_inbound)) {
    const auto& m = msgs[*last_inbound];
    if (m.from_contact) v.contact = *m.from_contact;
    v.reply_owed = true;
    v.waiting_since = m.when;
    v.kind = intent_is(m, Intent::objection) ? InboxKind::objection : InboxKind::answer_owed;
    if (v.kind == InboxKind::objection) {
      v.reason = reason_of(m);
      set_clarity();
    }
    v.evidence.push_back(message_evidence(thread, m, tag_name_of_intent(m), reason_tag(m)));
    v.advice = v.kind == InboxKind::objection
                   ? "An objection with the door open: call to understand it rather than answer it in writing."
                   : "They are waiting for an answer: give it today, by phone if it needs any discussion.";
    return v;
  }
  // A question the salesperson's later messages never took up (or the client chased).
  for (const auto qi : human) {
    const auto& q = msgs[qi];
    if (!inbound(q) || !reply_owed(q) || !has_question(q)) continue;
    const auto words = with_stems(question_words(q));
    if (words.empty() || spoken_after(q.when)) continue;
    bool taken_up = false;
    bool any_reply = false;
    for (const auto i : human) {
      if (i <= qi || !outbound(msgs[i])) continue;
      any_reply = true;
      if (mentions_any(msgs[i], words)) taken_up = true;
    }
    if (!any_reply || taken_up) continue;
    v.kind = InboxKind::answer_owed;
    v.reply_owed = true;
    v.waiting_since = q.when;
    const model::Tag* question = nullptr;
    for (const auto& t : q.tags)
      if (t.name.rfind("question.", 0) == 0 && t.end > t.begin) {
        question = &t;
        break;
      }
    v.evidence.push_back(message_evidence(thread, q, "unanswered_question", question));
    v.advice = "Their question was never answered: answer it today, and call if it needs discussion.";
    return v;
  }

  // --- an objection still open ---------------------------------------------------------
  auto open_objection = [&](const MessageRecord& m) {
    v.kind = InboxKind::objection;
    if (m.from_contact) v.contact = *m.from_contact;
    v.reason = reason_of(m);
    set_clarity();
    v.evidence.push_back(message_evidence(thread, m, "intent.objection", reason_tag(m)));
    v.advice = "Answered in writing only: pick it up by phone and find out whether the concern still stands.";
  };
  if (last_inbound && intent_is(msgs[*last_inbound], Intent::objection) && !spoken_after(msgs[*last_inbound].when)) {
    open_objection(msgs[*last_inbound]);
    return v;
  }

  // --- a courtesy loop --------------------------------------------------------------------------
  std::size_t tail = 0;
  bool tail_has_client = false;
  for (auto it = human.rbegin(); it != human.rend() && is_courtesy(msgs[*it]); ++it) {
    ++tail;
    tail_has_client = tail_has_client || inbound(msgs[*it]);
  }
  if (tail >= 2 && tail_has_client) {
    v.kind = InboxKind::courtesy_loop;
    for (std::size_t k = human.size() - tail; k < human.size(); ++k)
      v.evidence.push_back(message_evidence(thread, msgs[human[k]], "courtesy"));
    v.advice = "Only courtesies since: no reply is needed; the last one may stay unanswered.";
    return v;
  }

  // --- an earlier objection still open -------------------------------------------------------
  // Answered in writing only and not talked through live since, while the client's later
  // messages only arranged things ("Sure, ring me next week"). Interest shown after it
  // settles it.
  for (auto it = human.rbegin(); it != human.rend(); ++it) {
    const auto& m = msgs[*it];
    if (!inbound(m)) continue;
    if (intent_is(m, Intent::interest)) break;
    if (!intent_is(m, Intent::objection)) continue;
    if (!spoken_after(m.when)) open_objection(m);
    break;
  }
  return v;
}

std::vector<const ThreadVerdict*> inbox(const model::Workspace& workspace, const std::vector<ThreadVerdict>& verdicts,
                                        const InboxSettings& settings, model::Timestamp now, bool include_none) {
  std::unordered_set<model::ContactId> clients;
  for (const auto& c : workspace.contacts)
    if (c.kind == model::ContactKind::client) clients.insert(c.id);
  const auto since = now - std::chrono::seconds(static_cast<std::int64_t>(settings.lookback_days * 86400));
  std::vector<const ThreadVerdict*> out;
  for (const auto& v : verdicts) {
    if (!(v.kind || include_none) || !clients.contains(v.contact)) continue;
    const auto& messages = v.thread->messages;
    if (messages.empty() || messages.back().when < since || messages.front().when > now) continue;
    out.push_back(&v);
  }
  std::stable_sort(out.begin(), out.end(), [](const ThreadVerdict* a, const ThreadVerdict* b) {
    if (a->kind != b->kind) return a->kind.has_value() && (!b->kind || *a->kind < *b->kind);
    const auto wa = a->waiting_since.value_or(a->thread->messages.back().when);
    const auto wb = b->waiting_since.value_or(b->thread->messages.back().when);
    if (wa != wb) return wa < wb;
    return a->thread->id < b->thread->id;
  });
  return out;
}

}  // namespace rapport::playbook
