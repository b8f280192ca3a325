#include "rapport/ingest/files/file_input.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>

namespace rapport::ingest::detail {

ReadContext context_for(const std::filesystem::path& path, const ReadContext& ctx) {
  ReadContext out = ctx;
  if (out.file.empty()) out.file = path.string();
  return out;
}

std::optional<std::string> load_file(const std::filesystem::path& path, const ReadContext& ctx,
                                     RecordSink& sink) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    sink.on_diagnostic({ctx.file, "", "is a directory, not a file", model::Severity::error});
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    sink.on_diagnostic({ctx.file, "", std::string{"cannot open: "} + std::strerror(errno),
                        model::Severity::error});
    return std::nullopt;
  }
  std::string data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) {
    sink.on_diagnostic({ctx.file, "", std::string{"read failed: "} + std::strerror(errno),
                        model::Severity::error});
    return std::nullopt;
  }
  return data;
}

}  // namespace rapport::ingest::detail
