#pragma once
// Private to ActTagger: the question type of a sentence from its word order.
//
// This is code rather than rules because the form of a question is a property of the
// clause structure (an auxiliary before its subject, a wh-word before an auxiliary, a
// tag after a comma) that a phrase list would have to spell out word by word.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace rapport::analysis::detail {

// One word of a sentence after fillers and restarts were removed.
struct Word {
  std::string_view text;      // lower-cased
  bool capital = false;       // written with a capital letter in the text (a name)
  bool any_capital = false;   // starts with a capital, "I" and the sentence's first word too
  bool clause_start = false;  // a comma, colon, semicolon or dash comes before it
};

enum class QuestionForm : std::uint8_t { none, closed, semi_open, open };

struct FormHit {
  QuestionForm form = QuestionForm::none;
  std::size_t first = 0;     // first word of the question clause
  const char* reason = "";   // for the evidence ("inversion", "wh", "tag", "declarative"…)
  bool declarative = false;  // only the '?' makes it a question (no interrogative word order)
  bool elliptical = false;   // a short fragment ("And masks?"), typed by the turn before
};

// The question form of one sentence. `question_mark`: the sentence holds a '?';
// `exclamation`: it ends in '!' without a '?'.
// `after_lead_in`: the sentence opens with a lead-in to a question ("Oh, one more
// thing, who should the invoice go to"), so a later clause may ask without a '?'.
FormHit question_form(const std::vector<Word>& words, bool question_mark, bool exclamation,
                      bool after_lead_in = false);

// The type of the indirect question that starts at word `at` ("…ask what swung it",
// "…know if the fridges are certified"): closed after "if" or "whether", semi-open
// for a fact ("when", "which", "how many", "what time"), open for "what", "why" and
// "how"; none for any other word.
QuestionForm indirect_question_form(const std::vector<Word>& words, std::size_t at);

// Words that carry no content for the question form at the start of a clause
// ("so", "well", "and", "okay", "I mean", "you know"): the index of the first word
// after them, from `at`.
std::size_t skip_discourse_markers(const std::vector<Word>& words, std::size_t at);

}  // namespace rapport::analysis::detail
