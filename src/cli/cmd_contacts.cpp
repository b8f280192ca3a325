// rapport contacts — who is in the book, when they were last spoken with live, and
// when they last exchanged messages, per channel.

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/json_views.hpp"
#include "rapport/model/time.hpp"
#include "rapport/report/terminal.hpp"

namespace rapport::cli {
namespace {

std::string channels_text(const store::ContactSummary& c) {
  std::string out;
  for (const auto& a : c.channels) {
    if (!out.empty()) out += ' ';
    out += fmt::format("{} {}", model::to_string(a.channel), a.count);
  }
  return out;
}

struct ContactsArgs {
  bool all = false;
};

int run_contacts(Env& env, const ContactsArgs& args) {
  auto* store = env.store().value();
  auto contacts = store->contacts();
  if (!contacts) {
    env.error(contacts.error());
    return k_exit_failure;
  }
  // Colleagues and automated senders are in the store but not in the book.
  std::size_t hidden = 0;
  if (!args.all) {
    const auto before = contacts->size();
    std::erase_if(*contacts, [](const store::ContactSummary& c) { return c.kind != store::ContactKind::client; });
    hidden = before - contacts->size();
  }
  const auto limit = env.options().limit > 0 ? static_cast<std::size_t>(env.options().limit) : contacts->size();
  if (contacts->size() > limit) contacts->resize(limit);

  if (env.json()) {
    nlohmann::ordered_json out;
    out["now"] = model::to_iso8601(env.now());
    out["contacts"] = nlohmann::ordered_json::array();
    for (const auto& c : *contacts) out["contacts"].push_back(contact_json(c));
    env.print_json(std::move(out));
    return k_exit_ok;
  }
  if (contacts->empty()) {
    env.print("No contacts yet: run `rapport import FILE…` first.\n");
    return k_exit_ok;
  }
  const auto now = env.now();
  std::vector<report::Column> columns{
      {"Id", report::Align::right, false, report::Tint::dim},
      {"Name", report::Align::left, true, report::Tint::bold},
      {"Company", report::Align::left, true, report::Tint::none},
      {"Last live", report::Align::left, false, report::Tint::none},
      {"Last message", report::Align::left, false, report::Tint::none},
      {"Exchanges", report::Align::left, true, report::Tint::dim},
  };
  std::vector<std::vector<std::string>> rows;
  for (const auto& c : *contacts) {
    std::string name = c.name.empty() ? (c.emails.empty() ? (c.phones.empty() ? "?" : c.phones.front()) : c.emails.front())
                                      : c.name;
    const auto live = c.last_live ? fmt::format("{} ({})", model::relative_day(*c.last_live, now),
                                                c.last_live_channel ? model::to_string(*c.last_live_channel) : "call")
                                  : std::string("never");
    const auto message = c.last_message ? model::relative_day(*c.last_message, now) : std::string("—");
    if (c.kind != store::ContactKind::client) name += fmt::format(" ({})", model::to_string(c.kind));
    rows.push_back({std::to_string(c.id), name, c.account, live, message, channels_text(c)});
  }
  env.print(report::render_table(columns, rows, env.terminal_width(), env.color()));
  std::string footer = fmt::format("{} contacts", rows.size());
  if (hidden > 0) footer += fmt::format("; {} colleagues and automated senders hidden (--all)", hidden);
  footer += ". `rapport show ID` for a timeline.\n";
  env.print(report::paint(footer, report::Tint::dim, env.color()));
  return k_exit_ok;
}

}  // namespace

Command contacts_command() {
  auto args = std::make_shared<ContactsArgs>();
  return Command{
      "contacts",
      "List contacts with their last live conversation and last message",
      Needs::store,
      [args](CLI::App& app) {
        app.add_flag("--all", args->all, "Also list colleagues and automated senders");
      },
      [args](Env& env) { return run_contacts(env, *args); },
  };
}

}  // namespace rapport::cli
