#pragma once
// Normalising the fields of a contact (internal to ingest/files): shared by the CSV
// and vCard readers.

#include <string>
#include <string_view>
#include <vector>

namespace rapport::ingest::detail {

// "Jane <Jane.Doe@Example.com>", "mailto:jane@example.com", " JANE@EXAMPLE.COM " →
// "jane.doe@example.com". Empty when the text is not an address (no '@' with
// something on either side, or white space inside).
std::string normalise_email(std::string_view raw);

// The values of a cell that holds several: separated by " ::: " (Google Contacts) or
// ';' (most others), and also ',' when `commas` is set (safe for emails; not for
// phones, where ',' is a dialling pause). Trimmed; empty values dropped.
enum class SplitCommas : unsigned char { no, yes };
std::vector<std::string_view> split_values(std::string_view cell, SplitCommas commas);

// Appends `value` unless it is empty or already present.
void add_unique(std::vector<std::string>& values, std::string value);

// Given, middle and family names joined with single spaces, skipping empty parts.
std::string join_name(std::string_view given, std::string_view middle, std::string_view family);

}  // namespace rapport::ingest::detail
