#include "rapport/analysis/call_measures.hpp"

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "rapport/analysis/phrase_set.hpp"

namespace rapport::analysis {
namespace {

// Words as the header defines them. tokenize() keeps "follow-up" as one token; the
// definition counts the pieces between hyphens, so each inner hyphen adds a word.
std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  for (const auto& token : tokenize(text))
    words += 1 + static_cast<std::size_t>(std::count(token.text.begin(), token.text.end(), '-'));
  return words;
}

bool timed(const model::Utterance& turn) { return turn.start_s.has_value() && turn.end_s.has_value(); }

double duration_of(const model::Utterance& turn) {
  if (!timed(turn) || *turn.end_s < *turn.start_s) return 0;
  return *turn.end_s - *turn.start_s;
}

struct Run {
  std::size_t first = 0;
  std::size_t last = 0;  // inclusive
  std::size_t words = 0;
  double seconds = 0;
};

}  // namespace

CallMeasures measure_call(const model::Transcript& transcript, const std::string& rep_speaker,
                          const std::vector<std::vector<Act>>& acts_per_turn, double silence_threshold_s) {
  CallMeasures out;
  const auto& turns = transcript.turns;
  if (turns.empty()) return out;

  const auto speaker_index = [&](const std::string& name) {
    for (std::size_t i = 0; i < out.speakers.size(); ++i)
      if (out.speakers[i].speaker == name) return i;
    out.speakers.push_back({});
    out.speakers.back().speaker = name;
    out.speakers.back().is_rep = !rep_speaker.empty() && name == rep_speaker;
    return out.speakers.size() - 1;
  };

  std::vector<std::size_t> words(turns.size(), 0);
  bool any_timing = false;
  double latest = 0;
  for (std::size_t i = 0; i < turns.size(); ++i) {
    const auto& turn = turns[i];
    auto& who = out.speakers[speaker_index(turn.speaker)];
    ++who.turns;
    words[i] = count_words(turn.text);
    who.words += words[i];
    who.seconds += duration_of(turn);
    if (timed(turn)) {
      const double start = *turn.start_s;
      const double end = std::max(*turn.end_s, start);
      latest = any_timing ? std::max(latest, end) : end;
      any_timing = true;
    }
    if (i < acts_per_turn.size()) {
      for (const auto act : acts_per_turn[i]) {
        if (act == Act::question_open) ++who.questions_open;
        if (act == Act::question_semi_open) ++who.questions_semi_open;
        if (act == Act::question_closed) ++who.questions_closed;
        if (act == Act::backchannel) ++who.backchannels;
      }
    }
  }

  std::size_t all_words = 0;
  double all_seconds = 0;
  const SpeakerMeasures* rep = nullptr;
  for (const auto& s : out.speakers) {
    all_words += s.words;
    all_seconds += s.seconds;
    if (s.is_rep) rep = &s;
  }
  if (rep != nullptr && all_words > 0)
    out.rep_talk_share_words = static_cast<double>(rep->words) / static_cast<double>(all_words);
  if (rep != nullptr && any_timing && all_seconds > 0) out.rep_talk_share_time = rep->seconds / all_seconds;
  // Times count from the start of the call (model::Utterance), so the call lasts until
  // the latest end, whenever its first words came.
  if (any_timing) out.duration_s = latest;

  // Monologues: runs of one speaker's consecutive turns.
  std::vector<Run> runs;
  std::vector<std::string_view> run_speaker;
  for (std::size_t i = 0; i < turns.size(); ++i) {
    if (runs.empty() || turns[i].speaker != run_speaker.back()) {
      runs.push_back({i, i, 0, 0});
      run_speaker.push_back(turns[i].speaker);
    }
    auto& run = runs.back();
    run.last = i;
    run.words += words[i];
  }
  std::size_t switches = runs.size() - 1;
  const auto longer = [&](const Run& a, const Run& b) {
    return any_timing ? a.seconds > b.seconds || (a.seconds == b.seconds && a.words > b.words) : a.words > b.words;
  };
  const Run* longest = nullptr;
  const Run* rep_longest = nullptr;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    auto& run = runs[r];
    const auto& first = turns[run.first];
    const auto& last = turns[run.last];
    if (timed(first) && timed(last)) run.seconds = std::max(0.0, *last.end_s - *first.start_s);
    if (longest == nullptr || longer(run, *longest)) longest = &run;
    if (!rep_speaker.empty() && run_speaker[r] == rep_speaker && (rep_longest == nullptr || longer(run, *rep_longest)))
      rep_longest = &run;
  }
  if (longest != nullptr) {
    out.longest_monologue_s = longest->seconds;
    out.longest_monologue_words = longest->words;
    out.longest_monologue_speaker = turns[longest->first].speaker;
  }
  if (rep_longest != nullptr) {
    out.rep_longest_monologue_s = rep_longest->seconds;
    out.rep_longest_monologue_words = rep_longest->words;
  }

  if (!any_timing) return out;
  if (out.duration_s > 0) out.speaker_switches_per_minute = static_cast<double>(switches) / (out.duration_s / 60.0);

  // Silences: measured from the latest end so far, so that a short cue overlapping a
  // long one does not make the next start look late.
  bool have_end = false;
  double end_so_far = 0;
  std::size_t end_turn = 0;
  for (std::size_t i = 0; i < turns.size(); ++i) {
    const auto& turn = turns[i];
    if (!timed(turn)) continue;
    if (have_end && *turn.start_s - end_so_far >= silence_threshold_s)
      out.silences.push_back({end_so_far, *turn.start_s - end_so_far, end_turn});
    const double end = std::max(*turn.end_s, *turn.start_s);
    if (!have_end || end >= end_so_far) {
      end_so_far = end;
      end_turn = i;
    }
    have_end = true;
  }
  return out;
}

}  // namespace rapport::analysis
