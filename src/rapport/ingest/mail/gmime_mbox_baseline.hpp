#pragma once
// GMime's own mbox mode, kept only as the baseline that bench_mail_parse compares
// MboxScanner + parse_message against (see mbox_scanner.hpp for the choice).

#include <cstddef>
#include <string_view>

namespace rapport::ingest {

// Parses every message of `data` with one GMime parser in GMIME_FORMAT_MBOX (headers
// and MIME structure, no decoding of bodies) and returns how many it built.
std::size_t gmime_mbox_message_count(std::string_view data);

}  // namespace rapport::ingest
