// Measures import throughput on one mailbox (see bench/README.md):
//
//   bench_import_throughput MBOX [--db PATH] [--batch N] [--phase parse|full|both] [--me ADDRESS] [--json]
//
// Two phases, each in its own child process so that each gets its own peak RSS:
//   parse+clean  importer::read_input into a sink that only counts: reading the
//                mbox, MIME decoding, charset conversion, HTML to text and zoning;
//   full import  importer::find_inputs + import_files into a fresh SQLite store
//                (store::open_store), as `rapport import` does: the above plus
//                batching, store writes (one transaction per batch) and
//                finish_import (threading, directions, contact summaries).
// The store is wrapped in a decorator that times write() and finish_import(), so the
// full import is broken down without touching the importer.
//
// Figures: bytes, messages, wall and CPU seconds, messages/s, MB/s (10^6 bytes), peak
// RSS (getrusage ru_maxrss of the child), and the peaks of anonymous and file-backed
// RSS sampled from /proc/self/status every 10 ms: a memory-mapped mailbox shows up as
// file-backed pages, the importer's own memory (and SQLite's page cache) as anonymous.
//
// --db PATH keeps the store there (PATH must not exist); by default a temporary file is
// used and removed. --batch sets ImportOptions::batch_records. --me gives the owner's
// address (otherwise the importer infers it, as it does for a user without config).

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "rapport/importer/importer.hpp"
#include "rapport/store/store.hpp"

namespace rapport::bench {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// ---- memory sampling ----

struct RssSample {
  std::uint64_t anon_kb = 0;
  std::uint64_t file_kb = 0;
};

RssSample read_rss() {
  RssSample sample;
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    const auto value = [&] { return std::strtoull(line.c_str() + line.find(':') + 1, nullptr, 10); };
    if (line.starts_with("RssAnon:")) sample.anon_kb = value();
    else if (line.starts_with("RssFile:")) sample.file_kb = value();
  }
  return sample;
}

// Samples /proc/self/status every 10 ms on its own thread (about 0.2% of a core), so
// that peaks inside long calls (finish_import) are seen too. The peaks are kept per
// stage: reading (parse, clean, batch, write) and finishing (finish_import).
class RssSampler {
 public:
  enum class Stage : int { reading = 0, finishing = 1 };

  RssSampler() : thread_([this](std::stop_token stop) { loop(stop); }) {}
  RssSampler(const RssSampler&) = delete;
  RssSampler& operator=(const RssSampler&) = delete;
  ~RssSampler() { stop(); }

  void set_stage(Stage stage) {
    sample();
    stage_.store(static_cast<int>(stage));
    sample();
  }
  void stop() {
    if (thread_.joinable()) {
      thread_.request_stop();
      thread_.join();
    }
    sample();
  }
  RssSample peak(Stage stage) const {
    const std::lock_guard lock(mutex_);
    return peaks_[static_cast<std::size_t>(stage)];
  }
  RssSample peak() const {
    const auto a = peak(Stage::reading);
    const auto b = peak(Stage::finishing);
    return {std::max(a.anon_kb, b.anon_kb), std::max(a.file_kb, b.file_kb)};
  }

 private:
  void loop(const std::stop_token& stop) {
    while (!stop.stop_requested()) {
      sample();
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  void sample() {
    const auto s = read_rss();
    const std::lock_guard lock(mutex_);
    auto& peak = peaks_[static_cast<std::size_t>(stage_.load())];
    peak.anon_kb = std::max(peak.anon_kb, s.anon_kb);
    peak.file_kb = std::max(peak.file_kb, s.file_kb);
  }

  std::atomic<int> stage_{0};
  mutable std::mutex mutex_;
  RssSample peaks_[2];
  std::jthread thread_;  // last: started after the members it uses exist
};

// ---- what a phase reports to the parent (plain data, sent through a pipe) ----

struct PhaseResult {
  bool ok = false;
  char error[512] = {};
  char first_problem[256] = {};
  double wall_s = 0;
  std::uint64_t messages = 0;       // records read
  std::uint64_t errors = 0;         // diagnostics: records skipped
  std::uint64_t warnings = 0;       // diagnostics: records read with a loss
  std::uint64_t body_bytes = 0;     // decoded text bodies (parse phase)
  std::uint64_t new_text_bytes = 0;
  std::uint64_t attachments = 0;
  std::uint64_t automatic = 0;
  RssSample peak;
  // Full import only.
  RssSample peak_reading;    // before finish_import: parse, clean, batch, write
  RssSample peak_finishing;  // during finish_import
  double write_s = 0;
  double finish_s = 0;
  std::uint64_t transactions = 0;
  std::uint64_t largest_transaction = 0;
  std::uint64_t imported = 0;
  std::uint64_t already_known = 0;
  store::Store::Counts counts;
  std::uint64_t store_bytes = 0;
};

void copy_text(char* out, std::size_t size, std::string_view text) {
  const std::size_t n = std::min(size - 1, text.size());
  std::memcpy(out, text.data(), n);
  out[n] = '\0';
}

void note_problem(PhaseResult& result, const model::Diagnostic& d) {
  (d.severity == model::Severity::error ? result.errors : result.warnings) += 1;
  if (result.first_problem[0] == '\0') copy_text(result.first_problem, sizeof result.first_problem, d.position + ": " + d.reason);
}

// ---- phase 1: parse and clean only ----

class CountingSink final : public ingest::RecordSink {
 public:
  explicit CountingSink(PhaseResult& result) : result_(result) {}
  void on_message(model::Message&& message) override {
    ++result_.messages;
    result_.body_bytes += message.body.size();
    result_.new_text_bytes += message.zones.new_text.size();
    result_.attachments += message.attachments.size();
    if (message.automatic != model::AutomaticKind::none) ++result_.automatic;
  }
  void on_transcript(model::Transcript&&) override { ++result_.messages; }
  void on_contact(model::ContactRecord&&) override { ++result_.messages; }
  void on_call(model::CallLogEntry&&) override { ++result_.messages; }
  void on_diagnostic(model::Diagnostic&& diagnostic) override { note_problem(result_, diagnostic); }

 private:
  PhaseResult& result_;
};

void run_parse_phase(const importer::InputFile& input, PhaseResult& result) {
  RssSampler rss;
  CountingSink sink(result);
  ingest::ReadContext context;
  context.file = input.path.string();
  const auto start = Clock::now();
  importer::read_input(input, context, sink);
  result.wall_s = std::chrono::duration<double>(Clock::now() - start).count();
  rss.stop();
  result.peak = rss.peak();
  result.ok = true;
}

// ---- phase 2: the full import ----

// Forwards every call to the real store, timing the two that an import spends its
// store time in. Owns the real store.
class TimingStore final : public store::Store {
 public:
  TimingStore(std::unique_ptr<store::Store> inner, RssSampler& rss) : inner_(std::move(inner)), rss_(rss) {}

  Result<store::ImportCounts> write(const store::ImportBatch& batch) override {
    const auto start = Clock::now();
    auto result = inner_->write(batch);
    write_s_ += std::chrono::duration<double>(Clock::now() - start).count();
    ++transactions_;
    largest_ = std::max<std::uint64_t>(largest_, batch.size());
    return result;
  }
  Result<void> finish_import() override {
    rss_.set_stage(RssSampler::Stage::finishing);
    const auto start = Clock::now();
    auto result = inner_->finish_import();
    finish_s_ += std::chrono::duration<double>(Clock::now() - start).count();
    // The stage stays "finishing": what follows (counts, close) is not reading.
    return result;
  }
  Result<void> set_owner(const std::vector<model::Identity>& identities) override { return inner_->set_owner(identities); }
  Result<std::vector<model::Identity>> owner() override { return inner_->owner(); }
  Result<std::vector<store::SenderCount>> sender_counts() override { return inner_->sender_counts(); }
  Result<std::vector<store::ContactSummary>> contacts() override { return inner_->contacts(); }
  Result<std::vector<store::ContactSummary>> find_contacts(const std::string& query) override {
    return inner_->find_contacts(query);
  }
  Result<std::vector<store::TimelineEntry>> timeline(store::ContactId contact) override {
    return inner_->timeline(contact);
  }
  Result<std::optional<store::Conversation>> conversation(store::ConversationId id) override {
    return inner_->conversation(id);
  }
  Result<model::Workspace> workspace(const store::WorkspaceQuery& query) override { return inner_->workspace(query); }
  Result<std::vector<model::ThreadRecord>> threads(const std::vector<model::ConversationId>& ids,
                                                   std::string_view marks_fingerprint) override {
    return inner_->threads(ids, marks_fingerprint);
  }
  Result<void> load_turns(std::vector<model::MeetingRecord>& meetings) override { return inner_->load_turns(meetings); }
  Result<std::vector<model::CallRecord>> calls(const std::vector<model::ContactId>& contacts) override {
    return inner_->calls(contacts);
  }
  Result<void> index_sparse_history(std::string_view marks_fingerprint, std::uint32_t latest) override {
    return inner_->index_sparse_history(marks_fingerprint, latest);
  }
  Result<void> set_marks(std::string_view fingerprint,
                         const std::vector<std::pair<std::int64_t, std::uint32_t>>& marks) override {
    return inner_->set_marks(fingerprint, marks);
  }
  Result<std::vector<store::CachedVerdict>> cached_verdicts(std::string_view fingerprint, model::Timestamp since,
                                                             bool bodies) override {
    return inner_->cached_verdicts(fingerprint, since, bodies);
  }
  Result<store::RankingRows> ranking_rows(const store::WorkspaceQuery& query,
                                         std::string_view verdict_fingerprint) override {
    return inner_->ranking_rows(query, verdict_fingerprint);
  }
  Result<std::vector<store::CachedVerdict>> cached_verdicts(std::string_view fingerprint,
                                                             const std::vector<model::ConversationId>& ids) override {
    return inner_->cached_verdicts(fingerprint, ids);
  }
  Result<std::vector<store::StoredText>> message_texts(std::int64_t after_row, std::size_t limit) override {
    return inner_->message_texts(after_row, limit);
  }
  Result<void> replace_message_tags(
      const std::vector<std::pair<std::int64_t, std::vector<model::Tag>>>& tags) override {
    return inner_->replace_message_tags(tags);
  }
  Result<std::vector<std::pair<std::int64_t, model::Transcript>>> transcripts_after(std::int64_t after_id,
                                                                                 std::size_t limit) override {
    return inner_->transcripts_after(after_id, limit);
  }
  Result<void> replace_turn_tags(std::int64_t transcript, const std::vector<std::vector<model::Tag>>& tags) override {
    return inner_->replace_turn_tags(transcript, tags);
  }
  Result<void> cache_verdicts(std::string_view fingerprint, const std::vector<store::CachedVerdict>& verdicts) override {
    return inner_->cache_verdicts(fingerprint, verdicts);
  }
  Result<void> log_call(store::ContactId contact, const model::CallLogEntry& call, std::optional<int> stance) override {
    return inner_->log_call(contact, call, stance);
  }
  Result<Counts> counts() override { return inner_->counts(); }

  double write_s() const { return write_s_; }
  double finish_s() const { return finish_s_; }
  std::uint64_t transactions() const { return transactions_; }
  std::uint64_t largest_transaction() const { return largest_; }

 private:
  std::unique_ptr<store::Store> inner_;
  RssSampler& rss_;
  double write_s_ = 0;
  double finish_s_ = 0;
  std::uint64_t transactions_ = 0;
  std::uint64_t largest_ = 0;
};

std::uint64_t store_files_size(const fs::path& db) {
  std::uint64_t total = 0;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    std::error_code ec;
    const auto size = fs::file_size(fs::path(db.string() + suffix), ec);
    if (!ec) total += size;
  }
  return total;
}

void run_full_phase(const fs::path& mbox, const fs::path& db, const importer::ImportOptions& options,
                    PhaseResult& result) {
  RssSampler rss;
  const auto start = Clock::now();
  std::vector<model::Diagnostic> problems;
  const auto inputs = importer::find_inputs({mbox}, problems);
  auto opened = store::open_store(db.string());
  if (!opened) {
    copy_text(result.error, sizeof result.error, "open_store: " + opened.error().message);
    return;
  }
  {
    TimingStore timed(std::move(*opened), rss);
    auto summary = importer::import_files(inputs, timed, options, nullptr);
    result.wall_s = std::chrono::duration<double>(Clock::now() - start).count();
    if (!summary) {
      copy_text(result.error, sizeof result.error, "import_files: " + summary.error().message);
      return;
    }
    result.messages = summary->records_read;
    result.imported = summary->counts.imported;
    result.already_known = summary->counts.already_known;
    for (const auto& problem : problems) note_problem(result, problem);
    for (const auto& problem : summary->problems) note_problem(result, problem);
    result.write_s = timed.write_s();
    result.finish_s = timed.finish_s();
    result.transactions = timed.transactions();
    result.largest_transaction = timed.largest_transaction();
    if (auto counts = timed.counts()) result.counts = *counts;
    rss.stop();
    result.peak = rss.peak();
    result.peak_reading = rss.peak(RssSampler::Stage::reading);
    result.peak_finishing = rss.peak(RssSampler::Stage::finishing);
  }  // the store is closed here, so the size below includes a checkpointed WAL
  result.store_bytes = store_files_size(db);
  result.ok = true;
}

// ---- running a phase in a child process ----

struct ChildRun {
  PhaseResult result;
  double cpu_s = 0;
  std::uint64_t max_rss_kb = 0;
};

template <typename Phase>
std::optional<ChildRun> in_child(Phase phase) {
  int fds[2];
  if (pipe(fds) != 0) return std::nullopt;
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid < 0) return std::nullopt;
  if (pid == 0) {
    close(fds[0]);
    auto result = std::make_unique<PhaseResult>();
    phase(*result);
    const auto* bytes = reinterpret_cast<const char*>(result.get());
    std::size_t left = sizeof(PhaseResult);
    while (left > 0) {
      const ssize_t n = ::write(fds[1], bytes, left);
      if (n <= 0) _exit(3);
      bytes += n;
      left -= static_cast<std::size_t>(n);
    }
    _exit(0);
  }
  close(fds[1]);
  ChildRun run;
  auto* bytes = reinterpret_cast<char*>(&run.result);
  std::size_t got = 0;
  while (got < sizeof(PhaseResult)) {
    const ssize_t n = read(fds[0], bytes + got, sizeof(PhaseResult) - got);
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  close(fds[0]);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  if (got != sizeof(PhaseResult) || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    run.result = PhaseResult{};
    copy_text(run.result.error, sizeof run.result.error,
              WIFSIGNALED(status) ? "the phase crashed (signal " + std::to_string(WTERMSIG(status)) + ")"
                                  : std::string("the phase ended without a result"));
  }
  const auto seconds = [](const timeval& tv) { return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6; };
  run.cpu_s = seconds(usage.ru_utime) + seconds(usage.ru_stime);
  run.max_rss_kb = static_cast<std::uint64_t>(usage.ru_maxrss);  // KiB on Linux
  return run;
}

// ---- reporting ----

// Counts envelope lines ("From " at the start of the file or after a newline): what
// a reader should find, to check that no message was lost or split.
std::uint64_t count_envelopes(const fs::path& mbox) {
  std::ifstream in(mbox, std::ios::binary);
  std::vector<char> buffer(1U << 20);
  std::string window;  // the last 5 bytes of the previous chunk, then this chunk
  std::uint64_t count = 0;
  bool first = true;
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto n = static_cast<std::size_t>(in.gcount());
    if (n == 0) break;
    window.append(buffer.data(), n);
    if (first && window.starts_with("From ")) ++count;
    first = false;
    // A match that starts in the kept tail ends in this chunk, so none is counted twice.
    for (std::size_t pos = window.find("\nFrom "); pos != std::string::npos; pos = window.find("\nFrom ", pos + 1))
      ++count;
    window.erase(0, window.size() - std::min<std::size_t>(window.size(), 5));
  }
  return count;
}

double mb(std::uint64_t bytes) { return static_cast<double>(bytes) / 1e6; }
double mib_from_kb(std::uint64_t kb) { return static_cast<double>(kb) / 1024.0; }

void print_phase(const char* name, const ChildRun& run, std::uint64_t bytes) {
  const auto& r = run.result;
  std::printf("%-14s %8.2f %8.2f %9.1f %9.1f %10.0f %9.1f %9.1f %9.1f\n", name, r.wall_s, run.cpu_s,
              mb(bytes) / r.wall_s, mb(bytes) / run.cpu_s, static_cast<double>(r.messages) / r.wall_s,
              mib_from_kb(run.max_rss_kb), mib_from_kb(r.peak.anon_kb), mib_from_kb(r.peak.file_kb));
}

nlohmann::json phase_json(const ChildRun& run, std::uint64_t bytes) {
  const auto& r = run.result;
  nlohmann::json j = {
      {"ok", r.ok},
      {"wall_s", r.wall_s},
      {"cpu_s", run.cpu_s},
      {"messages", r.messages},
      {"mb_per_s", r.wall_s > 0 ? mb(bytes) / r.wall_s : 0.0},
      {"mb_per_cpu_s", run.cpu_s > 0 ? mb(bytes) / run.cpu_s : 0.0},
      {"messages_per_s", r.wall_s > 0 ? static_cast<double>(r.messages) / r.wall_s : 0.0},
      {"peak_rss_kib", run.max_rss_kb},
      {"peak_anon_kib", r.peak.anon_kb},
      {"peak_file_kib", r.peak.file_kb},
      {"errors", r.errors},
      {"warnings", r.warnings},
  };
  if (!r.ok) j["error"] = r.error;
  return j;
}

int usage() {
  std::fprintf(stderr,
               "usage: bench_import_throughput MBOX [--db PATH] [--batch N] [--phase parse|full|both] "
               "[--me ADDRESS] [--json]\n");
  return 2;
}

}  // namespace
}  // namespace rapport::bench

int main(int argc, char** argv) {
  using namespace rapport;
  using namespace rapport::bench;
  fs::path mbox;
  std::optional<fs::path> db_arg;
  importer::ImportOptions options;
  std::string phases = "both";
  bool json = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--db" && has_value) db_arg = argv[++i];
    else if (arg == "--batch" && has_value) options.batch_records = std::strtoull(argv[++i], nullptr, 10);
    else if (arg == "--phase" && has_value) phases = argv[++i];
    else if (arg == "--me" && has_value) options.me.push_back({model::IdentityKind::email, argv[++i]});
    else if (arg == "--json") json = true;
    else if (arg == "-h" || arg == "--help") {
      usage();
      return 0;
    }
    else if (!arg.starts_with("-") && mbox.empty()) mbox = arg;
    else return usage();
  }
  if (mbox.empty() || options.batch_records == 0 || (phases != "parse" && phases != "full" && phases != "both"))
    return usage();

  std::vector<model::Diagnostic> problems;
  const auto inputs = importer::find_inputs({mbox}, problems);
  if (inputs.size() != 1 || inputs.front().format != ingest::Format::mbox) {
    std::fprintf(stderr, "bench_import_throughput: %s is not one mbox file%s%s\n", mbox.c_str(),
                 problems.empty() ? "" : ": ", problems.empty() ? "" : problems.front().reason.c_str());
    return 1;
  }
  const auto input = inputs.front();
  const std::uint64_t bytes = input.bytes;

  const fs::path db = db_arg ? *db_arg
                             : fs::temp_directory_path() / ("rapport-bench-" + std::to_string(getpid()) + ".sqlite");
  if (fs::exists(db)) {
    std::fprintf(stderr, "bench_import_throughput: %s exists; the benchmark needs a fresh store\n", db.c_str());
    return 1;
  }
  const auto remove_db = [&] {
    if (db_arg) return;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      std::error_code ec;
      fs::remove(fs::path(db.string() + suffix), ec);
    }
  };

  const std::uint64_t envelopes = count_envelopes(mbox);
  std::optional<ChildRun> parse;
  std::optional<ChildRun> full;
  if (phases != "full") parse = in_child([&](PhaseResult& r) { run_parse_phase(input, r); });
  if (phases != "parse") full = in_child([&](PhaseResult& r) { run_full_phase(mbox, db, options, r); });
  remove_db();

  bool ok = true;
  for (const auto* run : {&parse, &full})
    if (run->has_value() && !(*run)->result.ok) ok = false;

  if (json) {
    nlohmann::json j = {{"mailbox", mbox.string()}, {"bytes", bytes}, {"envelopes", envelopes},
                        {"batch_records", options.batch_records}};
    if (parse) {
      j["parse_clean"] = phase_json(*parse, bytes);
      j["parse_clean"]["body_bytes"] = parse->result.body_bytes;
      j["parse_clean"]["new_text_bytes"] = parse->result.new_text_bytes;
      j["parse_clean"]["attachments"] = parse->result.attachments;
      j["parse_clean"]["automatic"] = parse->result.automatic;
    }
    if (full) {
      const auto& r = full->result;
      j["full_import"] = phase_json(*full, bytes);
      j["full_import"]["store_write_s"] = r.write_s;
      j["full_import"]["finish_import_s"] = r.finish_s;
      j["full_import"]["reading_peak_anon_kib"] = r.peak_reading.anon_kb;
      j["full_import"]["finish_import_peak_anon_kib"] = r.peak_finishing.anon_kb;
      j["full_import"]["transactions"] = r.transactions;
      j["full_import"]["records_per_transaction"] =
          r.transactions ? static_cast<double>(r.messages) / static_cast<double>(r.transactions) : 0.0;
      j["full_import"]["imported"] = r.imported;
      j["full_import"]["already_known"] = r.already_known;
      j["full_import"]["store_bytes"] = r.store_bytes;
      j["full_import"]["store_counts"] = {{"contacts", r.counts.contacts},
                                          {"conversations", r.counts.conversations},
                                          {"messages", r.counts.messages}};
    }
    std::printf("%s\n", j.dump(2).c_str());
    return ok ? 0 : 1;
  }

  std::printf("mailbox        %s\n", mbox.c_str());
  std::printf("size           %.1f MB (%llu bytes), %llu envelope lines\n", mb(bytes),
              static_cast<unsigned long long>(bytes), static_cast<unsigned long long>(envelopes));
  std::printf("\n%-14s %8s %8s %9s %9s %10s %9s %9s %9s\n", "phase", "wall s", "cpu s", "MB/s", "MB/cpu-s",
              "msgs/s", "maxRSS", "anon pk", "file pk");
  std::printf("%-14s %8s %8s %9s %9s %10s %9s %9s %9s\n", "", "", "", "(wall)", "", "", "MiB", "MiB", "MiB");
  for (const auto& [name, run] : {std::pair{"parse+clean", &parse}, std::pair{"full import", &full}}) {
    if (!run->has_value()) continue;
    if (!(*run)->result.ok) {
      std::printf("%-14s FAILED: %s\n", name, (*run)->result.error);
      continue;
    }
    print_phase(name, **run, bytes);
  }
  if (parse && parse->result.ok) {
    const auto& r = parse->result;
    std::printf("\nparse+clean    %llu messages read (%llu envelopes), %llu attachments, %llu automatic; "
                "text bodies %.1f MB, new text %.1f MB\n",
                static_cast<unsigned long long>(r.messages), static_cast<unsigned long long>(envelopes),
                static_cast<unsigned long long>(r.attachments), static_cast<unsigned long long>(r.automatic),
                mb(r.body_bytes), mb(r.new_text_bytes));
    std::printf("               problems: %llu errors, %llu warnings%s%s\n", static_cast<unsigned long long>(r.errors),
                static_cast<unsigned long long>(r.warnings), r.first_problem[0] ? "; first: " : "", r.first_problem);
  }
  if (full && full->result.ok) {
    const auto& r = full->result;
    const double other = r.wall_s - r.write_s - r.finish_s;
    std::printf("\nfull import    %llu records read, %llu imported, %llu already known\n",
                static_cast<unsigned long long>(r.messages), static_cast<unsigned long long>(r.imported),
                static_cast<unsigned long long>(r.already_known));
    std::printf("  read+parse+clean+batch %8.2f s (%4.1f%%)\n", other, 100.0 * other / r.wall_s);
    std::printf("  store.write            %8.2f s (%4.1f%%) in %llu transactions, %.0f records per transaction "
                "(largest %llu; --batch %zu)\n",
                r.write_s, 100.0 * r.write_s / r.wall_s, static_cast<unsigned long long>(r.transactions),
                r.transactions ? static_cast<double>(r.messages) / static_cast<double>(r.transactions) : 0.0,
                static_cast<unsigned long long>(r.largest_transaction), options.batch_records);
    std::printf("  finish_import          %8.2f s (%4.1f%%)\n", r.finish_s, 100.0 * r.finish_s / r.wall_s);
    std::printf("  anon RSS peak: %.1f MiB while reading and writing, %.1f MiB in finish_import\n",
                mib_from_kb(r.peak_reading.anon_kb), mib_from_kb(r.peak_finishing.anon_kb));
    std::printf("  store: %llu contacts, %llu conversations, %llu messages; %.1f MB on disk (%.2f x mailbox)\n",
                static_cast<unsigned long long>(r.counts.contacts),
                static_cast<unsigned long long>(r.counts.conversations),
                static_cast<unsigned long long>(r.counts.messages), mb(r.store_bytes),
                static_cast<double>(r.store_bytes) / static_cast<double>(bytes));
    std::printf("  problems: %llu errors, %llu warnings%s%s\n", static_cast<unsigned long long>(r.errors),
                static_cast<unsigned long long>(r.warnings), r.first_problem[0] ? "; first: " : "", r.first_problem);
  }
  return ok ? 0 : 1;
}
