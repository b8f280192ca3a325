#pragma once
// Line-level tests behind email body zoning (body_zones.cpp puts them together
// into blocks). Internal to the text layer; exposed in a header so that unit tests
// can check each rule on its own.
//
// All functions are pure, take a line without its line ending, never allocate,
// and accept any bytes (invalid UTF-8 is simply not matched).

#include <cstddef>
#include <string_view>

namespace rapport::text::rules {

// Leading and trailing white space removed: ASCII blanks, no-break space,
// zero-width space and a byte-order mark (all common in HTML-converted mail).
std::string_view trim(std::string_view s);

// The quotation depth of a line ("> > x" and ">>x" are both depth 2) and the text
// after the markers, trimmed.
struct Quote {
  unsigned depth = 0;
  std::string_view text;
};
Quote quote_of(std::string_view line);

// ASCII case-insensitive helpers; `lower` must be lower case.
bool istarts_with(std::string_view s, std::string_view lower);
bool iends_with(std::string_view s, std::string_view lower);
bool icontains(std::string_view s, std::string_view lower);
bool iequals(std::string_view s, std::string_view lower);

bool has_digit(std::string_view s);
// Something shaped like an address: "x@y.z".
bool has_email_address(std::string_view s);
bool has_url(std::string_view s);
// A year (19xx/20xx), a clock time ("10:02") or a numeric date ("3/4/21").
bool has_date_or_time(std::string_view s);
std::size_t word_count(std::string_view s);

// --- Quoted history -------------------------------------------------------

// The end of an attribution ("… wrote:", "… a écrit :", "… schrieb:").
bool ends_with_attribution_verb(std::string_view trimmed);
// Starts like a multi-line attribution ("On ", "Le ", "Am " …).
bool starts_with_attribution_opener(std::string_view trimmed);
// A complete attribution (one line, or wrapped lines joined by a space): the verb
// form needs a date, an address or an opener word ("Something wrote:" alone is
// prose); the verb-less form ("2014-03-20 8:48 GMT+01:00 Jane <j@x>:") needs both a
// date and an address.
bool is_attribution(std::string_view joined);

enum class HeaderField : unsigned char { none, from, other };
// A header-block field at the start of a line: "From:", "*Sent:*", "De :",
// "Envoyé le :" …  `value` receives the rest of the line.
HeaderField header_field(std::string_view trimmed, std::string_view* value = nullptr);

// "-----Original Message-----", "---------- Forwarded message ---------",
// "Begin forwarded message:", "----- Forwarded by X on … -----".
bool is_history_separator(std::string_view trimmed);

// A line made only of '-', '_', '=' or '*' (at least 5), as mail clients draw
// above a pasted header block or a footer.
bool is_rule_line(std::string_view trimmed);

// --- Signatures and footers -----------------------------------------------

// The RFC 3676 delimiter "-- " (also accepted without the space).
bool is_signature_delimiter(std::string_view line);
// "Sent from my iPhone", "Get Outlook for Android"; not "Sent from my desk, which…".
bool is_device_line(std::string_view trimmed);

struct SignOff {
  bool is_sign_off = false;
  bool has_name = false;  // "Cheers, Anna": the name is on the same line
};
// "Best regards,", "Thanks!", "Cheers, Anna", "Thanks in advance".
SignOff sign_off_of(std::string_view trimmed);

// One to four words that could be a person's name ("Anna", "J. R. Smith",
// "-Anna", "--Bob"); no digits, no sentence.
bool is_name_like(std::string_view trimmed);

// A phone number, an e-mail address, a URL or a contact label ("Tel: …").
bool is_contact_line(std::string_view trimmed);
// A short line naming a job title or a company ("Sales Director", "Acme Corp.").
bool is_title_or_company_line(std::string_view trimmed);
// Reads like a sentence of prose rather than a signature line.
bool is_prose(std::string_view trimmed);

// An attachment placeholder left by the mail client: "<<report.xls>>",
// " - report.xls".
bool is_attachment_line(std::string_view trimmed);

bool has_legal_footer_phrase(std::string_view trimmed);

// How strongly a line reads like a list or newsletter footer: a specific
// sentence ("you are currently subscribed to …") is strong; a word that prose
// uses too ("mailing list", "unsubscribe") is weak.
enum class ListFooter : unsigned char { none, weak, strong };
ListFooter list_footer_of(std::string_view trimmed);

}  // namespace rapport::text::rules
