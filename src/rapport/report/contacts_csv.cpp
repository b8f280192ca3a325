#include "rapport/report/contacts_csv.hpp"

#include <fmt/format.h>

namespace rapport::report {
namespace {

// Hand-written: quoting one field is a few lines, and Debian's libcsv writer would add
// a dependency for this alone.
std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

std::string time_field(const std::optional<model::Timestamp>& t) { return t ? model::to_iso8601(*t) : std::string(); }

}  // namespace

const std::vector<std::string_view>& contacts_csv_columns() {
  static const std::vector<std::string_view> columns{
      "name",          "emails",         "phones",       "company",    "title",      "last_live",
      "last_live_channel", "last_message", "today_rank", "today_score", "top_reason", "inbox_kind",
      "objections",    "stance",         "bring_up"};
  return columns;
}

std::string csv_field(std::string_view field) {
  const bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!quote) return std::string(field);
  std::string out = "\"";
  for (const char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string contacts_csv(const std::vector<ContactRow>& rows) {
  std::string out;
  auto record = [&out](const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) out += (i == 0 ? "" : ",") + csv_field(fields[i]);
    out += "\r\n";
  };
  std::vector<std::string> header;
  for (const auto c : contacts_csv_columns()) header.emplace_back(c);
  record(header);
  for (const auto& r : rows) {
    std::vector<std::string> facts;
    for (const auto& f : r.bring_up) facts.push_back(f.text);
    record({r.name, joined(r.emails), joined(r.phones), r.company, r.title, time_field(r.last_live), r.last_live_channel,
            time_field(r.last_message), r.today_rank ? std::to_string(*r.today_rank) : std::string(),
            r.today_score ? fmt::format("{:.1f}", *r.today_score) : std::string(), r.top_reason, r.inbox_kind,
            joined(r.objections), r.stance ? std::to_string(*r.stance) : std::string(), joined(facts)});
  }
  return out;
}

}  // namespace rapport::report
