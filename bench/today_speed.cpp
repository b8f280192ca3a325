// How fast `rapport today` answers on a large store: one million messages, ten
// thousand contacts (the target: under 200 ms).
//
//   bench_today_speed [--db PATH] [--messages N] [--contacts N] [--repeat N] [--cli-runs N]
//
// The store is built once, directly through the Store interface (no mail parsing: this
// measures the playbook, not the import) and kept at PATH (default
// /tmp/rapport-today-<N>.db) for the next run. It holds three years of one salesperson's
// mail: threads of two to eight messages with the tags the analysis would store
// (questions, objections, dismissals, courtesies, facts), and phone calls. Then it
// times what `rapport today` does, in this process (service::today_from_store): rank
// every client from the store's narrow rows (every message of the last weeks, and of
// the months before only what ranking reads there), then read the listed ones whole; and
// prints each stage and the total per run. Before the runs it prepares the playbook's
// cache as `rapport import` does at its end, and prints how long that took.
//
// Last, what a user waits for: the `rapport today` command run end to end (`--cli-runs`
// times, a fresh process each: start-up, reading, ranking, printing, exit), with the
// wall time's minimum, median and slowest, and the command's CPU time.

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rapport/service/playbook_data.hpp"
#include "rapport/store/store.hpp"

namespace {

using namespace rapport;
using Clock = std::chrono::steady_clock;

// A small deterministic generator (splitmix64): the same store on every machine.
struct Random {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

struct Line {
  const char* text;
  const char* tags[4];
};

// What clients write, each with the tags the analysis gives it.
constexpr Line k_client_lines[] = {
    {"Thanks, that's really helpful.", {"thanks", "intent.pleasantry"}},
    {"Could you send the updated figures for the second site?", {"question.closed", "intent.question", "reply_owed"}},
    {"The price is more than we budgeted for this year.", {"objection.budget", "intent.objection", "reply_owed"}},
    {"We've decided to go in another direction for now.", {"rejection", "intent.dismissal", "reply_owed"}},
    {"Tuesday at ten works for me.", {"commitment", "intent.scheduling"}},
    {"How long does the set-up usually take for a team our size?", {"question.semi_open", "intent.question", "reply_owed"}},
    {"Have a lovely weekend!", {"closing", "intent.pleasantry"}},
    {"Attached is the signed order form.", {"intent.info"}},
};
constexpr Line k_my_lines[] = {
    {"Here is the proposal we discussed, attached.", {"pitch"}},
    {"Just following up on my last email.", {}},
    {"Great to hear from you, thanks!", {"thanks"}},
    {"Yes: set-up takes about two weeks for a team of your size.", {}},
    {"Would Thursday suit you for a call?", {"question.closed", "next_step"}},
};

model::Timestamp start_of_history() {
  return model::Timestamp{std::chrono::sys_days{std::chrono::year{2023} / 12 / 1}};
}

Result<void> build_store(store::Store& s, std::size_t messages, std::size_t contacts) {
  RAPPORT_TRY(s.set_owner({{model::IdentityKind::email, "me@seller.example"}}));
  Random random{42};
  const auto span = std::chrono::days{3 * 365};
  store::ImportBatch batch;
  std::size_t written = 0, thread = 0;
  auto flush = [&]() -> Result<void> {
    if (batch.empty()) return {};
    auto counts = s.write(batch);
    if (!counts) return counts.take_error();
    batch = {};
    return {};
  };
  while (written < messages) {
    const auto contact = random.below(contacts);
    const auto email = fmt::format("client{}@company{}.example", contact, contact % 2000);
    const auto length = 2 + random.below(7);
    auto when = start_of_history() + std::chrono::seconds(random.below(static_cast<std::size_t>(
                                         std::chrono::duration_cast<std::chrono::seconds>(span).count())));
    std::string root, previous;
    for (std::size_t i = 0; i < length && written < messages; ++i, ++written) {
      model::Message m;
      const bool mine = (i % 2 == 0) == (random.below(4) != 0);
      m.message_id = fmt::format("t{}.m{}@bench.invalid", thread, i);
      if (!previous.empty()) {
        m.in_reply_to = previous;
        m.references = {root};
      }
      m.date = when;
      m.has_date = true;
      m.subject = fmt::format("{}Project {}", i == 0 ? "" : "Re: ", thread);
      const auto me = model::Party{"Me Seller", {model::IdentityKind::email, "me@seller.example"}};
      const auto them = model::Party{fmt::format("Client {}", contact), {model::IdentityKind::email, email}};
      m.from = mine ? me : them;
      m.to = {mine ? them : me};
      const auto& line = mine ? k_my_lines[random.below(std::size(k_my_lines))]
                              : k_client_lines[random.below(std::size(k_client_lines))];
      m.body = line.text;
      m.zones.new_text = line.text;
      for (const auto* tag : line.tags)
        if (tag != nullptr) m.tags.push_back({tag, 0, static_cast<std::uint32_t>(m.body.size()), {}});
      if (!mine && random.below(50) == 0)
        m.tags.push_back({"fact.sport", 0, static_cast<std::uint32_t>(m.body.size()), "running a half marathon"});
      m.content_hash = m.message_id;
      m.source.file = "bench";
      if (root.empty()) root = m.message_id;
      previous = m.message_id;
      batch.messages.push_back(std::move(m));
      when += std::chrono::hours(6 + random.below(24 * 10));
    }
    ++thread;
    // A few calls per thread: reached, voicemail, no answer.
    if (random.below(3) == 0) {
      model::CallLogEntry c;
      c.when = when;
      c.other = {fmt::format("Client {}", contact), {model::IdentityKind::email, email}};
      c.outcome = random.below(3) == 0 ? model::CallOutcome::voicemail : model::CallOutcome::reached;
      c.duration_s = c.outcome == model::CallOutcome::reached ? 600 : 30;
      c.source.file = "bench";
      c.source.position = std::to_string(thread);
      batch.calls.push_back(std::move(c));
    }
    if (batch.size() >= 5000) RAPPORT_TRY(flush());
    if (thread % 20000 == 0) std::fprintf(stderr, "  %zu messages written\n", written);
  }
  RAPPORT_TRY(flush());
  std::fprintf(stderr, "  rethreading and summarising…\n");
  return s.finish_import();
}

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// CPU time of this process: on a busy machine (two cores shared with a build) it shows
// what the wall time would be on an idle one.
double cpu_ms() { return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

}  // namespace

struct CommandRun {
  double wall_ms = 0;
  double cpu_ms = 0;
};

// One run of the CLI as a user types it, its output thrown away; nullopt when it could
// not start or did not succeed.
std::optional<CommandRun> run_command(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t files;
  posix_spawn_file_actions_init(&files);
  posix_spawn_file_actions_addopen(&files, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  const auto t = Clock::now();
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, argv[0], &files, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&files);
  if (spawned != 0) return std::nullopt;
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
  const auto seconds = [](const timeval& tv) { return static_cast<double>(tv.tv_sec) * 1000 + static_cast<double>(tv.tv_usec) / 1000; };
  return CommandRun{ms_since(t), seconds(usage.ru_utime) + seconds(usage.ru_stime)};
}

int main(int argc, char** argv) {
  std::size_t messages = 1'000'000, contacts = 10'000, repeat = 5, cli_runs = 15;
  std::string db;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i];
    const std::string value = argv[i + 1];
    if (key == "--db") db = value;
    else if (key == "--messages") messages = std::stoul(value);
    else if (key == "--contacts") contacts = std::stoul(value);
    else if (key == "--repeat") repeat = std::stoul(value);
    else if (key == "--cli-runs") cli_runs = std::stoul(value);
    else {
      std::fprintf(stderr, "usage: bench_today_speed [--db PATH] [--messages N] [--contacts N] [--repeat N] [--cli-runs N]\n");
      return 2;
    }
  }
  if (db.empty()) db = fmt::format("/tmp/rapport-today-{}.db", messages);
  const bool exists = std::filesystem::exists(db);
  auto opened = store::open_store(db);
  if (!opened) {
    std::fprintf(stderr, "%s\n", opened.error().message.c_str());
    return 1;
  }
  auto& s = **opened;
  if (!exists) {
    std::fprintf(stderr, "building %s: %zu messages, %zu contacts…\n", db.c_str(), messages, contacts);
    const auto t = Clock::now();
    if (auto built = build_store(s, messages, contacts); !built) {
      std::fprintf(stderr, "%s\n", built.error().message.c_str());
      std::filesystem::remove(db);
      return 1;
    }
    std::fprintf(stderr, "built in %.1f s\n", ms_since(t) / 1000);
  }
  const auto counts = s.counts().value();
  std::printf("store: %llu messages, %llu contacts, %llu conversations, %llu calls\n",
              static_cast<unsigned long long>(counts.messages), static_cast<unsigned long long>(counts.contacts),
              static_cast<unsigned long long>(counts.conversations), static_cast<unsigned long long>(counts.calls));
  const auto now = start_of_history() + std::chrono::days{3 * 365 + 10};
  const playbook::TodaySettings today_settings;
  const playbook::InboxSettings inbox_settings;
  // What `rapport import` does at its end: the playbook's cache for the recent threads
  // (a no-op when an earlier run left it complete).
  {
    const auto t = Clock::now();
    const auto since = now - std::chrono::days{static_cast<int>(today_settings.lookback_days)};
    if (auto cached = service::refresh_cache(s, since, inbox_settings); !cached) {
      std::fprintf(stderr, "%s\n", cached.error().message.c_str());
      return 1;
    }
    std::printf("cache ready in %.0f ms\n", ms_since(t));
  }
  for (std::size_t run = 0; run < repeat; ++run) {
    const auto t0 = Clock::now();
    const auto cpu0 = cpu_ms();
    service::TodayTimings timings;
    auto found = service::today_from_store(s, today_settings, inbox_settings, now, false, {}, &timings);
    if (!found) {
      std::fprintf(stderr, "%s\n", found.error().message.c_str());
      return 1;
    }
    std::size_t messages_read = 0;
    for (const auto& t : found->ranked->workspace.threads) messages_read += t.messages.size();
    std::printf("run %zu: today in %.0f ms, %.0f ms of CPU (ranking: read %.0f ms, %zu threads, %zu messages without "
                "text; rank %.0f ms; the %zu listed read whole and ranked again %.0f ms)\n",
                run + 1, ms_since(t0), cpu_ms() - cpu0, timings.rank_read_ms, found->ranked->workspace.threads.size(), messages_read,
                timings.rank_ms, found->list.calls.size(), timings.detail_ms);
  }

  if (cli_runs == 0) return 0;
  const std::vector<std::string> command{RAPPORT_CLI, "--db", db, "--now", model::to_iso8601(now), "today"};
  std::vector<CommandRun> runs;
  for (std::size_t run = 0; run <= cli_runs; ++run) {  // the first warms the page cache, and is not counted
    const auto done = run_command(command);
    if (!done) {
      std::fprintf(stderr, "%s did not run to success\n", RAPPORT_CLI);
      return 1;
    }
    if (run > 0) runs.push_back(*done);
  }
  std::sort(runs.begin(), runs.end(), [](const CommandRun& a, const CommandRun& b) { return a.wall_ms < b.wall_ms; });
  const auto& median = runs[runs.size() / 2];
  std::printf("the command, `rapport --db %s --now %s today`, %zu runs: median %.0f ms (%.0f ms of CPU), "
              "fastest %.0f ms, slowest %.0f ms\n",
              db.c_str(), model::to_iso8601(now).c_str(), runs.size(), median.wall_ms, median.cpu_ms,
              runs.front().wall_ms, runs.back().wall_ms);
  return 0;
}
