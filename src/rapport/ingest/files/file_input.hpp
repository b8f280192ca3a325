#pragma once
// The thin file side of the readers (internal to ingest/files): every reader parses
// from memory, and its *_file variant loads the file through here.

#include <filesystem>
#include <optional>
#include <string>

#include "rapport/ingest/common/read_context.hpp"
#include "rapport/ingest/common/record_sink.hpp"

namespace rapport::ingest::detail {

// `ctx` with `file` set to `path` when the caller left it empty.
ReadContext context_for(const std::filesystem::path& path, const ReadContext& ctx);

// The whole file, or nullopt after reporting why it could not be read (an error
// Diagnostic naming the file, with an empty position).
std::optional<std::string> load_file(const std::filesystem::path& path, const ReadContext& ctx,
                                     RecordSink& sink);

}  // namespace rapport::ingest::detail
