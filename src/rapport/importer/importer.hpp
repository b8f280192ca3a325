#pragma once
// Import: find the files, pick a reader for each by content, stream the records into
// the store in batches (one transaction each), then finish (threads, directions,
// owner). Interrupting it leaves every committed batch in place; running it again
// skips what is known and completes the rest.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "rapport/ingest/common/format.hpp"
#include "rapport/ingest/common/read_context.hpp"
#include "rapport/ingest/common/record_sink.hpp"
#include "rapport/model/diagnostic.hpp"
#include "rapport/analysis/rule_files.hpp"
#include "rapport/model/identity.hpp"
#include "rapport/store/store.hpp"
#include "rapport/util/result.hpp"

namespace rapport::importer {

struct ImportOptions {
  // The salesperson's identities when configuration or --me gives them; otherwise
  // inferred from the Sent folder and the most frequent sender.
  std::vector<model::Identity> me;
  // The transcript speaker who is the salesperson (--rep), kept as a name identity.
  std::string rep_name;
  std::string default_region = "US";
  std::optional<model::Timestamp> transcript_date;
  // Records per transaction. Larger batches are faster; smaller ones lose less work
  // to an interruption. Bodies also cap a batch at `batch_bytes`.
  std::size_t batch_records = 2000;
  std::uint64_t batch_bytes = 64ULL << 20;
  // The organisation's own rule files, beside the built-in ones.
  analysis::RuleFiles rules;
};

// One input file as the importer sees it.
struct InputFile {
  std::filesystem::path path;
  ingest::Format format = ingest::Format::eml;
  std::uint64_t bytes = 0;
};

struct ImportSummary {
  std::uint64_t files = 0;
  std::uint64_t bytes = 0;
  std::uint64_t records_read = 0;
  store::ImportCounts counts;
  // Errors are records skipped; warnings are records read with a loss.
  std::vector<model::Diagnostic> problems;
  // The owner's identities after the import, and whether they were inferred now.
  std::vector<model::Identity> owner;
  bool owner_inferred = false;
};

// Told about progress; called from the importing thread.
class ProgressListener {
 public:
  virtual ~ProgressListener() = default;
  virtual void on_start(std::uint64_t total_files, std::uint64_t total_bytes) = 0;
  virtual void on_file(const InputFile& file, std::uint64_t index) = 0;
  // Bytes done across all files, and records read so far.
  virtual void on_advance(std::uint64_t bytes_done, std::uint64_t records_read) = 0;
  virtual void on_finish() = 0;
};

// Expands the user's paths into input files: a Maildir stays one input; another
// directory is walked for files whose format is recognised. Paths that do not exist
// or cannot be recognised become diagnostics in `problems`.
std::vector<InputFile> find_inputs(const std::vector<std::filesystem::path>& paths,
                                   std::vector<model::Diagnostic>& problems);

// Reads one input with the reader its format needs, into `sink` (no store involved:
// `rapport inspect` uses this too).
void read_input(const InputFile& input, const ingest::ReadContext& context, ingest::RecordSink& sink);

// Errors: a store failure (the batches committed before it remain).
Result<ImportSummary> import_files(const std::vector<InputFile>& inputs, store::Store& store,
                                   const ImportOptions& options, ProgressListener* progress);

}  // namespace rapport::importer
