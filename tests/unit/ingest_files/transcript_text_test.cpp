#include <string>

#include <gtest/gtest.h>

#include "collecting_sink.hpp"
#include "rapport/ingest/files/transcript_builder.hpp"
#include "rapport/ingest/files/transcript_reader.hpp"

namespace rapport::ingest {
namespace {

using testing::CollectingSink;
using Strings = std::vector<std::string>;

ReadContext ctx_for(std::string file) {
  ReadContext ctx;
  ctx.file = std::move(file);
  ctx.default_region = "GB";
  return ctx;
}

const model::Transcript& only(const CollectingSink& sink) {
  EXPECT_EQ(sink.transcripts.size(), 1u) << sink.dump();
  return sink.transcripts.at(0);
}

TEST(TranscriptText, PlainNameLinesWithContinuation) {
  CollectingSink sink;
  read_transcript_text(
      "Rep: Hi Sam, is now still a good time?\n"
      "Client: Sure.\n"
      "It's been a hectic week though.\n"
      "\n"
      "Client: Our daughter graduates on Friday.\n"
      "Rep: Congratulations!\n",
      ctx_for("notes.txt"), sink);
  const auto& t = only(sink);
  ASSERT_EQ(t.turns.size(), 3u);
  EXPECT_EQ(t.turns[1].speaker, "Client");
  EXPECT_EQ(t.turns[1].text,
            "Sure. It's been a hectic week though. Our daughter graduates on Friday.");
  EXPECT_EQ(t.turns[1].source.position, "line 2");
  EXPECT_FALSE(t.turns[1].start_s);
  EXPECT_EQ(t.speakers, (Strings{"Rep", "Client"}));
  EXPECT_EQ(t.channel, model::Channel::phone);
}

TEST(TranscriptText, TimestampForms) {
  CollectingSink sink;
  read_transcript_text(
      "[00:00:05] Jane Doe: First.\n"
      "00:00:09 Tom Reyes: Second.\n"
      "Jane Doe (00:01:02): Third.\n"
      "(00:01:10) Tom Reyes: Fourth.\n"
      "Jane Doe [00:01:20]: Fifth.\n"
      "00:01:30 - Tom Reyes: Sixth.\n",
      ctx_for("t.txt"), sink);
  const auto& t = only(sink);
  ASSERT_EQ(t.turns.size(), 6u);
  const std::vector<double> starts{5, 9, 62, 70, 80, 90};
  for (std::size_t i = 0; i < 6; ++i) {
    EXPECT_EQ(t.turns[i].speaker, i % 2 == 0 ? "Jane Doe" : "Tom Reyes") << i;
    EXPECT_EQ(t.turns[i].start_s, starts[i]) << i;
  }
  EXPECT_EQ(t.turns[2].text, "Third.");
}

TEST(TranscriptText, ZoomTranscriptHeaders) {
  CollectingSink sink;
  read_transcript_text(
      "[Jane Doe] 10:02:11\n"
      "Hello everyone.\n"
      "Note: we have 30 minutes.\n"
      "\n"
      "[Tom Reyes] 10:02:15\n"
      "Hi Jane.\n"
      "\n"
      "[Tom Reyes] 10:02:20\n"
      "Quick question first.\n",
      ctx_for("zoom.txt"), sink);
  const auto& t = only(sink);
  ASSERT_EQ(t.turns.size(), 2u);
  EXPECT_EQ(t.turns[0].text, "Hello everyone. Note: we have 30 minutes.");
  // 10:02:11 is a time of day: the turns are timed from the first one.
  EXPECT_EQ(t.turns[0].start_s, 0.0);
  EXPECT_EQ(t.turns[1].start_s, 4.0);
  EXPECT_EQ(t.turns[1].text, "Hi Jane. Quick question first.");
  EXPECT_EQ(t.channel, model::Channel::video);
}

TEST(TranscriptText, ClockTimesCompleteADateWithoutTime) {
  ReadContext ctx = ctx_for("GMT20260314_Weekly sync.txt");
  CollectingSink sink;
  read_transcript_text("[Jane Doe] 14:00:11\nHello.\n\n[Tom Reyes] 14:01:11\nHi.\n", ctx, sink);
  const auto& t = only(sink);
  ASSERT_TRUE(t.started_at);
  EXPECT_EQ(model::to_iso8601(*t.started_at), "2026-03-14T14:00:11Z");
  EXPECT_EQ(t.turns[1].start_s, 60.0);
}

TEST(TranscriptText, OffsetsUnderTwoHoursStayOffsets) {
  CollectingSink sink;
  read_transcript_text("[Jane Doe] 01:58:00\nStill here.\n\n[Tom Reyes] 01:58:30\nYes.\n", ctx_for("z.txt"), sink);
  const auto& t = only(sink);
  EXPECT_EQ(t.turns[0].start_s, 7080.0);
  EXPECT_EQ(t.turns[1].start_s, 7110.0);
}

TEST(TranscriptText, OtterStyleHeaders) {
  CollectingSink sink;
  read_transcript_text(
      "Jane Doe  0:05\n"
      "Thanks for the call.\n"
      "\n"
      "Tom Reyes  0:12\n"
      "Happy to.\n",
      ctx_for("otter.txt"), sink);
  const auto& t = only(sink);
  ASSERT_EQ(t.turns.size(), 2u);
  EXPECT_EQ(t.turns[0].start_s, 5.0);
  EXPECT_EQ(t.turns[1].speaker, "Tom Reyes");
  EXPECT_EQ(t.turns[1].text, "Happy to.");
}

TEST(TranscriptText, ZoomChatClockTimes) {
  ReadContext ctx = ctx_for("meeting_saved_chat.txt");
  ctx.date = model::parse_iso8601("2026-03-14");
  CollectingSink sink;
  read_transcript_text(
      "10:02:11 From Jane Doe : Welcome!\n"
      "10:02:41 From Tom Reyes to Everyone: Thanks\n"
      "\tSee you all\n"
      "10:03:00 From  Jane Doe  to  Tom Reyes(Direct Message) : one more thing\n",
      ctx, sink);
  const auto& t = only(sink);
  ASSERT_EQ(t.turns.size(), 3u);
  EXPECT_EQ(t.turns[0].start_s, 0.0);
  EXPECT_EQ(t.turns[1].start_s, 30.0);
  EXPECT_EQ(t.turns[1].text, "Thanks See you all");
  EXPECT_EQ(t.turns[2].speaker, "Jane Doe");
  EXPECT_EQ(model::to_iso8601(*t.started_at), "2026-03-14T10:02:11Z");
  EXPECT_EQ(t.channel, model::Channel::video);
}

TEST(TranscriptText, MetadataAndPreamble) {
  CollectingSink sink;
  read_transcript_text(
      "Renewal discussion - Transcript\n"
      "Date: 14/03/2026 15:30\n"
      "Participants: Jane Doe, Tom Reyes\n"
      "Type: video meeting\n"
      "\n"
      "00:00:00\n"
      "Jane Doe: Hello.\n"
      "00:05:00\n"
      "Tom Reyes: Hi.\n",
      ctx_for("call-2026-01-01.txt"), sink);
  const auto& t = only(sink);
  EXPECT_EQ(t.title, "Renewal discussion");
  ASSERT_TRUE(t.started_at);
  EXPECT_EQ(model::to_iso8601(*t.started_at), "2026-03-14T15:30:00Z");
  EXPECT_EQ(t.channel, model::Channel::video);
  ASSERT_EQ(t.turns.size(), 2u);
  EXPECT_EQ(t.turns[0].start_s, 0.0);
  EXPECT_EQ(t.turns[1].start_s, 300.0);
}

TEST(TranscriptText, FileNameGivesDateTitleAndChannel) {
  CollectingSink sink;
  read_transcript_text("A: hi\nB: hello\n", ctx_for("/x/y/Zoom meeting 20260314.txt"), sink);
  const auto& t = only(sink);
  EXPECT_EQ(t.title, "Zoom meeting");
  EXPECT_EQ(model::to_iso8601(*t.started_at), "2026-03-14T00:00:00Z");
  EXPECT_EQ(t.channel, model::Channel::video);
}

TEST(TranscriptText, NoSpeakersIsAnError) {
  CollectingSink sink;
  read_transcript_text("just some notes\nabout nothing in particular\n", ctx_for("n.txt"), sink);
  EXPECT_TRUE(sink.transcripts.empty());
  ASSERT_EQ(sink.errors(), 1u);
}

TEST(SpeakerLabels, PlausibleAndNot) {
  using detail::plausible_speaker;
  for (const char* yes : {"Jane", "Jane Doe", "JANE DOE", "Speaker 2", "J. Doe", "Dr. Lee",
                          "Jan van der Berg", "Jane Doe (Guest)", "\xC3\x89milie"})
    EXPECT_TRUE(plausible_speaker(yes)) << yes;
  for (const char* no : {"", "jane", "the plan is", "Note", "Music", "What?", "Doe, Jane",
                         "A very long list of words that is a sentence", "10:30", "Jane.Doe"})
    EXPECT_FALSE(plausible_speaker(no)) << no;
}

TEST(Clock, Forms) {
  using detail::parse_clock;
  EXPECT_EQ(parse_clock("01:02:03.500"), 3723.5);
  EXPECT_EQ(parse_clock("02:03.500"), 123.5);
  EXPECT_EQ(parse_clock("01:02:03,5"), 3723.5);
  EXPECT_EQ(parse_clock("0:05"), 5.0);
  EXPECT_EQ(parse_clock("75:30"), 4530.0);
  EXPECT_FALSE(parse_clock("1:2"));
  EXPECT_FALSE(parse_clock("01:60:00"));
  EXPECT_FALSE(parse_clock("00:00:0x"));
  EXPECT_FALSE(parse_clock("12"));
  EXPECT_FALSE(parse_clock("1:2:3:4"));
}

}  // namespace
}  // namespace rapport::ingest

namespace rapport::ingest {
namespace {

TEST(TranscriptText, BracketedLabelThenTimeOnOneLine) {
  testing::CollectingSink sink;
  read_transcript_text("[Jane Doe] 10:02:11 Hello there\n[Tom Reyes] 10:02:15 Hi\n",
                       ctx_for("z.txt"), sink);
  const auto& t = only(sink);
  ASSERT_EQ(t.turns.size(), 2u);
  EXPECT_EQ(t.turns[0].text, "Hello there");
  EXPECT_EQ(t.turns[0].start_s, 0.0);
  EXPECT_EQ(t.turns[1].start_s, 4.0);
  EXPECT_EQ(t.turns[1].speaker, "Tom Reyes");
}

TEST(TranscriptText, MeetStyleHeaderWithDateInTitle) {
  testing::CollectingSink sink;
  read_transcript_text(
      "Pricing review (2026-03-14 10:00 GMT) - Transcript\n"
      "Attendees\n"
      "Jane Doe, Tom Reyes\n"
      "Transcript\n"
      "00:00:00\n"
      "Jane Doe: Shall we begin?\n",
      ctx_for("meet.txt"), sink);
  const auto& t = only(sink);
  EXPECT_EQ(t.title, "Pricing review");
  ASSERT_TRUE(t.started_at);
  EXPECT_EQ(model::to_iso8601(*t.started_at), "2026-03-14T10:00:00Z");
  ASSERT_EQ(t.turns.size(), 1u);
  EXPECT_EQ(t.turns[0].start_s, 0.0);
}

TEST(TranscriptText, LeadingTimeInProseIsKept) {
  testing::CollectingSink sink;
  read_transcript_text("Jane: When suits you?\n10:30 works for me.\n", ctx_for("p.txt"), sink);
  const auto& t = only(sink);
  ASSERT_EQ(t.turns.size(), 1u);
  EXPECT_EQ(t.turns[0].text, "When suits you? 10:30 works for me.");
}

}  // namespace
}  // namespace rapport::ingest
