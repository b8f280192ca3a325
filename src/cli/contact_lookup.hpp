#pragma once
// Finding the one contact a command is about, from what the user typed: an id, an
// address, a number in any format, or a part of the name.

#include <optional>
#include <string>

#include "cli/env.hpp"

namespace rapport::cli {

// The contact `query` names. When none or several match, prints why (listing the
// candidates by id) and returns nullopt.
std::optional<store::ContactSummary> find_one_contact(Env& env, store::Store& store, const std::string& query);

}  // namespace rapport::cli
