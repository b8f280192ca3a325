#pragma once
// A thread's verdict as text, for the store's verdict cache: everything judge_thread
// found except the thread it points to, which the reader supplies.

#include <string>
#include <string_view>

#include "rapport/playbook/inbox.hpp"
#include "rapport/store/store.hpp"
#include "rapport/util/result.hpp"

namespace rapport::service {

// Changes to the encoding, to what a verdict holds or to how judge_thread decides bump
// this: the cache's fingerprint includes it, so verdicts written by another version are
// judged again. 3: earlier objections answered in writing stay open.
inline constexpr int k_verdict_codec_version = 3;

std::string encode_verdict(const playbook::ThreadVerdict& verdict);
// Errors: text that is not a verdict this version wrote.
Result<playbook::ThreadVerdict> decode_verdict(std::string_view text, const model::ThreadRecord& thread);

// The verdict on `thread` as the cache keeps it: its head (what ranking reads: kind,
// client, reply owed, moment, the first message it rests on) and its body.
store::CachedVerdict cached_verdict(const playbook::ThreadVerdict& verdict, model::ConversationId thread);
// The verdict rebuilt from its head alone: it ranks as the whole verdict does, but has
// no reason, advice or quotes, and one piece of evidence (the first, without quote).
// Errors: a kind this version does not know.
Result<playbook::ThreadVerdict> verdict_from_head(const store::CachedVerdict& head, const model::ThreadRecord& thread);

}  // namespace rapport::service
