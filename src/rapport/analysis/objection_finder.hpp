#pragma once
// Reasons not to proceed, by category (DESIGN.md): price, budget, vendor_risk,
// financial_unclear, timing, need, authority, competitor, other. Negation and hedging
// are handled ("we are not going with another vendor" is no competitor objection).
//
// Rules (data/analysis/objections*.rules) are PhraseSet rules whose label is a
// category name ("price: too expensive"), or "not.<category>" / "not.any": a phrase
// that says the concern is absent ("price isn't the issue"); it cancels the hits of
// that category (or of every category) in its clause. Besides, a hit is dropped
// when a negation word ("not", "never", "n't"…) stands just before it in the same
// clause, unless the rule itself starts with a negation or hedge. financial_unclear
// is dropped when the same text names whose money it is (price, budget, vendor_risk).
// "topic.<category>" rules name a subject ("the support side", "the monthly cost") that
// is no objection by itself but types a concern of no category ("other": "I'm a bit
// worried about…") said in the same sentence. "concern" rules are such concerns too
// weak to stand alone ("I'm not sure about…"): they count only when a topic types them.
//
// Immutable once created; safe to share between threads.

#include <string>
#include <string_view>
#include <vector>

#include "rapport/analysis/analysis.hpp"
#include "rapport/analysis/phrase_set.hpp"
#include "rapport/analysis/rule_files.hpp"
#include "rapport/util/result.hpp"

namespace rapport::analysis {

struct ObjectionHit {
  Objection category = Objection::other;
  Span span;  // byte offsets into the text given to find()
  std::string rule;
};

class ObjectionFinder {
 public:
  // Compiles the files whose name starts with "objections".
  static Result<ObjectionFinder> create(const RuleFiles& files);
  // Hits in order of position; one category may be hit several times. `text` is a
  // sentence or a whole message (clauses are split on punctuation inside).
  std::vector<ObjectionHit> find(std::string_view text) const;
  // The same over already tokenised text (tokens of `text`, from tokenize()).
  std::vector<ObjectionHit> find(std::string_view text, const std::vector<Token>& tokens) const;

 private:
  // What a label of the rule files means: a category, or the cancelling of one (or all).
  struct LabelMeaning {
    bool cancels = false;
    bool topic = false;  // "topic.<category>": names what a concern is about, no hit itself
    bool weak = false;   // "concern": a hit only once a topic types it
    bool fixed = false;  // "other.fixed": an objection of its own, never typed by a topic
    bool all = false;  // "not.any"
    Objection category = Objection::other;
  };
  PhraseSet phrases_;
  std::vector<LabelMeaning> meanings_;  // by LabelId
};

}  // namespace rapport::analysis
