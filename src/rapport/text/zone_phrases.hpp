#pragma once
// The word lists behind email body zoning (see zone_phrases.cpp for the lists and
// why each exists). Internal to the text layer: body_zones.cpp and zone_rules.cpp
// read them; nothing else should.
//
// Every entry is lower-case ASCII (or UTF-8 for non-English forms, compared
// byte-wise after ASCII lower-casing of the input). All views point at string
// literals and live for the whole program.

#include <span>
#include <string_view>

namespace rapport::text::phrases {

// Verbs that end an attribution line, including the colon ("wrote:",
// "a écrit :"), matched against the end of the line after whitespace is removed
// before the colon.
std::span<const std::string_view> attribution_verbs();

// First words of an attribution line that may span several lines
// ("On", "Le", "Am", "W dniu" …), each with its trailing space.
std::span<const std::string_view> attribution_openers();

// Field names of an Outlook / webmail header block, without the colon.
std::span<const std::string_view> header_from_fields();   // "from", "de", "von" …
std::span<const std::string_view> header_other_fields();  // "sent", "to", "subject" …

// Phrases of a separator line that starts quoted or forwarded history
// ("original message", "forwarded message", "begin forwarded message").
std::span<const std::string_view> history_separators();

// Device and app signatures ("sent from my", "get outlook for"), and the device
// or app words that make a generic "sent via/with/using/by …" line one.
std::span<const std::string_view> device_prefixes();
std::span<const std::string_view> device_words();

// Sign-offs ("best regards", "thanks", "cheers") and greetings ("hi", "dear").
std::span<const std::string_view> sign_offs();
std::span<const std::string_view> greetings();

// Phrases that make a paragraph a legal footer; sentences of list and
// notification footers; words of such footers that are also common in prose.
// List footers count only at the end of the sender's text.
std::span<const std::string_view> footer_phrases();
std::span<const std::string_view> list_footer_phrases();
std::span<const std::string_view> list_footer_words();

// Words that make a short line look like part of a signature block: job
// titles, company suffixes, contact labels.
std::span<const std::string_view> title_words();
std::span<const std::string_view> company_words();
std::span<const std::string_view> contact_labels();

}  // namespace rapport::text::phrases
