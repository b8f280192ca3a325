#include "rapport/report/calendar_ics.hpp"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <memory>
#include <string>
#include <vector>

namespace rapport::report {
namespace {

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

model::Timestamp at(const char* iso) { return *model::parse_iso8601(iso); }

CallItem call(std::size_t rank, std::string name, std::string company, std::string phone) {
  CallItem c;
  c.rank = rank;
  c.contact_key = name + "@example.invalid";
  c.name = std::move(name);
  c.company = std::move(company);
  if (!phone.empty()) c.phones.push_back(std::move(phone));
  c.emails.push_back(c.contact_key);
  c.score = 10.0 - static_cast<double>(rank);
  c.reasons.push_back({"dismissal", "Ended it by email on 3 Mar; not phoned since",
                       {{at("2031-03-03T08:15:00Z"), "email", c.name, "We have chosen to pause the project.", {}}}});
  c.reasons.push_back({"overdue_live", "No live conversation for 70 days", {}});
  c.bring_up.push_back({"hobby", "rowing regatta in May", {at("2031-02-20T10:00:00Z"), "phone", c.name, "I row on Sundays.", 61.0}});
  c.opening = "Hi, it's Tess from Lindenfold. I saw your note.";
  c.voicemail = "Hi, Tess here, I'll try you again this afternoon.";
  return c;
}

std::string property_text(icalcomponent* comp, icalproperty_kind kind) {
  icalproperty* p = icalcomponent_get_first_property(comp, kind);
  if (p == nullptr) return {};
  const char* s = icalproperty_get_value_as_string(p);
  return s == nullptr ? std::string() : std::string(s);
}

std::vector<icalcomponent*> todos(icalcomponent* calendar) {
  std::vector<icalcomponent*> out;
  for (icalcomponent* c = icalcomponent_get_first_component(calendar, ICAL_VTODO_COMPONENT); c != nullptr;
       c = icalcomponent_get_next_component(calendar, ICAL_VTODO_COMPONENT))
    out.push_back(c);
  return out;
}

ComponentPtr parse(const std::string& text) { return ComponentPtr(icalparser_parse_string(text.c_str())); }

// No X-LIC-ERROR anywhere: what libical adds when it meets something it cannot read.
bool has_parse_errors(icalcomponent* comp) {
  if (icalcomponent_get_first_property(comp, ICAL_XLICERROR_PROPERTY) != nullptr) return true;
  for (icalcomponent* c = icalcomponent_get_first_component(comp, ICAL_ANY_COMPONENT); c != nullptr;
       c = icalcomponent_get_next_component(comp, ICAL_ANY_COMPONENT))
    if (has_parse_errors(c)) return true;
  return false;
}

TEST(CalendarIcs, ParsesBackWithOneTodoPerCallAndTheirFields) {
  const auto now = at("2031-03-14T08:30:00Z");
  const std::vector<CallItem> calls{call(1, "Orla Quist", "Brambleway Kennels", "+447700900555"),
                                    call(2, "Per Lund", "", "")};
  auto text = calendar_ics(calls, now);
  ASSERT_TRUE(text.ok());
  auto cal = parse(*text);
  ASSERT_TRUE(cal);
  EXPECT_FALSE(has_parse_errors(cal.get())) << *text;
  EXPECT_EQ(icalcomponent_isa(cal.get()), ICAL_VCALENDAR_COMPONENT);
  EXPECT_EQ(property_text(cal.get(), ICAL_VERSION_PROPERTY), "2.0");
  EXPECT_FALSE(property_text(cal.get(), ICAL_PRODID_PROPERTY).empty());
  const auto items = todos(cal.get());
  ASSERT_EQ(items.size(), 2U);

  icalcomponent* first = items[0];
  EXPECT_STREQ(icalcomponent_get_summary(first), "Call Orla Quist (Brambleway Kennels)");
  EXPECT_STREQ(icalcomponent_get_summary(items[1]), "Call Per Lund");
  EXPECT_EQ(std::string(icalcomponent_get_uid(first)), call_task_uid("Orla Quist@example.invalid", now));
  EXPECT_NE(std::string(icalcomponent_get_uid(first)), std::string(icalcomponent_get_uid(items[1])));

  const auto stamp = icalcomponent_get_dtstamp(first);
  EXPECT_EQ(icaltime_as_timet(stamp), static_cast<time_t>(now.time_since_epoch().count()));
  EXPECT_TRUE(icaltime_is_utc(stamp));
  const auto due = icalcomponent_get_due(first);
  EXPECT_TRUE(icaltime_is_date(due));
  EXPECT_EQ(due.year, 2031);
  EXPECT_EQ(due.month, 3);
  EXPECT_EQ(due.day, 14);

  EXPECT_EQ(icalproperty_get_priority(icalcomponent_get_first_property(first, ICAL_PRIORITY_PROPERTY)), 1);
  EXPECT_EQ(icalproperty_get_priority(icalcomponent_get_first_property(items[1], ICAL_PRIORITY_PROPERTY)), 2);
  EXPECT_EQ(icalcomponent_get_status(first), ICAL_STATUS_NEEDSACTION);
  EXPECT_EQ(property_text(first, ICAL_URL_PROPERTY), "tel:+447700900555");
  EXPECT_EQ(icalcomponent_get_first_property(items[1], ICAL_URL_PROPERTY), nullptr);  // no phone, no tel: link

  std::vector<std::string> categories;
  for (icalproperty* p = icalcomponent_get_first_property(first, ICAL_CATEGORIES_PROPERTY); p != nullptr;
       p = icalcomponent_get_next_property(first, ICAL_CATEGORIES_PROPERTY))
    categories.emplace_back(icalproperty_get_categories(p));
  EXPECT_EQ(categories, (std::vector<std::string>{"Call", "rapport", "dismissal", "overdue_live"}));

  const std::string description = icalcomponent_get_description(first);
  EXPECT_EQ(description, call_task_description(calls[0]));
  EXPECT_NE(description.find("Phone: +447700900555"), std::string::npos);
  // Evidence shared by two reasons is quoted once.
  auto twice = calls[0];
  twice.reasons[1].evidence = twice.reasons[0].evidence;
  const auto once = call_task_description(twice);
  EXPECT_EQ(once.find("pause the project"), once.rfind("pause the project"));
  EXPECT_NE(description.find("- Ended it by email on 3 Mar; not phoned since\n- No live conversation for 70 days"),
            std::string::npos);
  EXPECT_NE(description.find("2031-03-03 08:15, email, Orla Quist: “We have chosen to pause the project.”"),
            std::string::npos);
  EXPECT_NE(description.find("rowing regatta in May (2031-02-20, 1:01 into the call, phone, Orla Quist"), std::string::npos);
  EXPECT_NE(description.find("Open with: “Hi, it's Tess from Lindenfold. I saw your note.”"), std::string::npos);
  EXPECT_NE(description.find("Voicemail: “Hi, Tess here"), std::string::npos);
  EXPECT_NE(std::string(icalcomponent_get_description(items[1])).find("Phone: no number known"), std::string::npos);
}

TEST(CalendarIcs, PassesTheRfc5545Restrictions) {
  auto text = calendar_ics({call(1, "Orla Quist", "Brambleway Kennels", "+447700900555")}, at("2031-03-14T08:30:00Z"));
  ASSERT_TRUE(text.ok());
  auto cal = parse(*text);
  ASSERT_TRUE(cal);
  EXPECT_TRUE(icalrestriction_check(cal.get()) != 0) << *text;
  EXPECT_FALSE(has_parse_errors(cal.get())) << *text;

  // The check can fail: a to-do with two UIDs (at most one is allowed) is refused.
  auto broken = parse(*text);
  icalcomponent* todo = icalcomponent_get_first_component(broken.get(), ICAL_VTODO_COMPONENT);
  icalcomponent_add_property(todo, icalproperty_new_uid("second@rapport.invalid"));
  EXPECT_FALSE(icalrestriction_check(broken.get()) != 0);
}

TEST(CalendarIcs, EscapesTextAndFoldsLongLinesWithCrlf) {
  auto c = call(3, "Mabli; Jones, Jr.", "Yew, Ash & Elm; Partners", "01632 960 777");
  c.reasons = {{"answer_owed", "Asked: price, terms; and a back\\slash", {}}};
  std::string long_quote;
  for (int i = 0; i < 12; ++i) long_quote += "Ça coûte combien, exactement; et quand? ";
  c.reasons[0].evidence.push_back({at("2031-03-10T12:00:00Z"), "email", "Mabli", long_quote + "\nsecond line", {}});
  auto text = calendar_ics({c}, at("2031-03-14T08:30:00Z"));
  ASSERT_TRUE(text.ok());
  const std::string& raw = *text;

  // Escaped as RFC 5545 says for TEXT: "\,", "\;", "\n", "\\".
  EXPECT_NE(raw.find("SUMMARY:Call Mabli\\; Jones\\, Jr. (Yew\\, Ash & Elm\\; Partners)"), std::string::npos) << raw;
  EXPECT_NE(raw.find("back\\\\slash"), std::string::npos);
  EXPECT_NE(raw.find("\\n"), std::string::npos);
  // Every line ends in CRLF and none is longer than 75 octets (continuations start with a space).
  std::size_t pos = 0, lines = 0, continued = 0;
  while (pos < raw.size()) {
    const auto end = raw.find("\r\n", pos);
    ASSERT_NE(end, std::string::npos) << "a line without CRLF at " << pos;
    const auto line = raw.substr(pos, end - pos);
    EXPECT_EQ(line.find('\n'), std::string::npos);
    EXPECT_LE(line.size(), 75U) << line;
    if (!line.empty() && line.front() == ' ') ++continued;
    ++lines;
    pos = end + 2;
  }
  EXPECT_GT(continued, 5U);
  // Unfolded and unescaped, the text comes back byte for byte (multi-byte characters intact).
  auto cal = parse(raw);
  ASSERT_TRUE(cal);
  icalcomponent* todo = icalcomponent_get_first_component(cal.get(), ICAL_VTODO_COMPONENT);
  ASSERT_NE(todo, nullptr);
  EXPECT_STREQ(icalcomponent_get_summary(todo), "Call Mabli; Jones, Jr. (Yew, Ash & Elm; Partners)");
  EXPECT_EQ(std::string(icalcomponent_get_description(todo)), call_task_description(c));
  EXPECT_NE(std::string(icalcomponent_get_description(todo)).find(long_quote + "\nsecond line"), std::string::npos);
  EXPECT_EQ(property_text(todo, ICAL_URL_PROPERTY), "tel:01632960777");
}

TEST(CalendarIcs, UidIsStableForContactAndDay) {
  const auto morning = at("2031-03-14T07:00:00Z");
  EXPECT_EQ(call_task_uid("orla@brambleway.invalid", morning), call_task_uid("orla@brambleway.invalid", at("2031-03-14T18:59:00Z")));
  EXPECT_NE(call_task_uid("orla@brambleway.invalid", morning), call_task_uid("orla@brambleway.invalid", at("2031-03-15T07:00:00Z")));
  EXPECT_NE(call_task_uid("orla@brambleway.invalid", morning), call_task_uid("per@lund.invalid", morning));
  EXPECT_EQ(call_task_uid("orla@brambleway.invalid", morning).rfind("rapport-call-20310314-", 0), 0U);
  EXPECT_EQ(call_task_uid("orla@brambleway.invalid", morning).find("orla"), std::string::npos);  // no address in it
}

TEST(CalendarIcs, EmptyListIsAnEmptyCalendar) {
  auto text = calendar_ics({}, at("2031-03-14T08:30:00Z"));
  ASSERT_TRUE(text.ok());
  auto cal = parse(*text);
  ASSERT_TRUE(cal);
  EXPECT_TRUE(todos(cal.get()).empty());
  EXPECT_EQ(text->rfind("BEGIN:VCALENDAR\r\n", 0), 0U);
}

}  // namespace
}  // namespace rapport::report
