#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/analysis/analysis.hpp"

namespace rapport::analysis {

// The conversation fields of TurnContext, kept up to date turn by turn: before
// analysing a turn call fill(), after it next() with the turn and the acts found. Used
// by `rapport analyze` (per "conversation") and by the importer (per transcript).
// A context filled from it points into it: keep the state alive and unchanged while
// that context is in use. Not thread-safe; one per conversation.
class ConversationState {
 public:
  // Fills the conversation fields of `context` for the turn that comes next.
  void fill(TurnContext& context, std::string_view speaker_name) const {
    if (count_ == 0) return;
    context.previous_text = &text_;
    context.previous_speaker = role_;
    context.index_in_conversation = count_;
    if (!speaker_name.empty() && !name_.empty())
      context.previous_by = speaker_name == name_ ? PreviousBy::same_speaker : PreviousBy::other_speaker;
    context.previous_acts = acts_;
    context.turns_since_closing = since_closing_;
  }
  // Records the turn just analysed.
  void next(std::string_view text, Speaker role, std::string_view speaker_name, const std::vector<Act>& acts) {
    text_.assign(text);
    role_ = role;
    name_.assign(speaker_name);
    acts_ = act_set(acts);
    ++count_;
    if (acts_.test(static_cast<std::size_t>(Act::closing)))
      since_closing_ = 0;
    else if (since_closing_)
      ++*since_closing_;
  }
  std::size_t count() const { return count_; }

 private:
  std::string text_;
  Speaker role_ = Speaker::unknown;
  std::string name_;
  ActSet acts_;
  std::size_t count_ = 0;
  std::optional<std::size_t> since_closing_;
};

}  // namespace rapport::analysis
