// The file wrappers: map a file, or walk a mail directory, and call the memory readers.
#include <algorithm>
#include <string>
#include <system_error>
#include <vector>

#include "rapport/ingest/mail/mail_reader.hpp"
#include "rapport/ingest/mail/mapped_file.hpp"

namespace rapport::ingest {

namespace {

namespace fs = std::filesystem;

// Deeper directory trees are not walked (a symlink loop, a mistaken "/").
constexpr int k_max_directory_depth = 16;

ReadContext with_file(const ReadContext& ctx, const fs::path& path) {
  ReadContext named = ctx;
  if (named.file.empty()) named.file = path.string();
  return named;
}

// Passes everything on, and gives back the pages of the file already read each
// time the reader reports progress, so a mailbox of any size is read in bounded memory.
class ReleasingSink final : public RecordSink {
 public:
  ReleasingSink(RecordSink& inner, MappedFile& file) : inner_(inner), file_(file) {}
  void on_message(model::Message&& m) override { inner_.on_message(std::move(m)); }
  void on_transcript(model::Transcript&& t) override { inner_.on_transcript(std::move(t)); }
  void on_contact(model::ContactRecord&& c) override { inner_.on_contact(std::move(c)); }
  void on_call(model::CallLogEntry&& c) override { inner_.on_call(std::move(c)); }
  void on_diagnostic(model::Diagnostic&& d) override { inner_.on_diagnostic(std::move(d)); }
  void on_progress(std::uint64_t bytes_done) override {
    // Every 16 MiB is often enough to bound memory and rare enough to cost nothing.
    if (bytes_done >= released_ + (16U << 20)) {
      file_.release_before(static_cast<std::size_t>(bytes_done));
      released_ = bytes_done;
    }
    inner_.on_progress(bytes_done);
  }

 private:
  RecordSink& inner_;
  MappedFile& file_;
  std::uint64_t released_ = 0;
};

template <typename Reader>
void read_file(const fs::path& path, const ReadContext& ctx, RecordSink& sink, Reader reader) {
  const ReadContext named = with_file(ctx, path);
  Result<MappedFile> file = MappedFile::open(path);
  if (!file.ok()) {
    sink.on_diagnostic(model::Diagnostic{named.file, "", file.error().message, model::Severity::error});
    return;
  }
  ReleasingSink releasing(sink, *file);
  reader(file->bytes(), named, releasing);
}

bool is_dir(const fs::path& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

bool is_maildir(const fs::path& dir) { return is_dir(dir / "cur") || is_dir(dir / "new"); }

// Files that live in Maildirs but are not messages.
bool is_bookkeeping(const std::string& name) {
  return name.empty() || name.front() == '.' || name.rfind("dovecot", 0) == 0 ||
         name.rfind("courier", 0) == 0 || name == "maildirfolder" || name == "subscriptions";
}

struct MessageFile {
  fs::path path;
  std::string folder;
};

// Entries of `dir`, sorted by name; unreadable directories yield nothing.
std::vector<fs::directory_entry> sorted_entries(const fs::path& dir) {
  std::vector<fs::directory_entry> entries;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  return entries;
}

std::string join_folder(const std::string& parent, const std::string& name) {
  return parent.empty() ? name : parent + "/" + name;
}

// Maildir++ names subfolders ".Sent", ".Archive.2020" at the Maildir's root.
std::string maildirpp_folder(const std::string& name) {
  std::string folder = name.substr(1);
  std::replace(folder.begin(), folder.end(), '.', '/');
  return folder;
}

void collect(const fs::path& dir, const std::string& folder, const std::string& relative, int depth,
             std::vector<MessageFile>& out) {
  if (depth > k_max_directory_depth) return;
  if (is_maildir(dir)) {
    for (const char* sub : {"cur", "new"}) {
      for (const auto& entry : sorted_entries(dir / sub)) {
        std::error_code ec;
        if (entry.is_regular_file(ec) && !is_bookkeeping(entry.path().filename().string())) {
          out.push_back({entry.path(), folder});
        }
      }
    }
    for (const auto& entry : sorted_entries(dir)) {
      const std::string name = entry.path().filename().string();
      std::error_code ec;
      if (!entry.is_directory(ec) || name == "cur" || name == "new" || name == "tmp") continue;
      if (name.front() == '.') {
        if (name.size() > 1 && is_maildir(entry.path())) {
          collect(entry.path(), maildirpp_folder(name), maildirpp_folder(name), depth + 1, out);
        }
        continue;
      }
      const std::string child = join_folder(relative, name);
      collect(entry.path(), child, child, depth + 1, out);
    }
    return;
  }
  // Not a Maildir: a tree of one-message files (MH, an export, the Enron corpus).
  for (const auto& entry : sorted_entries(dir)) {
    const std::string name = entry.path().filename().string();
    if (is_bookkeeping(name)) continue;
    std::error_code ec;
    if (entry.is_directory(ec)) {
      const std::string child = join_folder(relative, name);
      collect(entry.path(), child, child, depth + 1, out);
    } else if (entry.is_regular_file(ec)) {
      out.push_back({entry.path(), folder});
    }
  }
}

}  // namespace

void read_mbox_file(const fs::path& path, const ReadContext& ctx, RecordSink& sink) {
  read_file(path, ctx, sink, [](std::string_view bytes, const ReadContext& named, RecordSink& s) {
    read_mbox(bytes, named, s);
  });
}

void read_eml_file(const fs::path& path, const ReadContext& ctx, RecordSink& sink) {
  read_file(path, ctx, sink, [](std::string_view bytes, const ReadContext& named, RecordSink& s) {
    read_eml(bytes, named, s);
  });
}

void read_maildir(const fs::path& dir, const ReadContext& ctx, RecordSink& sink) {
  if (!is_dir(dir)) {
    sink.on_diagnostic(model::Diagnostic{ctx.file.empty() ? dir.string() : ctx.file, "", "not a directory",
                                         model::Severity::error});
    return;
  }
  std::vector<MessageFile> files;
  collect(dir, ctx.folder, "", 0, files);
  for (const MessageFile& file : files) {
    ReadContext one = ctx;
    one.file = file.path.string();
    one.folder = file.folder;
    read_eml_file(file.path, one, sink);
  }
}

}  // namespace rapport::ingest
