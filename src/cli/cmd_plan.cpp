// rapport plan CONTACT — a prep sheet for the next call, or the win-back call after a
// client ended the process in writing.

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/contact_lookup.hpp"
#include "cli/playbook_data.hpp"
#include "cli/text_layout.hpp"
#include "rapport/playbook/plan.hpp"
#include "rapport/playbook/wording.hpp"
#include "rapport/report/terminal.hpp"

namespace rapport::cli {
namespace {

struct PlanArgs {
  std::string contact;
};

nlohmann::ordered_json lines_json(const std::vector<playbook::PlanLine>& lines, const char* text_key,
                                  const char* detail_key) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& l : lines) {
    nlohmann::ordered_json j;
    j[text_key] = l.text;
    j[detail_key] = l.detail;
    j["evidence"] = evidence_list_json(l.evidence);
    out.push_back(std::move(j));
  }
  return out;
}

int run_plan(Env& env, const PlanArgs& args) {
  auto* store = env.store().value();
  const auto found = find_one_contact(env, *store, args.contact);
  if (!found) return k_exit_failure;
  auto data = load_playbook_data(env, env.config().today.lookback_days);
  if (!data) {
    env.error(data.error());
    return k_exit_failure;
  }
  const auto* contact = (*data)->contact(found->id);
  if (contact == nullptr) {
    env.error(fmt::format("contact {} is not in the workspace", found->id));
    return k_exit_failure;
  }
  const auto now = env.now();
  const auto plan = playbook::plan_call((*data)->workspace, (*data)->verdicts, (*data)->words, *contact, now);
  if (env.json()) {
    nlohmann::ordered_json out;
    out["now"] = model::to_iso8601(now);
    out["contact"] = contact_ref_json(*contact);
    out["win_back"] = plan.win_back;
    out["purpose"] = plan.purpose;
    out["purpose_evidence"] = evidence_list_json(plan.purpose_evidence);
    out["needs"] = lines_json(plan.needs, "text", "detail");
    out["key_message"] = plan.key_message;
    out["likely_objections"] = lines_json(plan.likely_objections, "objection", "response");
    out["desired_outcome"] = plan.desired_outcome;
    out["bring_up"] = bring_up_json(plan.bring_up);
    if (plan.win_back) out["before_calling"] = lines_json(plan.before_calling, "question", "what_we_know");
    out["call_steps"] = lines_json(plan.call_steps, "step", "say");
    out["stance"] = stance_json(plan.stance);
    env.print_json(std::move(out));
    return k_exit_ok;
  }
  const auto color = env.color();
  const auto width = std::min<std::size_t>(env.terminal_width(), 100);
  std::string out = report::paint(fmt::format("{} for {}{}", plan.win_back ? "Win-back call plan" : "Call plan",
                                              contact->name, contact->account.empty() ? "" : " (" + contact->account + ")"),
                                  report::Tint::bold, color);
  out += "\n" + (contact->phones.empty() ? std::string("no phone number on record") : contact->phones.front()) + "\n\n";
  out += labelled("Purpose:", plan.purpose, 0, 17, width, color);
  for (const auto& e : plan.purpose_evidence) out += labelled("", evidence_line(e), 0, 17, width, color);
  auto section = [&](std::string_view title) { out += "\n" + report::paint(title, report::Tint::cyan, color) + "\n"; };
  if (plan.win_back) {
    section("Before you call, know:");
    for (std::size_t i = 0; i < plan.before_calling.size(); ++i) {
      const auto& q = plan.before_calling[i];
      out += labelled(fmt::format("{}.", i + 1), q.text, 2, 4, width, color, report::Tint::bold);
      out += labelled("", q.detail, 2, 4, width, color);
    }
  }
  if (!plan.needs.empty()) {
    section("What they told you:");
    for (const auto& n : plan.needs) out += labelled("-", evidence_line(n.evidence.front()), 2, 2, width, color);
  }
  section("Key message:");
  out += labelled("", plan.key_message, 2, 0, width, color);
  if (!plan.likely_objections.empty()) {
    section("Likely objections, and a response:");
    for (const auto& o : plan.likely_objections) out += labelled(o.text + ":", o.detail, 2, 19, width, color, report::Tint::bold);
  }
  section("The call, step by step:");
  for (std::size_t i = 0; i < plan.call_steps.size(); ++i) {
    const auto& s = plan.call_steps[i];
    out += labelled(fmt::format("{}.", i + 1), s.text, 2, 4, width, color, report::Tint::bold);
    out += labelled("", s.detail, 2, 4, width, color);
  }
  section("Desired outcome:");
  out += labelled("", plan.desired_outcome, 2, 0, width, color);
  if (!plan.bring_up.empty()) {
    section("Bring up:");
    for (const auto& b : plan.bring_up) out += labelled("-", fmt::format("{} — {}", b.text, evidence_line(b.said)), 2, 2, width, color);
  }
  if (plan.stance) {
    section("Stance:");
    out += labelled("", stance_text(plan.stance->value, plan.stance->stuck, plan.stance->basis),
                    2, 0, width, color);
  }
  env.print(out);
  return k_exit_ok;
}

}  // namespace

Command plan_command() {
  auto args = std::make_shared<PlanArgs>();
  return Command{
      "plan",
      "A prep sheet for the next call (or the win-back call after a dismissal)",
      Needs::store,
      [args](CLI::App& app) {
        app.add_option("contact", args->contact, "Id, address, number or part of the name")->required();
      },
      [args](Env& env) { return run_plan(env, *args); },
  };
}

}  // namespace rapport::cli
