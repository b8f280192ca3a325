#include "rapport/report/html_report.hpp"

#include <gtest/gtest.h>

namespace rapport::report {
namespace {

model::Timestamp at(const char* iso) { return *model::parse_iso8601(iso); }

std::size_t count(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + what.size())) ++n;
  return n;
}

ReportData sample() {
  ReportData d;
  d.now = at("2031-03-14T08:30:00Z");
  d.owner = "Tess Lindqvist";
  CallItem c;
  c.rank = 1;
  c.name = "Orla Quist";
  c.company = "Brambleway Kennels";
  c.phones = {"+44 7700 900555"};
  c.reasons = {{"dismissal", "Ended it by email; not phoned since",
                {{at("2031-03-03T08:15:00Z"), "email", "Orla Quist", "We have chosen to pause the project.", {}}}}};
  c.bring_up = {{"hobby", "rowing regatta in May", {at("2031-02-20T10:00:00Z"), "phone", "Orla Quist", "I row on Sundays.", 61.0}}};
  c.opening = "Hi Orla, it's Tess.";
  c.voicemail = "Tess here, I'll try again later.";
  d.calls.push_back(c);
  InboxItem i;
  i.kind = "answer_owed";
  i.section = "Answers owed";
  i.contact = "Per Lund";
  i.channel = "sms";
  i.waiting_since = at("2031-03-12T16:00:00Z");
  i.advice = "Answer him today.";
  i.evidence = {{at("2031-03-12T16:00:00Z"), "sms", "Per Lund", "Can you do Tuesday?", {}}};
  d.inbox.push_back(i);
  ContactRow r;
  r.name = "Orla Quist";
  r.bring_up = c.bring_up;
  d.contacts.push_back(r);
  ContactRow none;
  none.name = "Nobody Factual";
  d.contacts.push_back(none);
  ReviewItem v;
  v.title = "Kennel booking call";
  v.when = at("2031-03-01T14:00:00Z");
  v.channel = "phone";
  v.rep = "Tess";
  v.clients = {"Orla"};
  v.outcome = "no decision";
  v.findings = {{"Pushed for a decision on the phone", true, false,
                 {{at("2031-03-01T14:00:00Z"), "phone", "Tess", "Can we sign today?", 95.0}}},
                {"Rapport first", false, false, {}}};
  v.measures = {{"your talk share (words)", "72%", "≤ 60%", false}};
  d.reviews.push_back(v);
  return d;
}

TEST(HtmlReport, EscapesEveryCharacterThatMatters) {
  EXPECT_EQ(html_escape("<a href=\"x\">Tom & Jerry's</a>"), "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  EXPECT_EQ(html_escape("plain é ✓"), "plain é ✓");
}

TEST(HtmlReport, HasEverySectionWithEvidenceAndTimes) {
  const auto html = html_report(sample());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0U);
  for (const auto* id : {"id=\"today\"", "id=\"inbox\"", "id=\"contacts\"", "id=\"reviews\""})
    EXPECT_EQ(count(html, id), 1U) << id;
  EXPECT_NE(html.find("Today: 1 person to call"), std::string::npos);
  EXPECT_NE(html.find("Orla Quist"), std::string::npos);
  EXPECT_NE(html.find("href=\"tel:+447700900555\""), std::string::npos);
  EXPECT_NE(html.find("“We have chosen to pause the project.”"), std::string::npos);
  EXPECT_NE(html.find("<time class=\"when\" datetime=\"2031-03-03T08:15:00Z\">2031-03-03 08:15</time>"), std::string::npos);
  EXPECT_NE(html.find("2031-02-20, 1:01 into the call"), std::string::npos);  // a call turn: date and position
  EXPECT_NE(html.find("Answers owed"), std::string::npos);
  EXPECT_NE(html.find("Answer him today."), std::string::npos);
  EXPECT_NE(html.find("Kennel booking call"), std::string::npos);
  EXPECT_NE(html.find("Can we sign today?"), std::string::npos);
  EXPECT_NE(html.find("72%"), std::string::npos);
  // Only contacts with something to bring up get a card there.
  EXPECT_EQ(html.find("Nobody Factual"), std::string::npos);
  EXPECT_NE(html.find("To bring up: 1 client"), std::string::npos);
}

TEST(HtmlReport, SelfContainedWithoutScriptsOrExternalRequests) {
  const auto html = html_report(sample());
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
  EXPECT_NE(html.find("<style>"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
}

TEST(HtmlReport, TextFromMessagesCannotInjectMarkup) {
  auto d = sample();
  const std::string evil = "<script>alert('x')</script><img src=x onerror=\"y\">";
  d.calls[0].name = evil;
  d.calls[0].reasons[0].evidence[0].quote = evil;
  d.calls[0].reasons[0].evidence[0].who = evil;
  d.inbox[0].subject = evil;
  d.inbox[0].kind = "\"><script>";
  d.reviews[0].findings[0].evidence[0].quote = evil;
  d.contacts[0].bring_up[0].text = evil;
  d.owner = evil;
  d.calls[0].phones = {"\"><script>"};
  const auto html = html_report(d);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("onerror=\""), std::string::npos);
  EXPECT_GE(count(html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), 6U);
}

TEST(HtmlReport, EmptyDayStillRendersEverySection) {
  ReportData d;
  d.now = at("2031-03-14T08:30:00Z");
  const auto html = html_report(d);
  EXPECT_NE(html.find("Nobody needs a call today."), std::string::npos);
  EXPECT_NE(html.find("Nothing needs attention."), std::string::npos);
  EXPECT_NE(html.find("No recorded calls or meetings"), std::string::npos);
  d.reviews_available = false;
  EXPECT_NE(html_report(d).find("not available"), std::string::npos);
}

}  // namespace
}  // namespace rapport::report
