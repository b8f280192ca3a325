#include "rapport/importer/annotate.hpp"
#include "rapport/analysis/conversation_state.hpp"
#include "rapport/store/identity_rules.hpp"
#include "rapport/util/ascii.hpp"

#include <algorithm>

namespace rapport::importer {
namespace {

std::uint32_t offset(std::size_t byte) { return static_cast<std::uint32_t>(std::min<std::size_t>(byte, UINT32_MAX)); }

}  // namespace

std::vector<model::Tag> to_tags(const analysis::Analysis& analysis) {
  std::vector<model::Tag> tags;
  bool intent_tagged = false;
  for (const auto& e : analysis.evidence) {
    if (e.tag.rfind("fact.", 0) == 0) continue;  // stored below, with the phrase
    intent_tagged = intent_tagged || e.tag.rfind("intent.", 0) == 0;
    tags.push_back({e.tag, offset(e.span.begin), offset(e.span.end), e.learned ? std::string(model::k_learned) : ""});
  }
  for (const auto& fact : analysis.facts)
    tags.push_back({"fact." + fact.kind, offset(fact.span.begin), offset(fact.span.end), fact.text});
  // A default intent ("info") has no evidence of its own; it is stored all the same.
  if (analysis.intent && !intent_tagged)
    tags.push_back({"intent." + std::string(analysis::to_string(*analysis.intent)), 0, 0, {}});
  if (analysis.reply_owed.value_or(false)) tags.push_back({"reply_owed", 0, 0, {}});
  return tags;
}

void annotate(const analysis::Analyzer& analyzer, model::Message& message, const std::vector<model::Identity>& me) {
  if (message.zones.new_text.empty()) return;
  analysis::TurnContext context;
  context.channel = message.channel;
  // Mail's direction is known only once the owner is; a text backup says who sent it.
  if (message.direction == model::Direction::outbound) context.speaker = analysis::Speaker::rep;
  if (message.direction == model::Direction::inbound) context.speaker = analysis::Speaker::client;
  // Compared as the store compares identities when it sets a message's direction.
  const auto from = store::comparable_identity(message.from.id);
  const auto from_me = std::any_of(me.begin(), me.end(), [&](const model::Identity& id) {
    const auto mine = store::comparable_identity(id);
    return mine.kind == from.kind && mine.value == from.value;
  });
  if (message.direction == model::Direction::unknown && from_me) context.speaker = analysis::Speaker::rep;
  analysis::MessageContext about;
  about.channel = message.channel;
  about.subject = message.subject;
  about.automatic = message.automatic != model::AutomaticKind::none;
  about.text_is_new_text = true;
  message.tags = to_tags(analyzer.analyze_message(message.zones.new_text, context, about));
}

void annotate(const analysis::Analyzer& analyzer, model::Transcript& transcript,
              const std::vector<std::string>& rep_names) {
  auto role = [&](const std::string& speaker) {
    if (rep_names.empty() || speaker.empty()) return analysis::Speaker::unknown;
    const bool rep = std::find(rep_names.begin(), rep_names.end(), ascii_lower(speaker)) != rep_names.end();
    return rep ? analysis::Speaker::rep : analysis::Speaker::client;
  };
  analysis::ConversationState conversation;
  for (auto& turn : transcript.turns) {
    analysis::TurnContext context;
    context.speaker = role(turn.speaker);
    context.channel = transcript.channel;
    conversation.fill(context, turn.speaker);
    const auto analysis = analyzer.analyze_turn(turn.text, context);
    conversation.next(turn.text, context.speaker, turn.speaker, analysis.acts);
    turn.tags = to_tags(analysis);
  }
}

}  // namespace rapport::importer
