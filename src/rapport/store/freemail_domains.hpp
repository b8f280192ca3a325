#pragma once
// Free-mail domains (gmail.com, hotmail.*, web.de, …): an address there belongs to a
// person, not to a company, so no account is derived from it. The list is
// data/freemail_domains.txt, compiled into the program.

#include <string_view>

namespace rapport::store {

// `domain` is compared case-insensitively; a trailing dot is ignored. Thread-safe.
bool is_freemail_domain(std::string_view domain);

}  // namespace rapport::store
