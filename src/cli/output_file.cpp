#include "cli/output_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>

#include <fmt/format.h>

namespace rapport::cli {

Result<void> write_output(Env& env, const std::string& path, std::string_view text) {
  if (path == "-") {
    env.print(text);
    return {};
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return make_error(fmt::format("{}: cannot write: {}", path, std::strerror(errno)));
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  if (!out) return make_error(fmt::format("{}: write failed: {}", path, std::strerror(errno)));
  return {};
}

}  // namespace rapport::cli
