#include "rapport/model/contact_summary.hpp"

namespace rapport::model {

std::string_view to_string(ContactKind kind) {
  switch (kind) {
    case ContactKind::client: return "client";
    case ContactKind::colleague: return "colleague";
    case ContactKind::automated: return "automated";
  }
  return "client";
}

}  // namespace rapport::model
