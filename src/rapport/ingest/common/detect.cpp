#include <algorithm>
#include <array>
#include <string>

#include "rapport/ingest/common/format.hpp"
#include "rapport/util/ascii.hpp"

namespace rapport::ingest {
namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string_view skip_bom_and_space(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  return text;
}

std::string_view first_line(std::string_view text) {
  const auto end = text.find('\n');
  auto line = text.substr(0, end);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// An RFC 5322 header line: a field name of printable ASCII without spaces, then ':'.
bool looks_like_header_line(std::string_view line) {
  const auto colon = line.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon > 76) return false;
  return std::all_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) {
    return c > 32 && c < 127;
  });
}

bool looks_like_mail(std::string_view head) {
  // Two header lines among well-known fields are enough to tell mail from prose.
  static constexpr std::array<std::string_view, 10> k_fields{
      "from:", "to:", "subject:", "date:", "message-id:", "received:", "return-path:",
      "mime-version:", "delivered-to:", "reply-to:"};
  int known = 0;
  std::size_t pos = 0;
  for (int line_no = 0; line_no < 40 && pos < head.size(); ++line_no) {
    const auto line = first_line(head.substr(pos));
    if (line.empty()) break;  // end of the header block
    if (line.front() != ' ' && line.front() != '\t') {
      if (!looks_like_header_line(line)) return false;
      const auto name = ascii_lower(line.substr(0, line.find(':') + 1));
      if (std::find(k_fields.begin(), k_fields.end(), name) != k_fields.end()) ++known;
    }
    pos += line.size() + 1;
    if (pos < head.size() && head[pos - 1] == '\r') ++pos;
  }
  return known >= 2;
}

// A time code as WebVTT and SRT write it, followed by the arrow.
bool has_cue_timing(std::string_view head, char fraction_separator) {
  const auto arrow = head.find("-->");
  if (arrow == std::string_view::npos || arrow < 8) return false;
  const auto before = head.substr(0, arrow);
  const auto sep = before.rfind(fraction_separator);
  return sep != std::string_view::npos && arrow - sep <= 6;
}

std::string header_of_csv(std::string_view head) { return ascii_lower(first_line(skip_bom_and_space(head))); }

bool contains_any(std::string_view text, std::initializer_list<std::string_view> needles) {
  return std::any_of(needles.begin(), needles.end(),
                     [&](std::string_view needle) { return text.find(needle) != std::string_view::npos; });
}

bool is_call_log_header(const std::string& header) {
  const bool has_when = contains_any(header, {"date", "time", "when", "start"});
  const bool has_call_field =
      contains_any(header, {"duration", "outcome", "direction", "call type", "call_type", "result"});
  return has_when && has_call_field;
}

bool is_contacts_header(const std::string& header) {
  return contains_any(header, {"name", "e-mail", "email", "phone", "company", "organization"});
}

}  // namespace

std::string_view to_string(Format format) {
  switch (format) {
    case Format::mbox: return "mbox";
    case Format::maildir: return "maildir";
    case Format::eml: return "eml";
    case Format::webvtt: return "webvtt";
    case Format::srt: return "srt";
    case Format::transcript_text: return "transcript";
    case Format::contacts_csv: return "contacts-csv";
    case Format::vcard: return "vcard";
    case Format::call_log_csv: return "call-log-csv";
    case Format::sms_xml: return "sms-xml";
  }
  return "unknown";
}

std::optional<Format> detect_format(std::string_view head, std::string_view name) {
  const std::string lname = ascii_lower(name);
  const std::string_view body = skip_bom_and_space(head);
  if (body.empty()) return std::nullopt;
  const std::string upper_start = ascii_lower(body.substr(0, 64));

  if (body.substr(0, 6) == "WEBVTT") return Format::webvtt;
  if (upper_start.rfind("begin:vcard", 0) == 0) return Format::vcard;
  if (body.substr(0, 5) == "From " && head.find('\n') != std::string_view::npos) return Format::mbox;
  if (body.front() == '<' || body.substr(0, 5) == "<?xml") {
    if (head.find("<smses") != std::string_view::npos) return Format::sms_xml;
    return std::nullopt;
  }
  if (looks_like_mail(body)) return Format::eml;

  // SRT: a cue number line, then a timing line with a comma before the milliseconds.
  if (has_cue_timing(body.substr(0, 512), ',')) return Format::srt;

  if (ends_with(lname, ".csv") || ends_with(lname, ".tsv") ||
      first_line(body).find_first_of(",;\t") != std::string_view::npos) {
    const auto header = header_of_csv(body);
    if (is_call_log_header(header)) return Format::call_log_csv;
    if (is_contacts_header(header) && header.find_first_of(",;\t") != std::string::npos)
      return Format::contacts_csv;
  }

  // Transcripts in plain text: the name says so, or several "Name: text" lines do.
  if (ends_with(lname, ".txt") || ends_with(lname, ".transcript")) return Format::transcript_text;
  if (ends_with(lname, ".vtt")) return Format::webvtt;
  if (ends_with(lname, ".srt")) return Format::srt;
  if (ends_with(lname, ".eml")) return Format::eml;
  if (ends_with(lname, ".mbox")) return Format::mbox;
  if (ends_with(lname, ".vcf")) return Format::vcard;
  return std::nullopt;
}

}  // namespace rapport::ingest
