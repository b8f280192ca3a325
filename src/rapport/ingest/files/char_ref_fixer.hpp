#pragma once
// Repairs the numeric character references that phone backup apps write but XML
// forbids (internal to ingest/files), on a stream of chunks:
//   "&#55357;&#56832;" (a UTF-16 surrogate pair)  → "&#128512;"
//   a lone surrogate, "&#0;", "&#1;" … "&#xFFFE;"  → "&#65533;" (U+FFFD)
// Everything else passes through unchanged.

#include <string>
#include <string_view>

namespace rapport::ingest::detail {

class CharRefFixer {
 public:
  // The repaired text of `chunk`, minus a trailing reference that may continue in the
  // next chunk (kept back and emitted by a later call). With `last` set, everything.
  std::string feed(std::string_view chunk, bool last);

 private:
  std::string carry_;
};

}  // namespace rapport::ingest::detail
