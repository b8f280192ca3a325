#pragma once
// Writes a command's document to a file, or to stdout for "-".

#include <string>
#include <string_view>

#include "cli/env.hpp"
#include "rapport/util/result.hpp"

namespace rapport::cli {

// Writes `text` to `path` exactly (no newline translation), replacing the file; "-" is
// stdout. Errors name the file.
Result<void> write_output(Env& env, const std::string& path, std::string_view text);

}  // namespace rapport::cli
