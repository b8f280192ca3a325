// rapport today — about ten people to phone today, each with why (and the messages
// it came from), what to bring up, and how to open the call or word a voicemail.

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/playbook_data.hpp"
#include "cli/text_layout.hpp"
#include "rapport/playbook/today.hpp"
#include "rapport/playbook/wording.hpp"
#include "rapport/report/terminal.hpp"
#include "rapport/report/time_text.hpp"

namespace rapport::cli {
namespace {

struct TodayArgs {
  bool explain = false;  // also list who was left out, and why
};

nlohmann::ordered_json today_json(const playbook::TodayList& list, model::Timestamp now, bool explain) {
  nlohmann::ordered_json out;
  out["now"] = model::to_iso8601(now);
  out["calls"] = nlohmann::ordered_json::array();
  for (const auto& call : list.calls) {
    nlohmann::ordered_json c;
    c["contact"] = contact_ref_json(*call.contact);
    c["score"] = std::round(call.score * 10) / 10;
    c["reasons"] = nlohmann::ordered_json::array();
    c["evidence"] = nlohmann::ordered_json::array();
    for (const auto& r : call.reasons) {
      c["reasons"].push_back({{"code", r.code}, {"points", std::round(r.points * 10) / 10}, {"text", r.text}});
      for (const auto& e : r.evidence) {
        auto ej = evidence_json(e);
        ej["reason"] = r.code;
        c["evidence"].push_back(std::move(ej));
      }
    }
    c["bring_up"] = bring_up_json(call.bring_up);
    c["opening"] = call.opening;
    c["voicemail"] = call.voicemail;
    if (call.stance) c["stance"] = *call.stance;
    out["calls"].push_back(std::move(c));
  }
  if (explain) {
    out["left_out"] = nlohmann::ordered_json::array();
    for (const auto& l : list.left_out)
      out["left_out"].push_back({{"contact", contact_ref_json(*l.contact)},
                                 {"code", l.code},
                                 {"text", l.text},
                                 {"evidence", evidence_list_json(l.evidence)}});
  }
  return out;
}

std::string phone_of(const model::ContactSummary& c) {
  if (!c.phones.empty()) return c.phones.front();
  return c.emails.empty() ? std::string("no number") : c.emails.front() + " (no number)";
}

int run_today(Env& env, const TodayArgs& args) {
  auto settings = env.config().today;
  if (env.options().limit > 0) settings.list_size = static_cast<std::size_t>(env.options().limit);
  auto store = env.store();
  if (!store) {
    env.error(store.error());
    return k_exit_failure;
  }
  const auto now = env.now();
  auto found =
      service::today_from_store(**store, settings, env.config().inbox, now, args.explain, env.config().rules);
  if (!found) {
    env.error(found.error());
    return k_exit_failure;
  }
  const auto answer = std::make_shared<service::TodayResult>(std::move(*found));
  keep_until_exit(answer);
  const auto& list = answer->list;
  if (env.json()) {
    env.print_json(today_json(list, now, args.explain));
    return k_exit_ok;
  }
  const auto color = env.color();
  const auto width = std::min<std::size_t>(env.terminal_width(), 100);
  std::string out;
  out += report::paint(fmt::format("Today, {}: {} {} to call", report::date_text(now), list.calls.size(),
                                   list.calls.size() == 1 ? "person" : "people"),
                       report::Tint::bold, color);
  out += "\n\n";
  if (list.calls.empty()) out += "Nobody needs a call today. `rapport inbox` shows the threads that matter.\n";
  for (std::size_t i = 0; i < list.calls.size(); ++i) {
    const auto& call = list.calls[i];
    const auto& c = *call.contact;
    std::string head = fmt::format("{:>2}  ", i + 1) + report::paint(c.name, report::Tint::bold, color);
    if (!c.account.empty()) head += " · " + c.account;
    head += " · " + phone_of(c);
    out += head + report::paint(fmt::format("  (score {:.0f})", call.score), report::Tint::dim, color) + "\n";
    for (std::size_t r = 0; r < call.reasons.size(); ++r)
      out += labelled(r == 0 ? "Why:" : "", call.reasons[r].text, 4, 10, width, color);
    // The first evidence of the strongest reason, quoted; the rest are in --json.
    if (!call.reasons.front().evidence.empty())
      out += labelled("From:", evidence_line(call.reasons.front().evidence.front()), 4, 10, width, color);
    if (!call.bring_up.empty()) {
      const auto& b = call.bring_up.front();
      out += labelled("Bring up:", fmt::format("{} ({} {}, {})", b.text, model::to_string(b.said.channel),
                                               b.said.direction == model::Direction::inbound ? "from " + b.said.who : "",
                                               playbook::short_date(b.said.when, now)),
                      4, 10, width, color);
    }
    if (call.stance) {
      out += labelled("Stance:", stance_text(*call.stance, *call.stance == 5 || *call.stance == 6), 4, 10, width, color);
    }
    out += labelled("Open:", "“" + call.opening + "”", 4, 10, width, color, report::Tint::green);
    out += labelled("Voicemail:", "“" + call.voicemail + "”", 4, 11, width, color, report::Tint::dim);
    out += "\n";
  }
  if (args.explain && !list.left_out.empty()) {
    out += report::paint("Not on the list, though there was a reason:", report::Tint::bold, color) + "\n";
    for (const auto& l : list.left_out)
      out += labelled("", fmt::format("{}: {}", l.contact->name, l.text), 4, 0, width, color);
  } else if (!list.left_out.empty()) {
    out += report::paint(fmt::format("{} more left out (spoken to recently, away, meeting set…): see --explain.\n",
                                     list.left_out.size()),
                         report::Tint::dim, color);
  }
  env.print(out);
  return k_exit_ok;
}

}  // namespace

Command today_command() {
  auto args = std::make_shared<TodayArgs>();
  return Command{
      "today",
      "Whom to phone today, and why",
      Needs::store,
      [args](CLI::App& app) {
        app.add_flag("--explain", args->explain, "Also show who was left out, and why");
      },
      [args](Env& env) { return run_today(env, *args); },
  };
}

}  // namespace rapport::cli
