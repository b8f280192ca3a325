#include "rapport/analysis/call_measures.hpp"

#include "rapport/analysis/act_tagger.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

namespace rapport::analysis {
namespace {

model::Utterance turn(std::string speaker, std::optional<double> start, std::optional<double> end, std::string text) {
  model::Utterance u;
  u.speaker = std::move(speaker);
  u.start_s = start;
  u.end_s = end;
  u.text = std::move(text);
  return u;
}

model::Transcript transcript(std::vector<model::Utterance> turns) {
  model::Transcript t;
  t.turns = std::move(turns);
  return t;
}

const SpeakerMeasures* speaker(const CallMeasures& m, const std::string& name) {
  for (const auto& s : m.speakers)
    if (s.speaker == name) return &s;
  return nullptr;
}

TEST(CallMeasures, WordsAndTimePerSpeaker) {
  const auto t = transcript({
      turn("Ann", 0, 10, "Hello there, how is the follow-up going?"),  // 8 words: follow-up is two
      turn("Bob", 11, 13, "Fine, thanks."),                            // 2
      turn("Ann", 14, 20, "Good. I don't want to keep you long."),     // 8: don't is one
  });
  const auto m = measure_call(t, "Ann", {});
  ASSERT_EQ(m.speakers.size(), 2U);
  EXPECT_EQ(m.speakers[0].speaker, "Ann");
  EXPECT_TRUE(m.speakers[0].is_rep);
  EXPECT_FALSE(m.speakers[1].is_rep);
  EXPECT_EQ(m.speakers[0].turns, 2U);
  EXPECT_EQ(m.speakers[0].words, 16U);
  EXPECT_EQ(m.speakers[1].words, 2U);
  EXPECT_DOUBLE_EQ(m.speakers[0].seconds, 16.0);
  EXPECT_DOUBLE_EQ(m.speakers[1].seconds, 2.0);
  ASSERT_TRUE(m.rep_talk_share_words.has_value());
  EXPECT_DOUBLE_EQ(*m.rep_talk_share_words, 16.0 / 18.0);
  ASSERT_TRUE(m.rep_talk_share_time.has_value());
  EXPECT_DOUBLE_EQ(*m.rep_talk_share_time, 16.0 / 18.0);
  EXPECT_DOUBLE_EQ(m.duration_s, 20.0);
  EXPECT_DOUBLE_EQ(m.speaker_switches_per_minute, 2.0 / (20.0 / 60.0));
}

TEST(CallMeasures, LongestMonologueRunsOverConsecutiveTurns) {
  const auto t = transcript({
      turn("Ann", 0, 5, "one two three"),
      turn("Bob", 6, 8, "mm-hm"),
      turn("Ann", 9, 20, "four five"),
      turn("Ann", 21, 40, "six seven eight"),  // Ann's run: 9..40 = 31 s, 5 words
      turn("Bob", 41, 70, "a b"),              // Bob's single turn: 29 s
  });
  const auto m = measure_call(t, "Ann", {});
  EXPECT_DOUBLE_EQ(m.longest_monologue_s, 31.0);
  EXPECT_EQ(m.longest_monologue_words, 5U);
  EXPECT_EQ(m.longest_monologue_speaker, "Ann");
  ASSERT_TRUE(m.rep_longest_monologue_s.has_value());
  EXPECT_DOUBLE_EQ(*m.rep_longest_monologue_s, 31.0);
  EXPECT_EQ(m.rep_longest_monologue_words, 5U);
}

TEST(CallMeasures, RepMonologueIsTheRepsEvenWhenTheClientTalksLonger) {
  const auto t = transcript({
      turn("Ann", 0, 5, "short"),
      turn("Bob", 5, 65, "a very long story indeed"),
  });
  const auto m = measure_call(t, "Ann", {});
  EXPECT_EQ(m.longest_monologue_speaker, "Bob");
  EXPECT_DOUBLE_EQ(m.longest_monologue_s, 60.0);
  ASSERT_TRUE(m.rep_longest_monologue_s.has_value());
  EXPECT_DOUBLE_EQ(*m.rep_longest_monologue_s, 5.0);
}

TEST(CallMeasures, QuestionsAndBackchannelsPerSide) {
  const auto t = transcript({
      turn("Ann", 0, 1, "q"),
      turn("Bob", 1, 2, "b"),
      turn("Ann", 2, 3, "q"),
      turn("Bob", 3, 4, "q"),
  });
  const std::vector<std::vector<Act>> acts = {
      {Act::greeting, Act::question_open, Act::question_open},  // two open question sentences
      {Act::backchannel},
      {Act::question_closed, Act::question_semi_open},
      // the last turn has no entry: it counts nothing
  };
  const auto m = measure_call(t, "Ann", acts);
  const auto* ann = speaker(m, "Ann");
  const auto* bob = speaker(m, "Bob");
  ASSERT_NE(ann, nullptr);
  ASSERT_NE(bob, nullptr);
  EXPECT_EQ(ann->questions_open, 2U);
  EXPECT_EQ(ann->questions_semi_open, 1U);
  EXPECT_EQ(ann->questions_closed, 1U);
  EXPECT_EQ(ann->backchannels, 0U);
  EXPECT_EQ(bob->backchannels, 1U);
  EXPECT_EQ(bob->questions_open + bob->questions_semi_open + bob->questions_closed, 0U);
}

TEST(CallMeasures, SilencesAtOrAboveTheThreshold) {
  const auto t = transcript({
      turn("Ann", 0, 10, "a"),
      turn("Bob", 18, 20, "b"),  // gap 8.0: a silence at the default threshold
      turn("Ann", 27, 30, "c"),  // gap 7.0: not one
      turn("Bob", 42.5, 44, "d"),  // gap 12.5
  });
  const auto m = measure_call(t, "Ann", {});
  ASSERT_EQ(m.silences.size(), 2U);
  EXPECT_DOUBLE_EQ(m.silences[0].start_s, 10.0);
  EXPECT_DOUBLE_EQ(m.silences[0].length_s, 8.0);
  EXPECT_EQ(m.silences[0].after_turn, 0U);
  EXPECT_DOUBLE_EQ(m.silences[1].start_s, 30.0);
  EXPECT_DOUBLE_EQ(m.silences[1].length_s, 12.5);
  EXPECT_EQ(m.silences[1].after_turn, 2U);
  EXPECT_EQ(measure_call(t, "Ann", {}, 12.0).silences.size(), 1U);
}

TEST(CallMeasures, OverlappingCuesMakeNoFalseSilence) {
  const auto t = transcript({
      turn("Ann", 0, 30, "a long turn"),
      turn("Bob", 5, 6, "mm-hm"),  // inside Ann's turn
      turn("Bob", 31, 33, "yes"),  // 1 s after Ann's end, 25 s after Bob's "mm-hm"
  });
  const auto m = measure_call(t, "Ann", {});
  EXPECT_TRUE(m.silences.empty());
  EXPECT_DOUBLE_EQ(m.duration_s, 33.0);
  // Both speakers' durations count in full.
  ASSERT_TRUE(m.rep_talk_share_time.has_value());
  EXPECT_DOUBLE_EQ(*m.rep_talk_share_time, 30.0 / 33.0);
}

TEST(CallMeasures, WithoutTimingsTimeMeasuresAreEmpty) {
  const auto t = transcript({
      turn("Ann", std::nullopt, std::nullopt, "one two three"),
      turn("Bob", std::nullopt, std::nullopt, "four"),
  });
  const auto m = measure_call(t, "Ann", {});
  ASSERT_TRUE(m.rep_talk_share_words.has_value());
  EXPECT_DOUBLE_EQ(*m.rep_talk_share_words, 0.75);
  EXPECT_FALSE(m.rep_talk_share_time.has_value());
  EXPECT_DOUBLE_EQ(m.duration_s, 0.0);
  EXPECT_DOUBLE_EQ(m.speaker_switches_per_minute, 0.0);
  EXPECT_TRUE(m.silences.empty());
  EXPECT_DOUBLE_EQ(m.longest_monologue_s, 0.0);
  EXPECT_EQ(m.longest_monologue_words, 3U);  // by words when there is no time
  EXPECT_EQ(m.longest_monologue_speaker, "Ann");
}

TEST(CallMeasures, UnknownOrAbsentRepGivesNoShares) {
  const auto t = transcript({turn("Ann", 0, 1, "hi"), turn("Bob", 1, 2, "hello")});
  const auto unknown = measure_call(t, "", {});
  EXPECT_FALSE(unknown.rep_talk_share_words.has_value());
  EXPECT_FALSE(unknown.rep_talk_share_time.has_value());
  EXPECT_FALSE(unknown.rep_longest_monologue_s.has_value());
  const auto absent = measure_call(t, "Cleo", {});
  EXPECT_FALSE(absent.rep_talk_share_words.has_value());
  EXPECT_FALSE(absent.rep_talk_share_time.has_value());
}

TEST(CallMeasures, SingleSpeaker) {
  const auto t = transcript({turn("Ann", 0, 4, "hello"), turn("Ann", 5, 9, "anyone there")});
  const auto m = measure_call(t, "Ann", {});
  ASSERT_EQ(m.speakers.size(), 1U);
  EXPECT_DOUBLE_EQ(*m.rep_talk_share_words, 1.0);
  EXPECT_DOUBLE_EQ(*m.rep_talk_share_time, 1.0);
  EXPECT_DOUBLE_EQ(m.speaker_switches_per_minute, 0.0);
  EXPECT_DOUBLE_EQ(m.longest_monologue_s, 9.0);
}

TEST(CallMeasures, EmptyTranscript) {
  const auto m = measure_call(model::Transcript{}, "Ann", {{Act::question_open}});
  EXPECT_TRUE(m.speakers.empty());
  EXPECT_FALSE(m.rep_talk_share_words.has_value());
  EXPECT_FALSE(m.rep_talk_share_time.has_value());
  EXPECT_DOUBLE_EQ(m.duration_s, 0.0);
  EXPECT_TRUE(m.silences.empty());
}

TEST(CallMeasures, ReversedOrPartialTimesCountNoDuration) {
  const auto t = transcript({
      turn("Ann", 10, 5, "backwards cue"),
      turn("Bob", 12, std::nullopt, "no end"),
      turn("Ann", 20, 25, "fine"),
  });
  const auto m = measure_call(t, "Ann", {});
  EXPECT_DOUBLE_EQ(speaker(m, "Ann")->seconds, 5.0);
  EXPECT_DOUBLE_EQ(speaker(m, "Bob")->seconds, 0.0);
  EXPECT_GE(m.duration_s, 0.0);
  for (const auto& s : m.silences) EXPECT_GE(s.length_s, 0.0);
}

// Random transcripts (missing, reversed and overlapping times; empty speakers): shares
// stay within [0, 1], words add up, silences are real gaps.
TEST(CallMeasures, RandomTranscriptsKeepTheirInvariants) {
  std::uint32_t state = 777;
  const auto next = [&state] {
    state = state * 1664525U + 1013904223U;
    return state >> 8U;
  };
  for (int round = 0; round < 500; ++round) {
    model::Transcript t;
    const auto n = next() % 12;
    std::size_t words = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
      const std::string who = std::string(1, static_cast<char>('a' + next() % 3));
      std::optional<double> start, end;
      if (next() % 4 != 0) start = static_cast<double>(next() % 100);
      if (next() % 4 != 0) end = static_cast<double>(next() % 100);
      const auto count = next() % 5;
      std::string text;
      for (std::uint32_t w = 0; w < count; ++w) text += "word ";
      words += count;
      t.turns.push_back(turn(next() % 10 == 0 ? "" : who, start, end, text));
    }
    const auto m = measure_call(t, "a", {{Act::question_closed}}, 5.0);
    std::size_t counted = 0;
    for (const auto& s : m.speakers) {
      counted += s.words;
      EXPECT_GE(s.seconds, 0.0);
    }
    EXPECT_EQ(counted, words);
    if (m.rep_talk_share_words) {
      EXPECT_GE(*m.rep_talk_share_words, 0.0);
      EXPECT_LE(*m.rep_talk_share_words, 1.0);
    }
    if (m.rep_talk_share_time) {
      EXPECT_GE(*m.rep_talk_share_time, 0.0);
      EXPECT_LE(*m.rep_talk_share_time, 1.0);
    }
    for (const auto& s : m.silences) {
      EXPECT_GE(s.length_s, 5.0);
      EXPECT_LT(s.after_turn, t.turns.size());
    }
    EXPECT_GE(m.longest_monologue_s, 0.0);
  }
}

// --- the scenario transcripts: measures against labels.json ------------------------------
//
// The labels define talk share over the raw cues; the transcript reader merges adjacent
// cues of one speaker, which makes a merged turn's duration include the small gaps
// between them. Both are measured; the raw cues must match within the labels' tolerance.

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

double parse_clock(const std::string& s) {  // hh:mm:ss.mmm
  int h = 0, m = 0;
  double sec = 0;
  std::sscanf(s.c_str(), "%d:%d:%lf", &h, &m, &sec);  // NOLINT: a test's crude reader
  return h * 3600.0 + m * 60.0 + sec;
}

// A crude WebVTT reader for the measurement: cues with <v Name>, tags removed, &amp; decoded.
model::Transcript read_vtt(const std::string& text, bool merge) {
  model::Transcript t;
  std::size_t pos = 0;
  while ((pos = text.find("-->", pos)) != std::string::npos) {
    const auto line_start = text.rfind('\n', pos) + 1;
    const auto line_end = text.find('\n', pos);
    const auto start = parse_clock(text.substr(line_start, pos - line_start));
    const auto end = parse_clock(text.substr(pos + 4, 12));
    auto cue_end = text.find("\n\n", line_end);
    if (cue_end == std::string::npos) cue_end = text.size();
    std::string body = text.substr(line_end + 1, cue_end - line_end - 1);
    std::string speaker;
    if (const auto v = body.find("<v "); v != std::string::npos) speaker = body.substr(v + 3, body.find('>', v) - v - 3);
    std::string clean;
    bool in_tag = false;
    for (const char c : body) {
      if (c == '<') in_tag = true;
      else if (c == '>') in_tag = false;
      else if (!in_tag) clean.push_back(c == '\n' ? ' ' : c);
    }
    for (auto a = clean.find("&amp;"); a != std::string::npos; a = clean.find("&amp;")) clean.replace(a, 5, "&");
    if (merge && !t.turns.empty() && t.turns.back().speaker == speaker) {
      t.turns.back().end_s = end;
      t.turns.back().text += " " + clean;
    } else {
      t.turns.push_back(turn(speaker, start, end, clean));
    }
    pos = cue_end;
  }
  return t;
}

double label_number(const std::string& labels, const std::string& file, const std::string& key) {
  const auto at = labels.find("\"" + key + "\":", labels.find("\"" + file + "\""));
  return std::stod(labels.substr(at + key.size() + 3, 12));
}

std::string label_string(const std::string& labels, const std::string& file, const std::string& key) {
  const auto at = labels.find("\"" + key + "\": \"", labels.find("\"" + file + "\""));
  const auto begin = at + key.size() + 5;
  return labels.substr(begin, labels.find('"', begin) - begin);
}

// Acts per cue, one entry per sentence, so question sentences count as the labels do.
std::vector<std::vector<Act>> tag_turns(const ActTagger& tagger, const model::Transcript& t, const std::string& rep) {
  std::vector<std::vector<Act>> out;
  for (std::size_t i = 0; i < t.turns.size(); ++i) {
    TurnContext context;
    context.speaker = t.turns[i].speaker == rep ? Speaker::rep : Speaker::client;
    context.index_in_conversation = i;
    if (i > 0) {
      context.previous_text = &t.turns[i - 1].text;
      context.previous_speaker = t.turns[i - 1].speaker == rep ? Speaker::rep : Speaker::client;
    }
    std::vector<Act> acts;
    for (const auto& sentence : tagger.tag(t.turns[i].text, context))
      acts.insert(acts.end(), sentence.acts.begin(), sentence.acts.end());
    out.push_back(std::move(acts));
  }
  return out;
}

TEST(CallMeasuresScenarios, MatchTheLabels) {
  const std::filesystem::path dir = std::filesystem::path(RAPPORT_EVAL_DIR) / "scenarios" / "transcripts";
  if (!std::filesystem::exists(dir / "labels.json")) GTEST_SKIP() << "no evaluation data";
  const auto labels = read_file(dir / "labels.json");
  // The acts helper's tagger may be mid-change: without it, questions are not compared.
  auto tagger = ActTagger::create(builtin_rule_files());
  if (!tagger.ok()) std::printf("no ActTagger (%s): question counts not compared\n", tagger.error().message.c_str());
  std::size_t files = 0;
  std::size_t question_error = 0;  // summed |measured - label| over the three types
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".vtt") continue;
    ++files;
    const auto name = entry.path().filename().string();
    const auto rep = label_string(labels, name, "rep_speaker");
    const auto text = read_file(entry.path());
    const auto raw = measure_call(read_vtt(text, false), rep, {});
    const auto merged = measure_call(read_vtt(text, true), rep, {});
    const auto share = label_number(labels, name, "rep_talk_share");
    const auto share_time = label_number(labels, name, "rep_talk_share_time");
    const auto monologue = label_number(labels, name, "longest_monologue_s");
    const auto duration = label_number(labels, name, "duration_s");
    const auto gap = label_number(labels, name, "longest_gap_s");
    double longest_gap = 0;
    for (const auto& s : measure_call(read_vtt(text, false), rep, {}, 0.0).silences)
      longest_gap = std::max(longest_gap, s.length_s);
    std::printf("%-45s words %.3f (label %.3f)  time %.3f / merged %.3f (label %.3f)  monologue %.1f (label %.1f)"
                "  duration %.1f (label %.1f)  longest gap %.1f (label %.1f)\n",
                name.c_str(), *raw.rep_talk_share_words, share, *raw.rep_talk_share_time,
                *merged.rep_talk_share_time, share_time, *raw.rep_longest_monologue_s, monologue, raw.duration_s,
                duration, longest_gap, gap);
    // Question sentences depend on ActTagger: reported, not asserted here.
    const auto cues = read_vtt(text, false);
    const auto tagged = tagger.ok() ? measure_call(cues, rep, tag_turns(*tagger, cues, rep)) : CallMeasures{};
    for (const auto& s : tagged.speakers) {
      if (!s.is_rep) continue;
      const auto open = label_number(labels, name, "open");
      const auto semi = label_number(labels, name, "semi_open");
      const auto closed = label_number(labels, name, "closed");
      std::printf("%-45s rep questions open/semi/closed %zu/%zu/%zu (label %.0f/%.0f/%.0f)\n", name.c_str(),
                  s.questions_open, s.questions_semi_open, s.questions_closed, open, semi, closed);
      question_error += static_cast<std::size_t>(std::abs(static_cast<double>(s.questions_open) - open) +
                                                 std::abs(static_cast<double>(s.questions_semi_open) - semi) +
                                                 std::abs(static_cast<double>(s.questions_closed) - closed));
    }
    EXPECT_NEAR(*raw.rep_talk_share_words, share, 0.02) << name;
    EXPECT_NEAR(*merged.rep_talk_share_words, share, 0.02) << name;
    EXPECT_NEAR(*raw.rep_talk_share_time, share_time, 0.01) << name;
    EXPECT_NEAR(*merged.rep_talk_share_time, share_time, 0.02) << name;
    EXPECT_NEAR(*raw.rep_longest_monologue_s, monologue, 0.1) << name;
    EXPECT_NEAR(*merged.rep_longest_monologue_s, monologue, 0.1) << name;
    EXPECT_NEAR(longest_gap, gap, 0.1) << name;
    EXPECT_NEAR(raw.duration_s, duration, 0.1) << name;
  }
  EXPECT_EQ(files, 6U);
  if (tagger.ok())
    std::printf("rep question sentences: summed absolute error %zu over 6 transcripts x 3 types\n", question_error);
}

}  // namespace
}  // namespace rapport::analysis
