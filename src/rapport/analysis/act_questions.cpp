#include "rapport/analysis/act_questions.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

#include "rapport/analysis/objection_finder_clauses.hpp"

namespace rapport::analysis::detail {
namespace {

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Auxiliaries and modals that open a yes/no question when they come before their subject.
constexpr std::array<std::string_view, 38> k_auxiliaries{
    "do",        "does",    "did",    "is",     "are",    "was",     "were",     "can",      "could", "would",
    "will",      "should",  "shall",  "have",   "has",    "had",     "may",      "might",    "am",    "don't",
    "doesn't",   "didn't",  "isn't",  "aren't", "wasn't", "weren't", "can't",    "couldn't", "won't", "wouldn't",
    "shouldn't", "haven't", "hasn't", "hadn't", "ain't",  "shan't",  "mightn't", "cannot"};

// Words that can be the subject right after an inverted auxiliary.
constexpr std::array<std::string_view, 44> k_subjects{
    "i",         "you",       "we",         "they",    "he",       "she",       "it",     "there",   "this",
    "that",      "these",     "those",      "y'all",   "ya",       "u",         "anyone", "anybody", "anything",
    "everyone",  "everybody", "everything", "someone", "somebody", "something", "people", "the",     "any",
    "your",      "my",        "our",        "their",   "his",      "her",       "its",    "all",     "both",
    "someone's", "some",      "one",        "a",       "an",       "ur",        "yall",   "y'all've"};

constexpr std::array<std::string_view, 34> k_personal_pronouns{
    "i",       "we",    "you",    "they",    "he",   "she",   "u",      "ya",      "y'all",  "it",   "one",   "people",
    "i'm",     "we're", "you're", "they're", "he's", "she's", "it's",   "there's", "that's", "i've", "we've", "you've",
    "they've", "i'd",   "we'd",   "you'd",   "i'll", "we'll", "you'll", "they'll", "there",  "that"};

constexpr std::array<std::string_view, 30> k_discourse{
    "so",     "and",   "but",      "well", "oh",     "okay", "ok",      "now",   "then",    "alright",
    "anyway", "also",  "plus",     "hey",  "listen", "look", "yeah",    "yes",   "right",   "sure",
    "hi",     "hello", "actually", "just", "ah",     "or",   "because", "cause", "roughly", "approximately"};

// How-words that ask for an amount, a time or a size.
constexpr std::array<std::string_view, 22> k_how_fact{
    "many",    "much",       "long",  "often", "far",  "old", "big",   "soon",      "early", "late",  "fast",
    "quickly", "frequently", "large", "tall",  "high", "low", "close", "expensive", "small", "heavy", "wide"};

// Nouns after "what" that ask for a specific fact ("what time", "what size").
constexpr std::array<std::string_view, 40> k_what_fact_nouns{
    "time",    "day",    "date",     "size",      "kind",   "type",  "sort",     "price",   "year",       "month",
    "number",  "model",  "version",  "colour",    "color",  "brand", "age",      "percent", "percentage", "rate",
    "amount",  "budget", "company",  "software",  "system", "tool",  "platform", "school",  "city",       "town",
    "country", "state",  "language", "languages", "part",   "area",  "week",     "hours",   "provider",   "supplier"};

// After "what is the/your": nouns that invite elaboration rather than a fact.
constexpr std::array<std::string_view, 30> k_open_nouns{
    "take",  "view",    "opinion",  "thinking",   "sense",     "experience", "feeling", "reason",
    "story", "plan",    "plans",    "approach",   "process",   "biggest",    "main",    "situation",
    "goal",  "goals",   "priority", "priorities", "challenge", "challenges", "concern", "concerns",
    "worry", "problem", "problems", "issue",      "thoughts",  "impression"};

// Verbs after "what" (directly or after an auxiliary) that ask about a situation.
constexpr std::array<std::string_view, 30> k_open_what_heads{
    "would",  "could", "might",  "should", "happens", "happened", "made",   "makes",     "brought",  "led",
    "drives", "drove", "worked", "works",  "matters", "keeps",    "stops",  "holds",     "concerns", "worries",
    "else",   "about", "if",     "went",   "changed", "prompted", "helped", "surprised", "excites",  "appeals"};

constexpr std::array<std::string_view, 10> k_semi_wh{"when",  "where",  "which",   "who",   "whom",
                                                     "whose", "when's", "where's", "who's", "whereabouts"};

constexpr std::array<std::string_view, 14> k_tag_words{"right", "yeah", "yes",  "no",    "correct", "ok",  "okay",
                                                       "eh",    "huh",  "true", "innit", "yea",     "yep", "see"};

constexpr std::array<std::string_view, 10> k_elaborate_verbs{"tell",  "walk", "talk", "describe", "explain",
                                                             "share", "give", "help", "run",      "take"};

constexpr std::array<std::string_view, 12> k_elaborate_markers{
    "more", "about", "through", "understand", "why", "how", "what", "bit", "little", "overview", "describe", "explain"};

bool is_wh(std::string_view w) {
  static constexpr std::array<std::string_view, 24> k{"what",  "what's",  "whats",  "wat",         "when",   "when's",
                                                      "where", "where's", "wheres", "which",       "who",    "who's",
                                                      "whom",  "whose",   "why",    "why's",       "how",    "how's",
                                                      "hows",  "how'd",   "what'd", "whereabouts", "how're", "what're"};
  return in(k, w);
}

bool is_aux(std::string_view w) { return in(k_auxiliaries, w); }

// Words that follow an object rather than a subject: "did it myself", "did that again".
constexpr std::array<std::string_view, 22> k_after_object{
    "myself", "yourself", "himself", "herself", "ourselves", "themselves", "again", "all",  "too",  "anyway",    "once",
    "twice",  "alone",    "for",     "with",    "to",         "in",         "on",    "at",   "last", "yesterday", "before"};

// Whether a subject can follow the auxiliary: "is we", "are he", "does they" cannot, so
// no question is inverted there ("what we run into is we have…").
bool agrees(std::string_view aux, std::string_view subject) {
  const bool plural = subject == "we" || subject == "they" || subject == "you" || subject == "people" ||
                      subject == "these" || subject == "those" || subject == "both" || subject == "y'all";
  const bool singular = subject == "he" || subject == "she" || subject == "it" || subject == "this";
  if (aux == "is" || aux == "isn't" || aux == "does" || aux == "doesn't" || aux == "has" || aux == "hasn't")
    return !plural && subject != "i";
  if (aux == "was" || aux == "wasn't") return !plural;
  if (aux == "are" || aux == "were" || aux == "weren't") return !singular && subject != "i";
  if (aux == "aren't") return !singular;  // "I'm late, aren't I?"
  if (aux == "do" || aux == "don't") return !singular;
  if (aux == "am") return subject == "i";
  return true;
}

bool is_subject_after(const std::vector<Word>& w, std::size_t aux, std::size_t subject, bool qmark) {
  if (subject >= w.size()) return false;
  const auto a = w[aux].text;
  const auto s = w[subject].text;
  // "Have a good weekend", "Do let me know": imperatives, not questions.
  if ((a == "have" || a == "has" || a == "had") && (s == "a" || s == "an" || s == "some" || s == "fun" || s == "all"))
    return false;
  // Without a '?', "have" before anything but a pronoun is more often a clipped
  // statement ("have Christmas dinner with us") than a question.
  if (!qmark) {
    // "Had she not worked there, …": a condition, not a question.
    if (a == "had") return false;
    // "So do it while you can", "do that": an imperative, not a question.
    if (a == "do" && (s == "it" || s == "that" || s == "this" || s == "these" || s == "those" || s == "some" ||
                      s == "all" || s == "something" || s == "anything" || s == "everything" || s == "the"))
      return false;
  }
  if ((a == "have" || a == "has") && !qmark) return in(k_personal_pronouns, s) && s != "that";
  if (!agrees(a, s)) return false;  // "…what we run into is we have a board": no inversion
  // "Did it myself", "and did it again": a dropped subject, not "did it work?".
  if (!qmark && (a == "did" || a == "does") && (s == "it" || s == "that" || s == "this") &&
      (subject + 1 >= w.size() || in(k_after_object, w[subject + 1].text)))
    return false;
  if (!qmark && a == "did" && (s == "a" || s == "an" || s == "everything" || s == "all" || s == "some")) return false;
  if (in(k_subjects, s)) return true;
  if (w[subject].capital && subject > 0) return true;  // a name: "Is Tuesday okay", "Does Maria decide"
  return false;
}

FormHit make(QuestionForm f, std::size_t first, const char* reason) { return FormHit{f, first, reason, false, false}; }

// "Could you tell me more about…", "Would you walk me through…": requests to elaborate.
QuestionForm elaboration_request(const std::vector<Word>& w, std::size_t p) {
  if (p + 2 >= w.size()) return QuestionForm::none;
  const auto a = w[p].text;
  if (a != "can" && a != "could" && a != "would" && a != "will" && a != "can't") return QuestionForm::none;
  if (w[p + 1].text != "you" && w[p + 1].text != "u") return QuestionForm::none;
  std::size_t v = p + 2;
  if (v < w.size() && (w[v].text == "just" || w[v].text == "quickly" || w[v].text == "please")) ++v;
  if (v >= w.size() || !in(k_elaborate_verbs, w[v].text)) return QuestionForm::none;
  const std::size_t stop = std::min(w.size(), v + 7);
  for (std::size_t i = v + 1; i < stop; ++i) {
    if (in(k_semi_wh, w[i].text) || (w[i].text == "how" && i + 1 < w.size() && in(k_how_fact, w[i + 1].text)))
      return QuestionForm::semi_open;
    if (in(k_elaborate_markers, w[i].text)) return QuestionForm::open;
  }
  return QuestionForm::none;
}

// Time words that make "how about X" / "what about X" a concrete suggestion (closed).
bool is_time_word(std::string_view w) {
  static constexpr std::array<std::string_view, 22> k{
      "monday",  "tuesday", "wednesday", "thursday", "friday",    "saturday", "sunday", "tomorrow",
      "tonight", "next",    "this",      "morning",  "afternoon", "evening",  "lunch",  "we",
      "i",       "us",      "noon",      "today",    "coffee",    "breakfast"};
  return in(k, w);
}

bool is_digit_word(std::string_view w) { return !w.empty() && w[0] >= '0' && w[0] <= '9'; }

FormHit wh_form(const std::vector<Word>& w, std::size_t p, bool qmark, bool bang) {
  const auto n = w.size();
  const auto a = w[p].text;
  const std::string_view b = p + 1 < n ? w[p + 1].text : std::string_view{};
  const std::string_view c = p + 2 < n ? w[p + 2].text : std::string_view{};
  if (bang && !qmark) return {};  // "What a view!", "How lovely!"
  if (p + 1 >= n) {
    // A lone wh-word: "Why?", "When?" ask; a lone "What?" asks to repeat.
    if (!qmark) return {};
    if (a == "why" || a == "how") return make(QuestionForm::open, p, "wh");
    if (in(k_semi_wh, a)) return make(QuestionForm::semi_open, p, "wh");
    return {};
  }
  if (b == "a" || b == "an") return {};  // exclamative "what a day"
  // Without a '?', a clause-initial "which" continues the previous statement ("which
  // was nice"); a wh-word asks only when an auxiliary follows ("when is it due").
  if (!qmark && a == "which" && is_aux(b)) return {};
  // "Which CRM are you on", "what kit do they use": a noun or two, then an auxiliary
  // and its subject, asks without a '?' too.
  bool noun_then_inversion = false;
  if (a == "which" || a == "what")
    for (std::size_t i = p + 2; i < std::min(n, p + 4) && !noun_then_inversion; ++i)
      noun_then_inversion = is_aux(w[i].text) && !is_aux(w[i - 1].text) && i + 1 < n &&
                            in(k_personal_pronouns, w[i + 1].text) && w[i + 1].text != "that" &&
                            w[i + 1].text != "there" && agrees(w[i].text, w[i + 1].text);
  const bool contracted_wh = a.find('\'') != std::string_view::npos || a == "whats" || a == "hows" || a == "wheres";
  // "Who signs off on it", "who handles your IT": "who" as the subject of a verb asks,
  // but "who knows", "who cares", "who wants to…" are mostly said for effect.
  static constexpr std::array<std::string_view, 9> k_rhetorical_who_verbs{
      "knows", "cares", "wants", "needs", "says", "is", "was", "has", "does"};
  const bool who_does =
      a == "who" && b.size() > 3 && b.ends_with('s') && !b.ends_with("ss") && !in(k_rhetorical_who_verbs, b);
  if (!qmark && !is_aux(b) && !contracted_wh && !who_does && !in(k_how_fact, b) &&
      !in(k_what_fact_nouns, b) && b != "else" && b != "about" && !noun_then_inversion)
    return {};
  // "how many cans we go through", "what kind we bought": without a '?', a fact phrase
  // asks only when an auxiliary follows it ("how many vans do you run").
  if (!qmark && (in(k_how_fact, b) || in(k_what_fact_nouns, b))) {
    bool aux_follows = false;
    for (std::size_t i = p + 2; i < std::min(n, p + 5) && !aux_follows; ++i) aux_follows = is_aux(w[i].text);
    if (!aux_follows) return {};
  }
  // "What happened was that…", "what was funny is that…": a wh-clause as the subject
  // of a statement.
  if (!qmark) {
    for (std::size_t i = p + 3; i + 1 < n; ++i)
      if ((w[i].text == "is" || w[i].text == "was") &&
          (w[i + 1].text == "that" || w[i + 1].text == "because" || w[i + 1].text == "when" || w[i + 1].text == "like" ||
           w[i + 1].text == "to" || w[i + 1].text == "we" || w[i + 1].text == "they" || w[i + 1].text == "i" ||
           w[i + 1].text == "you" || w[i + 1].text == "people"))
        return {};
  }
  // "what we need is…", "when I was young": a wh-clause used as a statement. With a '?'
  // and no better clause it still counts ("what you guys doing tonight?").
  const bool subject_next = in(k_personal_pronouns, b) && !is_aux(b);
  const bool strong = is_aux(b) || contracted_wh || !subject_next;
  if (!strong && !qmark) return {};
  FormHit hit;
  const char* reason = strong ? "wh" : "wh-weak";
  if (a == "why" || a == "why's") {
    if ((b == "don't" || b == "not") && n > p + 2) return make(QuestionForm::closed, p, "suggestion");
    hit = make(QuestionForm::open, p, reason);
  } else if (a == "how" || a == "how's" || a == "hows" || a == "how'd" || a == "how're") {
    if (a == "how" && in(k_how_fact, b))
      hit = make(QuestionForm::semi_open, p, reason);
    else if (b == "about")
      hit = make(is_time_word(c) || is_digit_word(c) ? QuestionForm::closed : QuestionForm::open, p, reason);
    else
      hit = make(QuestionForm::open, p, reason);
  } else if (in(k_semi_wh, a)) {
    hit = make(QuestionForm::semi_open, p, reason);
  } else {  // what
    const bool contracted = a != "what";
    if (b == "about") {
      hit = make(is_time_word(c) || is_digit_word(c) ? QuestionForm::closed : QuestionForm::open, p, reason);
    } else if (!contracted && in(k_what_fact_nouns, b)) {
      hit = make(QuestionForm::semi_open, p, reason);
    } else if (in(k_open_what_heads, b)) {
      hit = make(QuestionForm::open, p, reason);
    } else {
      // "what is/was/are the X", "what's your X": a fact, unless X invites a story.
      std::size_t q = p + 1;
      if (!contracted && q < n &&
          (w[q].text == "is" || w[q].text == "was" || w[q].text == "are" || w[q].text == "were"))
        ++q;
      const bool copula = contracted || q > p + 1;
      if (copula && q < n &&
          (w[q].text == "the" || w[q].text == "your" || w[q].text == "their" || w[q].text == "its" ||
           w[q].text == "his" || w[q].text == "her" || w[q].text == "our" || w[q].text == "ur")) {
        bool open_noun = false;
        for (std::size_t i = q + 1; i < std::min(n, q + 4); ++i) open_noun = open_noun || in(k_open_nouns, w[i].text);
        hit = make(open_noun ? QuestionForm::open : QuestionForm::semi_open, p, reason);
      } else if (copula && q < n && (w[q].text == "that" || w[q].text == "this" || w[q].text == "it") && q + 1 >= n) {
        hit = make(QuestionForm::semi_open, p, reason);  // "what's that?"
      } else if (!is_aux(b) && !contracted && !subject_next) {
        hit = make(QuestionForm::semi_open, p, reason);  // "what software do you use"
      } else {
        hit = make(QuestionForm::open, p, reason);
      }
    }
  }
  hit.declarative = !strong;
  return hit;
}

FormHit form_at(const std::vector<Word>& w, std::size_t p, bool qmark, bool bang) {
  const auto n = w.size();
  if (p >= n) return {};
  const auto a = w[p].text;
  if (is_aux(a)) {
    if (const auto e = elaboration_request(w, p); e != QuestionForm::none) return make(e, p, "request-to-elaborate");
    if (is_subject_after(w, p, p + 1, qmark)) return make(QuestionForm::closed, p, "inversion");
    // "Is Tuesday okay?", "Are prices going up?": any noun after the auxiliary, with a '?'.
    if (qmark && a != "have" && a != "do" && p + 1 < n && !is_aux(w[p + 1].text))
      return make(QuestionForm::closed, p, "inversion");
    return {};
  }
  if (is_wh(a)) return wh_form(w, p, qmark, bang);
  if ((a == "wanna" || a == "want") && p + 1 < n && p == 0) {
    if (qmark || w[p + 1].text == "to" || a == "wanna") return make(QuestionForm::closed, p, "ellipsis");
  }
  return {};
}

bool has_negation(const std::vector<Word>& w, std::size_t end) {
  return std::any_of(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(end),
                     [](const Word& word) { return is_negation(word.text); });
}

// ", right?" ", isn't it?" ", yeah?" ", don't they?": a tag after the last comma.
bool is_tag_clause(const std::vector<Word>& w, std::size_t start, bool qmark) {
  const auto len = w.size() - start;
  if (len == 0 || len > 3) return false;
  const auto a = w[start].text;
  // "eh" asks for agreement even where the transcript puts a full stop; a flat "huh"
  // ("That bad, huh.") mostly reacts.
  if (len == 1 && in(k_tag_words, a)) return qmark || a == "eh";
  if (len == 2 && a == "or" && w[start + 1].text == "not") return qmark;
  // "…, is it." "…, don't they": an auxiliary and a pronoun alone after a comma. Said
  // flat, a positive tag asks only after a negative clause ("it's not far, is it.") or
  // as "shall we" after a proposal ("Let's get you set up, shall we"); otherwise it is
  // mostly a question abandoned after a comma ("I mean, is it,").
  if ((len == 2 || len == 3) && is_aux(a) && in(k_subjects, w[start + 1].text))
    return qmark || a.ends_with("n't") || (a == "shall" && len == 2) ||
           (len == 2 && in(k_personal_pronouns, w[start + 1].text) && has_negation(w, start));
  if (len == 2 && (a == "you" && w[start + 1].text == "know")) return false;
  if (len == 2 && (a == "isn't" || a == "is") && w[start + 1].text == "it") return true;
  return false;
}

}  // namespace

std::size_t skip_discourse_markers(const std::vector<Word>& w, std::size_t at) {
  std::size_t p = at;
  while (p < w.size()) {
    const auto a = w[p].text;
    // Keep a marker that is the whole clause, or the start of "right now", "so far".
    if (p + 1 >= w.size()) break;
    if (in(k_discourse, a)) {
      ++p;
      continue;
    }
    if ((a == "i" && w[p + 1].text == "mean") ||
        (a == "you" && w[p + 1].text == "know" && p + 2 < w.size() &&
         (w[p + 2].clause_start || is_aux(w[p + 2].text) || is_wh(w[p + 2].text)))) {
      p += 2;
      continue;
    }
    // "Good morning can I get the rates please": a greeting run into the question.
    if (a == "good" && (w[p + 1].text == "morning" || w[p + 1].text == "afternoon" || w[p + 1].text == "evening")) {
      p += 2;
      continue;
    }
    if (a == "quick" && w[p + 1].text == "question") {
      p += 2;
      continue;
    }
    break;
  }
  return p;
}

namespace {

// "That explains it doesn't it.", "they did that didn't they": speech transcripts often
// drop the comma before a tag. Without it only a negative tag counts, closing a clause
// of three words or more with no wh-word: a flat "do you" or "is it" at the end is
// mostly part of the statement ("I don't know how they do it"), "weren't there" states
// ("the old benefits weren't there"), and "why couldn't you" is a question of its own.
bool unpunctuated_negative_tag(const std::vector<Word>& w) {
  static constexpr std::array<std::string_view, 7> k_tag_subjects{"it", "you", "they", "we", "he", "she", "i"};
  const auto n = w.size();
  if (n < 5) return false;
  const auto aux = w[n - 2].text;
  const auto subject = w[n - 1].text;
  if (!is_aux(aux) || !aux.ends_with("n't") || w[n - 2].clause_start || w[n - 1].clause_start) return false;
  if (!in(k_tag_subjects, subject) || !agrees(aux, subject)) return false;
  std::size_t start = n - 2;
  while (start > 0 && !w[start].clause_start) --start;
  start = skip_discourse_markers(w, start);
  if (start + 3 > n - 2) return false;
  return std::none_of(w.begin() + static_cast<std::ptrdiff_t>(start), w.end() - 2,
                      [](const Word& word) { return is_wh(word.text); });
}

// "hi linda hi can you hear me okay", "so where are you at with the lounge chairs": an
// automatic transcript runs a greeting or a remark into the question with no comma to
// mark where the question starts. In such a sentence (six words or more, no inner
// punctuation, no '?', no capital letter: a machine's transcript, not a typed one) a
// later clause asks when it opens as firmly as a question can, an auxiliary before a
// person ("can you", "are we", "do they") or a wh-word before an auxiliary and a
// subject, and the word before it does not embed it ("I know where you are", "if you
// can").
FormHit run_on_question(const std::vector<Word>& w, bool bang) {
  static constexpr std::array<std::string_view, 6> k_listeners{"you", "we", "u", "ya", "i", "they"};
  static constexpr std::array<std::string_view, 12> k_wh_subjects{"you", "your", "we", "our", "the", "they",
                                                                  "it",  "this", "he", "she", "u",   "ur"};
  // Words that embed what follows ("I know where you are", "looking at what's best") or
  // invert a statement ("never have I", "not only did we", "no way are you").
  static constexpr std::array<std::string_view, 58> k_not_asking_after{
      "if",     "whether", "what",    "that",    "how",       "why",      "where",   "when",  "who",   "which",
      "know",   "wonder",  "wondering", "wondered", "see",    "tell",     "ask",     "asked", "asking", "sure",
      "as",     "than",    "said",    "says",    "say",       "thought",  "think",   "guess", "told",  "until",
      "because", "cause",  "exactly", "never",   "yet",       "seldom",   "rarely",  "only",  "once",  "often",
      "means",  "nor",     "neither", "way",     "decide",    "figure",   "asks",    "out",   "at",    "about",
      "of",     "on",      "in",      "for",     "from",      "to",       "with",    "into"};
  const auto n = w.size();
  if (n < 6 || std::any_of(w.begin(), w.end(), [](const Word& word) { return word.clause_start || word.any_capital; }))
    return {};
  for (std::size_t p = 1; p + 2 < n; ++p) {
    const auto before = w[p - 1].text;
    // "when i do i try", "what i did was": an auxiliary after its subject is a verb.
    if (in(k_not_asking_after, before) || in(k_personal_pronouns, before)) continue;
    const auto a = w[p].text;
    const auto b = w[p + 1].text;
    const bool aux_then_listener = is_aux(a) && in(k_listeners, b) && is_subject_after(w, p, p + 1, false);
    // "who", "which" and "whose" mid-sentence mostly relate a clause ("the lad who did the yard").
    const bool relative = a == "who" || a == "which" || a == "whose" || a == "whom";
    const bool wh_then_subject = is_wh(a) && !relative && ((is_aux(b) && in(k_wh_subjects, w[p + 2].text)) ||
                                                           (a.ends_with("'s") && in(k_wh_subjects, b)));
    // "that's fair how many cars do you run", "what time do you close": a wh-word with
    // its noun, then the auxiliary and subject; the question starts at the wh-word, not
    // at "do you".
    bool wh_phrase_then_subject = false;
    if (const bool quantity = a == "how" && in(k_how_fact, b); quantity || a == "what" || a == "which")
      for (std::size_t q = p + (quantity ? 2 : 1); q + 1 < n && q <= p + 3 && !wh_phrase_then_subject; ++q)
        wh_phrase_then_subject = is_aux(w[q].text) && in(k_listeners, w[q + 1].text);
    if (!aux_then_listener && !wh_then_subject && !wh_phrase_then_subject) continue;
    if (auto hit = form_at(w, p, false, bang); hit.form != QuestionForm::none) {
      hit.reason = "run-on";
      return hit;
    }
  }
  return {};
}

}  // namespace

QuestionForm indirect_question_form(const std::vector<Word>& w, std::size_t at) {
  if (at >= w.size()) return QuestionForm::none;
  const auto a = w[at].text;
  const auto b = at + 1 < w.size() ? w[at + 1].text : std::string_view{};
  if (a == "if" || a == "whether") return QuestionForm::closed;
  if (in(k_semi_wh, a) || (a == "how" && in(k_how_fact, b)) || (a == "what" && in(k_what_fact_nouns, b)))
    return QuestionForm::semi_open;
  if (a == "what" || a == "why" || a == "how") return QuestionForm::open;
  return QuestionForm::none;
}

FormHit question_form(const std::vector<Word>& w, bool qmark, bool bang, bool after_lead_in) {
  if (w.empty()) return {};
  FormHit best;
  int best_rank = 0;
  std::size_t last_clause = 0;
  for (std::size_t s = 0; s < w.size(); ++s) {
    if (s != 0 && !w[s].clause_start) continue;
    last_clause = s;
    // A later clause is a question only with a '?': speech is full of "…, which was"
    // and "…, have both" that read like questions out of context.
    // Only just after a short lead-in ("let's see, do you…", "so I'd like to know, what
    // do you…") and with a pronoun or an auxiliary as the second word does one count
    // without it.
    const bool loose = qmark || (after_lead_in && s != 0);
    const auto p = skip_discourse_markers(w, s);
    // After a condition ("If I send it today, can you sign by Friday") or as a
    // proposal ("So, based on all that, shall we…") a later clause asks as well.
    const bool conditioned = s != 0 && (w[0].text == "if" || w[0].text == "once" || w[0].text == "when") &&
                             p + 1 < w.size() && is_aux(w[p].text) && in(k_personal_pronouns, w[p + 1].text);
    const bool proposal = s != 0 && p + 1 < w.size() && w[p].text == "shall" &&
                          (w[p + 1].text == "we" || w[p + 1].text == "i");
    // "You must be loving this weather, are you getting out on the bike much": the last
    // clause turns to the listener with an auxiliary and "you", and goes on to the end.
    const bool turns_to_listener = s != 0 && p + 3 < w.size() && is_aux(w[p].text) && w[p + 1].text == "you" &&
                                   std::none_of(w.begin() + static_cast<std::ptrdiff_t>(p) + 1, w.end(),
                                                [](const Word& word) { return word.clause_start; });
    if (s > 4 && !loose && !conditioned && !proposal && !turns_to_listener) continue;
    if (s != 0 && !loose &&
        !(p + 1 < w.size() && ((is_aux(w[p].text) && in(k_personal_pronouns, w[p + 1].text)) ||
                               (is_wh(w[p].text) && is_aux(w[p + 1].text)))))
      continue;
    const auto hit = form_at(w, p, qmark, bang);
    if (hit.form == QuestionForm::none) continue;
    const int rank = hit.declarative ? 1 : 2;
    if (rank > best_rank) {
      best = hit;
      best_rank = rank;
    }
  }
  // "Which date suits, the first or the fifteenth?": a wh-question with its options
  // named after a comma is a choice.
  if (best_rank == 2 && best.form != QuestionForm::closed && qmark) {
    for (std::size_t i = best.first + 1; i < w.size(); ++i) {
      if (!w[i].clause_start) continue;
      for (std::size_t j = i + 1; j < w.size(); ++j)
        if (w[j].text == "or") {
          best.form = QuestionForm::closed;
          best.reason = "choice";
          return best;
        }
    }
  }
  if (best_rank == 2) return best;
  if (last_clause > 0 && is_tag_clause(w, last_clause, qmark)) return make(QuestionForm::closed, last_clause, "tag");
  if (unpunctuated_negative_tag(w)) return make(QuestionForm::closed, w.size() - 2, "tag");
  if (best_rank == 1) return best;
  if (!qmark)
    if (auto hit = run_on_question(w, bang); hit.form != QuestionForm::none) return hit;
  // "It's terrible, you know?": the listener is asked to follow, not to answer.
  if (qmark && last_clause > 0 && w.size() - last_clause == 2 && w[last_clause].text == "you" &&
      w[last_clause + 1].text == "know")
    return {};
  if (qmark) {
    FormHit hit = make(QuestionForm::closed, 0, "declarative");
    hit.declarative = true;
    const auto p = skip_discourse_markers(w, 0);
    hit.elliptical = w.size() - p <= 3 || (w.size() <= 4 && (w[0].text == "and" || w[0].text == "or"));
    return hit;
  }
  return {};
}

}  // namespace rapport::analysis::detail
