#include "rapport/store/identity_rules.hpp"
#include "rapport/util/ascii.hpp"

#include <algorithm>
#include <array>

namespace rapport::store {
namespace {

std::uint64_t fnv1a(std::uint64_t seed, std::initializer_list<std::string_view> fields) {
  constexpr std::uint64_t k_prime = 0x100000001b3ULL;
  std::uint64_t h = seed;
  for (const auto field : fields) {
    for (const char c : field) {
      h ^= static_cast<unsigned char>(c);
      h *= k_prime;
    }
    h ^= 0x1f;  // unit separator: ("ab","c") and ("a","bc") differ
    h *= k_prime;
  }
  return h;
}

void append_hex(std::string& out, std::uint64_t v) {
  static constexpr char k_digits[] = "0123456789abcdef";
  for (int shift = 60; shift >= 0; shift -= 4) out.push_back(k_digits[(v >> shift) & 0xf]);
}

}  // namespace

std::string normalise_email(std::string_view email) {
  return ascii_lower(trim_ascii_spaces(email));
}

std::string normalise_name(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool space = false;
  for (const char c : trim_ascii_spaces(name)) {
    if (is_ascii_space(c)) {
      space = true;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

model::Identity normalise_identity(const model::Identity& identity) {
  switch (identity.kind) {
    case model::IdentityKind::email: return {identity.kind, normalise_email(identity.value)};
    case model::IdentityKind::phone: return {identity.kind, std::string(trim_ascii_spaces(identity.value))};
    case model::IdentityKind::name: return {identity.kind, normalise_name(identity.value)};
  }
  return identity;
}

model::Identity comparable_identity(const model::Identity& identity) {
  auto id = normalise_identity(identity);
  if (id.kind == model::IdentityKind::name) id.value = fold_case(id.value);
  return id;
}

std::string fold_case(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto b = static_cast<unsigned char>(out[i]);
    if (b < 0x80) {
      out[i] = ascii_lower(out[i]);
      continue;
    }
    if (i + 1 >= out.size()) break;
    const auto n = static_cast<unsigned char>(out[i + 1]);
    if (b == 0xC3 && n >= 0x80 && n <= 0x9E && n != 0x97) {
      out[i + 1] = static_cast<char>(n + 0x20);  // À-Þ → à-þ (not ×)
    } else if (b == 0xD0 && n >= 0x90 && n <= 0x9F) {
      out[i + 1] = static_cast<char>(n + 0x20);  // А-П → а-п
    } else if (b == 0xD0 && n >= 0xA0 && n <= 0xAF) {
      out[i] = static_cast<char>(0xD1);  // Р-Я → р-я
      out[i + 1] = static_cast<char>(n - 0x20);
    }
    ++i;
  }
  return out;
}

std::string phone_key(std::string_view phone) {
  std::string digits;
  for (const char c : phone)
    if (c >= '0' && c <= '9') digits.push_back(c);
  constexpr std::size_t k_min_digits = 6;
  constexpr std::size_t k_key_digits = 9;
  if (digits.size() < k_min_digits) return {};
  if (digits.size() > k_key_digits) digits.erase(0, digits.size() - k_key_digits);
  return digits;
}

std::string_view email_domain(std::string_view email) {
  const auto at = email.rfind('@');
  if (at == std::string_view::npos) return {};
  return email.substr(at + 1);
}

bool is_sent_folder(std::string_view folder) {
  static constexpr std::array<std::string_view, 13> k_translations{
      "gesendet", "gesendete objekte", "envoy\xc3\xa9s", "\xc3\xa9l\xc3\xa9ments envoy\xc3\xa9s",
      "enviados", "elementos enviados", "posta inviata", "verzonden", "verzonden items",
      "skickat", "skickade objekt", "sendt", "wys\xc5\x82\x61ne"};
  const std::string folded = fold_case(folder);
  std::size_t start = 0;
  while (start <= folded.size()) {
    auto end = folded.find_first_of("/.\\", start);
    if (end == std::string::npos) end = folded.size();
    auto part = trim_ascii_spaces(std::string_view(folded).substr(start, end - start));
    // "[Gmail]" style brackets around a component
    while (!part.empty() && (part.front() == '[' || part.front() == '_')) part.remove_prefix(1);
    if (part.starts_with("sent")) return true;
    if (std::find(k_translations.begin(), k_translations.end(), part) != k_translations.end()) return true;
    start = end + 1;
  }
  return false;
}

std::string party_key(const model::Identity& identity) {
  const auto id = normalise_identity(identity);
  std::string key(model::to_string(id.kind));
  key.push_back(':');
  key += id.kind == model::IdentityKind::name ? fold_case(id.value) : id.value;
  return key;
}

std::string fallback_hash(std::initializer_list<std::string_view> fields) {
  std::string out = "fnv:";
  append_hex(out, fnv1a(0xcbf29ce484222325ULL, fields));
  append_hex(out, fnv1a(0x84222325cbf29ce4ULL, fields));
  return out;
}

std::string excerpt(std::string_view text, std::size_t max_bytes) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (is_ascii_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
    if (out.size() >= max_bytes) {
      const bool more = i + 1 < text.size();
      if (!more) break;
      // Back to the last word boundary, else to a UTF-8 character boundary.
      const auto cut = out.rfind(' ');
      if (cut != std::string::npos && cut > max_bytes / 2) {
        out.resize(cut);
      } else {
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
        if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0xC0) out.pop_back();
      }
      out += "\xE2\x80\xA6";
      break;
    }
  }
  return out;
}

void SpeakerMatcher::add(std::int64_t contact_id, std::string_view name) {
  const auto folded = fold_case(normalise_name(name));
  if (folded.empty()) return;
  auto remember = [contact_id](std::unordered_map<std::string, std::int64_t>& map, const std::string& key) {
    auto [it, inserted] = map.try_emplace(key, contact_id);
    if (!inserted && it->second != contact_id) it->second = -1;
  };
  remember(full_names_, folded);
  const auto space = folded.find(' ');
  if (space != std::string::npos) remember(first_names_, folded.substr(0, space));
  else remember(first_names_, folded);
}

std::optional<std::int64_t> SpeakerMatcher::match(std::string_view speaker) const {
  const auto folded = fold_case(normalise_name(speaker));
  if (folded.empty()) return std::nullopt;
  if (auto it = full_names_.find(folded); it != full_names_.end())
    return it->second >= 0 ? std::optional(it->second) : std::nullopt;
  if (folded.find(' ') != std::string::npos) return std::nullopt;
  if (auto it = first_names_.find(folded); it != first_names_.end() && it->second >= 0) return it->second;
  return std::nullopt;
}

}  // namespace rapport::store
