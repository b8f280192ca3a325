#include "cli/export_views.hpp"

#include <algorithm>

#include "rapport/util/ascii.hpp"

namespace rapport::cli {
namespace {

using playbook::InboxKind;

std::string contact_key(const model::ContactSummary& c) {
  if (!c.emails.empty()) {
    std::string key;
    for (const char ch : c.emails.front()) key += ascii_lower(ch);
    return key;
  }
  if (!c.phones.empty()) return c.phones.front();
  return c.name;
}

std::vector<report::FactItem> fact_items(const std::vector<playbook::BringUp>& facts) {
  std::vector<report::FactItem> out;
  for (const auto& b : facts) out.push_back({b.kind, b.text, evidence_item(b.said)});
  return out;
}

std::optional<int> last_stance(const model::Workspace& w, model::ContactId id) {
  std::optional<int> stance;
  std::optional<model::Timestamp> at;
  for (const auto& call : w.calls)
    if (call.contact == id && call.stance && (!at || call.entry.when >= *at)) {
      stance = call.stance;
      at = call.entry.when;
    }
  return stance;
}

}  // namespace

Result<Findings> compute_findings(Env& env) {
  auto settings = env.config().today;
  if (env.options().limit > 0) settings.list_size = static_cast<std::size_t>(env.options().limit);
  const auto& inbox_settings = env.config().inbox;
  auto data = load_playbook_data(env, std::max(settings.lookback_days, inbox_settings.lookback_days));
  if (!data) return data.take_error();
  Findings f;
  f.data = std::move(*data);
  const auto now = env.now();
  const auto& d = *f.data;
  f.today = playbook::today(d.workspace, *d.live, d.verdicts, d.signals, d.words, settings, now);
  // As `rapport inbox` selects and orders it, without its -n: the export lists every
  // open item.
  f.inbox = playbook::inbox(d.workspace, d.verdicts, inbox_settings, now);
  return f;
}

report::EvidenceItem evidence_item(const playbook::Evidence& e) {
  report::EvidenceItem out;
  out.when = e.when;
  // A call-log line has no message or conversation behind it (a meeting's summary
  // evidence has neither either, but its channel is video or in person).
  const bool call_log = e.message_id.empty() && e.conversation == 0 && !e.at_s && e.channel == model::Channel::phone;
  out.channel = call_log ? "call log" : std::string(model::to_string(e.channel));
  out.who = call_log ? std::string() : e.direction == model::Direction::outbound && !e.at_s ? std::string("you") : e.who;
  out.quote = e.quote;
  out.at_s = e.at_s;
  return out;
}

std::vector<report::CallItem> call_items(const playbook::TodayList& today) {
  std::vector<report::CallItem> out;
  for (std::size_t i = 0; i < today.calls.size(); ++i) {
    const auto& s = today.calls[i];
    const auto& c = *s.contact;
    report::CallItem item;
    item.rank = i + 1;
    item.contact_key = contact_key(c);
    item.name = c.name;
    item.company = c.account;
    item.phones = c.phones;
    item.emails = c.emails;
    item.score = s.score;
    for (const auto& r : s.reasons) {
      report::ReasonItem reason{r.code, r.text, {}};
      for (const auto& e : r.evidence) reason.evidence.push_back(evidence_item(e));
      item.reasons.push_back(std::move(reason));
    }
    item.bring_up = fact_items(s.bring_up);
    item.opening = s.opening;
    item.voicemail = s.voicemail;
    item.stance = s.stance;
    out.push_back(std::move(item));
  }
  return out;
}

std::vector<report::InboxItem> inbox_items(const Findings& f) {
  std::vector<report::InboxItem> out;
  for (const auto* v : f.inbox) {
    report::InboxItem item;
    item.kind = playbook::to_string(*v->kind);
    item.section = std::string(playbook::heading(*v->kind));
    if (const auto* c = f.data->contact(v->contact)) {
      item.contact = c->name;
      item.company = c->account;
    }
    item.channel = model::to_string(v->thread->channel);
    item.subject = v->thread->subject;
    if (v->reply_owed) item.waiting_since = v->waiting_since;
    item.reason = v->reason;
    for (const auto o : v->objections) item.objections.emplace_back(analysis::to_string(o));
    item.must_clarify = v->clarity == playbook::Clarity::must_clarify;
    item.advice = v->advice;
    for (const auto& e : v->evidence) item.evidence.push_back(evidence_item(e));
    out.push_back(std::move(item));
  }
  return out;
}

std::vector<report::ContactRow> contact_rows(const Findings& f) {
  const auto& w = f.data->workspace;
  std::vector<report::ContactRow> out;
  for (const auto& c : w.contacts) {
    if (c.kind != model::ContactKind::client) continue;
    report::ContactRow row;
    row.name = c.name;
    row.emails = c.emails;
    row.phones = c.phones;
    row.company = c.account;
    row.title = c.title;
    row.last_live = c.last_live;
    if (c.last_live_channel) row.last_live_channel = model::to_string(*c.last_live_channel);
    row.last_message = c.last_message;
    for (std::size_t i = 0; i < f.today.calls.size(); ++i) {
      const auto& s = f.today.calls[i];
      if (s.contact->id != c.id) continue;
      row.today_rank = i + 1;
      row.today_score = s.score;
      if (!s.reasons.empty()) row.top_reason = s.reasons.front().text;
    }
    for (const auto* v : f.inbox) {
      if (v->contact != c.id) continue;
      if (row.inbox_kind.empty()) row.inbox_kind = playbook::to_string(*v->kind);  // the most urgent
      for (const auto o : v->objections) {
        std::string name(analysis::to_string(o));
        if (std::find(row.objections.begin(), row.objections.end(), name) == row.objections.end()) row.objections.push_back(name);
      }
    }
    row.stance = last_stance(w, c.id);
    row.bring_up = fact_items(playbook::personal_facts(w, c));
    out.push_back(std::move(row));
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return out;
}

}  // namespace rapport::cli
