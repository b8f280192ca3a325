// rapport log CONTACT --outcome reached|voicemail|no-answer [--stance 0-10] [--note …]
// — records a call the salesperson made or took, so that today's list knows it.

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/contact_lookup.hpp"
#include "rapport/report/time_text.hpp"

namespace rapport::cli {
namespace {

struct LogArgs {
  std::string contact;
  std::string outcome;
  int stance = -1;
  std::string note;
  std::string when;
  bool inbound = false;
  int minutes = 0;
};

std::optional<model::CallOutcome> outcome_from_user(const std::string& text) {
  if (text == "reached") return model::CallOutcome::reached;
  if (text == "voicemail") return model::CallOutcome::voicemail;
  if (text == "no-answer" || text == "no_answer") return model::CallOutcome::no_answer;
  return std::nullopt;
}

int run_log(Env& env, const LogArgs& args) {
  const auto outcome = outcome_from_user(args.outcome);
  if (!outcome) {
    env.error(fmt::format("--outcome must be reached, voicemail or no-answer, not \"{}\"", args.outcome));
    return k_exit_usage;
  }
  auto when = env.now();
  if (!args.when.empty()) {
    const auto parsed = model::parse_iso8601(args.when);
    if (!parsed) {
      env.error(fmt::format("--when \"{}\" is not an ISO 8601 date and time", args.when));
      return k_exit_usage;
    }
    when = *parsed;
  }
  auto* store = env.store().value();
  const auto contact = find_one_contact(env, *store, args.contact);
  if (!contact) return k_exit_failure;

  model::CallLogEntry call;
  call.when = when;
  call.other.display_name = contact->name;
  call.direction = args.inbound ? model::Direction::inbound : model::Direction::outbound;
  call.duration_s = static_cast<std::uint32_t>(std::max(args.minutes, 0) * 60);
  call.outcome = *outcome;
  call.note = args.note;
  call.source.file = "rapport log";
  call.source.position = model::to_iso8601(env.now());
  std::optional<int> stance;
  if (args.stance >= 0) stance = args.stance;
  if (auto logged = store->log_call(contact->id, call, stance); !logged) {
    env.error(logged.error());
    return k_exit_failure;
  }
  if (env.json()) {
    nlohmann::ordered_json out;
    out["contact"] = {{"id", contact->id}, {"name", contact->name}};
    out["when"] = model::to_iso8601(when);
    out["direction"] = model::to_string(call.direction);
    out["outcome"] = model::to_string(call.outcome);
    out["stance"] = stance ? nlohmann::ordered_json(*stance) : nlohmann::ordered_json(nullptr);
    out["note"] = call.note;
    env.print_json(std::move(out));
    return k_exit_ok;
  }
  std::string line = fmt::format("Logged: {} call with {}, {}, {}", model::to_string(call.direction), contact->name,
                                 model::to_string(call.outcome), report::date_time_text(when));
  if (stance) line += fmt::format("; stance {}/10", *stance);
  if (stance && (*stance == 5 || *stance == 6)) line += " (the anxious middle: next time, aim for a clear 0 or 10)";
  env.print(line + ".\n");
  return k_exit_ok;
}

}  // namespace

Command log_command() {
  auto args = std::make_shared<LogArgs>();
  return Command{
      "log",
      "Record a call: its outcome, and where the client stands (0-10)",
      Needs::store,
      [args](CLI::App& app) {
        app.add_option("contact", args->contact, "Id, address, number or part of the name")->required();
        app.add_option("--outcome", args->outcome, "reached, voicemail or no-answer")->required();
        app.add_option("--stance", args->stance, "Where the client stands on the change, 0 (no change) to 10 (must change)")
            ->check(CLI::Range(0, 10));
        app.add_option("--note", args->note, "A short note");
        app.add_option("--when", args->when, "When the call was (ISO 8601; default: now)");
        app.add_option("--minutes", args->minutes, "How long it lasted")->check(CLI::NonNegativeNumber);
        app.add_flag("--inbound", args->inbound, "They called you");
      },
      [args](Env& env) { return run_log(env, *args); },
  };
}

}  // namespace rapport::cli
