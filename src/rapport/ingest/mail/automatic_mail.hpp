#pragma once
// Is a message automatic (an out-of-office reply, a bounce, a list or bulk mailing, a
// no-reply sender)? A pure function over what the parser extracted, so it can be
// tested without building MIME messages.

#include <optional>
#include <string_view>

#include "rapport/model/message.hpp"

namespace rapport::ingest {

// What classify_automatic looks at. Header values are as decoded (unfolded); a header
// that is absent is nullopt, one present but empty is "".
struct AutomaticSignals {
  std::optional<std::string_view> auto_submitted;            // RFC 3834
  std::optional<std::string_view> x_autoreply;               // X-Autoreply
  std::optional<std::string_view> x_autorespond;             // X-Autorespond
  std::optional<std::string_view> x_auto_response_suppress;  // Exchange
  std::optional<std::string_view> precedence;
  std::optional<std::string_view> list_id;
  std::optional<std::string_view> list_unsubscribe;
  std::string_view from_address;  // lower-cased
  std::string_view subject;       // decoded
  std::string_view body;          // decoded text body (HTML already turned to text)
  // The body quotes an earlier message (text::split_body found quoted text). Body
  // wording alone then does not make a message an out-of-office reply.
  bool has_quoted_history = false;
  // Top-level multipart/report with report-type=delivery-status, or a
  // message/delivery-status part anywhere.
  bool delivery_status_report = false;
  // multipart/report with report-type=disposition-notification (a read receipt).
  bool disposition_report = false;
};

// The kind, checked from the most specific to the most general: bounce, out of office,
// other RFC 3834 auto-submitted mail, mailing list, bulk, no-reply sender. `none` when
// nothing matches.
model::AutomaticKind classify_automatic(const AutomaticSignals& signals);

}  // namespace rapport::ingest
