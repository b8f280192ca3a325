#pragma once
// Utterance acts (DESIGN.md's table) of each sentence of a call turn or of a message's
// new text. Questions are typed by form, not by the '?' alone.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "rapport/analysis/analysis.hpp"
#include "rapport/analysis/objection_finder.hpp"
#include "rapport/analysis/phrase_set.hpp"
#include "rapport/analysis/rule_files.hpp"
#include "rapport/util/result.hpp"

namespace rapport::analysis {

struct SentenceActs {
  Span span;  // the sentence, byte offsets into the text given to tag()
  std::vector<Act> acts;
  std::vector<Evidence> evidence;  // one per act at least
  // What the objection finder found in the sentence (client or unknown speaker only),
  // spans in the text given to tag(): the analyzer reuses them instead of searching again.
  std::vector<ObjectionHit> objection_hits;
  // A not.small_talk rule matched: the sentence talks business ("we need two more seats
  // for my son's team"), so a personal fact in it is a reason, not small talk.
  bool business_talk = false;
  // Nothing but listening words ("Uh-huh.", "Right, yeah."), wherever in the turn.
  bool listening_only = false;
  // Nothing but a word that may also take the floor ("Okay.", "Right."): a
  // "backchannel.floor" phrase covering the whole sentence.
  bool floor_word = false;
};

// Immutable once created; safe to share between threads.
//
// The rule files ("acts*.rules") hold phrases labelled with an act name
// ("thanks: thank you"), an act limited to one side ("rep.pitch: our plan includes",
// "client.commitment: ..."), the cancelling of an act in the sentence ("not.closing:
// bye the way"), or a cue the code interprets: "wellbeing" (a how-are-you formula: a
// greeting, not a question), "rhetorical" and "not.question" (no question), "reported"
// (a reported question: the '?' alone does not make it one), "backchannel.part" (words
// a backchannel is made of), "backchannel.question" ("really?", "is that right?") and
// "closing.reply" ("you too": a closing when the turn before was one) and
// "quotative" ("she goes,", "I was like,": a question form after it is quoted) and
// "opening" (an introduction: a greeting in the first turns of a conversation) and
// "opening.name" (the same, when a word after its first is written with a capital:
// "I'm Steve", "It's Sam from Acme", not "I'm sorry", "It's a no from us") and
// "wellbeing.reply" ("Fine, and you?": a greeting when it answers the other side's) and
// "agreement" ("Yep, go ahead then.": a commitment when it answers the other side's close
// attempt, else no act by itself) and "bad_news" ("passed away": a bare "I'm so sorry"
// right after it is sympathy, not an apology) and "excuse_me" ("pardon me": an apology
// only where it is not an aside or a request to repeat) and "question.asks" (a lead-in to
// an indirect question, "can I ask", "I wanted to know": the sentence is the question
// that follows, typed by its first word, "if" closed, "when" semi-open, "why" open) and
// "appreciation.word" ("Perfect", "Lovely": appreciation, except as the first answer to
// the other side's question).
// The question type comes from word order (act_questions.hpp); a phrase labelled with a
// question type makes the sentence that question ("question.open: tell me about"), and
// "as." before a question type only retypes a sentence that is a question by form
// ("as.question.open: what do you think").
class ActTagger {
 public:
  // Compiles the files whose name starts with "acts" (and "objections", for the
  // objection act). Errors name the file and line; an unknown label is an error.
  static Result<ActTagger> create(const RuleFiles& files);

  // Acts of each sentence of `text` (split_sentences), in order. Each act appears once
  // per sentence, with at least one Evidence; at most one question type per sentence.
  // A turn that answers the other side's business question with a quantity ("Eighty?
  // Twice that in winter.") carries no small_talk: the season or weather in it is business.
  std::vector<SentenceActs> tag(std::string_view text, const TurnContext& context) const;

  // The acts of one sentence `span` of `text`; `index_in_turn` is its position among
  // the turn's sentences (only a turn's first sentence can be a backchannel).
  SentenceActs tag_sentence(std::string_view text, Span span, const TurnContext& context,
                            std::size_t index_in_turn = 0) const;

 private:
  enum class Role : std::uint8_t {
    act,
    rep_act,
    client_act,
    not_act,
    question_type,
    wellbeing,
    rhetorical,
    not_question,
    reported,
    backchannel_part,
    backchannel_sound,
    backchannel_question,
    backchannel_floor,
    closing_reply,
    quotative,
    opening,
    opening_name,
    wellbeing_reply,
    agreement,
    bad_news,
    excuse_me,
    praise_word,
    asks
  };
  struct LabelRole {
    Role role = Role::act;
    Act act = Act::greeting;
  };

  // Every rule's matches in `text` (another turn), hesitations left out.
  std::vector<PhraseMatch> matches_in(std::string_view text) const;
  // Whether `text` holds a closing phrase or a reply to one (for replies to a goodbye).
  bool has_closing(std::string_view text) const;
  // Whether `text` tells bad news (a "bad_news" phrase: for sympathy after it).
  bool has_bad_news(std::string_view text) const;

  PhraseSet phrases_;
  std::vector<LabelRole> roles_;  // by LabelId
  ObjectionFinder objections_;
};

}  // namespace rapport::analysis
