#pragma once
// The analysis as one object: compiled once from the rule files, then applied to
// call turns and messages. Pure: no I/O, no clock.
//
// Thread safety: immutable after create(); analyse from any number of threads.

#include <string_view>

#include "rapport/analysis/act_model.hpp"
#include "rapport/analysis/act_tagger.hpp"
#include "rapport/analysis/analysis.hpp"
#include "rapport/analysis/fact_finder.hpp"
#include "rapport/analysis/fact_model.hpp"
#include "rapport/analysis/intent_classifier.hpp"
#include "rapport/analysis/intent_model.hpp"
#include "rapport/analysis/objection_finder.hpp"
#include "rapport/analysis/objection_model.hpp"
#include "rapport/analysis/rule_files.hpp"
#include "rapport/util/result.hpp"

namespace rapport::analysis {

class Analyzer {
 public:
  // Compiles the built-in rules plus `extra` files (an organisation's own: its
  // competitors, its products). Errors name the rule file and line.
  static Result<Analyzer> create(const RuleFiles& extra = {});

  // One call turn (or one chat line): acts per sentence, objections, facts.
  Analysis analyze_turn(std::string_view text, const TurnContext& context) const;

  // A whole message body as received. For email, only the new text is analysed
  // (quoted history, signature and footer are found with text::zone_lines and
  // ignored); spans still point into `body`. A message from a client (or from an
  // unknown sender) also gets its intent and whether a reply is owed.
  Analysis analyze_message(std::string_view body, const TurnContext& context,
                           const MessageContext& message) const;

 private:
  Analyzer(ActTagger acts, IntentClassifier intents, FactFinder facts, ObjectionModel objection_model,
           IntentModel intent_model, FactModel fact_model, ActModel act_model)
      : acts_(std::move(acts)),
        intents_(std::move(intents)),
        facts_(std::move(facts)),
        objection_model_(std::move(objection_model)),
        intent_model_(std::move(intent_model)),
        fact_model_(std::move(fact_model)),
        act_model_(std::move(act_model)) {}

  Analysis analyze_text(std::string_view text, const TurnContext& context,
                        std::vector<SentenceActs>& sentence_acts, std::vector<ObjectionHit>& hits) const;
  // `keys`: the features of `text`, the whole turn.
  void add_model_acts(std::string_view text, const TextModel::Keys& keys, const TurnContext& context,
                      std::vector<SentenceActs>& sentence_acts) const;
  void add_model_objection(std::string_view text, const TextModel::Keys& keys, Analysis& out) const;
  void check_categories(std::string_view text, const TextModel::Keys& keys, Analysis& out) const;
  void add_model_facts(std::string_view text, const std::vector<SentenceActs>& sentence_acts,
                       std::vector<Fact>& facts) const;
  void ask_intent_model(std::string_view text, const Analysis& analysis, const std::vector<ObjectionHit>& hits,
                        IntentResult& result) const;

  ActTagger acts_;  // owns the objection finder too
  IntentClassifier intents_;
  FactFinder facts_;
  ObjectionModel objection_model_;  // a second opinion on client call turns the rules pass over
  IntentModel intent_model_;        // a second opinion on the rules' weakest intents
  FactModel fact_model_;            // a second opinion on client sentences the fact rules pass over
  ActModel act_model_;              // a second opinion on the acts of call turns
};

// Character (code point) offset of byte offset `byte` in UTF-8 `text`, for JSON spans.
std::size_t char_offset(std::string_view text, std::size_t byte);

}  // namespace rapport::analysis
