#include "rapport/analysis/act_tagger.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <span>
#include <tuple>
#include <utility>

#include "rapport/analysis/act_questions.hpp"
#include "rapport/analysis/sentences.hpp"

namespace rapport::analysis {
namespace {

using detail::FormHit;
using detail::QuestionForm;
using detail::Word;

// How many turns into a conversation an introduction still counts as its opening.
constexpr std::size_t k_opening_turns = 6;
// The longest run of listening words that is still a backchannel ("oh yeah, I see").
constexpr std::size_t k_max_backchannel_words = 6;
// How many turns may come between the last goodbye and this turn for the conversation
// to be still taking leave. 0: only right after one (on SwDA a wider run tagged the
// "okay"s of ordinary talk after a stray goodbye).
constexpr std::size_t k_closing_run_turns = 0;
// The longest question that follows up the other side's personal talk by itself
// ("Which one?", "Where is it?"); a longer one mostly turns back to business.
constexpr std::size_t k_max_follow_up_words = 6;
// The longest thanks that is part of a goodbye rather than thanks for something
// ("well thank you very much", "thanks for calling").
constexpr std::size_t k_max_closing_thanks_words = 5;

// Hesitations carry no meaning for any act; removing them lets "do you, uh, have" and
// "um, thanks" match the same rules as the fluent text.
bool is_filler(std::string_view w) {
  static constexpr std::array<std::string_view, 9> k{"uh", "um", "er", "erm", "uhm", "umm", "uhh", "ah", "hm"};
  return std::find(k.begin(), k.end(), w) != k.end();
}

// Restarts ("do you- do you have", "what, what languages"): a run of one to three words
// repeated at once keeps only its last copy.
void collapse_restarts(std::vector<Token>& words) {
  bool changed = true;
  while (changed) {
    changed = false;
    for (std::size_t n = 3; n >= 1 && !changed; --n) {
      for (std::size_t k = 0; k + 2 * n <= words.size(); ++k) {
        bool same = true;
        for (std::size_t j = 0; j < n && same; ++j) same = words[k + j].text == words[k + n + j].text;
        // A doubled single word like "very very" or "no no" is emphasis, not a restart.
        if (same && n == 1 &&
            (words[k].text == "very" || words[k].text == "no" || words[k].text == "bye" || words[k].text == "really" ||
             words[k].text == "so"))
          same = false;
        if (same) {
          words.erase(words.begin() + static_cast<std::ptrdiff_t>(k),
                      words.begin() + static_cast<std::ptrdiff_t>(k + n));
          changed = true;
          break;
        }
      }
    }
  }
}

bool is_clause_break(std::string_view gap) {
  for (std::size_t i = 0; i < gap.size(); ++i) {
    const char c = gap[i];
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == '"' || c == '\n') return true;
    if (c == '-' && (i + 1 < gap.size() && (gap[i + 1] == '-' || gap[i + 1] == ' '))) return true;
  }
  return gap.find("\xE2\x80\x93") != std::string_view::npos || gap.find("\xE2\x80\x94") != std::string_view::npos;
}

// Whether word `i` is written with a capital (the words themselves are lower-cased)
// where the sentence does not start, and is not "I": a name, mostly.
bool written_as_name(std::string_view sentence, const std::vector<Token>& words, std::size_t i) {
  const char first = sentence[words[i].begin];
  return i > 0 && first >= 'A' && first <= 'Z' && words[i].text != "i" && words[i].text.rfind("i'", 0) != 0;
}

std::vector<Word> form_words(std::string_view sentence, const std::vector<Token>& words) {
  std::vector<Word> out;
  out.reserve(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    Word w;
    w.text = words[i].text;
    w.capital = written_as_name(sentence, words, i);
    const char first = sentence[words[i].begin];
    w.any_capital = first >= 'A' && first <= 'Z';
    w.clause_start = i > 0 && is_clause_break(sentence.substr(words[i - 1].end, words[i].begin - words[i - 1].end));
    out.push_back(w);
  }
  return out;
}

Act act_of(QuestionForm form) {
  switch (form) {
    case QuestionForm::open:
      return Act::question_open;
    case QuestionForm::semi_open:
      return Act::question_semi_open;
    default:
      return Act::question_closed;
  }
}

// Whether the turn before may come from the same speaker (known, or both roles equal).
bool same_may_have_spoken_before(const TurnContext& c) {
  if (c.previous_text == nullptr) return false;
  if (c.previous_by != PreviousBy::unknown) return c.previous_by == PreviousBy::same_speaker;
  return c.previous_speaker == c.speaker;
}

bool had(const std::optional<ActSet>& acts, Act act) { return acts && acts->test(static_cast<std::size_t>(act)); }

bool had_question(const std::optional<ActSet>& acts) {
  return had(acts, Act::question_closed) || had(acts, Act::question_semi_open) || had(acts, Act::question_open);
}

bool is_written(const std::optional<model::Channel>& channel) { return channel && !model::is_live(*channel); }

// A statement about oneself ("I've attached…", "We sent…"): a '?' after it in writing
// is a tone of voice, not a question.
bool about_oneself(const std::vector<Token>& words) {
  static constexpr std::array<std::string_view, 14> k{"i",     "i've",  "i'm",      "i'll",   "i'd",  "we",     "we've",
                                                      "we're", "we'll", "attached", "here's", "here", "please", "ive"};
  return !words.empty() && std::find(k.begin(), k.end(), words.front().text) != k.end();
}

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t'))
    s.remove_suffix(1);
  return s;
}

struct Found {
  std::array<std::optional<Evidence>, k_act_count> acts;
  std::array<bool, k_act_count> cancelled{};
  bool has(Act act) const { return acts[static_cast<std::size_t>(act)].has_value(); }
  void add(Act act, Span span, std::string_view rule) {
    auto& slot = acts[static_cast<std::size_t>(act)];
    if (!slot) slot = Evidence{std::string(to_string(act)), span, std::string(rule)};
  }
  void add(Evidence evidence) {
    auto& slot = acts[static_cast<std::size_t>(*parse_act(evidence.tag))];
    if (!slot) slot = std::move(evidence);
  }
};

// One sentence, its words after hesitations and restarts were removed.
struct Sentence {
  std::string_view text;
  std::size_t offset = 0;    // of `text` in the text given to tag()
  std::vector<Token> words;  // offsets into `text`
  bool question_mark = false;
  bool exclamation = false;
  // The span of words [first, last) in the text given to tag().
  Span at(std::size_t first, std::size_t last) const {
    return Span{offset + words[first].begin, offset + words[last - 1].end};
  }
};

// Quoted stretches with a '?' inside and words after them ("I read your "Is your fleet
// ready?" guide"): a title or a reported question that names something; neither its
// words nor its '?' make the sentence a question. Straight and curly double quotes only:
// a single quote is too often an apostrophe.
std::vector<Span> quoted_questions(std::string_view text) {
  std::vector<Span> out;
  if (text.find('?') == std::string_view::npos) return out;
  // '"', or the lead byte of U+201C/U+201D, then the whole mark.
  const auto next_quote = [&](std::size_t from) -> std::pair<std::size_t, std::size_t> {
    for (auto i = text.find_first_of("\"\xE2", from); i != std::string_view::npos;
         i = text.find_first_of("\"\xE2", i + 1)) {
      if (text[i] == '"') return {i, 1};
      if (text.substr(i, 3) == "\u201c" || text.substr(i, 3) == "\u201d") return {i, 3};
    }
    return {std::string_view::npos, 0};
  };
  for (std::size_t from = 0;;) {
    const auto [open, open_size] = next_quote(from);
    if (open == std::string_view::npos) break;
    const auto [close, close_size] = next_quote(open + open_size);
    if (close == std::string_view::npos) break;
    const auto inside = text.substr(open, close - open);
    const auto after = text.substr(close + close_size);
    const bool words_after = std::any_of(after.begin(), after.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) != 0;
    });
    if (inside.find('?') != std::string_view::npos && words_after) out.push_back({open, close + close_size});
    from = close + close_size;
  }
  return out;
}

// "no thank you" followed by words to the listener ("you've been so kind", "too"), or
// with "YOU" written in capitals.
bool thanks_handed_back(const Sentence& s) {
  if (s.text.find("thank YOU") != std::string_view::npos) return true;
  static constexpr std::array<std::string_view, 8> k_to_listener{"you've", "you're", "you", "too", "so",
                                                                 "very", "again", "both"};
  for (std::size_t i = 0; i + 3 < s.words.size(); ++i) {
    if (s.words[i].text != "no" || s.words[i + 1].text != "thank" || s.words[i + 2].text != "you") continue;
    const auto next = s.words[i + 3].text;
    if (std::find(k_to_listener.begin(), k_to_listener.end(), next) != k_to_listener.end()) return true;
  }
  return false;
}

// Words that make a yes conditional or unsure ("Sure, but…", "Yes, if…", "Yeah, maybe");
// "why not" agrees.
bool has_hedge(const std::vector<Token>& words) {
  static constexpr std::array<std::string_view, 22> k{
      "but",  "maybe", "perhaps", "probably", "possibly", "not",  "no",    "if",   "although", "though", "unless",
      "can't", "don't", "won't",  "think",    "need",     "later", "wait", "first", "after",   "yet",    "might"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (std::find(k.begin(), k.end(), words[i].text) == k.end()) continue;
    // "Why not", "course not" (to "would you mind if…"): a yes.
    if (words[i].text == "not" && i > 0 && (words[i - 1].text == "why" || words[i - 1].text == "course")) continue;
    // "No harm in that", "no problem": a yes in other words.
    if (words[i].text == "no" && i + 1 < words.size() &&
        (words[i + 1].text == "harm" || words[i + 1].text == "problem" || words[i + 1].text == "worries"))
      continue;
    return true;
  }
  return false;
}

// "I'm so sorry.", "Oh no, I'm really sorry to hear": nothing in it but the sorry
// formula, so after bad news it can only be sympathy.
bool only_sorry(const std::vector<Token>& words) {
  static constexpr std::array<std::string_view, 22> k_formula{
      "oh",   "no",   "i'm",  "i",    "am",     "so",    "very", "really", "terribly", "awfully", "truly",
      "real", "well", "gosh", "dear", "that's", "about", "that", "to",     "hear",     "how",     "sorry"};
  return words.size() <= 7 &&
         std::any_of(words.begin(), words.end(), [](const Token& t) { return t.text == "sorry"; }) &&
         std::all_of(words.begin(), words.end(), [](const Token& t) {
           return std::find(k_formula.begin(), k_formula.end(), t.text) != k_formula.end();
         });
}

// Whether `rest` holds a word besides hesitations and the words of `besides`: whether
// the speaker says more after "excuse me" (no words besides), or states something after
// "one more thing" rather than only taking leave ("…before I go", "…before you hang up").
bool says_more(std::string_view rest, std::span<const std::string_view> besides = {}) {
  const auto after = tokenize(rest);
  return std::any_of(after.begin(), after.end(), [besides](const Token& t) {
    return !is_filler(t.text) && std::find(besides.begin(), besides.end(), t.text) == besides.end();
  });
}

constexpr std::array<std::string_view, 18> k_leave_taking_words{
    "thing", "question", "before", "i",    "we",   "you",     "go",  "leave",  "hang",
    "up",    "wrap",     "finish", "let",  "then", "quickly", "now", "though", "just"};

// "So you run three depots.", "So you've already got a system in place then": the
// seller summing up what the client told, for them to confirm, a closed question in a
// sales call even without a '?'. Only said by a known seller: in other talk the same
// form mostly narrates ("so you just flip through it"); and what the client will get
// ("so you can…", "so you'll never…") is the pitch.
bool sums_up_for_the_client(const std::vector<Token>& words) {
  static constexpr std::array<std::string_view, 22> k_offer_words{
      "can", "could", "will", "would",  "won't", "don't", "never", "just",     "simply", "only",   "need",
      "get", "save",  "pay",  "should", "might", "may",   "can't", "wouldn't", "also",   "always", "know"};
  std::size_t i = 0;
  while (i < words.size() &&
         (words[i].text == "okay" || words[i].text == "ok" || words[i].text == "right" || words[i].text == "and"))
    ++i;
  if (i >= words.size() || words[i].text != "so") return false;
  ++i;
  if (i + 2 > words.size() || words.size() - i > 10) return false;
  const auto subject = words[i].text;
  if (subject != "you" && subject != "you're" && subject != "you've" && subject != "your") return false;
  return std::find(k_offer_words.begin(), k_offer_words.end(), words[i + 1].text) == k_offer_words.end();
}

void drop_act(SentenceActs& sentence, Act act) {
  const auto at = std::find(sentence.acts.begin(), sentence.acts.end(), act);
  if (at == sentence.acts.end()) return;
  const auto index = at - sentence.acts.begin();
  sentence.acts.erase(at);
  sentence.evidence.erase(sentence.evidence.begin() + index);
}

// Whether the sentence opens with a quantity ("Eighty?", "about 40", "ten, twelve").
bool starts_with_quantity(const std::vector<Token>& words) {
  static constexpr std::array<std::string_view, 12> k_approx{"about", "around", "roughly", "maybe", "oh",     "well",
                                                             "probably", "nearly", "almost", "over", "under", "just"};
  static constexpr std::array<std::string_view, 36> k_numbers{
      "one",      "two",      "three",     "four",     "five",    "six",     "seven",   "eight",  "nine",
      "ten",      "eleven",   "twelve",    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty",   "thirty",    "forty",    "fifty",   "sixty",   "seventy", "eighty", "ninety",
      "hundred",  "thousand", "dozen",     "half",     "couple",  "zero",    "none",    "a",      "few"};
  std::size_t i = 0;
  while (i < words.size() && std::find(k_approx.begin(), k_approx.end(), words[i].text) != k_approx.end()) ++i;
  if (i >= words.size()) return false;
  const auto& w = words[i].text;
  if (!w.empty() && w.front() >= '0' && w.front() <= '9') return true;
  // "a" and "few" only as "a few", "a couple", "a dozen", "a hundred".
  if (w == "a") return i + 1 < words.size() && (words[i + 1].text == "few" || words[i + 1].text == "couple" ||
                                                words[i + 1].text == "dozen" || words[i + 1].text == "hundred");
  if (w == "few") return false;
  if (w.find('-') != std::string::npos) {  // "twenty-eight"
    const auto head = std::string_view(w).substr(0, w.find('-'));
    return std::find(k_numbers.begin(), k_numbers.end(), head) != k_numbers.end();
  }
  return std::find(k_numbers.begin(), k_numbers.end(), w) != k_numbers.end();
}

bool is_question_act(const Found& found) {
  return found.has(Act::question_open) || found.has(Act::question_semi_open) || found.has(Act::question_closed);
}

// Acts that make a sentence business (or a courtesy formula) rather than personal talk.
bool business_act(const Found& found) {
  for (const auto act : {Act::greeting, Act::pitch, Act::close_attempt, Act::next_step, Act::admin_ask, Act::objection,
                         Act::rejection, Act::commitment, Act::one_more_thing, Act::decision_justification})
    if (found.has(act)) return true;
  return false;
}

bool business_before(const std::optional<ActSet>& acts) {
  for (const auto act : {Act::pitch, Act::close_attempt, Act::next_step, Act::admin_ask, Act::objection, Act::rejection,
                         Act::commitment})
    if (had(acts, act)) return true;
  return false;
}

// "How's Krakow?", "And how was Porto?": how a place or person named in one word is or
// was. A weekday or month asks about a date instead ("How's Tuesday?").
bool asks_after_name(const Sentence& s) {
  static constexpr std::array<std::string_view, 4> k_lead{"and", "so", "oh", "well"};
  static constexpr std::array<std::string_view, 19> k_dates{
      "monday",  "tuesday", "wednesday", "thursday", "friday",  "saturday", "sunday",
      "january", "february", "march",    "april",    "may",     "june",     "july",
      "august",  "september", "october", "november", "december"};
  std::size_t i = 0;
  while (i < s.words.size() && std::find(k_lead.begin(), k_lead.end(), s.words[i].text) != k_lead.end()) ++i;
  const std::size_t left = s.words.size() - i;
  std::size_t name = 0;
  if (left == 2 && s.words[i].text == "how's") name = i + 1;
  else if (left == 3 && s.words[i].text == "how" && (s.words[i + 1].text == "is" || s.words[i + 1].text == "was"))
    name = i + 2;
  else
    return false;
  const auto& word = s.words[name];
  const char first = s.text[word.begin];
  return first >= 'A' && first <= 'Z' && std::find(k_dates.begin(), k_dates.end(), word.text) == k_dates.end();
}

struct QuestionType {
  std::size_t first = 0;  // word where the retyping phrase starts
  Act act = Act::question_closed;
  std::string_view origin;
};

// What the phrase rules found in one sentence.
struct Cues {
  explicit Cues(std::size_t words) : listening(words, false), sound(words, false), quote_end(words + 1) {}
  Found found;
  std::vector<bool> listening;                                   // words covered by backchannel.part or .sound
  std::vector<bool> sound;                                       // words covered by backchannel.sound
  std::optional<std::pair<std::size_t, std::size_t>> wellbeing;  // words of the how-are-you formula
  std::size_t quote_end;                                         // end of the first quotative, if any
  std::optional<Evidence> forced_question;                       // "question.X" phrase
  std::vector<QuestionType> question_types;                      // "as.question.X" phrases
  bool no_question = false, reported = false, backchannel_question = false, closing_reply = false;
  std::optional<std::pair<std::size_t, std::size_t>> agreement;  // words of a yes ("Sure, go ahead")
  std::optional<Evidence> excuse_me;                             // "excuse me", "pardon me"
};

// The question form of the last sentence of a turn, to type an elliptical follow-up.
QuestionForm previous_form(std::string_view previous) {
  const auto spans = split_sentences(previous);
  if (spans.empty()) return QuestionForm::none;
  const auto sentence = previous.substr(spans.back().begin, spans.back().end - spans.back().begin);
  auto tokens = tokenize(sentence);
  std::erase_if(tokens, [](const Token& t) { return is_filler(t.text); });
  collapse_restarts(tokens);
  const auto words = form_words(sentence, tokens);
  const auto hit = detail::question_form(words, sentence.find('?') != std::string_view::npos, false);
  return hit.declarative ? QuestionForm::none : hit.form;
}

// "Did you", "oh, is it": an auxiliary first (after "oh").
bool starts_with_auxiliary(const std::vector<Token>& words) {
  static constexpr std::array<std::string_view, 13> k{"do",  "does", "did", "is",  "are",   "was",  "were",
                                                      "have", "has", "can", "could", "would", "will"};
  std::size_t i = 0;
  while (i < words.size() && words[i].text == "oh") ++i;
  return i < words.size() && std::find(k.begin(), k.end(), words[i].text) != k.end();
}

// Whether a word of [first, last) is written as a name ("It's Sam from Acme").
bool names_someone(const Sentence& s, std::size_t first, std::size_t last) {
  for (std::size_t i = first; i < last && i < s.words.size(); ++i)
    if (written_as_name(s.text, s.words, i)) return true;
  return false;
}

// "You did", "oh, they don't": a pronoun first (after "oh").
bool starts_with_pronoun(const std::vector<Token>& words) {
  static constexpr std::array<std::string_view, 8> k{"i", "you", "we", "they", "he", "she", "it", "you're"};
  std::size_t i = 0;
  while (i < words.size() && words[i].text == "oh") ++i;
  return i < words.size() && std::find(k.begin(), k.end(), words[i].text) != k.end();
}

// A backchannel: a short first sentence of a turn made only of listening words that
// does not answer a question just asked, or a reaction in question form said flat
// ("Really.").
bool is_backchannel(const Sentence& s, const Cues& cues, bool all_listening, const TurnContext& context,
                    bool other_spoke_before) {
  // Said flat, a reaction in question form ("Really.", "Did you.") is listening; with a
  // '?' it is a news receipt (see tag_sentence). "You did." is a statement, "No." an
  // answer and "Oh no." dismay.
  if (cues.backchannel_question) {
    if (s.question_mark) return false;
    if (!starts_with_auxiliary(s.words) && (starts_with_pronoun(s.words) || s.words.back().text == "no")) return false;
  } else if (!all_listening) {
    return false;
  }
  // "It costs too much. Yeah." A "yeah", "right" or "okay" right after one's own
  // statement confirms or winds up what one has just said: it says "go on" only after
  // the other side's words or after one's own listening ("Uh-huh. Yeah."). Sounds
  // without words ("uh-huh", "mm") listen wherever they come.
  if (context.previous_by == PreviousBy::same_speaker && context.previous_acts &&
      !had(context.previous_acts, Act::backchannel) &&
      !std::all_of(cues.sound.begin(), cues.sound.end(), [](bool b) { return b; }))
    return false;
  // After the other side's question, "yeah" and "right" answer it.
  if (other_spoke_before &&
      (had_question(context.previous_acts) || trim_right(*context.previous_text).ends_with('?') ||
       (!context.previous_acts && previous_form(*context.previous_text) != QuestionForm::none)))
    return false;
  // "Right?" after one's own statement asks for agreement: a tag question.
  const bool same_speaker_before =
      context.previous_by == PreviousBy::same_speaker ||
      (context.previous_text != nullptr && context.speaker != Speaker::unknown &&
       context.previous_speaker == context.speaker);
  return !(s.question_mark && same_speaker_before);
}

// The question act of a sentence, if it is one: its form from word order, vetoed by
// context (a greeting formula, a reported or quoted question, a '?' of tone in
// writing, the other half of one's own choice question) and retyped by phrases.
std::optional<Evidence> question_of(const Sentence& s, const Cues& cues, const TurnContext& context) {
  std::vector<Word> fw = form_words(s.text, s.words);
  std::size_t greeting_first = 0, greeting_last = 0;
  if (cues.wellbeing) {
    // The well-being formula is a greeting; a real question may still follow it.
    std::tie(greeting_first, greeting_last) = *cues.wellbeing;
    fw.erase(fw.begin() + static_cast<std::ptrdiff_t>(greeting_first),
             fw.begin() + static_cast<std::ptrdiff_t>(greeting_last));
    if (greeting_first < fw.size()) fw[greeting_first].clause_start = true;
  }
  FormHit hit = detail::question_form(fw, s.question_mark, s.exclamation, cues.found.has(Act::one_more_thing));
  // "…, or is it just a job?" right after one's own question offers the other option
  // of the same question: not a second one.
  const bool maybe_same_speaker = same_may_have_spoken_before(context);
  if (hit.form != QuestionForm::none && s.words.front().text == "or" && maybe_same_speaker &&
      previous_form(*context.previous_text) != QuestionForm::none)
    hit = {};
  // A '?' after a courtesy ("Thanks for the samples today?", "have a good weekend?") is
  // a tone of voice.
  const bool courtesy = cues.found.has(Act::thanks) || cues.found.has(Act::closing) || cues.found.has(Act::apology);
  if (hit.declarative && (cues.wellbeing || cues.reported || courtesy)) hit = {};
  // In writing a '?' is often only a tone of voice ("I've attached the plan you asked
  // for?"): a declarative sentence about the writer is no question.
  if (hit.declarative && !hit.elliptical && is_written(context.channel) && about_oneself(s.words)) hit = {};
  if (hit.elliptical && context.previous_text != nullptr) {
    const auto before = previous_form(*context.previous_text);
    if (before == QuestionForm::semi_open || before == QuestionForm::open) hit.form = before;
  }
  std::size_t first = hit.first;
  if (cues.wellbeing && first >= greeting_first) first += greeting_last - greeting_first;
  first = std::min(first, s.words.size() - 1);
  if (cues.quote_end <= first) hit = {};  // "and she goes, are you sure?"

  if (cues.forced_question) return cues.forced_question;
  if (hit.form == QuestionForm::none) return std::nullopt;
  // A retyping phrase counts from the question's first word on, outside the greeting.
  for (const auto& type : cues.question_types) {
    if (type.first < first || (cues.wellbeing && type.first >= greeting_first && type.first < greeting_last)) continue;
    return Evidence{std::string(to_string(type.act)), s.at(first, s.words.size()), std::string(type.origin)};
  }
  return Evidence{std::string(to_string(act_of(hit.form))), s.at(first, s.words.size()),
                  fmt::format("act_questions.cpp: {}", hit.reason)};
}

}  // namespace

Result<ActTagger> ActTagger::create(const RuleFiles& files) {
  ActTagger tagger;
  for (const auto& file : files_with_prefix(files, "acts"))
    RAPPORT_TRY(tagger.phrases_.add_rules(file.name, file.text));
  // Every label must mean something: a misspelt act would otherwise be silently ignored.
  static constexpr std::array<std::pair<std::string_view, Role>, 18> k_cues{{
      {"wellbeing", Role::wellbeing},
      {"rhetorical", Role::rhetorical},
      {"not.question", Role::not_question},
      {"reported", Role::reported},
      {"backchannel.part", Role::backchannel_part},
      {"backchannel.sound", Role::backchannel_sound},
      {"backchannel.question", Role::backchannel_question},
      {"backchannel.floor", Role::backchannel_floor},
      {"closing.reply", Role::closing_reply},
      {"quotative", Role::quotative},
      {"opening", Role::opening},
      {"opening.name", Role::opening_name},
      {"wellbeing.reply", Role::wellbeing_reply},
      {"agreement", Role::agreement},
      {"bad_news", Role::bad_news},
      {"excuse_me", Role::excuse_me},
      {"question.asks", Role::asks},
      {"appreciation.word", Role::praise_word},
  }};
  for (LabelId id = 0; id < tagger.phrases_.label_count(); ++id) {
    const auto& name = tagger.phrases_.label_name(id);
    LabelRole role;
    bool known = false;
    for (std::size_t i = 0; i < k_cues.size(); ++i)
      if (k_cues[i].first == name) {
        role.role = k_cues[i].second;
        known = true;
      }
    static constexpr std::array<std::pair<std::string_view, Role>, 5> k_prefixes{{{"", Role::act},
                                                                                  {"rep.", Role::rep_act},
                                                                                  {"client.", Role::client_act},
                                                                                  {"not.", Role::not_act},
                                                                                  {"as.", Role::question_type}}};
    for (const auto& [prefix, r] : k_prefixes) {
      if (known || std::string_view(name).substr(0, prefix.size()) != prefix) continue;
      if (const auto act = parse_act(std::string_view(name).substr(prefix.size()))) {
        if (r == Role::question_type && !is_question(*act)) break;
        role = {r, *act};
        known = true;
      }
    }
    if (!known)
      return make_error(
          fmt::format("acts rules: unknown label \"{}\" (an act name, rep./client./not. + an act, or a cue)", name));
    tagger.roles_.push_back(role);
  }
  auto objections = ObjectionFinder::create(files);
  if (!objections) return objections.take_error();
  tagger.objections_ = std::move(objections.value());
  return tagger;
}

std::vector<SentenceActs> ActTagger::tag(std::string_view text, const TurnContext& context) const {
  const auto spans = split_sentences(text);
  std::vector<SentenceActs> out;
  out.reserve(spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i) out.push_back(tag_sentence(text, spans[i], context, i));
  // "Okay. So what would the monthly cost be?": a word like "okay" opening a turn that
  // goes on to say something takes the floor; it does not ask the other side to go on.
  // A listening sound or phrase ("Uh-huh. And when you say…", "I hear you. Just so I
  // understand…") still listens before the speaker goes on, as the scenarios label it.
  if (out.size() > 1 && out.front().floor_word && std::any_of(std::next(out.begin()), out.end(),
                                    [](const SentenceActs& sentence) { return !sentence.listening_only; }))
    drop_act(out.front(), Act::backchannel);
  // A quantity answering the other side's business question (no small talk in it) is a
  // business answer: "Eighty? Twice that in winter." is about the workload, not the weather.
  if (!out.empty() && other_spoke_before(context) && had_question(context.previous_acts) &&
      !had(context.previous_acts, Act::small_talk)) {
    const auto first = text.substr(out.front().span.begin, out.front().span.end - out.front().span.begin);
    auto words = tokenize(first);
    std::erase_if(words, [](const Token& t) { return is_filler(t.text); });
    if (starts_with_quantity(words))
      for (auto& sentence : out) drop_act(sentence, Act::small_talk);
  }
  return out;
}

SentenceActs ActTagger::tag_sentence(std::string_view text, Span span, const TurnContext& context,
                                     std::size_t index_in_turn) const {
  SentenceActs out;
  out.span = span;
  Sentence s;
  s.text = text.substr(span.begin, span.end - span.begin);
  s.offset = span.begin;
  const auto raw = tokenize(s.text);
  s.words.reserve(raw.size());
  const auto titles = quoted_questions(s.text);
  const auto in_title = [&](std::size_t at) {
    return std::any_of(titles.begin(), titles.end(), [at](Span t) { return at >= t.begin && at < t.end; });
  };
  for (const auto& t : raw)
    if (!is_filler(t.text) && !in_title(t.begin)) s.words.push_back(t);
  collapse_restarts(s.words);
  if (s.words.empty()) return out;
  // A '?' with a letter or digit right after it is part of a code or an address
  // ("reference SIGN?22", "form?ref=mail"), not the end of a question.
  const auto inside_token = [&](std::size_t at) {
    return at + 1 < s.text.size() && std::isalnum(static_cast<unsigned char>(s.text[at + 1])) != 0;
  };
  for (auto at = s.text.find('?'); at != std::string_view::npos && !s.question_mark; at = s.text.find('?', at + 1))
    s.question_mark = !in_title(at) && !inside_token(at);
  s.exclamation = !s.question_mark && trim_right(s.text).ends_with('!');

  Cues cues(s.words.size());
  const bool rep = context.speaker != Speaker::client;
  const bool client = context.speaker != Speaker::rep;
  for (const auto& m : phrases_.find_all(s.words)) {
    const auto& role = roles_[m.label];
    const auto& origin = phrases_.rule_origin(m.rule);
    const auto where = s.at(m.first, m.last);
    switch (role.role) {
      case Role::act:
        if (!is_question(role.act))
          cues.found.add(role.act, where, origin);
        else if (!cues.forced_question) {
          // The request starts after its lead-in: "So, tell me how…" quotes "tell me how…".
          const auto from = std::min(detail::skip_discourse_markers(form_words(s.text, s.words), m.first), m.last - 1);
          cues.forced_question = Evidence{std::string(to_string(role.act)), s.at(from, m.last), origin};
        }
        break;
      case Role::rep_act:
        if (rep) cues.found.add(role.act, where, origin);
        break;
      case Role::client_act:
        if (client) cues.found.add(role.act, where, origin);
        break;
      case Role::question_type:
        cues.question_types.push_back({m.first, role.act, origin});
        break;
      case Role::not_act:
        cues.found.cancelled[static_cast<std::size_t>(role.act)] = true;
        break;
      case Role::wellbeing:
        if (!cues.wellbeing) cues.wellbeing = std::pair{m.first, m.last};
        cues.found.add(Act::greeting, where, origin);
        break;
      case Role::rhetorical:
      case Role::not_question:
        cues.no_question = true;
        break;
      case Role::reported:
        cues.reported = true;
        break;
      case Role::backchannel_part:
        for (std::size_t i = m.first; i < m.last; ++i) cues.listening[i] = true;
        break;
      case Role::backchannel_sound:
        for (std::size_t i = m.first; i < m.last; ++i) cues.listening[i] = cues.sound[i] = true;
        break;
      case Role::backchannel_question:
        cues.backchannel_question = true;
        break;
      case Role::backchannel_floor:
        out.floor_word = out.floor_word || (m.first == 0 && m.last == s.words.size());
        break;
      case Role::closing_reply:
        cues.closing_reply = true;
        break;
      case Role::opening:
        if (context.index_in_conversation < k_opening_turns) cues.found.add(Act::greeting, where, origin);
        break;
      case Role::opening_name:
        if (context.index_in_conversation < k_opening_turns && names_someone(s, m.first + 1, m.last))
          cues.found.add(Act::greeting, where, origin);
        break;
      case Role::wellbeing_reply:
        // "Fine, thanks." answers the other side's greeting.
        if (had(context.previous_acts, Act::greeting) && other_spoke_before(context))
          cues.found.add(Act::greeting, where, origin);
        break;
      case Role::quotative:
        cues.quote_end = std::min(cues.quote_end, m.last);
        break;
      case Role::agreement:
        cues.agreement = std::pair{m.first, m.last};
        break;
      case Role::bad_news:
        break;  // read in the turn before only (has_bad_news)
      case Role::excuse_me:
        if (!cues.excuse_me) cues.excuse_me = Evidence{"apology", where, origin};
        break;
      case Role::praise_word:
        // "Perfect, I'll send it" praises what was said; "Lovely, thanks" answering "How
        // was the weekend?" is the answer, not praise of the question.
        if (!(index_in_turn == 0 && other_spoke_before(context) && had_question(context.previous_acts)))
          cues.found.add(Act::appreciation, where, origin);
        break;
      case Role::asks:
        if (!cues.forced_question) {
          const auto words = form_words(s.text, s.words);
          const auto form = detail::indirect_question_form(words, m.last);
          if (form == QuestionForm::none) break;
          const auto from = std::min(detail::skip_discourse_markers(words, m.first), m.last - 1);
          cues.forced_question = Evidence{std::string(to_string(act_of(form))), s.at(from, s.words.size()), origin};
        }
        break;
    }
  }

  Found& found = cues.found;
  const bool other_before = other_spoke_before(context);
  const bool all_listening = s.words.size() <= k_max_backchannel_words &&
                             std::all_of(cues.listening.begin(), cues.listening.end(), [](bool b) { return b; });
  out.listening_only = all_listening;
  // "Okay.", "You too.", "Thanks." after the other side's goodbye belong to the closing.
  const bool short_reply =
      s.words.size() <= 4 && (cues.closing_reply || all_listening || (found.has(Act::thanks) && s.words.size() <= 3));
  // The run of goodbyes at the end of a call: a closing in the turn before (by either
  // side, as the acts found there say), or the other side's goodbye in its text.
  const bool closing_before =
      context.previous_acts ? had(context.previous_acts, Act::closing)
                            : other_before && has_closing(*context.previous_text);
  const bool in_closing_run =
      closing_before || (context.turns_since_closing && *context.turns_since_closing <= k_closing_run_turns);
  if (short_reply && index_in_turn == 0 && !found.has(Act::closing) && in_closing_run &&
      (closing_before || other_before))
    found.add(Act::closing, s.at(0, s.words.size()), "acts: reply to a closing");
  // A short thanks among the goodbyes ("Well, thank you." "Thanks for calling.") is
  // part of taking leave as well as thanks.
  if (found.has(Act::thanks) && in_closing_run && s.words.size() <= k_max_closing_thanks_words) {
    const auto& thanks = found.acts[static_cast<std::size_t>(Act::thanks)];
    found.add(Act::closing, thanks->span, "acts: thanks among the goodbyes");
  }

  const bool backchannel = !found.has(Act::closing) && index_in_turn == 0 &&
                           is_backchannel(s, cues, all_listening, context, other_before);
  if (backchannel) found.add(Act::backchannel, s.at(0, s.words.size()), "acts: listening words only");
  // "Really?", "Oh, is that right?", "Did you?": a news receipt. It asks the speaker to
  // confirm what they have just said, which is neither a listening signal (SwDA keeps
  // these apart from backchannels too) nor a question waiting for an answer.
  const bool news_receipt = cues.backchannel_question && s.question_mark;
  if (!backchannel && !news_receipt && !cues.no_question)
    if (auto question = question_of(s, cues, context)) found.add(std::move(*question));
  if (context.speaker == Speaker::rep && !s.question_mark && !is_question_act(found) && !found.has(Act::pitch) &&
      !cues.no_question && sums_up_for_the_client(s.words))
    found.add(Act::question_closed, s.at(0, s.words.size()), "acts: the seller checks what the client said");

  // Personal questions the phrase rules cannot list: how a named place or person is
  // ("How's Krakow?"), and a question that follows up the other side's personal talk
  // ("I've signed up for another race." "When is it?"). Business acts or words (the
  // not.small_talk rules) still win.
  if (!found.has(Act::small_talk) && is_question_act(found) && !business_act(found)) {
    if (asks_after_name(s))
      found.add(Act::small_talk, s.at(0, s.words.size()), "acts: how a named place or person is");
    else if (other_before && had(context.previous_acts, Act::small_talk) && !business_before(context.previous_acts) &&
             s.words.size() <= k_max_follow_up_words && s.words.front().text != "so")
      found.add(Act::small_talk, s.at(0, s.words.size()), "acts: a question following up personal talk");
  }

  // "One more thing on the spec, we'd need it in white": a remark, not the last
  // question after the close. Alone ("Oh, just one more thing…") or with a question in
  // its sentence it is one.
  if (found.has(Act::one_more_thing) && !is_question_act(found)) {
    const auto end = found.acts[static_cast<std::size_t>(Act::one_more_thing)]->span.end;
    if (end > s.offset && says_more(s.text.substr(end - s.offset), k_leave_taking_words))
      found.acts[static_cast<std::size_t>(Act::one_more_thing)].reset();
  }

  // "Sorry?", "Excuse me?": asking to hear it again, not apologising.
  const auto last = s.words.back().text;
  if (s.question_mark && s.words.size() <= 4 && (last == "sorry" || last == "me" || last == "pardon"))
    found.acts[static_cast<std::size_t>(Act::apology)].reset();
  // "No thank YOU!", "No, thank you, you've been so patient": thanks handed back after
  // being thanked, not a decline. Told apart by the written stress (the words are
  // lower-cased, so the sentence's own text is read) or by words to the listener right
  // after: "no thank you, we're fine" still declines.
  if (found.has(Act::rejection) && thanks_handed_back(s)) {
    found.acts[static_cast<std::size_t>(Act::rejection)].reset();
    found.cancelled[static_cast<std::size_t>(Act::thanks)] = false;  // "no thank you" cancels it as a decline
    if (!found.has(Act::thanks)) found.add(Act::thanks, s.at(0, s.words.size()), "acts: thanks handed back");
  }
  // "And he goes, oh, I'm sorry": a courtesy quoted in a story is not said to the listener.
  for (const auto act : {Act::apology, Act::thanks, Act::greeting}) {
    auto& slot = found.acts[static_cast<std::size_t>(act)];
    if (slot && cues.quote_end < s.words.size() && s.offset + s.words[cues.quote_end].begin <= slot->span.begin)
      slot.reset();
  }

  // "Excuse me" and "pardon me" apologise alone after one's own words or at the end of
  // a turn. Talked on after ("Excuse me. For instance, I…") they are an aside for a
  // cough or a slip; alone right after the other side's words they ask to hear it again.
  if (cues.excuse_me && !found.has(Act::apology)) {
    const auto& evidence = *cues.excuse_me;
    const bool alone = index_in_turn == 0 && s.offset + s.words.back().end <= evidence.span.end;
    const bool asks_to_repeat =
        alone && (s.question_mark || (other_before && !had(context.previous_acts, Act::backchannel)));
    if (!says_more(text.substr(evidence.span.end)) && !asks_to_repeat) found.add(evidence);
  }
  // "She passed away in May." "Oh, I'm so sorry.": sympathy with the other side's news,
  // not an apology for a wrong done to them.
  if (found.has(Act::apology) && other_before && only_sorry(s.words) && has_bad_news(*context.previous_text))
    found.acts[static_cast<std::size_t>(Act::apology)].reset();

  // Objections: the objection finder's categories, said by the client (or an unknown speaker).
  if (client) {
    auto hits = objections_.find(s.text, raw);
    if (!hits.empty())
      found.add(Act::objection, {span.begin + hits.front().span.begin, span.begin + hits.front().span.end},
                hits.front().rule);
    for (auto& hit : hits) {
      hit.span = {span.begin + hit.span.begin, span.begin + hit.span.end};
      out.objection_hits.push_back(std::move(hit));
    }
  }

  // "Yeah, go ahead then." answering the other side's close attempt or proposed next
  // step ("Shall I come round on Saturday?" "Yes, that's fine.") agrees to it: a
  // commitment, though its words alone would agree to anything. Only a plain yes near
  // the start of the turn counts; a hedge or a condition ("Sure, but…", "Yes, if…",
  // "Yeah, maybe") or an objection makes it no agreement.
  if (cues.agreement && client && index_in_turn <= 1 && !s.question_mark && other_before &&
      (had(context.previous_acts, Act::close_attempt) || had(context.previous_acts, Act::next_step)) &&
      !found.has(Act::rejection) && !found.has(Act::objection) && !has_hedge(s.words))
    found.add(Act::commitment, s.at(cues.agreement->first, cues.agreement->second),
              had(context.previous_acts, Act::close_attempt) ? "acts: yes to a close attempt"
                                                               : "acts: yes to a next step");

  // The answer to the other side's personal question ("Did you do the Three Peaks in
  // the end?" "We did! Snowdon in the dark.") goes on with the small talk, unless it
  // turns to business (a business act, or the words of the not.small_talk rules).
  if (!found.has(Act::small_talk) && !is_question_act(found) && !business_act(found) &&
      !found.has(Act::backchannel) && other_before && had(context.previous_acts, Act::small_talk) &&
      had_question(context.previous_acts) && !business_before(context.previous_acts))
    found.add(Act::small_talk, s.at(0, s.words.size()), "acts: an answer to a personal question");

  out.business_talk = found.cancelled[static_cast<std::size_t>(Act::small_talk)];
  for (std::size_t i = 0; i < k_act_count; ++i) {
    if (!found.acts[i] || found.cancelled[i]) continue;
    out.acts.push_back(static_cast<Act>(i));
    out.evidence.push_back(std::move(*found.acts[i]));
  }
  return out;
}

std::vector<PhraseMatch> ActTagger::matches_in(std::string_view text) const {
  auto tokens = tokenize(text);
  std::erase_if(tokens, [](const Token& t) { return is_filler(t.text); });
  return phrases_.find_all(tokens);
}

bool ActTagger::has_closing(std::string_view text) const {
  bool closing = false;
  for (const auto& m : matches_in(text)) {
    const auto& role = roles_[m.label];
    if (role.role == Role::closing_reply) closing = true;
    if (role.act != Act::closing) continue;
    if (role.role == Role::not_act) return false;
    if (role.role == Role::act) closing = true;
  }
  return closing;
}

bool ActTagger::has_bad_news(std::string_view text) const {
  const auto matches = matches_in(text);
  return std::any_of(matches.begin(), matches.end(),
                     [&](const auto& m) { return roles_[m.label].role == Role::bad_news; });
}

}  // namespace rapport::analysis
