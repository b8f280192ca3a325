#include "rapport/ingest/files/transcript_builder.hpp"
#include "rapport/util/ascii.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <utility>

#include "rapport/ingest/common/hash.hpp"
#include "rapport/ingest/files/date_text.hpp"
#include "rapport/ingest/files/text_util.hpp"

namespace rapport::ingest::detail {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_ascii_space(s[i])) ++i;
    const std::size_t start = i;
    while (i < s.size() && !is_ascii_space(s[i])) ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

// Earliest word in `text` that says phone or video.
std::optional<model::Channel> channel_from_words(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, model::Channel>, 17> k_words{{
      {"phone", model::Channel::phone},        {"call recording", model::Channel::phone},
      {"dialer", model::Channel::phone},       {"dialler", model::Channel::phone},
      {"voice call", model::Channel::phone},   {"cold call", model::Channel::phone},
      {"telephone", model::Channel::phone},    {"zoom", model::Channel::video},
      {"teams", model::Channel::video},        {"google meet", model::Channel::video},
      {"webex", model::Channel::video},        {"video", model::Channel::video},
      {"meeting", model::Channel::video},      {"webinar", model::Channel::video},
      {"in person", model::Channel::in_person}, {"in-person", model::Channel::in_person},
      {"face to face", model::Channel::in_person},
  }};
  const std::string lower = to_lower_ascii(text);
  std::size_t best = std::string::npos;
  std::optional<model::Channel> channel;
  for (const auto& [word, ch] : k_words) {
    const std::size_t at = lower.find(word);
    if (at < best) {
      best = at;
      channel = ch;
    }
  }
  // A bare "call" ("2026-10-29_carver_call.srt") is a phone call unless a stronger
  // word above said otherwise ("Teams call").
  if (!channel && lower.find("call") != std::string::npos) channel = model::Channel::phone;
  return channel;
}

// When neither the file, its name nor the caller says: what the talk itself shows. A
// word about screens, cameras or muting is a video call, one about phones or lines a
// phone call (the first such word decides); without one, three or more people talking
// is a meeting and two a phone call, which most one-to-one sales calls are.
model::Channel channel_from_talk(const std::vector<Cue>& turns) {
  static constexpr std::array<std::pair<std::string_view, model::Channel>, 16> k_words{{
      {"screen", model::Channel::video},    {"camera", model::Channel::video},
      {"webcam", model::Channel::video},    {"mute", model::Channel::video},
      {"muted", model::Channel::video},     {"unmute", model::Channel::video},
      {"video", model::Channel::video},     {"zoom", model::Channel::video},
      {"teams", model::Channel::video},     {"chat", model::Channel::video},
      {"phone", model::Channel::phone},     {"phoned", model::Channel::phone},
      {"ring", model::Channel::phone},      {"rang", model::Channel::phone},
      {"mobile", model::Channel::phone},    {"voicemail", model::Channel::phone},
  }};
  std::vector<std::string_view> speakers;
  for (const auto& turn : turns) {
    if (!turn.speaker.empty() && std::find(speakers.begin(), speakers.end(), turn.speaker) == speakers.end())
      speakers.push_back(turn.speaker);
    const std::string lower = to_lower_ascii(turn.text);
    for (const auto word : split_words(lower)) {
      const auto bare = word.substr(0, word.find_first_of(".,;:!?'\")"));
      for (const auto& [cue, channel] : k_words)
        if (bare == cue) return channel;
    }
  }
  return speakers.size() > 2 ? model::Channel::video : model::Channel::phone;
}

}  // namespace

std::optional<double> parse_clock(std::string_view text) {
  text = trim_ascii_spaces(text);
  std::array<std::string_view, 3> parts{};
  std::size_t count = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != ':') continue;
    if (count == parts.size()) return std::nullopt;
    parts[count++] = text.substr(start, i - start);
    start = i + 1;
  }
  if (count < 2) return std::nullopt;
  std::string_view sec = parts[count - 1];
  std::string_view frac;
  if (const auto dot = sec.find_first_of(".,"); dot != std::string_view::npos) {
    frac = sec.substr(dot + 1);
    sec = sec.substr(0, dot);
    if (!all_digits(frac) || frac.size() > 9) return std::nullopt;
  }
  auto number = [](std::string_view s) {
    double v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
  };
  if (sec.size() != 2 || !all_digits(sec)) return std::nullopt;
  const std::string_view min = parts[count - 2];
  if (!all_digits(min) || min.size() > 3) return std::nullopt;
  double hours = 0;
  if (count == 3) {
    if (!all_digits(parts[0]) || parts[0].size() > 3 || min.size() != 2) return std::nullopt;
    hours = number(parts[0]);
    if (number(min) >= 60) return std::nullopt;
  }
  if (number(sec) >= 60) return std::nullopt;
  double fraction = 0;
  double scale = 0.1;
  for (char c : frac) {
    fraction += (c - '0') * scale;
    scale /= 10;
  }
  return hours * 3600 + number(min) * 60 + number(sec) + fraction;
}

std::optional<CueTiming> parse_cue_timing(std::string_view line) {
  const std::size_t arrow = line.find("-->");
  if (arrow == std::string_view::npos) return std::nullopt;
  const auto start = parse_clock(line.substr(0, arrow));
  const std::string_view rest = trim_ascii_spaces(line.substr(arrow + 3));
  const auto end = parse_clock(rest.substr(0, rest.find_first_of(" \t")));
  if (!start || !end) return std::nullopt;
  return CueTiming{*start, *end};
}

bool plausible_speaker(std::string_view name) {
  static constexpr std::array<std::string_view, 25> k_not_names{
      "music", "applause", "laughter", "laughs", "laughing", "inaudible", "crosstalk",
      "silence", "noise", "background noise", "pause", "unintelligible", "indiscernible",
      "foreign", "blank_audio", "sound", "note", "notes", "agenda", "summary", "subject",
      "re", "ps", "http", "https"};
  static constexpr std::array<std::string_view, 20> k_particles{
      "de", "van", "der", "von", "da", "di", "la", "le", "du", "del", "della", "bin", "al",
      "el", "dos", "das", "ten", "ter", "y", "e"};
  name = trim_ascii_spaces(name);
  if (name.empty() || name.size() > 60) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (std::string_view{"?!,;:\"<>=/\\{}*#|"}.find(c) != std::string_view::npos) return false;
    // '.' only closes an initial or an abbreviation: "J. Doe", "Dr. Lee".
    if (c == '.' && (i == 0 || !is_alpha(name[i - 1]) ||
                     (i + 1 < name.size() && !is_ascii_space(name[i + 1]))))
      return false;
  }
  const auto words = split_words(name);
  if (words.empty() || words.size() > 6) return false;
  const char first = words[0][0];
  if (!is_upper(first) && !is_non_ascii(first)) return false;
  for (std::size_t w = 1; w < words.size(); ++w) {
    const char c = words[w][0];
    if (is_upper(c) || is_non_ascii(c) || is_digit(c) || c == '(' || c == '[') continue;
    bool particle = false;
    for (std::string_view p : k_particles) particle = particle || words[w] == p;
    if (!particle) return false;
  }
  const std::string lower = to_lower_ascii(name);
  for (std::string_view bad : k_not_names)
    if (lower == bad) return false;
  return true;
}

std::optional<SpeakerSplit> split_speaker(std::string_view text) {
  std::string_view t = trim_ascii_spaces(text);
  if (t.substr(0, 2) == ">>") t = trim_ascii_spaces(t.substr(2));
  else if (t.substr(0, 2) == "- ") t = trim_ascii_spaces(t.substr(2));
  if (!t.empty() && t[0] == '[') {
    const std::size_t close = t.find(']');
    if (close != std::string_view::npos) {
      const std::string_view inner = t.substr(1, close - 1);
      std::string_view after = trim_ascii_spaces(t.substr(close + 1));
      if (!after.empty() && after[0] == ':') after = trim_ascii_spaces(after.substr(1));
      if (plausible_speaker(inner)) return SpeakerSplit{collapse_spaces(inner), after};
    }
    return std::nullopt;
  }
  const std::size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 60) return std::nullopt;
  if (colon + 1 < t.size() && !is_ascii_space(t[colon + 1])) return std::nullopt;
  const std::string_view name = t.substr(0, colon);
  if (!plausible_speaker(name)) return std::nullopt;
  return SpeakerSplit{collapse_spaces(name), trim_ascii_spaces(t.substr(colon + 1))};
}

std::vector<CaptionSegment> caption_segments(std::string_view payload) {
  std::vector<CaptionSegment> out;
  std::string voice;
  bool in_voice = false;
  std::string raw;
  auto flush = [&] {
    std::string text = collapse_spaces(decode_entities(raw));
    raw.clear();
    if (text.empty()) return;
    CaptionSegment seg;
    if (in_voice) {
      seg.speaker = voice;
      seg.text = std::move(text);
    } else if (auto split = split_speaker(text)) {
      seg.speaker = std::move(split->speaker);
      seg.text = std::string{split->rest};
    } else {
      seg.text = std::move(text);
    }
    if (!seg.text.empty() || !seg.speaker.empty()) out.push_back(std::move(seg));
  };
  std::size_t i = 0;
  while (i < payload.size()) {
    const char c = payload[i];
    if (c == '<') {
      const std::size_t close = payload.find('>', i + 1);
      if (close == std::string_view::npos) {
        raw.append(payload.substr(i));
        break;
      }
      const std::string_view tag = payload.substr(i + 1, close - i - 1);
      if (!tag.empty() && tag[0] == 'v' && (tag.size() == 1 || tag[1] == ' ' || tag[1] == '.' || tag[1] == '\t')) {
        flush();
        // "<v.loud Jane Doe>": classes after dots, then the annotation (the name).
        const std::size_t space = tag.find_first_of(" \t");
        voice = space == std::string_view::npos ? std::string{}
                                                : collapse_spaces(decode_entities(tag.substr(space + 1)));
        in_voice = true;
      } else if (tag == "/v") {
        flush();
        in_voice = false;
        voice.clear();
      } else if (!tag.empty() && (tag[0] == '/' || is_alpha(tag[0]) || is_digit(tag[0]))) {
        // <c.x>, <i>, <b>, <u>, <ruby>, <rt>, <lang en>, <font …>, <00:00:01.000>.
      } else {
        raw.append(payload.substr(i, close - i + 1));
      }
      i = close + 1;
      continue;
    }
    if (c == '{' && i + 1 < payload.size() && payload[i + 1] == '\\') {
      const std::size_t close = payload.find('}', i + 2);
      if (close != std::string_view::npos) {  // SubStation codes in SRT: "{\an8}"
        i = close + 1;
        continue;
      }
    }
    raw.push_back(c);
    ++i;
  }
  flush();
  // An empty voice span leaves an empty, unnamed segment behind: drop it.
  std::erase_if(out, [](const CaptionSegment& s) { return s.text.empty(); });
  return out;
}

TranscriptBuilder::TranscriptBuilder(const ReadContext& ctx) : ctx_(ctx) {}

void TranscriptBuilder::add_caption(std::string_view payload, CueTiming timing, const std::string& position,
                                    std::uint64_t byte_offset) {
  for (auto& seg : caption_segments(payload)) {
    Cue cue;
    cue.speaker = std::move(seg.speaker);
    cue.text = std::move(seg.text);
    cue.start_s = timing.start_s;
    cue.end_s = timing.end_s;
    cue.position = position;
    cue.byte_offset = byte_offset;
    add(std::move(cue));
  }
}

void TranscriptBuilder::add(Cue cue) {
  cue.text = collapse_spaces(cue.text);
  cues_.push_back(std::move(cue));
}

bool TranscriptBuilder::append(std::string_view text) {
  if (cues_.empty()) return false;
  const std::string more = collapse_spaces(text);
  if (more.empty()) return true;
  std::string& t = cues_.back().text;
  if (!t.empty()) t.push_back(' ');
  t += more;
  return true;
}

void TranscriptBuilder::note_title(std::string_view title) {
  std::string t = collapse_spaces(title);
  if (!title_ && !t.empty()) title_ = std::move(t);
}

void TranscriptBuilder::note_date(model::Timestamp when, bool has_time) {
  if (date_) return;
  date_ = when;
  date_has_time_ = has_time;
}

void TranscriptBuilder::note_channel_hint(std::string_view text) {
  if (!hinted_channel_) hinted_channel_ = channel_from_words(text);
}

void TranscriptBuilder::finish(RecordSink& sink, std::string_view what_is_missing) {
  // Merge adjacent cues of one named speaker, after dropping empty ones.
  std::vector<Cue> turns;
  for (Cue& cue : cues_) {
    if (cue.text.empty()) continue;
    if (!turns.empty() && !cue.speaker.empty() && turns.back().speaker == cue.speaker) {
      Cue& last = turns.back();
      last.text.push_back(' ');
      last.text += cue.text;
      if (cue.end_s) last.end_s = cue.end_s;
      else if (cue.start_s) last.end_s.reset();  // the merged end is not known
      if (!last.start_s) last.start_s = cue.start_s;
      continue;
    }
    turns.push_back(std::move(cue));
  }
  cues_.clear();
  if (turns.empty()) {
    sink.on_diagnostic({ctx_.file, "", std::string{what_is_missing}, model::Severity::error});
    return;
  }

  model::Transcript t;
  t.source = {ctx_.file, "line 1", 0};

  // The file name: "GMT20260314-100211_Weekly sync.transcript.vtt".
  const std::filesystem::path path{ctx_.file};
  std::string stem = path.stem().string();
  if (stem.size() > 11 && iequals(std::string_view{stem}.substr(stem.size() - 11), ".transcript"))
    stem.resize(stem.size() - 11);
  const DateOrder order = date_order_for_region(ctx_.default_region);
  const auto name_date = find_date(stem, order, CompactDates::yes);
  std::string name_title = stem;
  if (name_date) {
    std::size_t begin = name_date->begin;
    if (begin >= 3 && iequals(std::string_view{stem}.substr(begin - 3, 3), "GMT")) begin -= 3;
    name_title.erase(begin, name_date->end - begin);
  }
  for (char& c : name_title)
    if (c == '_' || c == '-' || c == '.' || c == '+') c = ' ';
  name_title = collapse_spaces(name_title);

  t.title = title_ ? *title_ : name_title;
  if (date_) {
    t.started_at = *date_;
  } else if (name_date) {
    t.started_at = name_date->when;
    date_has_time_ = name_date->has_time;
  } else if (ctx_.date) {
    t.started_at = *ctx_.date;
  }

  if (ctx_.channel) t.channel = *ctx_.channel;
  else if (hinted_channel_) t.channel = *hinted_channel_;
  else if (auto from_name = channel_from_words(stem)) t.channel = *from_name;
  else t.channel = channel_from_talk(turns);

  std::optional<double> base;
  for (const Cue& c : turns)
    if (c.start_s) {
      base = c.start_s;
      break;
    }
  // Times of day, not offsets into the call, when the first turn starts hours in:
  // live-transcript exports ("[Jane Doe] 14:00:11") write the clock, and no call
  // transcript begins two hours into its recording.
  constexpr double k_clock_after_s = 2 * 3600;
  if (base && *base >= k_clock_after_s) clock_times_ = true;
  if (clock_times_) {
    if (base) {
      if (t.started_at && !date_has_time_)
        *t.started_at += std::chrono::seconds{static_cast<std::int64_t>(*base)};
      auto rebase = [&](std::optional<double>& v) {
        if (!v) return;
        *v -= *base;
        if (*v < 0) *v += 86400;  // past midnight
      };
      for (Cue& c : turns) {
        rebase(c.start_s);
        rebase(c.end_s);
      }
    }
  }

  Sha256 hash;
  for (Cue& c : turns) {
    if (!c.speaker.empty() &&
        std::find(t.speakers.begin(), t.speakers.end(), c.speaker) == t.speakers.end())
      t.speakers.push_back(c.speaker);
    hash.update(c.speaker);
    hash.update("\x1f");
    hash.update(c.text);
    hash.update("\x1e");
    model::Utterance u;
    u.speaker = std::move(c.speaker);
    u.start_s = c.start_s;
    u.end_s = c.end_s;
    u.text = std::move(c.text);
    u.source = {ctx_.file, std::move(c.position), c.byte_offset};
    t.turns.push_back(std::move(u));
  }
  t.content_hash = to_hex(hash.finish());
  sink.on_transcript(std::move(t));
}

}  // namespace rapport::ingest::detail
