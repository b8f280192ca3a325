#pragma once
// Measures of a call or meeting transcript: who talked how much, monologues,
// questions by type, backchannels, pace and silences.
//
// Definitions (they match the scenario labels, /work/shared/eval/scenarios/README.md):
// - words: runs of letters or digits; an apostrophe inside a word keeps it one word,
//   a hyphen does not ("follow-up" is two words, "don't" one).
// - a turn's duration is end_s - start_s when both are known and end >= start, else 0.
// - rep_talk_share_words: the rep's words / all words spoken.
// - rep_talk_share_time: the rep's summed turn durations / all summed turn durations
//   (overlapping turns count in full for each speaker).
// - a monologue is a run of consecutive turns by one speaker (any other speaker's turn,
//   even "mm-hm", ends it); its length is from the start of its first turn to the end
//   of its last, and its words are the sum of its turns' words.
// - a silence is a gap of at least the threshold between the latest end so far and the
//   start of the next turn (so an overlapping cue does not invent a gap).
// - duration: the latest end (times count from the start of the call).
// Without timings (no turn has both start and end) every time measure is 0, nullopt or
// empty; the word measures still hold. Empty transcripts give all zeros.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "rapport/analysis/tags.hpp"
#include "rapport/model/transcript.hpp"

namespace rapport::analysis {

struct SpeakerMeasures {
  std::string speaker;
  bool is_rep = false;
  std::size_t turns = 0;
  std::size_t words = 0;
  double seconds = 0;  // speaking time (sum of turn durations), 0 without timings
  std::size_t questions_open = 0, questions_semi_open = 0, questions_closed = 0;
  std::size_t backchannels = 0;
};

struct Silence {
  double start_s = 0;  // end of the turn before the gap
  double length_s = 0;
  std::size_t after_turn = 0;  // index of the turn before the gap
};

struct CallMeasures {
  std::vector<SpeakerMeasures> speakers;  // in order of first appearance
  // The salesperson's share of all words, and of all speaking time (0–1); nullopt
  // when the rep is unknown (or the transcript has no timings, for time).
  std::optional<double> rep_talk_share_words;
  std::optional<double> rep_talk_share_time;
  // The longest monologue of anyone: by time when the transcript has timings, else by words.
  double longest_monologue_s = 0;
  std::size_t longest_monologue_words = 0;
  std::string longest_monologue_speaker;
  // The rep's own longest monologue (what review reports as longest_monologue_s); nullopt
  // when the rep is unknown or never speaks.
  std::optional<double> rep_longest_monologue_s;
  std::size_t rep_longest_monologue_words = 0;
  double duration_s = 0;
  double speaker_switches_per_minute = 0;
  std::vector<Silence> silences;  // gaps of at least `silence_threshold_s` between turns
};

// `acts_per_turn[i]` are the acts of transcript.turns[i] (from ActTagger); may be
// shorter (missing turns count no acts). Every occurrence counts: pass one entry per
// sentence (ActTagger's SentenceActs, concatenated) to count question sentences, as the
// labels do; a de-duplicated union counts at most one of each type per turn.
// `rep_speaker` names the salesperson as the transcript writes them; empty when unknown.
// `silence_threshold_s` is the shortest gap reported as a silence (> 0).
CallMeasures measure_call(const model::Transcript& transcript, const std::string& rep_speaker,
                          const std::vector<std::vector<Act>>& acts_per_turn, double silence_threshold_s = 8.0);

}  // namespace rapport::analysis
