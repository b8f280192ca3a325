// Fuzz target for the objection finder and the intent classifier: any bytes, no crash,
// and the promises of objection_finder.hpp and intent_classifier.hpp hold (spans inside
// the text, objection categories sorted and unique and only on dismissals, objections
// and unsubscribes, no reply owed on pleasantries, auto-replies, unsubscribes and info).
// The first byte picks the channel, whether the message is flagged automatic, and
// whether acts are given (one question act on every sentence ending in '?').
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "rapport/analysis/intent_classifier.hpp"
#include "rapport/analysis/sentences.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rapport::analysis;
  static const ObjectionFinder finder = [] {
    auto r = ObjectionFinder::create(builtin_rule_files());
    if (!r) std::abort();
    return std::move(r.value());
  }();
  static const IntentClassifier classifier = [] {
    auto r = IntentClassifier::create(builtin_rule_files());
    if (!r) std::abort();
    return std::move(r.value());
  }();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const unsigned selector = text.empty() ? 0U : static_cast<unsigned char>(text.front());
  if (!text.empty()) text.remove_prefix(1);

  const auto hits = finder.find(text);
  for (const auto& hit : hits)
    if (hit.span.begin >= hit.span.end || hit.span.end > text.size() || hit.rule.empty()) std::abort();

  MessageContext context;
  context.channel = static_cast<rapport::model::Channel>(selector % 4);
  context.automatic = (selector & 0x10U) != 0;
  std::vector<SentenceActs> acts;
  if (selector & 0x20U)
    for (const auto& span : split_sentences(text)) {
      SentenceActs s{span, {}, {}, {}};
      if (span.end > span.begin && text[span.end - 1] == '?') s.acts.push_back(Act::question_closed);
      acts.push_back(std::move(s));
    }
  const auto result = classifier.classify(text, acts, hits, context);
  if (context.automatic && result.intent != Intent::auto_reply) std::abort();
  if (!std::is_sorted(result.objections.begin(), result.objections.end()) ||
      std::adjacent_find(result.objections.begin(), result.objections.end()) != result.objections.end())
    std::abort();
  const bool may_object = result.intent == Intent::dismissal || result.intent == Intent::objection ||
                          result.intent == Intent::unsubscribe;
  if (!may_object && !result.objections.empty()) std::abort();
  if (result.intent == Intent::objection && result.objections.empty()) std::abort();
  const bool never_owed = result.intent == Intent::pleasantry || result.intent == Intent::auto_reply ||
                          result.intent == Intent::unsubscribe || result.intent == Intent::info;
  if (never_owed && result.reply_owed) std::abort();
  for (const auto& e : result.evidence)
    if (e.span.begin > e.span.end || e.span.end > text.size()) std::abort();
  return 0;
}
