#pragma once
// Which reader a file needs, decided from its content (and its name only as a tie-breaker).

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>

namespace rapport::ingest {

enum class Format : std::uint8_t {
  mbox,
  maildir,       // a directory with cur/ new/ tmp/
  eml,           // one RFC 5322 message
  webvtt,
  srt,
  transcript_text,  // "Name: text" lines, with or without timestamps (Zoom TXT and the like)
  contacts_csv,
  vcard,
  call_log_csv,
  sms_xml,       // the XML of Android "SMS Backup & Restore" style apps
};

std::string_view to_string(Format format);

// `head` is the first few KiB of the file (fewer for a small file).
// `name` is the file name, used only where the content is ambiguous.
std::optional<Format> detect_format(std::string_view head, std::string_view name);

}  // namespace rapport::ingest
