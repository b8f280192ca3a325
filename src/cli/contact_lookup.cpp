#include "cli/contact_lookup.hpp"

#include <fmt/format.h>

namespace rapport::cli {

std::optional<store::ContactSummary> find_one_contact(Env& env, store::Store& store, const std::string& query) {
  auto found = store.find_contacts(query);
  if (!found) {
    env.error(found.error());
    return std::nullopt;
  }
  if (found->empty()) {
    env.error(fmt::format("no contact matches \"{}\" (try `rapport contacts`)", query));
    return std::nullopt;
  }
  if (found->size() > 1) {
    env.error(fmt::format("\"{}\" matches {} contacts; name one by id:", query, found->size()));
    for (const auto& c : *found)
      env.error(fmt::format("  {:>5}  {}  {}", c.id, c.name, c.emails.empty() ? "" : c.emails.front()));
    return std::nullopt;
  }
  return std::move(found->front());
}

}  // namespace rapport::cli
