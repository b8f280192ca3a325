// Fuzz target for sentence splitting and the act tagger: any bytes, no crash, and the
// promises of sentences.hpp and act_tagger.hpp hold (sentences in order and inside the
// text, one evidence per act with a span inside its sentence, at most one question
// type per sentence). The input is "previous turn\ntext"; its first byte picks the
// speaker and channel.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/analysis/act_tagger.hpp"
#include "rapport/analysis/sentences.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rapport::analysis;
  static const ActTagger tagger = [] {
    auto r = ActTagger::create(builtin_rule_files());
    if (!r) std::abort();
    return std::move(r.value());
  }();
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const unsigned selector = input.empty() ? 0U : static_cast<unsigned char>(input.front());
  if (!input.empty()) input.remove_prefix(1);
  const auto newline = input.find('\n');
  const std::string previous(newline == std::string_view::npos ? std::string_view{} : input.substr(0, newline));
  const std::string_view text = newline == std::string_view::npos ? input : input.substr(newline + 1);

  std::size_t last_end = 0;
  for (const auto& s : split_sentences(text)) {
    if (s.begin < last_end || s.end <= s.begin || s.end > text.size()) std::abort();
    last_end = s.end;
  }

  TurnContext context;
  context.speaker = static_cast<Speaker>(selector % 3);
  context.previous_speaker = static_cast<Speaker>((selector / 3) % 3);
  if (selector & 0x40U) context.channel = rapport::model::Channel::email;
  if (newline != std::string_view::npos) context.previous_text = &previous;
  context.index_in_conversation = selector & 0x80U ? 10 : 0;
  // The conversation context, from the previous turn's own acts (as rapport analyze
  // passes them): who said it and how long ago the last goodbye was.
  if (context.previous_text != nullptr) {
    std::vector<rapport::analysis::Act> previous_acts;
    for (const auto& s : tagger.tag(previous, {})) previous_acts.insert(previous_acts.end(), s.acts.begin(), s.acts.end());
    context.previous_acts = rapport::analysis::act_set(previous_acts);
    context.previous_by = static_cast<rapport::analysis::PreviousBy>((selector / 9) % 3);
    if (selector & 0x20U) context.turns_since_closing = (selector / 27) % 3;
  }
  for (const auto& s : tagger.tag(text, context)) {
    if (s.span.end > text.size() || s.span.begin > s.span.end) std::abort();
    if (s.acts.size() != s.evidence.size()) std::abort();
    int questions = 0;
    for (const auto a : s.acts) questions += is_question(a) ? 1 : 0;
    if (questions > 1) std::abort();
    for (const auto& e : s.evidence)
      if (e.span.begin < s.span.begin || e.span.end > s.span.end || e.span.begin > e.span.end) std::abort();
  }
  return 0;
}
