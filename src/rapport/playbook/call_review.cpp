#include "rapport/playbook/call_review.hpp"

#include <algorithm>
#include <bitset>
#include <chrono>

#include "rapport/analysis/sentences.hpp"
#include "rapport/analysis/tags.hpp"
#include "rapport/playbook/call_review_phrases.hpp"
#include "rapport/playbook/signals.hpp"
#include "rapport/util/ascii.hpp"

namespace rapport::playbook {
namespace {

using analysis::Act;
constexpr std::size_t k_none = static_cast<std::size_t>(-1);

constexpr std::array<std::string_view, k_finding_count> k_finding_names{
    "rapport_first",         "needs_before_pitch",  "pitch_before_needs",     "pushed_decision_on_phone",
    "admin_ask",             "thanked_customer",    "justified_decision",     "stayed_after_order",
    "three_questions_asked", "one_more_thing",      "neutral_topic_disarm",   "self_blame_disarm",
    "verbal_sign_off",       "let_client_sign_off_first", "awkward_silence"};

constexpr std::size_t index_of(Act act) { return static_cast<std::size_t>(act); }

// A first sentence this short ("Okay.", "Oh, right.") opens a turn; it is not what the
// turn says.
constexpr std::size_t k_opener_words = 2;

// One turn as the review sees it: who spoke, which acts it carries (from its stored
// tags) and where each act was first found, so evidence can quote that sentence.
struct TurnView {
  const model::Utterance* turn = nullptr;
  bool rep = false;
  bool client = false;  // a named speaker other than the rep
  std::bitset<analysis::k_act_count> acts;
  std::bitset<analysis::k_act_count> ruled;  // acts a rule found, not only a learned model
  std::array<std::uint32_t, analysis::k_act_count> act_at{};  // byte offset of the act's first tag
  std::vector<Act> occurrences;  // one per tag: a sentence-level count for the measures
  std::vector<std::string> objections;  // categories, in tag order
  std::uint32_t objection_at = 0;
  // An objection (its act or a category) that a rule found, not only a learned model.
  bool rule_objection = false;
  bool tells_life = false;  // a personal fact (fact.* tag) in the turn

  bool has(Act act) const { return acts.test(index_of(act)); }
  bool ruled_has(Act act) const { return ruled.test(index_of(act)); }
  bool question() const { return has(Act::question_open) || has(Act::question_semi_open) || has(Act::question_closed); }
  bool open_question() const { return has(Act::question_open) || has(Act::question_semi_open); }
};

TurnView view_of(const model::Utterance& turn, bool rep) {
  TurnView v;
  v.turn = &turn;
  v.rep = rep;
  v.client = !rep && !turn.speaker.empty();
  for (const auto& tag : turn.tags) {
    const bool learned = tag.detail == model::k_learned;
    if (const auto act = analysis::parse_act(tag.name)) {
      if ((*act == Act::objection || *act == Act::rejection) && !learned) v.rule_objection = true;
      if (!v.acts.test(index_of(*act))) v.act_at[index_of(*act)] = tag.begin;
      v.acts.set(index_of(*act));
      if (!learned) v.ruled.set(index_of(*act));
      v.occurrences.push_back(*act);
    } else if (tag.name.rfind("objection.", 0) == 0) {
      if (!learned) v.rule_objection = true;
      if (v.objections.empty()) v.objection_at = tag.begin;
      auto category = tag.name.substr(10);
      if (std::find(v.objections.begin(), v.objections.end(), category) == v.objections.end())
        v.objections.push_back(std::move(category));
    } else if (tag.name.rfind("fact.", 0) == 0) {
      v.tells_life = true;
    }
  }
  return v;
}

// Acts that carry the business of the call: a turn with one of them is not small talk,
// whatever else it holds.
bool is_business(const TurnView& v) {
  for (const auto act : {Act::pitch, Act::close_attempt, Act::next_step, Act::admin_ask, Act::commitment, Act::objection,
                         Act::rejection, Act::decision_justification, Act::one_more_thing})
    if (v.has(act)) return true;
  return !v.objections.empty();
}

class Reviewer {
 public:
  Reviewer(const model::Transcript& t, std::string_view rep, const ReviewSettings& settings,
           const ReviewPhrases& phrases)
      : t_(t), settings_(settings), phrases_(phrases) {
    const auto rep_lower = ascii_lower(rep);
    for (const auto& speaker : t.speakers) {
      if (!rep_lower.empty() && ascii_lower(speaker) == rep_lower) {
        rep_name_ = speaker;
      }
    }
    if (rep_name_.empty()) rep_name_ = std::string(rep);
    turns_.reserve(t.turns.size());
    for (const auto& turn : t.turns)
      turns_.push_back(view_of(turn, !rep_lower.empty() && ascii_lower(turn.speaker) == rep_lower));
    for (const auto& speaker : t.speakers)
      if (ascii_lower(speaker) != rep_lower && !speaker.empty()) out_.clients.push_back(speaker);
  }

  CallReview run() {
    out_.channel = t_.channel;
    out_.rep = rep_name_;
    for (std::size_t k = 0; k < k_finding_count; ++k) out_.findings[k].key = static_cast<FindingKey>(k);
    for (std::size_t s = 0; s < k_step_count; ++s) out_.steps[s].step = static_cast<Step>(s);
    mark_personal();
    measure();
    decide_outcome();
    opening();
    pushes();
    flag_any(FindingKey::admin_ask, Act::admin_ask);
    flag_any(FindingKey::self_blame_disarm, Act::self_blame);
    after_decision();
    three_questions();
    one_more_thing();
    neutral_topic();
    sign_off();
    silences();
    steps();
    learnings();
    return std::move(out_);
  }

 private:
  // ---- evidence ----

  // The sentence of `text` that holds byte `at` (the whole text when none does).
  static std::string sentence_at(const std::string& text, std::uint32_t at) {
    for (const auto& span : analysis::split_sentences(text))
      if (at >= span.begin && at < span.end) return text.substr(span.begin, span.end - span.begin);
    return text;
  }

  Evidence evidence(std::size_t i, std::string tag, std::optional<std::uint32_t> at) const {
    const auto& u = *turns_[i].turn;
    Evidence e;
    e.tag = std::move(tag);
    e.when = t_.started_at.value_or(model::Timestamp{});
    e.channel = t_.channel;
    e.direction = turns_[i].rep ? model::Direction::outbound
                                : (turns_[i].client ? model::Direction::inbound : model::Direction::unknown);
    e.who = u.speaker;
    e.quote = at ? sentence_at(u.text, *at) : u.text;
    e.at_s = u.start_s;
    return e;
  }

  Evidence act_evidence(std::size_t i, Act act) const {
    return evidence(i, std::string(analysis::to_string(act)), turns_[i].act_at[index_of(act)]);
  }

  // The turn's question sentence (open before semi-open before closed).
  Evidence question_evidence(std::size_t i) const {
    for (const auto act : {Act::question_open, Act::question_semi_open, Act::question_closed})
      if (turns_[i].has(act)) return act_evidence(i, act);
    return evidence(i, "turn", std::nullopt);
  }

  Evidence objection_evidence(std::size_t i) const {
    const auto& v = turns_[i];
    if (!v.objections.empty()) return evidence(i, "objection." + v.objections.front(), v.objection_at);
    if (v.has(Act::objection)) return act_evidence(i, Act::objection);
    if (v.has(Act::rejection)) return act_evidence(i, Act::rejection);
    return evidence(i, "turn", std::nullopt);
  }

  Finding& finding(FindingKey key) { return out_.findings[static_cast<std::size_t>(key)]; }

  void set(FindingKey key, bool value, std::vector<Evidence> evidence = {}) {
    auto& f = finding(key);
    f.value = value;
    f.evidence = std::move(evidence);
  }

  // ---- the pieces ----

  std::size_t next_turn(std::size_t i) const { return i + 1 < turns_.size() ? i + 1 : k_none; }

  std::size_t next_rep_turn(std::size_t i) const {
    for (std::size_t j = i + 1; j < turns_.size(); ++j)
      if (turns_[j].rep) return j;
    return k_none;
  }

  std::size_t next_client_turn(std::size_t i) const {
    for (std::size_t j = i + 1; j < turns_.size(); ++j) {
      if (turns_[j].client) return j;
      if (turns_[j].rep && j > i + 1) break;  // the rep went on: no direct answer
    }
    return k_none;
  }

  // A rep turn is personal (small talk beyond a greeting formula) when the analysis
  // says so, or when it is a question without business that belongs to a personal
  // exchange: the client's direct answer opens with small talk, or the rep's small talk
  // follows within the next two rep turns with no business in between ("How long have
  // you had the dog?" … "Congratulations! When's the graduation?") while the call is
  // still in its opening (no business and no needs question yet). The analysis tags
  // sentences one by one; the exchange shows what a short question alone does not.
  void mark_personal() {
    const std::size_t n = turns_.size();
    std::vector<bool> direct(n, false), exchange(n, false);
    for (std::size_t i = 0; i < n; ++i) direct[i] = personal_by_itself(i);
    // Backwards, so a run of short personal questions leading to small talk is found
    // whole ("Is that your dog?" … "How long have you had him?" … "Congratulations!").
    for (std::size_t i = n; i-- > 0;) {
      const auto& v = turns_[i];
      // A greeting formula ("Can you hear me?") opens the call; it is not personal talk.
      if (!v.rep || direct[i] || is_business(v) || !v.question() || v.has(Act::greeting)) continue;
      std::size_t rep_turns = 0;
      for (std::size_t j = i + 1; j < n && rep_turns < 2; ++j) {
        if (is_business(turns_[j])) break;
        if (!turns_[j].rep) continue;
        ++rep_turns;
        if (direct[j] || exchange[j]) {
          exchange[i] = true;
          break;
        }
      }
    }
    personal_.assign(n, false);
    bool opening = true;
    for (std::size_t i = 0; i < n; ++i) {
      const auto& v = turns_[i];
      if (!v.rep) continue;
      personal_[i] = direct[i] || (opening && exchange[i]);
      if (is_business(v) || (v.open_question() && !personal_[i])) opening = false;
    }
  }

  bool personal_by_itself(std::size_t i) const {
    const auto& v = turns_[i];
    if (!v.rep) return false;
    if (v.has(Act::small_talk)) return !v.has(Act::pitch) && !v.has(Act::close_attempt) && !v.has(Act::admin_ask);
    if (is_business(v) || !v.question() || v.has(Act::greeting)) return false;
    const auto answer = next_turn(i);
    return answer != k_none && turns_[answer].client && !is_business(turns_[answer]) && opens_with_small_talk(answer);
  }

  // Whether the turn's first sentence is small talk: the answer itself is personal, not
  // a remark added after a business answer ("Sixty? More in winter.").
  bool opens_with_small_talk(std::size_t i) const {
    const auto& v = turns_[i];
    if (!v.has(Act::small_talk)) return false;
    const auto spans = analysis::split_sentences(v.turn->text);
    return spans.empty() || v.act_at[index_of(Act::small_talk)] < spans.front().end;
  }

  // A long rep turn that the analysis found nothing in: the rep presenting (see
  // ReviewSettings::presentation_words).
  bool is_presentation(std::size_t i) const {
    const auto& v = turns_[i];
    if (!v.rep || settings_.presentation_words == 0 || v.question() || v.has(Act::small_talk) || is_business(v)) return false;
    for (const auto act : {Act::thanks, Act::apology, Act::closing, Act::sign_off_notice, Act::self_blame})
      if (v.has(act)) return false;
    return word_count(v.turn->text) >= settings_.presentation_words;
  }

  // The first pitch's evidence: the sentence tagged "pitch", or a presentation's opening.
  Evidence pitch_evidence(std::size_t i) const {
    if (turns_[i].has(Act::pitch)) return act_evidence(i, Act::pitch);
    const auto spans = analysis::split_sentences(turns_[i].turn->text);
    // Quote the presentation itself, not a word or two that opens it ("Okay. There are
    // three things that might help.", "Right. Here is…").
    const auto& text = turns_[i].turn->text;
    std::size_t first = 0;
    if (spans.size() > 1 && word_count(text.substr(spans.front().begin, spans.front().end - spans.front().begin)) <=
                                k_opener_words)
      first = 1;
    return evidence(i, "pitch", spans.empty() ? std::nullopt : std::optional<std::uint32_t>(spans[first].begin));
  }

  bool needs_question(std::size_t i) const {
    const auto& v = turns_[i];
    return v.rep && v.open_question() && !personal_[i] && !v.has(Act::one_more_thing);
  }

  void measure() {
    std::vector<std::vector<Act>> acts;
    acts.reserve(turns_.size());
    for (const auto& v : turns_) acts.push_back(v.occurrences);
    // measure_call needs a positive threshold; a configured 0 means the default.
    out_.measures = analysis::measure_call(t_, rep_name_, acts, settings_.silence_s > 0 ? settings_.silence_s : 8.0);
    for (const auto& s : out_.measures.speakers) {
      if (!s.is_rep) continue;
      out_.questions_open = s.questions_open;
      out_.questions_semi_open = s.questions_semi_open;
      out_.questions_closed = s.questions_closed;
    }
    auto check = [&](std::string name, double value, double reference, bool at_most) {
      out_.checks.push_back({std::move(name), value, reference, at_most, at_most ? value <= reference : value >= reference});
    };
    const auto& m = out_.measures;
    if (m.rep_talk_share_words) check("rep_talk_share_words", *m.rep_talk_share_words, settings_.max_rep_talk_share, true);
    if (m.rep_talk_share_time) check("rep_talk_share_time", *m.rep_talk_share_time, settings_.max_rep_talk_share, true);
    if (m.rep_longest_monologue_s && m.duration_s > 0)
      check("longest_monologue_s", *m.rep_longest_monologue_s, settings_.max_monologue_s, true);
    double longest_gap = 0;
    for (const auto& s : m.silences) longest_gap = std::max(longest_gap, s.length_s);
    if (m.duration_s > 0) {
      out_.checks.push_back({"longest_silence_s", longest_gap, settings_.silence_s, true, m.silences.empty()});
    }
  }

  // The client's commitment counts as an order when what it answers is the rep's
  // request for the order: the latest rep turn that asked anything (a question, a
  // close, a next step) before it is a close attempt. "Fine, send the email" after a
  // closed question, or "Thursday works" after a proposed meeting, is no order. A
  // commitment the client volunteers in answer to an open question ("Where have you got
  // to with the trial?" "We want to go ahead with all six vans.") is their own decision to buy,
  // unless it only accepts a next step.
  bool is_order(std::size_t i) const {
    for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
      const auto& v = turns_[i - back];
      if (!v.rep) continue;
      if (v.has(Act::close_attempt)) return true;
      if (v.has(Act::next_step) || v.has(Act::admin_ask)) return false;
      if (v.question())
        return v.has(Act::question_open) && !v.has(Act::question_closed) && !v.has(Act::question_semi_open) &&
               !turns_[i].has(Act::next_step);
    }
    return false;
  }

  // The client's decisions are those a rule found. The act model reads a turn without
  // the one before, and a commitment or refusal it guesses decides too much: "No. Please
  // just send me an email with the options." after a close attempt is, to the model, a
  // commitment to a next step, and would make the call won.
  void decide_outcome() {
    for (std::size_t i = 0; i < turns_.size(); ++i) {
      const auto& v = turns_[i];
      if (!v.client) continue;
      if (v.ruled_has(Act::commitment) || v.ruled_has(Act::rejection)) decisions_.push_back(i);
      if (v.ruled_has(Act::commitment) && is_order(i)) {
        out_.outcome = Outcome::won;
        order_ = i;
        out_.outcome_evidence = {act_evidence(i, Act::commitment)};
      } else if (v.ruled_has(Act::rejection)) {
        out_.outcome = Outcome::not_won;
        order_ = k_none;
        out_.outcome_evidence = {act_evidence(i, Act::rejection)};
      }
    }
  }

  void opening() {
    first_pitch_ = k_none;
    first_needs_ = k_none;
    first_personal_ = k_none;
    for (std::size_t i = 0; i < turns_.size(); ++i) {
      if (!turns_[i].rep) continue;
      if (first_pitch_ == k_none && (turns_[i].has(Act::pitch) || is_presentation(i))) first_pitch_ = i;
      if (first_needs_ == k_none && needs_question(i)) first_needs_ = i;
      if (first_personal_ == k_none && personal_[i]) first_personal_ = i;
    }
    const auto business = std::min(first_pitch_, first_needs_);
    if (first_personal_ != k_none && first_personal_ < business) {
      std::vector<Evidence> ev;
      for (std::size_t i = first_personal_; i < std::min(business, turns_.size()) && ev.size() < 2; ++i)
        if (personal_[i])
          ev.push_back(turns_[i].has(Act::small_talk) ? act_evidence(i, Act::small_talk) : question_evidence(i));
      set(FindingKey::rapport_first, true, std::move(ev));
    } else {
      std::vector<Evidence> ev;
      if (business != k_none)
        ev.push_back(business == first_pitch_ ? pitch_evidence(business) : question_evidence(business));
      set(FindingKey::rapport_first, false, std::move(ev));
    }

    if (first_pitch_ == k_none) {
      set(FindingKey::needs_before_pitch, false);
      set(FindingKey::pitch_before_needs, false);
      return;
    }
    std::vector<Evidence> asked;
    std::size_t count = 0;
    for (std::size_t i = 0; i < first_pitch_; ++i) {
      if (!needs_question(i)) continue;
      count += static_cast<std::size_t>(std::count_if(turns_[i].occurrences.begin(), turns_[i].occurrences.end(), [](Act a) {
        return a == Act::question_open || a == Act::question_semi_open;
      }));
      if (asked.size() < 3) asked.push_back(question_evidence(i));
    }
    const bool needs_first = count >= settings_.min_needs_questions;
    set(FindingKey::needs_before_pitch, needs_first, needs_first ? asked : std::vector{pitch_evidence(first_pitch_)});
    const bool pitch_first = first_needs_ == k_none || first_pitch_ < first_needs_;
    std::vector<Evidence> ev{pitch_evidence(first_pitch_)};
    if (!pitch_first) ev.insert(ev.begin(), question_evidence(first_needs_));
    set(FindingKey::pitch_before_needs, pitch_first, pitch_first ? ev : std::vector<Evidence>{});
  }

  // After the client says they need time, someone else or a meeting, each request for a
  // decision is a push: a close attempt, or a closed question that answers a deferral
  // directly instead of proposing a next step. A question after a deferral that also
  // told news of the client's life ("I'm off to Iceland with my partner over New Year")
  // follows up the news ("Are you going for the northern lights?").
  void pushes() {
    std::size_t first_deferral = k_none;
    std::vector<Evidence> ev;
    std::size_t count = 0;
    for (std::size_t i = 0; i < turns_.size(); ++i) {
      const auto& v = turns_[i];
      if (v.client && defers(v)) {
        if (first_deferral == k_none) ev.push_back(objection_evidence(i));
        first_deferral = std::min(first_deferral, i);
        continue;
      }
      if (!v.rep || first_deferral == k_none) continue;
      const bool close = v.has(Act::close_attempt);
      const bool pressing_reply = turns_[i - 1].client && defers(turns_[i - 1]) &&
                                  !turns_[i - 1].tells_life && v.has(Act::question_closed) &&
                                  !v.has(Act::next_step) && !personal_[i] && !v.has(Act::one_more_thing);
      if (!close && !pressing_reply) continue;
      ++count;
      ev.push_back(close ? act_evidence(i, Act::close_attempt) : act_evidence(i, Act::question_closed));
    }
    const bool pushed = count >= settings_.pushes;
    set(FindingKey::pushed_decision_on_phone, pushed, pushed ? ev : std::vector<Evidence>{});
  }

  static bool defers(const TurnView& v) {
    return v.has(Act::next_step) || std::any_of(v.objections.begin(), v.objections.end(), [](const std::string& c) {
             return c == "timing" || c == "authority";
           });
  }

  void flag_any(FindingKey key, Act act) {
    std::vector<Evidence> ev;
    for (std::size_t i = 0; i < turns_.size(); ++i)
      if (turns_[i].rep && turns_[i].has(act)) ev.push_back(act_evidence(i, act));
    const bool found = !ev.empty();
    set(key, found, std::move(ev));
  }

  void after_decision() {
    const std::size_t first = decisions_.empty() ? k_none : decisions_.front();
    std::vector<Evidence> thanks, reasons;
    if (first != k_none) {
      for (std::size_t i = first + 1; i < turns_.size(); ++i) {
        if (!turns_[i].rep) continue;
        if (turns_[i].has(Act::thanks) && thanks.empty()) thanks.push_back(act_evidence(i, Act::thanks));
        if (turns_[i].has(Act::decision_justification) && reasons.empty())
          reasons.push_back(act_evidence(i, Act::decision_justification));
      }
      if (!thanks.empty()) thanks.insert(thanks.begin(), decision_evidence(first));
      if (!reasons.empty()) reasons.insert(reasons.begin(), decision_evidence(first));
    }
    set(FindingKey::thanked_customer, !thanks.empty(), thanks);
    set(FindingKey::justified_decision, !reasons.empty(), reasons);

    std::vector<Evidence> stayed;
    if (out_.outcome == Outcome::won && order_ != k_none)
      for (std::size_t i = order_ + 1; i < turns_.size() && stayed.size() < 2; ++i)
        if (turns_[i].rep && personal_[i])
          stayed.push_back(turns_[i].has(Act::small_talk) ? act_evidence(i, Act::small_talk) : question_evidence(i));
    set(FindingKey::stayed_after_order, !stayed.empty(), stayed);
  }

  Evidence decision_evidence(std::size_t i) const {
    return turns_[i].has(Act::commitment) ? act_evidence(i, Act::commitment) : act_evidence(i, Act::rejection);
  }

  // The three questions of a call not won: what the client values most in the offer,
  // what has already convinced them, what keeps them from yes. Found by their words
  // (data/playbook/review.rules); two of them count when a third open or semi-open
  // question sits with them once the client has pushed back on the offer (three such
  // questions after the first objection or refusal that follows the offer, or any when
  // the offer was made before this call).
  void three_questions() {
    const auto& phrases = phrases_;
    for (std::size_t i = 0; i < turns_.size(); ++i) {
      if (!turns_[i].rep || !turns_[i].question()) continue;
      const auto& text = turns_[i].turn->text;
      for (const auto& span : analysis::split_sentences(text)) {
        const auto sentence = std::string_view(text).substr(span.begin, span.end - span.begin);
        for (std::size_t k = 0; k < k_review_phrase_count; ++k)
          if (phrase_turn_[k] == k_none && phrases.has(static_cast<ReviewPhrase>(k), sentence)) {
            phrase_turn_[k] = i;
            phrase_at_[k] = static_cast<std::uint32_t>(span.begin);
          }
      }
    }
    const auto named = static_cast<std::size_t>(
        std::count_if(phrase_turn_.begin(), phrase_turn_.end(), [](std::size_t t) { return t != k_none; }));

    std::size_t tension = k_none;
    for (std::size_t i = first_pitch_ == k_none ? 0 : first_pitch_; i < turns_.size(); ++i)
      if (turns_[i].client && (turns_[i].has(Act::objection) || turns_[i].has(Act::rejection) || !turns_[i].objections.empty())) {
        tension = i;
        break;
      }
    std::vector<std::size_t> after;
    if (tension != k_none)
      for (std::size_t i = tension + 1; i < turns_.size(); ++i)
        if (needs_question(i) && !turns_[i].has(Act::pitch)) after.push_back(i);

    const bool asked = named == k_review_phrase_count || (named + 1 == k_review_phrase_count && after.size() >= 3);
    std::vector<Evidence> ev;
    if (asked) {
      for (std::size_t k = 0; k < k_review_phrase_count; ++k)
        if (phrase_turn_[k] != k_none) ev.push_back(evidence(phrase_turn_[k], "question", phrase_at_[k]));
      for (std::size_t i : after)
        if (ev.size() < 3 && std::find(phrase_turn_.begin(), phrase_turn_.end(), i) == phrase_turn_.end())
          ev.push_back(question_evidence(i));
    }
    set(FindingKey::three_questions_asked, asked, ev);
  }

  void one_more_thing() {
    std::vector<Evidence> ev;
    // "Let me show you one more thing" is no final question: the turn must ask one.
    for (std::size_t i = 0; i < turns_.size(); ++i)
      if (turns_[i].rep && turns_[i].has(Act::one_more_thing) && turns_[i].question()) {
        ev.push_back(act_evidence(i, Act::one_more_thing));
        last_one_more_ = i;
      }
    set(FindingKey::one_more_thing, !ev.empty(), ev);
  }

  // Tension is a client's objection or refusal; a pitch, a close or the client's
  // commitment afterwards means the business went on instead. A personal turn by the
  // rep while tension stands is a turn to a neutral topic when it invites the client in
  // (a question) or the client takes it up (answers with small talk): a personal remark
  // inside a rebuttal is no change of topic.
  void neutral_topic() {
    std::size_t tension = k_none;
    for (std::size_t i = 0; i < turns_.size(); ++i) {
      const auto& v = turns_[i];
      if (v.client) {
        if (v.has(Act::objection) || v.has(Act::rejection) || !v.objections.empty()) tension = i;
        else if (v.has(Act::commitment)) tension = k_none;
        continue;
      }
      if (!v.rep || tension == k_none) continue;
      if (v.has(Act::pitch) || v.has(Act::close_attempt)) {
        tension = k_none;
        continue;
      }
      const auto answer = next_turn(i);
      const bool taken_up = answer != k_none && turns_[answer].client && turns_[answer].has(Act::small_talk);
      if (personal_[i] && (v.question() || taken_up)) {
        set(FindingKey::neutral_topic_disarm, true,
            {objection_evidence(tension),
             v.has(Act::small_talk) ? act_evidence(i, Act::small_talk) : question_evidence(i)});
        return;
      }
    }
    set(FindingKey::neutral_topic_disarm, false);
  }

  void sign_off() {
    if (t_.channel != model::Channel::video) return;  // left null: cannot apply
    std::size_t goodbye = k_none, notice = k_none;
    for (std::size_t i = 0; i < turns_.size(); ++i) {
      if (!turns_[i].rep) continue;
      if (turns_[i].has(Act::closing) || turns_[i].has(Act::sign_off_notice)) goodbye = i;
      if (turns_[i].has(Act::sign_off_notice)) notice = i;
    }
    // The next step must be said while the client is still there to hear and answer it:
    // a rep who announces it in the same breath as leaving mid-meeting ("Sorry, I must
    // run, I'll email you the rest, bye") ends abruptly, with no next step agreed.
    std::size_t last_client = k_none;
    for (std::size_t i = 0; i < turns_.size(); ++i)
      if (turns_[i].client) last_client = i;
    std::vector<Evidence> ev;
    if (goodbye != k_none) {
      const std::size_t from = goodbye >= settings_.ending_turns ? goodbye - settings_.ending_turns : 0;
      for (std::size_t i = from; i <= goodbye; ++i)
        if (turns_[i].rep && turns_[i].has(Act::next_step) && last_client != k_none && last_client > i) {
          ev.push_back(act_evidence(i, Act::next_step));
          break;
        }
      if (!ev.empty())
        ev.push_back(turns_[goodbye].has(Act::sign_off_notice) ? act_evidence(goodbye, Act::sign_off_notice)
                                                               : act_evidence(goodbye, Act::closing));
    }
    set(FindingKey::verbal_sign_off, ev.size() == 2, ev.size() == 2 ? ev : std::vector<Evidence>{});

    // The rep said they would wait, and only clients spoke after the rep's last turn.
    std::size_t last_rep = k_none;
    for (std::size_t i = 0; i < turns_.size(); ++i)
      if (turns_[i].rep) last_rep = i;
    const bool waited = notice != k_none && last_rep != k_none && last_rep + 1 < turns_.size() &&
                        notice + settings_.ending_turns >= last_rep &&
                        std::all_of(turns_.begin() + static_cast<std::ptrdiff_t>(last_rep) + 1, turns_.end(),
                                    [](const TurnView& v) { return v.client; });
    std::vector<Evidence> wait_ev;
    if (waited) {
      wait_ev.push_back(act_evidence(notice, Act::sign_off_notice));
      wait_ev.push_back(evidence(turns_.size() - 1, "closing", turns_.back().has(Act::closing)
                                                                   ? std::optional(turns_.back().act_at[index_of(Act::closing)])
                                                                   : std::nullopt));
    }
    set(FindingKey::let_client_sign_off_first, waited, wait_ev);
  }

  void silences() {
    std::vector<Evidence> ev;
    for (const auto& s : out_.measures.silences) {
      if (s.after_turn >= turns_.size()) continue;
      auto e = evidence(s.after_turn, "silence", std::nullopt);
      e.at_s = s.start_s;
      ev.push_back(std::move(e));
    }
    const bool found = !ev.empty();
    set(FindingKey::awkward_silence, found, std::move(ev));
  }

  void steps() {
    auto mark = [&](Step step, std::size_t i, Evidence e) {
      if (i == k_none) return;
      out_.steps[static_cast<std::size_t>(step)].first = std::move(e);
      step_turn_[static_cast<std::size_t>(step)] = i;
    };
    step_turn_.fill(k_none);
    if (first_personal_ != k_none)
      mark(Step::rapport, first_personal_,
           turns_[first_personal_].has(Act::small_talk) ? act_evidence(first_personal_, Act::small_talk)
                                                        : question_evidence(first_personal_));
    if (first_needs_ != k_none) mark(Step::needs, first_needs_, question_evidence(first_needs_));
    if (first_pitch_ != k_none) mark(Step::solution, first_pitch_, pitch_evidence(first_pitch_));
    std::size_t close = k_none;
    for (std::size_t i = 0; i < turns_.size() && close == k_none; ++i)
      if (turns_[i].rep && turns_[i].has(Act::close_attempt)) close = i;
    if (close == k_none && first_pitch_ != k_none)
      for (std::size_t i = first_pitch_; i < turns_.size() && close == k_none; ++i)
        if (turns_[i].rep && turns_[i].has(Act::next_step)) close = i;
    if (close != k_none)
      mark(Step::close, close,
           turns_[close].has(Act::close_attempt) ? act_evidence(close, Act::close_attempt) : act_evidence(close, Act::next_step));
    for (std::size_t s = 0; s < k_step_count; ++s) {
      if (step_turn_[s] == k_none) continue;
      for (std::size_t earlier = 0; earlier < s; ++earlier)
        if (step_turn_[earlier] != k_none && step_turn_[earlier] > step_turn_[s]) out_.steps[s].in_order = false;
      for (std::size_t later = s + 1; later < k_step_count; ++later)
        if (step_turn_[later] != k_none && step_turn_[later] < step_turn_[s]) out_.steps[s].in_order = false;
    }
  }

  // Only a call not won (yet) teaches these: with the order in hand there is no
  // objection to carry to the next plan.
  void learnings() {
    if (out_.outcome == Outcome::won) return;
    auto answer_to = [&](std::size_t question) -> std::optional<std::size_t> {
      const auto a = next_client_turn(question);
      if (a == k_none) return std::nullopt;
      return a;
    };
    auto& l = out_.learnings;
    std::optional<std::size_t> keeps;
    const std::array<std::vector<Evidence>*, k_review_phrase_count> lists{&l.values, &l.convinced, &l.keeps_from_yes};
    for (std::size_t k = 0; k < k_review_phrase_count; ++k) {
      if (phrase_turn_[k] == k_none) continue;
      const auto a = answer_to(phrase_turn_[k]);
      if (!a) continue;
      lists[k]->push_back(evidence(*a, "answer", std::nullopt));
      if (k == static_cast<std::size_t>(ReviewPhrase::keeps_from_yes)) keeps = *a;
    }
    auto states_objection = [&](std::size_t i) {
      return turns_[i].client && (!turns_[i].objections.empty() || turns_[i].has(Act::objection));
    };
    std::optional<std::size_t> main;
    if (last_one_more_ != k_none)
      if (const auto a = answer_to(last_one_more_); a && states_objection(*a)) main = *a;
    if (!main && keeps && states_objection(*keeps)) main = keeps;
    // The last objection a rule found, else the last the objection model guessed: a
    // rule's finding names what was said, the model's only what the words resemble.
    for (const bool rule_only : {true, false})
      for (std::size_t i = turns_.size(); !main && i-- > 0;)
        if (states_objection(i) && (turns_[i].rule_objection || !rule_only)) main = i;
    if (main) {
      l.main_objection = objection_evidence(*main);
      l.main_objection_categories = turns_[*main].objections;
      l.main_objection_guessed = !turns_[*main].rule_objection;
    }
  }

  const model::Transcript& t_;
  const ReviewSettings& settings_;
  const ReviewPhrases& phrases_;
  std::string rep_name_;
  std::vector<TurnView> turns_;
  std::vector<bool> personal_;
  std::vector<std::size_t> decisions_;  // client commitments and refusals
  std::array<std::size_t, k_review_phrase_count> phrase_turn_{k_none, k_none, k_none};  // where each was asked
  std::array<std::uint32_t, k_review_phrase_count> phrase_at_{};
  std::array<std::size_t, k_step_count> step_turn_{};
  std::size_t order_ = k_none;
  std::size_t first_pitch_ = k_none, first_needs_ = k_none, first_personal_ = k_none;
  std::size_t last_one_more_ = k_none;
  CallReview out_;
};

}  // namespace

std::string_view to_string(Outcome outcome) {
  switch (outcome) {
    case Outcome::won: return "won";
    case Outcome::not_won: return "not_won";
    case Outcome::no_decision: break;
  }
  return "no_decision";
}

std::string_view to_string(FindingKey key) { return k_finding_names.at(static_cast<std::size_t>(key)); }

std::string_view to_string(Step step) {
  switch (step) {
    case Step::rapport: return "rapport";
    case Step::needs: return "needs";
    case Step::solution: return "solution";
    case Step::close: break;
  }
  return "close";
}

CallReview review_call(const model::Transcript& transcript, std::string_view rep_speaker, const ReviewSettings& settings,
                       const ReviewPhrases& phrases) {
  return Reviewer(transcript, rep_speaker, settings, phrases).run();
}

}  // namespace rapport::playbook
