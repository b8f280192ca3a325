#include "rapport/ingest/mail/content_hash.hpp"

#include <string_view>

#include "rapport/ingest/mail/gmime_handles.hpp"

namespace rapport::ingest {

namespace {

void feed(GChecksum* checksum, std::string_view bytes) {
  g_checksum_update(checksum, reinterpret_cast<const guchar*>(bytes.data()),
                    static_cast<gssize>(bytes.size()));
}

void feed_field(GChecksum* checksum, std::string_view name, std::string_view value) {
  feed(checksum, name);
  feed(checksum, ":");
  feed(checksum, value);
  feed(checksum, "\n");
}

void feed_parties(GChecksum* checksum, std::string_view name, const std::vector<model::Party>& parties) {
  feed(checksum, name);
  feed(checksum, ":");
  for (const model::Party& p : parties) {
    feed(checksum, p.id.value);
    feed(checksum, ",");
  }
  feed(checksum, "\n");
}

}  // namespace

std::string content_hash(const model::Message& message) {
  const gmime::ChecksumPtr checksum{g_checksum_new(G_CHECKSUM_SHA256)};
  feed_field(checksum.get(), "from", message.from.id.value);
  feed_parties(checksum.get(), "to", message.to);
  feed_parties(checksum.get(), "cc", message.cc);
  feed_field(checksum.get(), "date",
             message.has_date ? std::to_string(message.date.time_since_epoch().count()) : "");
  feed_field(checksum.get(), "subject", message.subject);
  feed(checksum.get(), "\n");

  // Body lines without trailing white space; blank lines at the end dropped. Gathered
  // into one buffer first: one large update is faster than one per line.
  thread_local std::string normalised;
  normalised.clear();
  std::string_view body = message.body;
  std::size_t pending_blank = 0;
  while (!body.empty()) {
    const std::size_t eol = body.find('\n');
    std::string_view line = body.substr(0, eol);
    body.remove_prefix(eol == std::string_view::npos ? body.size() : eol + 1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
      line.remove_suffix(1);
    }
    if (line.empty()) {
      ++pending_blank;
      continue;
    }
    normalised.append(pending_blank, '\n');
    pending_blank = 0;
    normalised.append(line);
    normalised.push_back('\n');
  }
  feed(checksum.get(), normalised);
  return g_checksum_get_string(checksum.get());  // borrowed, copied into the result
}

}  // namespace rapport::ingest
