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
  ctx.default_region = "GB";
  return ctx;
}

TEST(WebVtt, TeamsVoiceTagsMergeAdjacentCues) {
  CollectingSink sink;
  read_webvtt(
      "WEBVTT\n"
      "\n"
      "a1b2c3d4-0001/12-0\n"
      "00:00:01.000 --> 00:00:03.500\n"
      "<v Jane Doe>Hi Tom, thanks for making the time.</v>\n"
      "\n"
      "a1b2c3d4-0002/7-0\n"
      "00:00:03.500 --> 00:00:05.000\n"
      "<v Jane Doe>How was the marathon?</v>\n"
      "\n"
      "a1b2c3d4-0003/3-0\n"
      "00:00:05.200 --> 00:00:08.000\n"
      "<v Tom Reyes>Tough &amp; slow,\nbut I finished.</v>\n"
      "\n"
      "00:00:08.000 --> 00:00:09.000\n"
      "<v Jane Doe>Well done!</v>\n",
      ctx_for("renewal.vtt"), sink);
  ASSERT_EQ(sink.transcripts.size(), 1u) << sink.dump();
  const auto& t = sink.transcripts[0];
  ASSERT_EQ(t.turns.size(), 3u);
  EXPECT_EQ(t.turns[0].speaker, "Jane Doe");
  EXPECT_EQ(t.turns[0].text, "Hi Tom, thanks for making the time. How was the marathon?");
  EXPECT_EQ(t.turns[0].start_s, 1.0);
  EXPECT_EQ(t.turns[0].end_s, 5.0);
  EXPECT_EQ(t.turns[0].source.position, "cue 1 (line 3)");
  EXPECT_EQ(t.turns[1].speaker, "Tom Reyes");
  EXPECT_EQ(t.turns[1].text, "Tough & slow, but I finished.");
  EXPECT_EQ(t.turns[1].start_s, 5.2);
  EXPECT_EQ(t.turns[2].source.position, "cue 4 (line 16)");
  EXPECT_EQ(t.speakers, (Strings{"Jane Doe", "Tom Reyes"}));
  // Nothing in the file or its name says which: two people talking, a phone call.
  EXPECT_EQ(t.channel, model::Channel::phone);
  EXPECT_EQ(t.title, "renewal");
  EXPECT_FALSE(t.started_at);
  EXPECT_EQ(t.content_hash.size(), 64u);
  EXPECT_TRUE(sink.diagnostics.empty()) << sink.dump();
}

// Without a word in the file's header or name, the talk tells phone from video.
TEST(WebVtt, TheTalkTellsPhoneFromVideo) {
  auto channel_of = [](const std::string& cues) {
    CollectingSink sink;
    read_webvtt("WEBVTT\n\n" + cues, ctx_for("renewal.vtt"), sink);
    EXPECT_EQ(sink.transcripts.size(), 1u) << sink.dump();
    return sink.transcripts.empty() ? model::Channel::email : sink.transcripts[0].channel;
  };
  const std::string two = "00:00:01.000 --> 00:00:02.000\n<v Ana Diaz>Morning, Ben.</v>\n\n"
                          "00:00:02.500 --> 00:00:04.000\n<v Ben Cole>Morning! How are things?</v>\n\n";
  const std::string third = "00:00:04.500 --> 00:00:06.000\n<v Cara Moss>Hi both, sorry I'm late.</v>\n\n";
  EXPECT_EQ(channel_of(two), model::Channel::phone);
  EXPECT_EQ(channel_of(two + third), model::Channel::video) << "three people: a meeting";
  EXPECT_EQ(channel_of(two + "00:00:06.500 --> 00:00:08.000\n<v Ana Diaz>Let me share my screen.</v>\n"),
            model::Channel::video);
  EXPECT_EQ(channel_of(two + "00:00:06.500 --> 00:00:08.000\n<v Ana Diaz>You're on mute, Ben.</v>\n"),
            model::Channel::video);
  EXPECT_EQ(channel_of(two + third + "00:00:06.500 --> 00:00:08.000\n<v Ana Diaz>I'll ring you back on your mobile.</v>\n"),
            model::Channel::phone)
      << "a word about phones decides before the count";
  // Part of a longer word is no cue: a timeline is no phone line, a screening no screen.
  EXPECT_EQ(channel_of(two + third + "00:00:06.500 --> 00:00:08.000\n<v Ana Diaz>The screening timeline is tight.</v>\n"),
            model::Channel::video);
}

TEST(WebVtt, ZoomStyleNamesAndShortTimestamps) {
  CollectingSink sink;
  read_webvtt(
      "WEBVTT\r\n\r\n"
      "1\r\n"
      "00:01.000 --> 00:04.250\r\n"
      "Jane Doe: What would make this a priority now?\r\n\r\n"
      "2\r\n"
      "01:02:03.000 --> 01:02:05.000\r\n"
      "Tom Reyes: The contract ends in June.\r\n",
      ctx_for("GMT20260314-100211_Recording.transcript.vtt"), sink);
  ASSERT_EQ(sink.transcripts.size(), 1u) << sink.dump();
  const auto& t = sink.transcripts[0];
  ASSERT_EQ(t.turns.size(), 2u);
  EXPECT_EQ(t.turns[0].speaker, "Jane Doe");
  EXPECT_EQ(t.turns[0].text, "What would make this a priority now?");
  EXPECT_EQ(t.turns[0].start_s, 1.0);
  EXPECT_EQ(t.turns[0].end_s, 4.25);
  EXPECT_EQ(t.turns[1].start_s, 3723.0);
  ASSERT_TRUE(t.started_at);
  EXPECT_EQ(model::to_iso8601(*t.started_at), "2026-03-14T10:02:11Z");
  EXPECT_EQ(t.title, "Recording");
}

TEST(WebVtt, NotesStylesRegionsInlineTagsAndSeveralVoicesPerCue) {
  CollectingSink sink;
  read_webvtt(
      "WEBVTT - Quarterly review\n"
      "Kind: captions\n"
      "\n"
      "STYLE\n"
      "::cue { color: yellow }\n"
      "\n"
      "REGION\n"
      "id:left width:40%\n"
      "\n"
      "NOTE recorded 14 March 2026 at 15:00, phone call via dialer\n"
      "\n"
      "00:00:00.000 --> 00:00:02.000 align:start position:10%\n"
      "<v.loud Ann Lee><c.yellow>Hello</c> <i>there</i><00:00:01.000> &lt;team&gt;</v>\n"
      "<v Bob>Hi &#x2014; Ann</v>\n",
      ctx_for("x.vtt"), sink);
  ASSERT_EQ(sink.transcripts.size(), 1u) << sink.dump();
  const auto& t = sink.transcripts[0];
  ASSERT_EQ(t.turns.size(), 2u);
  EXPECT_EQ(t.turns[0].speaker, "Ann Lee");
  EXPECT_EQ(t.turns[0].text, "Hello there <team>");
  EXPECT_EQ(t.turns[1].speaker, "Bob");
  EXPECT_EQ(t.turns[1].text, "Hi \xE2\x80\x94 Ann");
  ASSERT_TRUE(t.started_at);
  EXPECT_EQ(model::to_iso8601(*t.started_at), "2026-03-14T15:00:00Z");
  EXPECT_EQ(t.channel, model::Channel::phone);
}

TEST(WebVtt, ContextDateAndChannelOverride) {
  ReadContext ctx = ctx_for("call.vtt");
  ctx.date = model::parse_iso8601("2026-01-02T09:00:00Z");
  ctx.channel = model::Channel::in_person;
  CollectingSink sink;
  read_webvtt("WEBVTT\n\n00:00.000 --> 00:01.000\nA: hi\n", ctx, sink);
  ASSERT_EQ(sink.transcripts.size(), 1u);
  EXPECT_EQ(model::to_iso8601(*sink.transcripts[0].started_at), "2026-01-02T09:00:00Z");
  EXPECT_EQ(sink.transcripts[0].channel, model::Channel::in_person);
}

TEST(WebVtt, FileDateWinsOverContextDate) {
  ReadContext ctx = ctx_for("standup-2026-03-14.vtt");
  ctx.date = model::parse_iso8601("2026-01-02");
  CollectingSink sink;
  read_webvtt("WEBVTT\n\n00:00.000 --> 00:01.000\n<v A>hi\n", ctx, sink);
  ASSERT_EQ(sink.transcripts.size(), 1u);
  EXPECT_EQ(model::to_iso8601(*sink.transcripts[0].started_at), "2026-03-14T00:00:00Z");
  EXPECT_EQ(sink.transcripts[0].title, "standup");
}

TEST(WebVtt, BadCuesAreReportedAndSkipped) {
  CollectingSink sink;
  read_webvtt(
      "WEBVTT\n\n"
      "00:00:01.000 --> 00:00:02.000\n<v A>one</v>\n\n"
      "just some text\nwithout timing\n\n"
      "00:00:0x.000 --> 00:00:04.000\n<v A>bad time</v>\n\n"
      "00:00:05.000 --> 00:00:06.000\n<v B>two</v>\n",
      ctx_for("bad.vtt"), sink);
  ASSERT_EQ(sink.transcripts.size(), 1u) << sink.dump();
  ASSERT_EQ(sink.transcripts[0].turns.size(), 2u);
  ASSERT_EQ(sink.errors(), 2u) << sink.dump();
  EXPECT_EQ(sink.diagnostics[0].position, "cue 2 (line 6)");
  EXPECT_EQ(sink.diagnostics[1].position, "cue 3 (line 9)");
  EXPECT_EQ(sink.transcripts[0].turns[1].source.position, "cue 4 (line 12)");
}

TEST(WebVtt, MissingHeaderIsAWarning) {
  CollectingSink sink;
  read_webvtt("00:00:01.000 --> 00:00:02.000\n<v A>one</v>\n", ctx_for("h.vtt"), sink);
  ASSERT_EQ(sink.transcripts.size(), 1u) << sink.dump();
  EXPECT_EQ(sink.warnings(), 1u);
  EXPECT_EQ(sink.errors(), 0u);
}

TEST(WebVtt, EmptyFileGivesOneErrorAndNoTranscript) {
  CollectingSink sink;
  read_webvtt("WEBVTT\n\nNOTE nothing here\n", ctx_for("e.vtt"), sink);
  EXPECT_TRUE(sink.transcripts.empty());
  EXPECT_EQ(sink.errors(), 1u);
}

TEST(WebVtt, SameTurnsSameHashWhateverTheLayout) {
  CollectingSink a, b, c;
  read_webvtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>hello there</v>\n", ctx_for("a.vtt"), a);
  read_webvtt("WEBVTT\n\n1\n00:00:09.000 --> 00:00:10.000\nA: hello\nthere\n", ctx_for("b.vtt"), b);
  read_webvtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>hello, there</v>\n", ctx_for("c.vtt"), c);
  ASSERT_EQ(a.transcripts.size(), 1u);
  ASSERT_EQ(b.transcripts.size(), 1u);
  ASSERT_EQ(c.transcripts.size(), 1u);
  EXPECT_EQ(a.transcripts[0].content_hash, b.transcripts[0].content_hash);
  EXPECT_NE(a.transcripts[0].content_hash, c.transcripts[0].content_hash);
}

}  // namespace
}  // namespace rapport::ingest
