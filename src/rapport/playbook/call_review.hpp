#pragma once
// The review of one call or video meeting against the playbook (DESIGN.md: "Converse
// before you present", "End the call, leave a lasting impression"): the four steps as a
// timeline, the fifteen findings of `rapport review` with their evidence, how it ended,
// what to learn from a call not won, and the measures beside their reference values.
//
// Pure: no I/O, no clock. Thread safety: review_call() only reads its arguments.
//
// Input: a transcript whose turns carry the analysis's tags (model::Tag names such as
// "question.open", "pitch", "objection.price"; importer::annotate() fills them), the
// name of the salesperson as the transcript writes it, and the thresholds. The findings
// follow the definitions of the scenario labels (docs/json.md, "rapport review"): they
// record whether something happened, not whether it was good.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/analysis/call_measures.hpp"
#include "rapport/model/transcript.hpp"
#include "rapport/playbook/call_review_phrases.hpp"
#include "rapport/playbook/evidence.hpp"

namespace rapport::playbook {

// Thresholds of the review; configuration's [review] table overrides them
// (docs/configuration.md).
struct ReviewSettings {
  // A gap between two turns at least this long is an awkward silence.
  double silence_s = 8.0;
  // Reference values the measures are judged against.
  double max_rep_talk_share = 0.60;   // the rep's share of the words (and of the time)
  double max_monologue_s = 60.0;      // the rep's longest run of consecutive turns
  std::size_t min_needs_questions = 2;  // open + semi-open questions before the pitch
  // "Pressed for a decision more than once": this many pushes or more.
  std::size_t pushes = 2;
  // The sign-off looks back at most this many turns for the next steps said with it.
  std::size_t ending_turns = 6;
  // A rep turn of at least this many words with no question, no small talk and no
  // other act is a presentation: it counts as the pitch when it comes before the first
  // sentence the analysis calls one (slides, a company overview). 0: never.
  std::size_t presentation_words = 60;
};

enum class Outcome : unsigned char { won, not_won, no_decision };
std::string_view to_string(Outcome outcome);

// The fifteen findings, in the order of the JSON contract.
enum class FindingKey : unsigned char {
  rapport_first,
  needs_before_pitch,
  pitch_before_needs,
  pushed_decision_on_phone,
  admin_ask,
  thanked_customer,
  justified_decision,
  stayed_after_order,
  three_questions_asked,
  one_more_thing,
  neutral_topic_disarm,
  self_blame_disarm,
  verbal_sign_off,
  let_client_sign_off_first,
  awkward_silence,
};
inline constexpr std::size_t k_finding_count = 15;
std::string_view to_string(FindingKey key);

struct Finding {
  FindingKey key = FindingKey::rapport_first;
  // nullopt where the finding cannot apply (sign-off findings outside a video meeting).
  std::optional<bool> value;
  // What shows it; when false, what came instead where that helps (may be empty).
  std::vector<Evidence> evidence;
};

// The four steps of a good call, in the order they should come.
enum class Step : unsigned char { rapport, needs, solution, close };
inline constexpr std::size_t k_step_count = 4;
std::string_view to_string(Step step);

struct StepMark {
  Step step = Step::rapport;
  std::optional<Evidence> first;  // where the step first happened; nullopt: never
  // Whether it came after every earlier step that happened (false: out of order).
  bool in_order = true;
};

// What a call not won teaches, for the next plan (empty when the call was won).
struct Learnings {
  std::vector<Evidence> values;       // what the client values most in the offer
  std::vector<Evidence> convinced;    // what has already convinced them
  std::vector<Evidence> keeps_from_yes;  // what keeps them from saying yes
  // The main objection to pick up next time: the client's honest answer to "one more
  // thing" when it states one, else their answer to what keeps them from yes, else
  // their last objection, one a rule found before one the objection model guessed.
  // Tag is "objection.<category>" where one is known.
  std::optional<Evidence> main_objection;
  std::vector<std::string> main_objection_categories;  // "price", "authority", …
  bool main_objection_guessed = false;  // only the objection model saw it (a guess from the words)
};

// One measure beside the reference it is judged against.
struct MeasureCheck {
  std::string name;       // "rep_talk_share_words", "longest_monologue_s", …
  double value = 0;
  double reference = 0;
  bool at_most = true;    // the reference is a maximum (else a minimum)
  bool within = true;     // the value meets the reference
};

struct CallReview {
  model::Channel channel = model::Channel::phone;
  std::string rep;                   // as given
  std::vector<std::string> clients;  // every other speaker, in order of appearance
  Outcome outcome = Outcome::no_decision;
  std::vector<Evidence> outcome_evidence;  // the commitment or refusal that decided it
  std::array<Finding, k_finding_count> findings{};  // indexed by FindingKey
  std::array<StepMark, k_step_count> steps{};       // indexed by Step
  Learnings learnings;
  analysis::CallMeasures measures;
  std::size_t questions_open = 0, questions_semi_open = 0, questions_closed = 0;  // the rep's
  std::vector<MeasureCheck> checks;

  const Finding& finding(FindingKey key) const { return findings[static_cast<std::size_t>(key)]; }
};

// Reviews `transcript` with `rep_speaker` (compared case-insensitively with the turns'
// speakers) as the salesperson. Evidence carries the turn's start (at_s), speaker,
// direction (outbound for the rep), the sentence quoted, the transcript's channel and
// start time; `conversation` is left 0 for the caller to fill. A transcript without
// timings still gets every finding except awkward_silence (false) and the time measures.
// `phrases`: the review's phrase rules, the built-in ones unless an organisation adds
// its own.
CallReview review_call(const model::Transcript& transcript, std::string_view rep_speaker,
                       const ReviewSettings& settings = {}, const ReviewPhrases& phrases = ReviewPhrases::builtin());

}  // namespace rapport::playbook
