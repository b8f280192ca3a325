#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace rapport::model {

// One way of reaching or naming a person. Values are normalised before they are
// compared or stored: emails lower-cased, phones in E.164 where the number allows it
// ("+447700900123"), else digits only; names with collapsed white space.
enum class IdentityKind : std::uint8_t { email, phone, name };

struct Identity {
  IdentityKind kind = IdentityKind::email;
  std::string value;

  friend bool operator==(const Identity&, const Identity&) = default;
};

// Someone who sent or received a message: the display name as written, and the
// identity that reaches them (an email for mail, a phone for texts and calls).
struct Party {
  std::string display_name;
  Identity id;
};

std::string_view to_string(IdentityKind kind);

}  // namespace rapport::model
