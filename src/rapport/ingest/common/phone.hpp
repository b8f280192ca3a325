#pragma once
// Phone numbers as identities: one spelling per number, so that "07700 900123" in an
// address book and "+44 7700 900123" in a call log name the same person.

#include <string>
#include <string_view>

namespace rapport::ingest {

// The number in E.164 ("+447700900123") when libphonenumber can parse it — with
// `default_region` (ISO 3166 alpha-2, "GB", "US"; any case) for numbers written
// without a country code — and the result is a possible number. Otherwise the digits
// of `raw`, keeping a leading '+'. Empty when `raw` holds no digit.
//
// Accepts the spellings people and exports use: spaces, dots, dashes, brackets, a
// trunk "(0)" after the country code ("+44 (0)161 496 0231"), an international
// prefix instead of '+' ("0044…", "011 44…" from the US), extensions ("ext. 12",
// "x12"; dropped, as E.164 has none) and RFC 3966 URIs ("tel:+1-555-010-4477;ext=1").
// Thread-safe; never throws.
std::string normalise_phone(std::string_view raw, std::string_view default_region);

}  // namespace rapport::ingest
