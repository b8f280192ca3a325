// rapport inspect FILE… — how rapport reads a file, without importing it.

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/json_views.hpp"
#include "rapport/report/text_block.hpp"
#include "rapport/importer/importer.hpp"
#include "rapport/report/terminal.hpp"
#include "rapport/report/time_text.hpp"

namespace rapport::cli {
namespace {

struct InspectArgs {
  std::vector<std::string> paths;
  std::string region;
  std::string date;
};

std::string party_text(const model::Party& p) {
  if (p.display_name.empty()) return p.id.value;
  if (p.id.value.empty()) return p.display_name;
  return fmt::format("{} <{}>", p.display_name, p.id.value);
}

std::string parties_text(const std::vector<model::Party>& parties) {
  std::string out;
  for (const auto& p : parties) out += (out.empty() ? "" : ", ") + party_text(p);
  return out;
}

nlohmann::ordered_json party_json(const model::Party& p) {
  return {{"name", p.display_name}, {"kind", model::to_string(p.id.kind)}, {"value", p.id.value}};
}

nlohmann::ordered_json message_json(const model::Message& m) {
  nlohmann::ordered_json out;
  out["message_id"] = m.message_id;
  out["from"] = party_json(m.from);
  out["to"] = nlohmann::ordered_json::array();
  for (const auto& p : m.to) out["to"].push_back(party_json(p));
  out["cc"] = nlohmann::ordered_json::array();
  for (const auto& p : m.cc) out["cc"].push_back(party_json(p));
  out["date"] = m.has_date ? nlohmann::ordered_json(model::to_iso8601(m.date)) : nullptr;
  out["subject"] = m.subject;
  out["channel"] = model::to_string(m.channel);
  out["direction"] = model::to_string(m.direction);
  out["in_reply_to"] = m.in_reply_to;
  out["references"] = m.references;
  // The range must outlive the loop: a temporary's items() would dangle.
  const auto zones = zones_json(m.zones);
  for (const auto& [key, value] : zones.items()) out[key] = value;
  out["automatic"] = m.automatic != model::AutomaticKind::none;
  out["automatic_kind"] = model::to_string(m.automatic);
  out["attachments"] = attachments_json(m.attachments);
  out["source"] = source_json(m.source);
  return out;
}

nlohmann::ordered_json transcript_json(const model::Transcript& t) {
  nlohmann::ordered_json out;
  out["title"] = t.title;
  out["channel"] = model::to_string(t.channel);
  out["started_at"] = t.started_at ? nlohmann::ordered_json(model::to_iso8601(*t.started_at)) : nullptr;
  out["speakers"] = t.speakers;
  out["turns"] = nlohmann::ordered_json::array();
  for (const auto& u : t.turns) {
    nlohmann::ordered_json turn{{"speaker", u.speaker}, {"text", u.text}};
    turn["start_s"] = u.start_s ? nlohmann::ordered_json(*u.start_s) : nullptr;
    turn["end_s"] = u.end_s ? nlohmann::ordered_json(*u.end_s) : nullptr;
    out["turns"].push_back(std::move(turn));
  }
  out["source"] = source_json(t.source);
  return out;
}

nlohmann::ordered_json contact_record_json(const model::ContactRecord& c) {
  return {{"name", c.name},     {"emails", c.emails}, {"phones", c.phones},
          {"company", c.company}, {"title", c.title},  {"source", source_json(c.source)}};
}

nlohmann::ordered_json call_json(const model::CallLogEntry& c) {
  return {{"when", model::to_iso8601(c.when)},
          {"other", party_json(c.other)},
          {"direction", model::to_string(c.direction)},
          {"duration_s", c.duration_s},
          {"outcome", model::to_string(c.outcome)},
          {"note", c.note},
          {"source", source_json(c.source)}};
}

// Gathers JSON when --json is set, else prints each record as it arrives, so that
// inspecting a large mailbox starts printing at once.
class InspectSink final : public ingest::RecordSink {
 public:
  explicit InspectSink(Env& env) : env_(env), mode_(env.color()), width_(env.terminal_width()) {}

  nlohmann::ordered_json take_json() { return std::move(json_); }

  void on_message(model::Message&& m) override {
    if (env_.json()) {
      json_["messages"].push_back(message_json(m));
      return;
    }
    const auto label = [&](std::string_view name) { return report::paint(fmt::format("  {:<12}", name), report::Tint::dim, mode_); };
    env_.print(report::paint(fmt::format("── {} · {}", m.source.position, m.source.file), report::Tint::bold, mode_) + "\n");
    env_.print(label("From") + party_text(m.from) + "\n");
    if (!m.to.empty()) env_.print(label("To") + parties_text(m.to) + "\n");
    if (!m.cc.empty()) env_.print(label("Cc") + parties_text(m.cc) + "\n");
    env_.print(label("Date") + (m.has_date ? report::date_time_text(m.date) + " UTC" : "(none)") + "\n");
    env_.print(label("Subject") + m.subject + "\n");
    if (!m.message_id.empty()) env_.print(label("Message-ID") + m.message_id + "\n");
    if (!m.in_reply_to.empty()) env_.print(label("In-Reply-To") + m.in_reply_to + "\n");
    if (m.automatic != model::AutomaticKind::none)
      env_.print(label("Automatic") + report::paint(std::string(model::to_string(m.automatic)), report::Tint::yellow, mode_) + "\n");
    for (const auto& a : m.attachments)
      env_.print(label("Attachment") + fmt::format("{} ({}, {} bytes)", a.filename, a.mime_type, a.size) + "\n");
    print_zone("New text", m.zones.new_text, report::Tint::none);
    print_zone("Quoted", m.zones.quoted, report::Tint::dim);
    print_zone("Signature", m.zones.signature, report::Tint::dim);
    print_zone("Footer", m.zones.footer, report::Tint::dim);
    env_.print("\n");
  }

  void on_transcript(model::Transcript&& t) override {
    if (env_.json()) {
      json_["transcripts"].push_back(transcript_json(t));
      return;
    }
    std::string speakers;
    for (const auto& s : t.speakers) speakers += (speakers.empty() ? "" : ", ") + s;
    env_.print(report::paint(fmt::format("── {} · {} · {}{} · {} turns", t.source.file, t.title, model::to_string(t.channel),
                                         t.started_at ? " · " + report::date_time_text(*t.started_at) : "",
                                         t.turns.size()),
                             report::Tint::bold, mode_) +
               "\n");
    env_.print("  speakers: " + speakers + "\n");
    for (const auto& u : t.turns) {
      const auto at = u.start_s ? report::clock_text(*u.start_s) : std::string("-");
      const auto lead = fmt::format("{:>7}  {}: ", at, u.speaker.empty() ? "?" : u.speaker);
      env_.print(lead + report::excerpt(u.text, width_ > lead.size() + 10 ? width_ - lead.size() : 40) + "\n");
    }
    env_.print("\n");
  }

  void on_contact(model::ContactRecord&& c) override {
    if (env_.json()) {
      json_["contacts"].push_back(contact_record_json(c));
      return;
    }
    std::string ids;
    for (const auto& e : c.emails) ids += (ids.empty() ? "" : ", ") + e;
    for (const auto& p : c.phones) ids += (ids.empty() ? "" : ", ") + p;
    env_.print(fmt::format("  {:<12} {} — {}{}{}  {}\n", c.source.position, c.name.empty() ? "(no name)" : c.name, c.title,
                           c.title.empty() || c.company.empty() ? "" : ", ", c.company, ids));
  }

  void on_call(model::CallLogEntry&& c) override {
    if (env_.json()) {
      json_["calls"].push_back(call_json(c));
      return;
    }
    env_.print(fmt::format("  {:<12} {}  {:<8} {:<9} {:>5}s  {}{}\n", c.source.position, report::date_time_text(c.when),
                           model::to_string(c.direction), model::to_string(c.outcome), c.duration_s, party_text(c.other),
                           c.note.empty() ? "" : "  \"" + c.note + "\""));
  }

  void on_diagnostic(model::Diagnostic&& d) override {
    if (env_.json()) {
      json_["problems"].push_back({{"file", d.file},
                                   {"position", d.position},
                                   {"reason", d.reason},
                                   {"severity", d.severity == model::Severity::error ? "error" : "warning"}});
      return;
    }
    env_.print(report::paint(fmt::format("  ! {}{}{}: {}", d.file, d.position.empty() ? "" : ", ", d.position, d.reason),
                             d.severity == model::Severity::error ? report::Tint::red : report::Tint::yellow, mode_) +
               "\n");
  }

 private:
  void print_zone(std::string_view name, const std::string& text, report::Tint tint) {
    if (text.empty()) return;
    env_.print(report::paint(fmt::format("  {}:", name), report::Tint::dim, mode_) + "\n");
    env_.print(report::paint(report::indent_wrapped(text, 6, width_), tint, mode_));
  }

  Env& env_;
  report::ColorMode mode_;
  std::size_t width_;
  nlohmann::ordered_json json_ = {{"messages", nlohmann::ordered_json::array()},
                                  {"transcripts", nlohmann::ordered_json::array()},
                                  {"contacts", nlohmann::ordered_json::array()},
                                  {"calls", nlohmann::ordered_json::array()},
                                  {"problems", nlohmann::ordered_json::array()}};
};

int run_inspect(Env& env, const InspectArgs& args) {
  std::vector<std::filesystem::path> paths(args.paths.begin(), args.paths.end());
  std::vector<model::Diagnostic> problems;
  const auto inputs = importer::find_inputs(paths, problems);
  InspectSink sink(env);
  for (auto& problem : problems) sink.on_diagnostic(std::move(problem));

  auto files = nlohmann::ordered_json::array();
  for (const auto& input : inputs) {
    ingest::ReadContext context;
    context.file = input.path.string();
    context.default_region = args.region.empty() ? env.config().default_region : args.region;
    if (!args.date.empty()) context.date = model::parse_iso8601(args.date);
    files.push_back({{"file", input.path.string()}, {"format", ingest::to_string(input.format)}, {"bytes", input.bytes}});
    if (!env.json())
      env.print(report::paint(fmt::format("{} ({}, {} bytes)\n", input.path.string(), ingest::to_string(input.format), input.bytes),
                              report::Tint::cyan, env.color()));
    importer::read_input(input, context, sink);
  }
  if (env.json()) {
    nlohmann::ordered_json out;
    out["files"] = std::move(files);
    auto records = sink.take_json();
    for (auto& [key, value] : records.items()) out[key] = std::move(value);
    env.print_json(std::move(out));
  }
  return inputs.empty() ? k_exit_failure : k_exit_ok;
}

}  // namespace

Command inspect_command() {
  auto args = std::make_shared<InspectArgs>();
  return Command{
      "inspect",
      "Show how rapport reads files, without importing them",
      Needs::nothing,
      [args](CLI::App& app) {
        app.add_option("paths", args->paths, "Files or folders")->required();
        app.add_option("--region", args->region, "Country for phone numbers without a code (GB, US…)");
        app.add_option("--date", args->date, "Date of transcripts whose files do not carry one");
      },
      [args](Env& env) { return run_inspect(env, *args); },
  };
}

}  // namespace rapport::cli
