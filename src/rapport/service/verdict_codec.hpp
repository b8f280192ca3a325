#pragma once
// A thread's verdict as text, for the store's verdict cache: everything judge_thread
// found except the thread it points to, which the reader supplies.

#include <string>
#include <string_view>

#include "rapport/playbook/inbox.hpp"
#include "rapport/util/result.hpp"

namespace rapport::service {

// Changes to the encoding (or to what a verdict holds) bump this: the cache's
// fingerprint includes it, so verdicts written by another version are judged again.
inline constexpr int k_verdict_codec_version = 1;

std::string encode_verdict(const playbook::ThreadVerdict& verdict);
// Errors: text that is not a verdict this version wrote.
Result<playbook::ThreadVerdict> decode_verdict(std::string_view text, const model::ThreadRecord& thread);

}  // namespace rapport::service
