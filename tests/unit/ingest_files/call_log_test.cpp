#include <string>

#include <gtest/gtest.h>

#include "collecting_sink.hpp"
#include "rapport/ingest/files/call_log_reader.hpp"
#include "rapport/ingest/files/call_words.hpp"

namespace rapport::ingest {
namespace {

using model::CallOutcome;
using model::Direction;
using model::IdentityKind;
using testing::CollectingSink;

ReadContext ctx_for(std::string region) {
  ReadContext ctx;
  ctx.file = "calls.csv";
  ctx.default_region = std::move(region);
  return ctx;
}

TEST(CallLogCsv, TypicalPhoneExport) {
  CollectingSink sink;
  read_call_log(
      "Date,Number,Name,Type,Duration\n"
      "14/03/2026 10:30,07700 900123,Jane Doe,Outgoing,2:05\n"
      "15/03/2026 09:00,+44 161 496 0231,,Incoming,01:02:03\n"
      "16/03/2026 17:45,07700 900123,Jane Doe,Missed,0\n",
      ctx_for("GB"), sink);
  ASSERT_EQ(sink.calls.size(), 3u) << sink.dump();
  const auto& a = sink.calls[0];
  EXPECT_EQ(model::to_iso8601(a.when), "2026-03-14T10:30:00Z");
  EXPECT_EQ(a.other.id.kind, IdentityKind::phone);
  EXPECT_EQ(a.other.id.value, "+447700900123");
  EXPECT_EQ(a.other.display_name, "Jane Doe");
  EXPECT_EQ(a.direction, Direction::outbound);
  EXPECT_EQ(a.duration_s, 125u);
  EXPECT_EQ(a.outcome, CallOutcome::reached);  // inferred from the duration
  EXPECT_EQ(a.source.position, "line 2");
  EXPECT_EQ(sink.calls[1].direction, Direction::inbound);
  EXPECT_EQ(sink.calls[1].duration_s, 3723u);
  EXPECT_EQ(sink.calls[2].direction, Direction::inbound);
  EXPECT_EQ(sink.calls[2].outcome, CallOutcome::no_answer);
  EXPECT_TRUE(sink.diagnostics.empty()) << sink.dump();
}

TEST(CallLogCsv, DayMonthOrderFollowsRegion) {
  const std::string data = "Date,Number\n03/04/2026 10:30,202 555 0143\n";
  CollectingSink us, gb;
  read_call_log(data, ctx_for("US"), us);
  read_call_log(data, ctx_for("GB"), gb);
  ASSERT_EQ(us.calls.size(), 1u);
  ASSERT_EQ(gb.calls.size(), 1u);
  EXPECT_EQ(model::to_iso8601(us.calls[0].when), "2026-03-04T10:30:00Z");
  EXPECT_EQ(model::to_iso8601(gb.calls[0].when), "2026-04-03T10:30:00Z");
  EXPECT_EQ(us.calls[0].direction, Direction::unknown);
  EXPECT_EQ(us.calls[0].outcome, CallOutcome::unknown);
}

TEST(CallLogCsv, CrmExportWithOutcomesAndNotes) {
  CollectingSink sink;
  read_call_log(
      "Call Date;Contact Email;Direction;Duration (min);Outcome;Notes\n"
      "2026-03-14T10:30:00Z;Jane@Acme.test;outbound;2.5;Left voicemail;asked for callback\n"
      "2026-03-14T11:00:00Z;bob@acme.test;dialled;0;Connected;\n"
      "2026-03-14T12:00:00Z;cy@acme.test;out;;no-answer;\n"
      "2026-03-14T13:00:00Z;dee@acme.test;OUT;3;VM;\n",
      ctx_for("GB"), sink);
  ASSERT_EQ(sink.calls.size(), 4u) << sink.dump();
  EXPECT_EQ(sink.calls[0].other.id.kind, IdentityKind::email);
  EXPECT_EQ(sink.calls[0].other.id.value, "jane@acme.test");
  EXPECT_EQ(sink.calls[0].duration_s, 150u);
  EXPECT_EQ(sink.calls[0].outcome, CallOutcome::voicemail);
  EXPECT_EQ(sink.calls[0].note, "asked for callback");
  // An explicit outcome wins over a zero duration.
  EXPECT_EQ(sink.calls[1].outcome, CallOutcome::reached);
  EXPECT_EQ(sink.calls[2].outcome, CallOutcome::no_answer);
  EXPECT_EQ(sink.calls[3].outcome, CallOutcome::voicemail);
  for (const auto& c : sink.calls) EXPECT_EQ(c.direction, Direction::outbound);
}

TEST(CallLogCsv, ZeroDurationWithoutOutcomeIsNoAnswer) {
  CollectingSink sink;
  read_call_log(
      "timestamp,phone,direction,duration\n"
      "1773484200000,07700 900123,incoming,0\n"
      "1773484200,07700 900123,incoming,\n",
      ctx_for("GB"), sink);
  ASSERT_EQ(sink.calls.size(), 2u) << sink.dump();
  EXPECT_EQ(model::to_iso8601(sink.calls[0].when), "2026-03-14T10:30:00Z");
  EXPECT_EQ(sink.calls[0].outcome, CallOutcome::no_answer);
  EXPECT_EQ(sink.calls[1].outcome, CallOutcome::unknown);
}

TEST(CallLogCsv, SeparateDateAndTimeColumnsAndContactByContent) {
  CollectingSink sink;
  read_call_log(
      "Date,Time,Contact,Call type,Length\n"
      "2026-03-14,10:30,jane@acme.test,Outgoing call,1m 30s\n"
      "2026-03-14,11:30 PM,Bob Smith,Incoming call,45\n"
      "2026-03-14,11:45,(202) 555-0143,Outgoing call,45\n",
      ctx_for("US"), sink);
  ASSERT_EQ(sink.calls.size(), 3u) << sink.dump();
  EXPECT_EQ(sink.calls[0].other.id.kind, IdentityKind::email);
  EXPECT_EQ(sink.calls[0].duration_s, 90u);
  EXPECT_EQ(model::to_iso8601(sink.calls[1].when), "2026-03-14T23:30:00Z");
  EXPECT_EQ(sink.calls[1].other.id.kind, IdentityKind::name);
  EXPECT_EQ(sink.calls[1].other.id.value, "Bob Smith");
  EXPECT_EQ(sink.calls[2].other.id.kind, IdentityKind::phone);
  EXPECT_EQ(sink.calls[2].other.id.value, "+12025550143");
}

TEST(CallLogCsv, FromToColumnsPickTheOtherParty) {
  CollectingSink sink;
  read_call_log(
      "Start Time,From,To,Direction,Duration\n"
      "2026-03-14 10:30,+442079460000,+447700900123,outbound,60\n"
      "2026-03-14 11:30,+447700900456,+442079460000,inbound,60\n",
      ctx_for("GB"), sink);
  ASSERT_EQ(sink.calls.size(), 2u) << sink.dump();
  EXPECT_EQ(sink.calls[0].other.id.value, "+447700900123");
  EXPECT_EQ(sink.calls[1].other.id.value, "+447700900456");
}

TEST(CallLogCsv, BadRowsReportedWithLines) {
  CollectingSink sink;
  read_call_log(
      "Date,Number,Direction,Duration,Result,Extra\n"
      "someday,07700 900123,out,10,reached,x\n"
      "2026-03-14 10:30,,out,10,reached,x\n"
      "2026-03-14 10:30,07700 900123,sideways,ten,maybe,x\n"
      "2026-03-14 11:30,07700 900123,out,10,reached,x\n",
      ctx_for("GB"), sink);
  ASSERT_EQ(sink.calls.size(), 2u) << sink.dump();
  EXPECT_EQ(sink.calls[0].direction, Direction::unknown);
  EXPECT_EQ(sink.calls[0].outcome, CallOutcome::unknown);
  EXPECT_EQ(sink.errors(), 2u) << sink.dump();
  // The unmapped column, plus direction, duration and outcome of line 4.
  EXPECT_EQ(sink.warnings(), 4u) << sink.dump();
  std::vector<std::string> error_positions;
  for (const auto& d : sink.diagnostics)
    if (d.severity == model::Severity::error) error_positions.push_back(d.position);
  EXPECT_EQ(error_positions, (std::vector<std::string>{"line 2", "line 3"}));
}

TEST(CallLogCsv, NotACallLogHeader) {
  CollectingSink sink;
  read_call_log("Name,Email\nA,a@x.test\n", ctx_for("GB"), sink);
  EXPECT_TRUE(sink.calls.empty());
  EXPECT_EQ(sink.errors(), 1u);
}

TEST(CallWords, Durations) {
  using detail::parse_duration;
  EXPECT_EQ(parse_duration("125"), 125u);
  EXPECT_EQ(parse_duration("125.6"), 126u);
  EXPECT_EQ(parse_duration("2:05"), 125u);
  EXPECT_EQ(parse_duration("01:02:05"), 3725u);
  EXPECT_EQ(parse_duration("00:00:05.4"), 5u);
  EXPECT_EQ(parse_duration("2m 5s"), 125u);
  EXPECT_EQ(parse_duration("1 h 2 min"), 3720u);
  EXPECT_EQ(parse_duration("2", 60.0), 120u);
  EXPECT_FALSE(parse_duration(""));
  EXPECT_FALSE(parse_duration("."));
  EXPECT_FALSE(parse_duration("ten"));
  EXPECT_FALSE(parse_duration("-5"));
  EXPECT_FALSE(parse_duration("1:2:3:4"));
  EXPECT_FALSE(parse_duration("5 parsecs"));
  EXPECT_FALSE(parse_duration("1.5:00"));
}

TEST(CallWords, KindsAndOutcomes) {
  using detail::parse_call_kind;
  using detail::parse_call_outcome;
  EXPECT_EQ(parse_call_kind("Dialled")->direction, Direction::outbound);
  EXPECT_EQ(parse_call_kind("received")->direction, Direction::inbound);
  EXPECT_EQ(parse_call_kind("Missed call")->outcome, CallOutcome::no_answer);
  EXPECT_EQ(parse_call_kind("2")->direction, Direction::outbound);
  EXPECT_FALSE(parse_call_kind("sideways"));
  EXPECT_EQ(parse_call_outcome("No answer"), CallOutcome::no_answer);
  EXPECT_EQ(parse_call_outcome("busy"), CallOutcome::no_answer);
  EXPECT_EQ(parse_call_outcome("Left Voicemail"), CallOutcome::voicemail);
  EXPECT_EQ(parse_call_outcome("answered"), CallOutcome::reached);
  EXPECT_FALSE(parse_call_outcome("maybe"));
}

}  // namespace
}  // namespace rapport::ingest
