// rapport contact CONTACT — the relationship: where the client stands (0-10), the last
// live conversation, what is open, what to remember about their life, and the
// timeline across channels.

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/contact_lookup.hpp"
#include "cli/playbook_data.hpp"
#include "cli/text_layout.hpp"
#include "rapport/model/time.hpp"
#include "rapport/playbook/plan.hpp"
#include "rapport/playbook/today.hpp"
#include "rapport/playbook/wording.hpp"
#include "rapport/report/terminal.hpp"
#include "rapport/report/time_text.hpp"

namespace rapport::cli {
namespace {

struct ContactArgs {
  std::string contact;
  std::size_t timeline = 12;  // the latest entries shown on a terminal
};

std::string_view arrow(model::Direction d) {
  if (d == model::Direction::inbound) return "←";
  if (d == model::Direction::outbound) return "→";
  return "·";
}

int run_contact(Env& env, const ContactArgs& args) {
  auto* store = env.store().value();
  const auto found = find_one_contact(env, *store, args.contact);
  if (!found) return k_exit_failure;
  auto data = load_playbook_data(env, env.config().today.lookback_days);
  if (!data) {
    env.error(data.error());
    return k_exit_failure;
  }
  const auto* contact = (*data)->contact(found->id);
  auto timeline = store->timeline(found->id);
  if (!timeline) {
    env.error(timeline.error());
    return k_exit_failure;
  }
  if (contact == nullptr) contact = &*found;
  const auto now = env.now();
  const auto& ws = (*data)->workspace;
  const auto stance = playbook::stance_of(ws, (*data)->verdicts, *contact);
  const auto facts = playbook::personal_facts(ws, *contact);
  std::vector<const playbook::ThreadVerdict*> open;
  for (const auto& v : (*data)->verdicts)
    if (v.contact == contact->id && v.kind) open.push_back(&v);
  // Whether, and why, they are on today's list.
  const auto list = playbook::rank_calls(ws, *(*data)->live, (*data)->verdicts, (*data)->signals, env.config().today, now);
  const playbook::CallSuggestion* listed = nullptr;
  std::size_t rank = 0;
  for (std::size_t i = 0; i < list.calls.size(); ++i)
    if (list.calls[i].contact->id == contact->id) {
      listed = &list.calls[i];
      rank = i + 1;
    }

  if (env.json()) {
    nlohmann::ordered_json out;
    out["now"] = model::to_iso8601(now);
    out["contact"] = contact_ref_json(*contact);
    out["contact"]["title"] = contact->title;
    out["contact"]["kind"] = model::to_string(contact->kind);
    out["last_live"] = contact->last_live ? nlohmann::ordered_json(model::to_iso8601(*contact->last_live)) : nlohmann::ordered_json(nullptr);
    out["last_live_channel"] = contact->last_live_channel ? nlohmann::ordered_json(model::to_string(*contact->last_live_channel)) : nlohmann::ordered_json(nullptr);
    out["last_message"] = contact->last_message ? nlohmann::ordered_json(model::to_iso8601(*contact->last_message)) : nlohmann::ordered_json(nullptr);
    out["stance"] = stance_json(stance);
    out["today"] = nullptr;
    if (listed) {
      out["today"] = {{"rank", rank}, {"score", std::round(listed->score * 10) / 10}};
      out["today"]["reasons"] = nlohmann::ordered_json::array();
      for (const auto& r : listed->reasons) out["today"]["reasons"].push_back({{"code", r.code}, {"text", r.text}});
    }
    out["open"] = nlohmann::ordered_json::array();
    for (const auto* v : open)
      out["open"].push_back({{"kind", playbook::to_string(*v->kind)}, {"conversation", v->thread->id},
                             {"advice", v->advice}, {"evidence", evidence_list_json(v->evidence)}});
    out["facts"] = bring_up_json(facts);
    out["timeline"] = nlohmann::ordered_json::array();
    for (const auto& e : *timeline)
      out["timeline"].push_back({{"when", model::to_iso8601(e.when)}, {"channel", model::to_string(e.channel)},
                                 {"direction", model::to_string(e.direction)}, {"conversation", e.conversation},
                                 {"summary", e.summary}, {"excerpt", e.excerpt}});
    env.print_json(std::move(out));
    return k_exit_ok;
  }

  const auto color = env.color();
  const auto width = std::min<std::size_t>(env.terminal_width(), 100);
  std::string out = report::paint(contact->name, report::Tint::bold, color);
  if (!contact->title.empty() || !contact->account.empty())
    out += " — " + contact->title + (contact->title.empty() || contact->account.empty() ? "" : ", ") + contact->account;
  out += "\n";
  std::string reach;
  for (const auto& p : contact->phones) reach += (reach.empty() ? "" : " · ") + p;
  for (const auto& e : contact->emails) reach += (reach.empty() ? "" : " · ") + e;
  if (!reach.empty()) out += "  " + reach + "\n";
  out += "\n";
  out += labelled("Last live:", contact->last_live ? fmt::format("{} ({}, {})", model::relative_day(*contact->last_live, now),
                                                                  model::to_string(contact->last_live_channel.value_or(model::Channel::phone)),
                                                                  report::date_text(*contact->last_live))
                                                    : std::string("never: only messages so far"),
                  0, 12, width, color);
  if (stance)
    out += labelled("Stance:", stance_text(stance->value, stance->stuck, stance->basis), 0, 12, width, color);
  if (listed)
    out += labelled("Today:", fmt::format("#{} {}: {}", rank,
                                        rank <= env.config().today.list_size ? "on today's list" : "by score, below today's list",
                                        listed->reasons.front().text), 0, 12, width, color,
                    report::Tint::yellow);
  for (const auto* v : open)
    out += labelled("Open:", fmt::format("{} — {}", playbook::to_string(*v->kind), v->advice), 0, 12, width, color);
  if (!facts.empty()) {
    out += "\n" + report::paint("Remember:", report::Tint::cyan, color) + "\n";
    for (const auto& f : facts) out += labelled("-", fmt::format("{} ({}) — {}", f.text, f.kind, evidence_line(f.said)), 2, 2, width, color);
  }
  out += "\n" + report::paint("Latest:", report::Tint::cyan, color) + "\n";
  const auto from = timeline->size() > args.timeline ? timeline->size() - args.timeline : 0;
  for (std::size_t i = from; i < timeline->size(); ++i) {
    const auto& e = (*timeline)[i];
    std::string what = e.summary;
    if (!e.excerpt.empty()) what += (what.empty() ? "" : ": ") + ("“" + e.excerpt + "”");
    out += report::truncate_to_width(fmt::format("  {}  {} {:<6} {}", report::date_text(e.when), arrow(e.direction),
                                                 model::to_string(e.channel), what),
                                     width) +
           "\n";
  }
  if (from > 0) out += report::paint(fmt::format("  ({} earlier: `rapport show {}`)\n", from, contact->id), report::Tint::dim, color);
  env.print(out);
  return k_exit_ok;
}

}  // namespace

Command contact_command() {
  auto args = std::make_shared<ContactArgs>();
  return Command{
      "contact",
      "One relationship: stance, last live conversation, what is open, what to remember",
      Needs::store,
      [args](CLI::App& app) {
        app.add_option("contact", args->contact, "Id, address, number or part of the name")->required();
      },
      [args](Env& env) { return run_contact(env, *args); },
  };
}

}  // namespace rapport::cli
