// rapport inbox — the threads that need attention: clients leaving by email,
// objections, answers owed, proposals chased by email only, and the courtesy loops
// that may end without a reply.

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/playbook_data.hpp"
#include "cli/text_layout.hpp"
#include "rapport/playbook/wording.hpp"
#include "rapport/report/terminal.hpp"
#include "rapport/report/time_text.hpp"

namespace rapport::cli {
namespace {

using playbook::InboxKind;

std::string objections_text(const playbook::ThreadVerdict& v) {
  std::string out;
  for (const auto o : v.objections) {
    if (!out.empty()) out += ", ";
    out += analysis::to_string(o);
  }
  return out;
}

nlohmann::ordered_json item_json(const PlaybookData& data, const playbook::ThreadVerdict& v) {
  nlohmann::ordered_json j;
  j["kind"] = v.kind ? playbook::to_string(*v.kind) : "none";
  if (const auto* c = data.contact(v.contact)) j["contact"] = contact_ref_json(*c);
  else j["contact"] = nullptr;
  j["thread_root_message_id"] = v.thread->root_message_id;
  j["conversation"] = v.thread->id;
  j["channel"] = model::to_string(v.thread->channel);
  j["subject"] = v.thread->subject;
  j["reply_owed"] = v.reply_owed;
  if (v.waiting_since) j["waiting_since"] = model::to_iso8601(*v.waiting_since);
  j["objections"] = nlohmann::ordered_json::array();
  for (const auto o : v.objections) j["objections"].push_back(analysis::to_string(o));
  if (v.clarity) j["clarity"] = playbook::to_string(*v.clarity);
  if (!v.reason.empty()) j["reason"] = v.reason;
  if (v.kind == InboxKind::dismissal_answered_in_writing) {
    j["written_reply_words"] = v.written_reply_words;
    j["long_written_reply"] = v.long_written_reply;
  }
  if (v.kind == InboxKind::proposal_followed_up_by_email_only) j["email_chasers"] = v.email_chasers;
  j["advice"] = v.advice;
  j["evidence"] = evidence_list_json(v.evidence);
  return j;
}

struct InboxArgs {
  bool all = false;  // every thread judged, those with nothing to do as kind "none"
};

int run_inbox(Env& env, const InboxArgs& args) {
  const auto& settings = env.config().inbox;
  auto data = load_playbook_data(env, settings.lookback_days);
  if (!data) {
    env.error(data.error());
    return k_exit_failure;
  }
  const auto now = env.now();
  auto items = playbook::inbox((*data)->workspace, (*data)->verdicts, settings, now, args.all);
  if (env.options().limit > 0 && items.size() > static_cast<std::size_t>(env.options().limit))
    items.resize(static_cast<std::size_t>(env.options().limit));

  if (env.json()) {
    nlohmann::ordered_json out;
    out["now"] = model::to_iso8601(now);
    out["items"] = nlohmann::ordered_json::array();
    for (const auto* v : items) out["items"].push_back(item_json(**data, *v));
    env.print_json(std::move(out));
    return k_exit_ok;
  }
  const auto color = env.color();
  const auto width = std::min<std::size_t>(env.terminal_width(), 100);
  std::string out = report::paint(fmt::format("Inbox, {}: {} thread{} to look at", report::date_text(now), items.size(),
                                              items.size() == 1 ? "" : "s"),
                                  report::Tint::bold, color) +
                    "\n";
  std::optional<InboxKind> section;
  for (const auto* v : items) {
    if (!v->kind) continue;  // --all lists them in --json only
    if (section != v->kind) {
      section = v->kind;
      out += "\n" + report::paint(playbook::heading(*v->kind), report::Tint::cyan, color) + "\n";
    }
    const auto* c = (*data)->contact(v->contact);
    std::string head = "  " + report::paint(c ? c->name : std::string("(unknown)"), report::Tint::bold, color);
    if (c && !c->account.empty()) head += " · " + c->account;
    head += fmt::format(" · {}", model::to_string(v->thread->channel));
    if (!v->thread->subject.empty()) head += fmt::format(" “{}”", playbook::clip(v->thread->subject, 40));
    if (v->reply_owed && v->waiting_since)
      head += report::paint(fmt::format(" · waiting {}", playbook::age(*v->waiting_since, now)), report::Tint::yellow, color);
    out += head + "\n";
    if (!v->reason.empty()) {
      std::string reason = "“" + v->reason + "”";
      if (!v->objections.empty()) reason += " (" + objections_text(*v) + ")";
      if (v->clarity == playbook::Clarity::must_clarify) reason += report::paint(" — unclear: clarify it on the phone", report::Tint::yellow, color);
      out += labelled("Reason:", reason, 4, 10, width, color);
    } else if (!v->objections.empty()) {
      out += labelled("Concerns:", objections_text(*v), 4, 10, width, color);
    }
    if (*v->kind == InboxKind::dismissal_answered_in_writing)
      out += labelled("Written:", fmt::format("{} words{}", v->written_reply_words, v->long_written_reply ? " — a long rebuttal" : ""),
                      4, 10, width, color);
    for (const auto& e : v->evidence) out += labelled("From:", evidence_line(e), 4, 10, width, color);
    out += labelled("Advice:", v->advice, 4, 10, width, color, report::Tint::green);
  }
  if (items.empty()) out += "\nNothing needs attention.\n";
  env.print(out);
  return k_exit_ok;
}

}  // namespace

Command inbox_command() {
  auto args = std::make_shared<InboxArgs>();
  return Command{
      "inbox",
      "Threads that need attention: dismissals, objections, answers owed, courtesy loops",
      Needs::store,
      [args](CLI::App& app) {
        app.add_flag("--all", args->all, "With --json: every client thread, those needing nothing as kind \"none\"");
      },
      [args](Env& env) { return run_inbox(env, *args); },
  };
}

}  // namespace rapport::cli
