#pragma once
// The one place that maps a format to its reader.

#include <filesystem>

#include "rapport/ingest/common/format.hpp"
#include "rapport/ingest/common/read_context.hpp"
#include "rapport/ingest/common/record_sink.hpp"

namespace rapport::importer {

void read_with_reader(ingest::Format format, const std::filesystem::path& path,
                      const ingest::ReadContext& context, ingest::RecordSink& sink);

}  // namespace rapport::importer
