#include "rapport/report/calendar_ics.hpp"

#include <algorithm>
#include <cstdint>
#include <memory>

#include <fmt/format.h>
#include <libical/ical.h>

#include "rapport/report/time_text.hpp"

namespace rapport::report {
namespace {

// Owns a component tree: icalcomponent_free frees the children added to it.
struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

// FNV-1a: a stable hash (std::hash is not stable across builds), enough to keep a
// contact's address out of the UID while keeping the UID the same from run to run.
std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t h = 14695981039346656037ULL;
  for (const char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

icaltimetype utc_time(model::Timestamp t, bool is_date) {
  return icaltime_from_timet_with_zone(static_cast<time_t>(t.time_since_epoch().count()), is_date ? 1 : 0,
                                       icaltimezone_get_utc_timezone());
}

std::string evidence_text(const EvidenceItem& e) {
  // A turn of a call: the day and the position in the call (transcripts named by date
  // start at midnight, so the clock time would mislead).
  const std::string when = e.at_s ? date_text(e.when) + ", " + clock_text(*e.at_s) + " into the call" : date_time_text(e.when);
  if (e.who.empty()) return fmt::format("{}, {}: “{}”", when, e.channel, e.quote);
  return fmt::format("{}, {}, {}: “{}”", when, e.channel, e.who, e.quote);
}

// Adds `property` to `parent`, which then owns it.
void add(icalcomponent* parent, icalproperty* property) {
  if (property != nullptr) icalcomponent_add_property(parent, property);
}

}  // namespace

std::string call_task_uid(std::string_view contact_key, model::Timestamp now) {
  const auto day = std::chrono::floor<std::chrono::days>(now);
  const std::chrono::year_month_day ymd{day};
  return fmt::format("rapport-call-{:04}{:02}{:02}-{:016x}@rapport.invalid", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), fnv1a(contact_key));
}

std::string call_task_description(const CallItem& call) {
  std::string out;
  for (const auto& p : call.phones) out += "Phone: " + p + "\n";
  for (const auto& e : call.emails) out += "Email: " + e + "\n";
  if (call.phones.empty()) out += "Phone: no number known\n";
  if (!call.reasons.empty()) {
    out += "\nWhy:\n";
    for (const auto& r : call.reasons) out += "- " + r.text + "\n";
  }
  // Two reasons often rest on the same message: quote it once.
  std::vector<std::string> lines;
  for (const auto& r : call.reasons)
    for (const auto& e : r.evidence)
      if (auto line = evidence_text(e); std::find(lines.begin(), lines.end(), line) == lines.end()) lines.push_back(std::move(line));
  if (!lines.empty()) out += "\nEvidence:\n";
  for (const auto& line : lines) out += "- " + line + "\n";
  if (!call.bring_up.empty()) {
    out += "\nBring up:\n";
    for (const auto& b : call.bring_up) out += "- " + b.text + " (" + evidence_text(b.said) + ")\n";
  }
  if (call.stance) out += fmt::format("\nLast stance: {}/10\n", *call.stance);
  if (!call.opening.empty()) out += "\nOpen with: “" + call.opening + "”\n";
  if (!call.voicemail.empty()) out += "Voicemail: “" + call.voicemail + "”\n";
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

Result<std::string> calendar_ics(const std::vector<CallItem>& calls, model::Timestamp now) {
  ComponentPtr calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
  if (!calendar) return make_error("libical: cannot create a calendar");
  add(calendar.get(), icalproperty_new_prodid("-//rapport//rapport export//EN"));
  add(calendar.get(), icalproperty_new_version("2.0"));
  add(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
  for (const auto& call : calls) {
    icalcomponent* todo = icalcomponent_new(ICAL_VTODO_COMPONENT);
    if (todo == nullptr) return make_error("libical: cannot create a to-do");
    icalcomponent_add_component(calendar.get(), todo);  // the calendar owns it from here
    add(todo, icalproperty_new_uid(call_task_uid(call.contact_key, now).c_str()));
    add(todo, icalproperty_new_dtstamp(utc_time(now, false)));
    add(todo, icalproperty_new_due(utc_time(now, true)));
    const auto summary = call.company.empty() ? "Call " + call.name : fmt::format("Call {} ({})", call.name, call.company);
    add(todo, icalproperty_new_summary(summary.c_str()));
    add(todo, icalproperty_new_description(call_task_description(call).c_str()));
    add(todo, icalproperty_new_priority(static_cast<int>(std::clamp<std::size_t>(call.rank, 1, 9))));
    add(todo, icalproperty_new_status(ICAL_STATUS_NEEDSACTION));
    // One CATEGORIES property per category: libical escapes the commas of a single
    // comma-joined value, which would make it one category.
    add(todo, icalproperty_new_categories("Call"));
    add(todo, icalproperty_new_categories("rapport"));
    std::vector<std::string> codes;
    for (const auto& r : call.reasons)
      if (!r.code.empty() && std::find(codes.begin(), codes.end(), r.code) == codes.end()) codes.push_back(r.code);
    for (const auto& code : codes) add(todo, icalproperty_new_categories(code.c_str()));
    std::string contact = call.name;
    if (!call.phones.empty()) contact += ", " + call.phones.front();
    if (!call.emails.empty()) contact += ", " + call.emails.front();
    add(todo, icalproperty_new_contact(contact.c_str()));
    if (!call.phones.empty()) {
      std::string tel = "tel:";
      for (const char c : call.phones.front())
        if ((c >= '0' && c <= '9') || c == '+') tel += c;
      if (tel.size() > 4) add(todo, icalproperty_new_url(tel.c_str()));
    }
  }
  // The _r variant hands the buffer to the caller (the plain one returns libical's ring
  // buffer, which later calls overwrite).
  char* text = icalcomponent_as_ical_string_r(calendar.get());
  if (text == nullptr) return make_error("libical: cannot write the calendar");
  std::string out(text);
  icalmemory_free_buffer(text);
  return out;
}

}  // namespace rapport::report
