// Throughput of the mail reader over a real mbox: splitting alone, GMime's own mbox
// mode (the baseline the hand-written splitter was chosen against), and the whole
// read (split + GMime parse + charset decoding + zoning + automatic-mail detection).
//
//   bench_mail_parse [MBOX] [RUNS]
//   (default MBOX: shared/eval/emails/bench/real.mbox beside the source tree)
// Build it in a Release tree without sanitizers for meaningful numbers.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "rapport/ingest/common/record_sink.hpp"
#include "rapport/ingest/mail/gmime_mbox_baseline.hpp"
#include "rapport/ingest/mail/mail_reader.hpp"
#include "rapport/ingest/mail/mapped_file.hpp"
#include "rapport/ingest/mail/mbox_scanner.hpp"
#include "rapport/text/body_zones.hpp"

namespace {

using namespace rapport;

class CountingSink : public ingest::RecordSink {
 public:
  void on_message(model::Message&& message) override {
    ++messages;
    body_bytes += message.body.size();
  }
  void on_transcript(model::Transcript&&) override {}
  void on_contact(model::ContactRecord&&) override {}
  void on_call(model::CallLogEntry&&) override {}
  void on_diagnostic(model::Diagnostic&& diagnostic) override {
    if (diagnostic.severity == model::Severity::error) ++errors;
  }
  std::size_t messages = 0;
  std::size_t errors = 0;
  std::size_t body_bytes = 0;
};

struct Timing {
  double wall = 1e30;  // seconds, best run
  double cpu = 1e30;   // process CPU seconds, best run: steadier on a shared machine
};

double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// Keeps each decoded body, for timing the zoning alone.
class BodyKeeper : public CountingSink {
 public:
  void on_message(model::Message&& message) override { bodies.push_back(std::move(message.body)); }
  std::vector<std::string> bodies;
};

// Best of `runs`; `work` returns the messages it saw.
Timing best_of(int runs, std::size_t& messages, const std::function<std::size_t()>& work) {
  Timing best;
  for (int i = 0; i < runs; ++i) {
    const double cpu_start = cpu_seconds();
    const auto start = std::chrono::steady_clock::now();
    messages = work();
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    best.wall = std::min(best.wall, took.count());
    best.cpu = std::min(best.cpu, cpu_seconds() - cpu_start);
  }
  return best;
}

void report(const char* what, std::size_t bytes, std::size_t messages, Timing t) {
  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("%-36s %6zu msgs | wall %7.3f s %8.0f msg/s %7.1f MB/s | cpu %7.3f s %8.0f msg/s %7.1f MB/s\n",
              what, messages, t.wall, static_cast<double>(messages) / t.wall, mb / t.wall, t.cpu,
              static_cast<double>(messages) / t.cpu, mb / t.cpu);
}

}  // namespace

int main(int argc, char** argv) {
  // The evaluation data sits beside the source tree: <root>/main/bench/this.cpp and
  // <root>/shared/eval/.
  const std::filesystem::path default_mbox =
      std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "shared" / "eval" /
      "emails" / "bench" / "real.mbox";
  const std::string path = argc > 1 ? argv[1] : default_mbox.string();
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  Result<ingest::MappedFile> file = ingest::MappedFile::open(path);
  if (!file.ok()) {
    std::fprintf(stderr, "%s\n", file.error().message.c_str());
    return 1;
  }
  const std::string_view data = file->bytes();
  std::printf("%s: %.1f MB, best of %d runs\n", path.c_str(), static_cast<double>(data.size()) / 1e6, runs);

  std::size_t messages = 0;
  Timing t = best_of(runs, messages, [&] {
    ingest::MboxScanner scanner(data);
    std::size_t n = 0;
    while (auto entry = scanner.next()) n += entry->message.empty() ? 0u : 1u;
    return n;
  });
  report("split only (MboxScanner)", data.size(), messages, t);

  t = best_of(runs, messages, [&] {
    ingest::MboxScanner scanner(data);
    std::size_t n = 0;
    while (auto entry = scanner.next()) {
      const auto unescaped = ingest::unescape_mboxrd(entry->message);
      n += (unescaped || !entry->message.empty()) ? 1u : 0u;
    }
    return n;
  });
  report("split + >From unescape", data.size(), messages, t);

  t = best_of(runs, messages, [&] { return ingest::gmime_mbox_message_count(data); });
  report("GMime mbox mode (parse, no decode)", data.size(), messages, t);

  CountingSink last;
  t = best_of(runs, messages, [&] {
    CountingSink sink;
    ingest::ReadContext ctx;
    ctx.file = path;
    ingest::read_mbox(data, ctx, sink);
    last = sink;
    return sink.messages;
  });
  report("split + parse + decode + zone", data.size(), messages, t);
  std::printf("(%zu errors, %.1f MB of decoded body text)\n", last.errors,
              static_cast<double>(last.body_bytes) / 1e6);

  // The zoning (text::split_body, the text layer's work) alone over the same bodies, to
  // show how the full read divides between reading mail and zoning it.
  BodyKeeper keeper;
  std::size_t zoned_non_empty = 0;
  {
    ingest::ReadContext ctx;
    ingest::read_mbox(data, ctx, keeper);
  }
  t = best_of(runs, messages, [&] {
    std::size_t n = 0;
    for (const std::string& body : keeper.bodies) n += text::split_body(body).new_text.empty() ? 0u : 1u;
    zoned_non_empty = n;  // keeps the work observable
    return keeper.bodies.size();
  });
  report("  of which zoning (text::split_body)", data.size(), messages, t);
  std::printf("(zoning found new text in %zu messages)\n", zoned_non_empty);
  return 0;
}
