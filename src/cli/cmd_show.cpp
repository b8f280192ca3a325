// rapport show CONTACT | --conversation ID — one contact's timeline across channels,
// or one thread or call, cleaned, with speakers.

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/contact_lookup.hpp"
#include "cli/json_views.hpp"
#include "rapport/model/time.hpp"
#include "rapport/report/terminal.hpp"
#include "rapport/report/text_block.hpp"
#include "rapport/report/time_text.hpp"

namespace rapport::cli {
namespace {

struct ShowArgs {
  std::string contact;
  std::int64_t conversation = 0;
  bool quoted = false;
};

std::string_view arrow(model::Direction d) {
  switch (d) {
    case model::Direction::inbound: return "←";
    case model::Direction::outbound: return "→";
    case model::Direction::unknown: break;
  }
  return "·";
}

std::string_view kind_name(store::TimelineKind kind) {
  switch (kind) {
    case store::TimelineKind::message: return "message";
    case store::TimelineKind::transcript: return "transcript";
    case store::TimelineKind::call: return "call";
  }
  return "message";
}

nlohmann::ordered_json timeline_json(const store::TimelineEntry& e) {
  nlohmann::ordered_json out;
  out["when"] = model::to_iso8601(e.when);
  out["channel"] = model::to_string(e.channel);
  out["direction"] = model::to_string(e.direction);
  out["kind"] = kind_name(e.kind);
  out["conversation"] = e.conversation == 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.conversation);
  out["summary"] = e.summary;
  out["excerpt"] = e.excerpt;
  out["automatic"] = e.automatic == model::AutomaticKind::none ? nlohmann::ordered_json(false)
                                                                : nlohmann::ordered_json(model::to_string(e.automatic));
  if (e.kind == store::TimelineKind::call) out["outcome"] = model::to_string(e.outcome);
  out["source"] = source_json(e.source);
  return out;
}

int show_contact(Env& env, store::Store& store, const std::string& query) {
  const auto found = find_one_contact(env, store, query);
  if (!found) return k_exit_failure;
  const auto& contact = *found;
  auto timeline = store.timeline(contact.id);
  if (!timeline) {
    env.error(timeline.error());
    return k_exit_failure;
  }

  if (env.json()) {
    nlohmann::ordered_json out;
    out["now"] = model::to_iso8601(env.now());
    out["contact"] = contact_json(contact);
    out["timeline"] = nlohmann::ordered_json::array();
    for (const auto& e : *timeline) out["timeline"].push_back(timeline_json(e));
    env.print_json(std::move(out));
    return k_exit_ok;
  }

  const auto mode = env.color();
  const auto now = env.now();
  std::string head = report::paint(contact.name.empty() ? "(no name)" : contact.name, report::Tint::bold, mode);
  if (!contact.account.empty() || !contact.title.empty()) {
    head += " — ";
    head += contact.title;
    if (!contact.title.empty() && !contact.account.empty()) head += ", ";
    head += contact.account;
  }
  env.print(head + "\n");
  std::string ids;
  for (const auto& e : contact.emails) ids += (ids.empty() ? "" : " · ") + e;
  for (const auto& p : contact.phones) ids += (ids.empty() ? "" : " · ") + p;
  if (!ids.empty()) env.print("  " + ids + "\n");
  env.print(fmt::format("  Last live conversation: {}   Last message: {}\n\n",
                        contact.last_live ? fmt::format("{} ({})", model::relative_day(*contact.last_live, now),
                                                        contact.last_live_channel
                                                            ? model::to_string(*contact.last_live_channel)
                                                            : "call")
                                          : "never",
                        contact.last_message ? model::relative_day(*contact.last_message, now) : "—"));

  std::vector<report::Column> columns{
      {"When", report::Align::left, false, report::Tint::none},
      {"", report::Align::left, false, report::Tint::none},
      {"Channel", report::Align::left, false, report::Tint::none},
      {"What", report::Align::left, true, report::Tint::none},
      {"Conv", report::Align::right, false, report::Tint::dim},
  };
  std::vector<std::vector<std::string>> rows;
  for (const auto& e : *timeline) {
    std::string what = e.summary;
    if (!e.excerpt.empty()) what += (what.empty() ? "" : ": ") + std::string("\"") + report::excerpt(e.excerpt, 60) + "\"";
    if (e.automatic != model::AutomaticKind::none) what = "[auto: " + std::string(model::to_string(e.automatic)) + "] " + what;
    rows.push_back({report::date_time_text(e.when), std::string(arrow(e.direction)), std::string(model::to_string(e.channel)),
                    what, e.conversation == 0 ? "" : std::to_string(e.conversation)});
  }
  if (rows.empty()) {
    env.print("  Nothing exchanged yet.\n");
  } else {
    env.print(report::render_table(columns, rows, env.terminal_width(), mode));
    env.print(report::paint("← from them  → from you.  `rapport show --conversation N` opens a thread or call.\n",
                            report::Tint::dim, mode));
  }
  return k_exit_ok;
}

nlohmann::ordered_json item_json(const store::ConversationItem& item) {
  nlohmann::ordered_json out;
  out["when"] = model::to_iso8601(item.when);
  out["direction"] = model::to_string(item.direction);
  out["speaker"] = item.speaker;
  if (item.start_s) out["start_s"] = *item.start_s;
  if (item.end_s) out["end_s"] = *item.end_s;
  if (!item.message_id.empty()) out["message_id"] = item.message_id;
  if (!item.subject.empty()) out["subject"] = item.subject;
  // The range must outlive the loop: a temporary's items() would dangle.
  const auto zones = zones_json(item.zones);
  for (const auto& [key, value] : zones.items()) out[key] = value;
  out["automatic"] = item.automatic == model::AutomaticKind::none ? nlohmann::ordered_json(false)
                                                                   : nlohmann::ordered_json(model::to_string(item.automatic));
  out["attachments"] = attachments_json(item.attachments);
  out["tags"] = nlohmann::ordered_json::array();
  for (const auto& tag : item.tags) {
    nlohmann::ordered_json t{{"tag", tag.name}, {"span", {tag.begin, tag.end}}};
    if (!tag.detail.empty()) t["detail"] = tag.detail;
    out["tags"].push_back(std::move(t));
  }
  out["source"] = source_json(item.source);
  return out;
}

int show_conversation(Env& env, store::Store& store, std::int64_t id, bool show_quoted) {
  auto conversation = store.conversation(id);
  if (!conversation) {
    env.error(conversation.error());
    return k_exit_failure;
  }
  if (!conversation->has_value()) {
    env.error(fmt::format("no conversation {} in {}", id, env.store_location()));
    return k_exit_failure;
  }
  const auto& c = **conversation;
  if (env.json()) {
    nlohmann::ordered_json out;
    out["conversation"] = {{"id", c.id},
                           {"channel", model::to_string(c.channel)},
                           {"subject", c.subject},
                           {"started", c.started ? nlohmann::ordered_json(model::to_iso8601(*c.started)) : nullptr},
                           {"participants", c.participants},
                           {"items", nlohmann::ordered_json::array()}};
    for (const auto& item : c.items) out["conversation"]["items"].push_back(item_json(item));
    env.print_json(std::move(out));
    return k_exit_ok;
  }
  const auto mode = env.color();
  const auto width = env.terminal_width();
  std::string participants;
  for (const auto& p : c.participants) participants += (participants.empty() ? "" : ", ") + p;
  env.print(report::paint(fmt::format("{} · {}{}", c.subject.empty() ? "(no subject)" : c.subject,
                                      model::to_string(c.channel),
                                      c.started ? " · " + report::date_time_text(*c.started) : ""),
                          report::Tint::bold, mode) +
            "\n");
  if (!participants.empty()) env.print("with " + participants + "\n");
  env.print("\n");
  const bool is_call = model::is_live(c.channel);
  for (const auto& item : c.items) {
    if (is_call) {
      const auto at = item.start_s ? report::clock_text(*item.start_s) : std::string("    ");
      const auto lead = fmt::format("{:>7}  {}: ", at, item.speaker.empty() ? "?" : item.speaker);
      const auto body = report::indent_wrapped(item.zones.new_text, 9, width);
      env.print(report::paint(lead, item.direction == model::Direction::outbound ? report::Tint::cyan : report::Tint::none, mode));
      env.print(body.size() > 9 ? body.substr(9) : "\n");
      continue;
    }
    std::string header = fmt::format("{} {}  {}", arrow(item.direction), report::date_time_text(item.when),
                                     item.speaker);
    if (item.automatic != model::AutomaticKind::none)
      header += fmt::format("  [automatic: {}]", model::to_string(item.automatic));
    env.print(report::paint(header, report::Tint::bold, mode) + "\n");
    env.print(report::indent_wrapped(item.zones.new_text.empty() ? "(no new text)" : item.zones.new_text, 4, width));
    if (!item.zones.signature.empty() || !item.zones.quoted.empty() || !item.zones.footer.empty() ||
        !item.attachments.empty()) {
      std::vector<std::string> parts;
      if (!item.zones.signature.empty()) parts.push_back(fmt::format("signature {} lines", report::count_lines(item.zones.signature)));
      if (!item.zones.quoted.empty()) parts.push_back(fmt::format("quoted history {} lines", report::count_lines(item.zones.quoted)));
      if (!item.zones.footer.empty()) parts.push_back(fmt::format("footer {} lines", report::count_lines(item.zones.footer)));
      for (const auto& a : item.attachments)
        parts.push_back(fmt::format("attachment {} ({} KB)", a.filename, (a.size + 1023) / 1024));
      std::string line;
      for (const auto& p : parts) line += (line.empty() ? "" : "; ") + p;
      env.print(report::paint("    [" + line + "]", report::Tint::dim, mode) + "\n");
    }
    if (show_quoted && !item.zones.quoted.empty())
      env.print(report::paint(report::indent_wrapped(item.zones.quoted, 6, width), report::Tint::dim, mode));
    env.print("\n");
  }
  return k_exit_ok;
}

int run_show(Env& env, const ShowArgs& args) {
  auto* store = env.store().value();
  if (args.conversation != 0) return show_conversation(env, *store, args.conversation, args.quoted);
  if (args.contact.empty()) {
    env.error("show needs a contact (name, address, number or id) or --conversation ID");
    return k_exit_usage;
  }
  return show_contact(env, *store, args.contact);
}

}  // namespace

Command show_command() {
  auto args = std::make_shared<ShowArgs>();
  return Command{
      "show",
      "Show one contact's timeline across channels, or one conversation",
      Needs::store,
      [args](CLI::App& app) {
        app.add_option("contact", args->contact, "Name, email, phone number or contact id");
        app.add_option("--conversation", args->conversation, "A conversation id (from the timeline)");
        app.add_flag("--quoted", args->quoted, "Also print the quoted history of each message");
      },
      [args](Env& env) { return run_show(env, *args); },
  };
}

}  // namespace rapport::cli
