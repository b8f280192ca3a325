#include "rapport/ingest/common/phone.hpp"

#include <cctype>
#include <string>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include "rapport/util/ascii.hpp"

namespace rapport::ingest {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;


// The fallback identity: digits only, and a leading '+' when the writer gave one
// (it says the digits start with a country code, which is worth keeping).
std::string digits_only(std::string_view raw) {
  std::string out;
  bool seen_plus = false;
  for (char c : raw) {
    if (is_ascii_digit(c)) {
      out.push_back(c);
    } else if (c == '+' && out.empty()) {
      seen_plus = true;
    }
  }
  if (seen_plus && !out.empty()) out.insert(out.begin(), '+');
  return out;
}

std::string upper_region(std::string_view region) {
  std::string out;
  for (char c : region) out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  // "ZZ" is libphonenumber's "unknown region": only numbers with a '+' parse.
  return out.empty() ? std::string{"ZZ"} : out;
}

bool try_e164(const PhoneNumberUtil& util, const std::string& text, const std::string& region,
              std::string& out) {
  PhoneNumber number;
  if (util.Parse(text, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) return false;
  if (!util.IsPossibleNumber(number)) return false;
  util.Format(number, PhoneNumberUtil::E164, &out);
  return true;
}

}  // namespace

std::string normalise_phone(std::string_view raw, std::string_view default_region) {
  std::string fallback = digits_only(raw);
  if (fallback.empty()) return fallback;

  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  const std::string region = upper_region(default_region);
  std::string text{raw};
  std::string out;
  if (try_e164(util, text, region, out)) return out;

  // "0044 …" is the international prefix of most of the world; libphonenumber only
  // reads it as such for regions that use it, so a GB number in a US user's file
  // would otherwise fall through to a bare digit string.
  const auto first_digit = text.find_first_of("0123456789");
  if (first_digit != std::string::npos && text.compare(first_digit, 2, "00") == 0 &&
      (first_digit == 0 || text.find('+') == std::string::npos)) {
    // Built by appending: GCC 12 at -O3 warns (-Wrestrict) on "+" + substr().
    std::string international(1, '+');
    international.append(text, first_digit + 2);
    if (try_e164(util, international, region, out)) return out;
  }
  return fallback;
}

}  // namespace rapport::ingest
