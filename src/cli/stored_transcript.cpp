#include "cli/stored_transcript.hpp"

#include <algorithm>

#include "rapport/util/ascii.hpp"

namespace rapport::cli {

model::Transcript transcript_of(const store::Conversation& c) {
  model::Transcript t;
  t.channel = c.channel;
  t.title = c.subject;
  t.started_at = c.started;
  for (const auto& item : c.items) {
    model::Utterance u;
    u.speaker = item.speaker;
    u.start_s = item.start_s;
    u.end_s = item.end_s;
    u.text = item.zones.new_text;
    u.source = item.source;
    u.tags = item.tags;
    if (!u.speaker.empty() && std::find(t.speakers.begin(), t.speakers.end(), u.speaker) == t.speakers.end())
      t.speakers.push_back(u.speaker);
    t.turns.push_back(std::move(u));
  }
  return t;
}

namespace {

std::vector<std::string> words_of(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : name) {
    if (c == ' ' || c == '\t' || c == '.' || c == ',') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += ascii_lower(c);
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

}  // namespace

std::string match_speaker(const std::vector<std::string>& speakers, std::string_view name) {
  const auto wanted = words_of(name);
  if (wanted.empty()) return {};
  for (const auto& s : speakers)
    if (words_of(s) == wanted) return s;
  std::vector<std::string> found;
  for (const auto& s : speakers) {
    const auto words = words_of(s);
    if (words.empty()) continue;
    const auto n = std::min(words.size(), wanted.size());
    if (std::equal(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(n), wanted.begin())) found.push_back(s);
  }
  return found.size() == 1 ? found.front() : std::string{};
}

}  // namespace rapport::cli
