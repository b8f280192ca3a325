#include "rapport/ingest/mail/gmime_handles.hpp"

namespace rapport::ingest::gmime {

const Library& Library::instance() {
  // Never destroyed, on purpose: g_mime_shutdown at exit could run while a detached
  // thread still parses, and it drops GMime's charset-name cache without freeing its
  // entries (LeakSanitizer then reports every charset name ever seen). The process
  // lifetime is the library's lifetime; the OS reclaims the rest.
  static const Library* const library = new Library();
  return *library;
}

Library::Library() {
  g_mime_init();
  options_ = g_mime_parser_options_new();
  g_mime_parser_options_set_address_compliance_mode(options_, GMIME_RFC_COMPLIANCE_LOOSE);
  g_mime_parser_options_set_parameter_compliance_mode(options_, GMIME_RFC_COMPLIANCE_LOOSE);
  g_mime_parser_options_set_rfc2047_compliance_mode(options_, GMIME_RFC_COMPLIANCE_LOOSE);
  g_mime_parser_options_set_allow_addresses_without_domain(options_, TRUE);
  // GMime copies the list.
  const char* fallback[] = {"utf-8", "windows-1252", nullptr};
  g_mime_parser_options_set_fallback_charsets(options_, fallback);
}

}  // namespace rapport::ingest::gmime
