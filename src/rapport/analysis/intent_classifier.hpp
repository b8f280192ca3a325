#pragma once
// The primary intent of an inbound client message and whether the salesperson owes
// a reply. Precedence when several apply: unsubscribe, auto_reply, dismissal,
// objection, interest, question, scheduling, info, pleasantry.
//
// Rules (data/analysis/intents*.rules) are PhraseSet rules labelled with an intent
// name or one of the signals listed at the top of intents.rules; "not.<label>"
// cancels a label in its clause. Files named intents.requests* hold the request rules.
// The question intent comes from the act tagger's question acts (a sentence that asks)
// and from requests (intents.requests.rules, matched sentence by sentence), the
// objection intent from the objection hits;
// the rest of the weighing (precedence, reply_owed) is code. Quoted history that slips
// through (lines starting with '>', everything after "On … wrote:" or
// "-----Original Message-----") is ignored.
//
// Immutable once created; safe to share between threads.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/analysis/act_tagger.hpp"
#include "rapport/analysis/analysis.hpp"
#include "rapport/analysis/objection_finder.hpp"
#include "rapport/analysis/phrase_set.hpp"
#include "rapport/analysis/rule_files.hpp"
#include "rapport/model/channel.hpp"
#include "rapport/util/result.hpp"

namespace rapport::analysis {

struct MessageContext {
  model::Channel channel = model::Channel::email;
  std::string_view subject;  // may be empty
  bool automatic = false;    // the mail reader already recognised it as automatic
  // The text given is already the message's new text (the importer zoned it), so
  // Analyzer::analyze_message must not look for quoted history in it again.
  bool text_is_new_text = false;
};

struct IntentResult {
  Intent intent = Intent::info;
  bool reply_owed = false;
  std::vector<Objection> objections;
  std::vector<Evidence> evidence;
};

class IntentClassifier {
 public:
  // Compiles the files whose name starts with "intents".
  static Result<IntentClassifier> create(const RuleFiles& files);
  // `new_text` is the message's own new text (quoted history, signature and footer
  // already removed); `sentences` and `objections` are what the other taggers found in it.
  // When `sentences` is empty (no act tagger at hand), sentences are split here and a
  // sentence ending in '?' counts as a question. `objections` are kept only on
  // dismissals, objections and unsubscribes, and only outside quoted history.
  IntentResult classify(std::string_view new_text, const std::vector<SentenceActs>& sentences,
                        const std::vector<ObjectionHit>& objections, const MessageContext& context) const;

 private:
  // The signals of the rule files (intents plus helper labels), by LabelId.
  enum class Signal : std::uint8_t {
    unsubscribe,
    auto_reply,
    dismissal,
    dismissal_weak,
    interest,
    question,
    scheduling,
    scheduling_move,
    scheduling_confirm,
    scheduling_notice,
    info,
    courtesy,
    no_contact,
    active_deal,
    decision,
    mailing,
    in_person,
    dismissal_pause,
    scheduling_invite,
    confirmation,
  };
  static constexpr std::size_t k_signal_count = 20;
  // The first request of a sentence that no offer or not.request takes back, and
  // whether help is offered in it (intents.requests.rules).
  struct SentenceRequest {
    std::optional<PhraseMatch> request;
    bool offered = false;
  };
  SentenceRequest request_in_sentence(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                                      std::size_t last) const;

  struct LabelMeaning {
    Signal signal = Signal::info;
    bool cancels = false;
  };
  PhraseSet phrases_;
  std::vector<LabelMeaning> meanings_;  // by LabelId
  // Requests are matched sentence by sentence, so they are a set of their own
  // (intents.requests*.rules) that the whole-text pass never runs.
  PhraseSet requests_;
  std::optional<LabelId> request_label_, prompt_label_, not_request_label_, offer_label_;
};

}  // namespace rapport::analysis
