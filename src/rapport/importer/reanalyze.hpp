#pragma once
// `rapport reanalyze`: the analysis run again over everything stored, so that a store
// imported by an older rapport (or before the rules changed) carries the tags the
// current rules give. Each message is analysed as the import analyses it (mail with
// its direction unknown, texts with the direction the file gave), each transcript
// with the salesperson's names as speakers.

#include <cstdint>

#include "rapport/importer/importer.hpp"

namespace rapport::importer {

struct ReanalyzeSummary {
  std::uint64_t messages = 0;
  std::uint64_t transcripts = 0;
};

// Errors: a store failure (the batches rewritten before it keep their new tags; running
// it again completes the work). `progress` counts records, in its bytes.
Result<ReanalyzeSummary> reanalyze(store::Store& store, const ImportOptions& options, ProgressListener* progress);

}  // namespace rapport::importer
