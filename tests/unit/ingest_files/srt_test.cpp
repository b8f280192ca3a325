#include <string>

#include <gtest/gtest.h>

#include "collecting_sink.hpp"
#include "rapport/ingest/files/transcript_reader.hpp"

namespace rapport::ingest {
namespace {

using testing::CollectingSink;
using Strings = std::vector<std::string>;

ReadContext ctx_for(std::string file) {
  ReadContext ctx;
  ctx.file = std::move(file);
  return ctx;
}

TEST(Srt, NumberedCuesWithSpeakerForms) {
  CollectingSink sink;
  read_srt(
      "1\n"
      "00:00:01,000 --> 00:00:03,500\n"
      "Jane Doe: Thanks for joining.\n"
      "\n"
      "2\n"
      "00:00:03,500 --> 00:00:05,000\n"
      "Jane Doe: Shall we start?\n"
      "\n"
      "3\n"
      "00:01:02,500 --> 00:01:05,000\n"
      "[Tom Reyes] Yes, <i>please</i>.\n"
      "\n"
      "4\n"
      "00:01:05,000 --> 00:01:06,000\n"
      ">> JANE DOE: {\\an8}Great.\n"
      "\n"
      "5\n"
      "00:01:06,000 --> 00:01:07,000\n"
      "Background chatter continues\n",
      ctx_for("sync_20260314.srt"), sink);
  ASSERT_EQ(sink.transcripts.size(), 1u) << sink.dump();
  const auto& t = sink.transcripts[0];
  ASSERT_EQ(t.turns.size(), 4u);
  EXPECT_EQ(t.turns[0].speaker, "Jane Doe");
  EXPECT_EQ(t.turns[0].text, "Thanks for joining. Shall we start?");
  EXPECT_EQ(t.turns[0].end_s, 5.0);
  EXPECT_EQ(t.turns[1].speaker, "Tom Reyes");
  EXPECT_EQ(t.turns[1].text, "Yes, please.");
  EXPECT_EQ(t.turns[1].start_s, 62.5);
  EXPECT_EQ(t.turns[2].speaker, "JANE DOE");
  EXPECT_EQ(t.turns[2].text, "Great.");
  EXPECT_EQ(t.turns[3].speaker, "");
  EXPECT_EQ(t.turns[3].source.position, "cue 5 (line 17)");
  EXPECT_EQ(t.speakers, (Strings{"Jane Doe", "Tom Reyes", "JANE DOE"}));
  EXPECT_EQ(model::to_iso8601(*t.started_at), "2026-03-14T00:00:00Z");
  EXPECT_EQ(t.title, "sync");
  EXPECT_EQ(t.channel, model::Channel::video);
  EXPECT_TRUE(sink.diagnostics.empty()) << sink.dump();
}

TEST(Srt, NotASpeakerLabel) {
  CollectingSink sink;
  read_srt(
      "1\n00:00:01,000 --> 00:00:02,000\nthe plan is: call them\n\n"
      "2\n00:00:02,000 --> 00:00:03,000\n[Music]\n\n"
      "3\n00:00:03,000 --> 00:00:04,000\nMeet at 10:30 sharp\n",
      ctx_for("n.srt"), sink);
  ASSERT_EQ(sink.transcripts.size(), 1u) << sink.dump();
  for (const auto& turn : sink.transcripts[0].turns) EXPECT_EQ(turn.speaker, "") << turn.text;
  EXPECT_EQ(sink.transcripts[0].turns[1].text, "[Music]");
}

TEST(Srt, StrayBlankLineAndBadCues) {
  CollectingSink sink;
  read_srt(
      "1\n00:00:01,000 --> 00:00:02,000\nA: first part\n\nsecond part\n\n"
      "2\nnot a timing\ntext\n\n"
      "3\n00:00:0a,000 --> 00:00:04,000\nA: bad\n\n"
      "4\n00:00:05.000 --> 00:00:06.000\nB: dot separator is fine\n",
      ctx_for("s.srt"), sink);
  ASSERT_EQ(sink.transcripts.size(), 1u) << sink.dump();
  const auto& t = sink.transcripts[0];
  ASSERT_EQ(t.turns.size(), 2u);
  EXPECT_EQ(t.turns[0].text, "first part second part");
  EXPECT_EQ(t.turns[1].text, "dot separator is fine");
  EXPECT_EQ(t.turns[1].start_s, 5.0);
  EXPECT_EQ(sink.warnings(), 1u) << sink.dump();
  ASSERT_EQ(sink.errors(), 2u) << sink.dump();
  EXPECT_EQ(sink.diagnostics[1].position, "cue 2 (line 7)");
  EXPECT_EQ(sink.diagnostics[2].position, "cue 3 (line 11)");
}

TEST(Srt, NoCuesIsAnError) {
  CollectingSink sink;
  read_srt("", ctx_for("empty.srt"), sink);
  EXPECT_TRUE(sink.transcripts.empty());
  EXPECT_EQ(sink.errors(), 1u);
}

}  // namespace
}  // namespace rapport::ingest

namespace rapport::ingest {
namespace {

TEST(Srt, FileNamedCallIsAPhoneCallUnlessAMeetingToolIsNamed) {
  const std::string cue = "1\n00:00:01,000 --> 00:00:02,000\nAnna: Hello?\n";
  testing::CollectingSink phone;
  read_srt(cue, ctx_for("2026-10-29_roofing_call.srt"), phone);
  ASSERT_EQ(phone.transcripts.size(), 1u);
  EXPECT_EQ(phone.transcripts[0].channel, model::Channel::phone);

  testing::CollectingSink video;
  read_srt(cue, ctx_for("2026-10-29_teams_call.srt"), video);
  ASSERT_EQ(video.transcripts.size(), 1u);
  EXPECT_EQ(video.transcripts[0].channel, model::Channel::video);
}

}  // namespace
}  // namespace rapport::ingest
