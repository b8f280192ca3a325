#include "rapport/importer/importer.hpp"

#include <algorithm>
#include <fstream>
#include <system_error>

#include <fmt/format.h>

#include "rapport/importer/annotate.hpp"
#include "rapport/importer/owner_inference.hpp"
#include "rapport/importer/reader_table.hpp"
#include "rapport/util/ascii.hpp"

namespace rapport::importer {
namespace fs = std::filesystem;

namespace {

bool is_maildir(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir / "cur", ec) || fs::is_directory(dir / "new", ec);
}

bool is_hidden(const fs::path& path) {
  const auto name = path.filename().string();
  return !name.empty() && name.front() == '.';
}

std::string read_head(const fs::path& path, std::size_t limit) {
  std::ifstream in(path, std::ios::binary);
  std::string head(limit, '\0');
  in.read(head.data(), static_cast<std::streamsize>(limit));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

std::uint64_t file_size_or_zero(const fs::path& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  return ec ? 0 : size;
}

std::uint64_t maildir_bytes(const fs::path& dir) {
  std::uint64_t total = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec)) total += file_size_or_zero(it->path());
  return total;
}

// Classifies one regular file. `explicit_path` is true when the user named the file,
// so an unrecognised format is worth a diagnostic; files met while walking a folder
// are skipped quietly when they are clearly not ours (images, PDFs…).
void classify_file(const fs::path& path, bool explicit_path, std::vector<InputFile>& out,
                   std::vector<model::Diagnostic>& problems) {
  const auto head = read_head(path, 8192);
  if (auto format = ingest::detect_format(head, path.filename().string())) {
    out.push_back({path, *format, file_size_or_zero(path)});
  } else if (explicit_path) {
    problems.push_back({path.string(), "byte 0",
                        "format not recognised (expected mail, a transcript, contacts, a call log or an SMS backup)",
                        model::Severity::error});
  }
}

void walk(const fs::path& path, bool explicit_path, std::vector<InputFile>& out,
          std::vector<model::Diagnostic>& problems) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    problems.push_back({path.string(), "", "no such file or directory", model::Severity::error});
    return;
  }
  if (fs::is_directory(status)) {
    if (is_maildir(path)) {
      out.push_back({path, ingest::Format::maildir, maildir_bytes(path)});
      return;
    }
    std::vector<fs::path> children;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))
      if (!is_hidden(it->path()) || is_maildir(it->path())) children.push_back(it->path());
    std::sort(children.begin(), children.end());  // a stable order makes runs repeatable
    for (const auto& child : children) walk(child, false, out, problems);
    return;
  }
  if (fs::is_regular_file(status)) classify_file(path, explicit_path, out, problems);
}

int import_rank(ingest::Format format) {
  switch (format) {
    case ingest::Format::contacts_csv:
    case ingest::Format::vcard: return 0;
    case ingest::Format::mbox:
    case ingest::Format::maildir:
    case ingest::Format::eml:
    case ingest::Format::sms_xml: return 1;
    case ingest::Format::call_log_csv:
    case ingest::Format::webvtt:
    case ingest::Format::srt:
    case ingest::Format::transcript_text: return 2;
  }
  return 1;
}

// Collects records into batches and writes each batch in its own transaction.
class BatchingSink final : public ingest::RecordSink {
 public:
  BatchingSink(store::Store& store, const ImportOptions& options, const analysis::Analyzer& analyzer,
               ImportSummary& summary, ProgressListener* progress)
      : store_(store), options_(options), analyzer_(analyzer), summary_(summary), progress_(progress) {
    if (!options.rep_name.empty()) rep_names_.push_back(ascii_lower(options.rep_name));
    for (const auto& id : options.me)
      if (id.kind == model::IdentityKind::name) rep_names_.push_back(ascii_lower(id.value));
  }

  void start_file(std::uint64_t bytes_before) { bytes_before_ = bytes_before; }

  void on_message(model::Message&& message) override {
    annotate(analyzer_, message, options_.me);
    batch_bytes_ += message.body.size() + message.zones.quoted.size();
    batch_.messages.push_back(std::move(message));
    record_added();
  }
  void on_transcript(model::Transcript&& transcript) override {
    annotate(analyzer_, transcript, rep_names_);
    batch_.transcripts.push_back(std::move(transcript));
    record_added();
  }
  void on_contact(model::ContactRecord&& contact) override {
    batch_.contacts.push_back(std::move(contact));
    record_added();
  }
  void on_call(model::CallLogEntry&& call) override {
    batch_.calls.push_back(std::move(call));
    record_added();
  }
  void on_diagnostic(model::Diagnostic&& diagnostic) override {
    summary_.problems.push_back(std::move(diagnostic));
  }
  void on_progress(std::uint64_t bytes_done) override {
    if (progress_ != nullptr) progress_->on_advance(bytes_before_ + bytes_done, summary_.records_read);
  }

  // Writes what is pending. After a store failure every later record is dropped and
  // the failure is returned here, so the import stops at the first file boundary.
  Result<void> flush() {
    if (failure_) return *failure_;
    if (batch_.empty()) return {};
    auto written = store_.write(batch_);
    batch_ = {};
    batch_bytes_ = 0;
    if (!written) {
      failure_ = written.error();
      return *failure_;
    }
    summary_.counts.imported += written->imported;
    summary_.counts.already_known += written->already_known;
    return {};
  }

 private:
  void record_added() {
    ++summary_.records_read;
    if (batch_.size() >= options_.batch_records || batch_bytes_ >= options_.batch_bytes) {
      (void)flush();  // a failure is kept in failure_ and returned by the next flush
    }
  }

  store::Store& store_;
  const ImportOptions& options_;
  const analysis::Analyzer& analyzer_;
  std::vector<std::string> rep_names_;  // lower-case
  ImportSummary& summary_;
  ProgressListener* progress_;
  store::ImportBatch batch_;
  std::uint64_t batch_bytes_ = 0;
  std::uint64_t bytes_before_ = 0;
  std::optional<Error> failure_;
};

Result<void> settle_owner(store::Store& store, const ImportOptions& options, ImportSummary& summary) {
  auto owner = options.me;
  if (!options.rep_name.empty()) owner.push_back({model::IdentityKind::name, options.rep_name});
  if (!owner.empty()) {
    // Configuration and --me add to what the store already knows rather than replace
    // it, so that importing a second mailbox with another address keeps the first.
    auto known = store.owner();
    if (!known) return known.take_error();
    for (auto& identity : *known)
      if (std::find(owner.begin(), owner.end(), identity) == owner.end()) owner.push_back(identity);
    RAPPORT_TRY(store.set_owner(owner));
    summary.owner = owner;
    return {};
  }
  auto known = store.owner();
  if (!known) return known.take_error();
  if (!known->empty()) {
    summary.owner = *known;
    return {};
  }
  auto senders = store.sender_counts();
  if (!senders) return senders.take_error();
  auto inferred = infer_owner(*senders);
  if (!inferred.empty()) {
    RAPPORT_TRY(store.set_owner(inferred));
    summary.owner = inferred;
    summary.owner_inferred = true;
  }
  return {};
}

}  // namespace

std::vector<InputFile> find_inputs(const std::vector<fs::path>& paths,
                                   std::vector<model::Diagnostic>& problems) {
  std::vector<InputFile> inputs;
  for (const auto& path : paths) walk(path, true, inputs, problems);
  // Address books first, then messages, then call logs and transcripts: those often
  // name people only by name or number, which resolve best once the book is known.
  std::stable_sort(inputs.begin(), inputs.end(), [](const InputFile& a, const InputFile& b) {
    return import_rank(a.format) < import_rank(b.format);
  });
  return inputs;
}

void read_input(const InputFile& input, const ingest::ReadContext& context, ingest::RecordSink& sink) {
  read_with_reader(input.format, input.path, context, sink);
}

Result<ImportSummary> import_files(const std::vector<InputFile>& inputs, store::Store& store,
                                   const ImportOptions& options, ProgressListener* progress) {
  ImportSummary summary;
  std::uint64_t total_bytes = 0;
  for (const auto& input : inputs) total_bytes += input.bytes;
  if (progress != nullptr) progress->on_start(inputs.size(), total_bytes);

  // Compiled once per import (about 20 ms), then applied to every message and turn.
  auto analyzer = analysis::Analyzer::create(options.rules);
  if (!analyzer) return analyzer.take_error();
  BatchingSink sink(store, options, *analyzer, summary, progress);
  std::uint64_t bytes_done = 0;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const auto& input = inputs[i];
    if (progress != nullptr) progress->on_file(input, i);
    ingest::ReadContext context;
    context.file = input.path.string();
    context.default_region = options.default_region;
    context.date = options.transcript_date;
    // An mbox is a folder of its own: its name ("Sent", "sent.mbox") tells the owner apart.
    if (input.format == ingest::Format::mbox) context.folder = input.path.stem().string();
    sink.start_file(bytes_done);
    read_input(input, context, sink);
    // Each file ends its own transaction, so an interruption between files loses nothing.
    RAPPORT_TRY(sink.flush());
    bytes_done += input.bytes;
    ++summary.files;
    if (progress != nullptr) progress->on_advance(bytes_done, summary.records_read);
  }
  summary.bytes = bytes_done;
  RAPPORT_TRY(settle_owner(store, options, summary));
  RAPPORT_TRY(store.finish_import());
  if (progress != nullptr) progress->on_finish();
  return summary;
}

}  // namespace rapport::importer
