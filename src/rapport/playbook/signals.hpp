#pragma once
// What the playbook reads in one message: the analysis tags stored with it, and a few
// signals of its own (data/playbook/signals.rules) such as a request to be phoned or
// a promise to come back with an answer.
//
// Marks: what the playbook reads of a message (its intent, whether it asks something,
// each signal...) packed into bits, computed once from the text and tags and stored with
// the message. Where a MessageRecord carries marks, every reader below answers from
// them, so the playbook judges a message the same way whether or not its text was
// loaded; where it carries none, they read its tags and text.
//
// Thread safety: a Signals object remembers what it found in each message (find on a
// MessageRecord), so that the playbook reads every message once however many rules
// ask; use one object per thread.

#include <array>
#include <optional>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "rapport/analysis/phrase_set.hpp"
#include "rapport/analysis/rule_files.hpp"
#include "rapport/analysis/tags.hpp"
#include "rapport/model/workspace.hpp"
#include "rapport/util/result.hpp"

namespace rapport::playbook {

// data/playbook/*.rules as shipped (generated at build time).
const analysis::RuleFiles& builtin_rule_files();

enum class Signal : std::uint8_t {
  call_request,
  promised_answer,
  decision,
  proposal,
  departed,
  meeting_agreed,
  promised_call,
};
inline constexpr std::size_t k_signal_count = 7;
std::string_view to_string(Signal signal);

// The sentence of a text that carries a signal or tag: [begin, end) in bytes.
struct Found {
  std::size_t begin = 0;
  std::size_t end = 0;
};

class Signals {
 public:
  // Compiles the built-in rules plus `extra` files whose names start with "signals".
  static Result<Signals> create(const analysis::RuleFiles& extra = {});

  // The sentence of a message's new text where `signal` is first found, if it is. Each
  // message is scanned once for every signal and the result kept (by the message's
  // address: the workspace must outlive this object). A message with marks but no text
  // gives an empty span where its marks hold the signal.
  std::optional<Found> find(Signal signal, const model::MessageRecord& message) const;

  // The marks of a message computed from its text and tags (whatever marks it carries).
  std::uint32_t compute_marks(const model::MessageRecord& message) const;
  // Names the rules and the meaning of the bits: stored marks computed under another
  // fingerprint are stale.
  const std::string& fingerprint() const { return fingerprint_; }
  // The bit of marks that rank_calls reads however old the message (within its
  // lookback): proposals, departures, unsubscribes. Its other rules look back a few
  // weeks only, or at each client's latest inbound message from a person.
  static std::uint32_t long_memory_marks();
  // The bit of a message from a person (is_human): no automatic mail, no auto-reply.
  static std::uint32_t human_marks();

 private:
  using Hits = std::array<std::optional<Found>, k_signal_count>;
  Hits scan(std::string_view text) const;

  analysis::PhraseSet phrases_;
  std::string fingerprint_;
  std::vector<analysis::LabelId> labels_;  // by Signal
  mutable std::unordered_map<const model::MessageRecord*, Hits> memo_;
};

// --- tags of a stored message (its marks, when it carries them) ------------------------

bool has_tag(const model::MessageRecord& m, std::string_view name);
const model::Tag* first_tag(const model::MessageRecord& m, std::string_view name);
std::optional<analysis::Intent> intent_of(const model::MessageRecord& m);
bool reply_owed(const model::MessageRecord& m);
bool has_question(const model::MessageRecord& m);
// Proposes a meeting, call or follow-up (the next_step act).
bool proposes_next_step(const model::MessageRecord& m);
std::vector<analysis::Objection> objections_of(const model::MessageRecord& m);
std::size_t word_count(std::string_view text);

// Only courtesy: a pleasantry, or (the salesperson's own messages carry no intent when
// their direction was known at import) a short text whose acts are all courtesies.
bool is_courtesy(const model::MessageRecord& m);
// Written by a person, not a machine (auto-replies, bounces and lists excluded).
bool is_human(const model::MessageRecord& m);

// The sentence around [begin, end) of `text`, trimmed, for quoting as evidence.
std::string sentence_around(std::string_view text, std::size_t begin, std::size_t end);
// The first sentence(s) of `text` up to about `max_chars`, for quoting a whole message.
std::string opening_of(std::string_view text, std::size_t max_chars = 160);

}  // namespace rapport::playbook
