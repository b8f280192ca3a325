#pragma once
// Personal facts a client mentions about their life (family events, children, hobbies,
// sport, holidays, moves, health, celebrations, pets), as short phrases with the
// sentence they came from, to bring up next time.
//
// The rules (data/analysis/facts*.rules) name triggers per kind, business senses of the
// same words that are never facts, and the word lists the finder uses; the head of
// data/analysis/facts.rules explains them. In short, a trigger becomes a fact when it is
// the speaker's own life (the nearest person word before it is "I"/"my"/"we"/"our", not
// "you" or a third party; pets of the household need no owner), it is not negated or
// hypothetical in its clause, its sentence is not a question, and no business sense
// ("graduation scheme", "holiday cover", "moving to a new CRM") overlaps it.
// Precision is preferred to recall: a salesperson will say these out loud.
//
// Thread safety: immutable after create(); find() may be called from any thread.

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "rapport/analysis/analysis.hpp"
#include "rapport/analysis/phrase_set.hpp"
#include "rapport/analysis/rule_files.hpp"
#include "rapport/util/result.hpp"

namespace rapport::analysis {

// The kinds of personal fact, as rule files and the fact model name them.
inline constexpr std::array<std::string_view, 10> k_fact_kinds = {
    "family", "children", "hobby", "sport", "holiday", "move", "health", "pet", "celebration", "other"};

class FactFinder {
 public:
  // Compiles the files whose name starts with "facts". Errors name the file and line;
  // a label that is neither a kind, "not", nor a known word list is an error.
  static Result<FactFinder> create(const RuleFiles& files);

  // Facts of `text` in order of position, at most one per overlapping phrase. Each
  // Fact's text is a phrase copied from `text` (trigger plus a short complement such as
  // "in June", "on the 28th"; a leading "my"/"our" dropped), its span the sentence it
  // came from (byte offsets into `text`). Empty for empty text.
  std::vector<Fact> find(std::string_view text) const;

 private:
  // What a label means to the finder.
  enum class Role : std::uint8_t {
    trigger,  // a kind, with options: "holiday.place", "holiday.place.opening"
    not_personal,   // "not": a business sense of the words
    owner,
    negation,
    relative,
    child,
    complement,
    clause,
    name_joiner,
    business,
    dangling,
    kin,
    date,
    second_person,
    third_person,
    third_verb,
    lead,
    elided,
    bridge,
    destination,
    partner,
  };
  struct LabelInfo {
    Role role = Role::trigger;
    std::string kind;      // for triggers
    bool place = false;    // ".place": a place name must follow ("off to Portugal")
    bool opening = false;  // ".opening": must open its sentence ("Back from the Algarve.")
    bool destination = false;  // ".destination": the place must be a known one ("we did Kerala")
    bool fixed = false;    // ".fixed": the kind stays as written, whoever the phrase names
  };

  PhraseSet rules_;
  std::vector<LabelInfo> labels_;  // by LabelId
};

}  // namespace rapport::analysis
