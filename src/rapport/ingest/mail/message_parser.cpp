// parse_message: one RFC 5322 message into a model::Message, through GMime.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <optional>
#include <string>

#include "rapport/ingest/mail/automatic_mail.hpp"
#include "rapport/util/ascii.hpp"
#include "rapport/ingest/mail/charset.hpp"
#include "rapport/ingest/mail/content_hash.hpp"
#include "rapport/ingest/mail/gmime_handles.hpp"
#include "rapport/ingest/mail/mail_reader.hpp"
#include "rapport/ingest/mail/mime_body.hpp"
#include "rapport/ingest/mail/mime_document.hpp"
#include "rapport/text/body_zones.hpp"

namespace rapport::ingest {

namespace {


// Already clean: printable ASCII, single spaces, no space at either end.
bool is_clean_ascii(std::string_view value) {
  if (value.empty()) return true;
  if (value.front() == ' ' || value.back() == ' ') return false;
  char previous = 'x';
  for (const char c : value) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7F || (c == ' ' && previous == ' ')) return false;
    previous = c;
  }
  return true;
}

// Valid UTF-8, runs of white space (folding included) as one space, trimmed.
std::string clean_text(std::string_view value) {
  if (is_clean_ascii(value)) return std::string(value);  // the common case: one copy
  std::string utf8;
  append_utf8_lenient(value, utf8);
  return collapse_ascii_spaces(utf8);
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::optional<std::string_view> header(GMimeObject* object, const char* name) {
  const char* value = g_mime_object_get_header(object, name);  // borrowed, decoded
  if (value == nullptr) return std::nullopt;
  return std::string_view(value);
}

const char* raw_header(GMimeObject* object, const char* name) {
  GMimeHeaderList* headers = g_mime_object_get_header_list(object);  // borrowed
  GMimeHeader* h = g_mime_header_list_get_header(headers, name);     // borrowed
  return h != nullptr ? g_mime_header_get_raw_value(h) : nullptr;    // borrowed
}

// "Display Name", 'Display Name', extra spaces → Display Name.
std::string clean_name(const char* name) {
  if (name == nullptr) return {};
  std::string out = clean_text(name);
  while (out.size() >= 2 && (out.front() == '"' || out.front() == '\'') && out.back() == out.front()) {
    out = clean_text(std::string_view(out).substr(1, out.size() - 2));
  }
  return out;
}

void flatten_addresses(InternetAddressList* list, std::vector<model::Party>& out, int depth = 0) {
  if (list == nullptr || depth > 4) return;
  const int n = internet_address_list_length(list);
  for (int i = 0; i < n; ++i) {
    InternetAddress* address = internet_address_list_get_address(list, i);  // borrowed
    if (INTERNET_ADDRESS_IS_GROUP(address)) {
      // "Team: a@x, b@y;" counts as its members; "undisclosed-recipients:;" as nobody.
      flatten_addresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), out, depth + 1);
      continue;
    }
    if (!INTERNET_ADDRESS_IS_MAILBOX(address)) continue;
    const char* addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
    if (addr == nullptr || *addr == '\0') continue;
    model::Party party;
    party.display_name = clean_name(internet_address_get_name(address));
    party.id.kind = model::IdentityKind::email;
    party.id.value = lower_ascii(clean_text(addr));
    if (party.display_name == party.id.value) party.display_name.clear();
    out.push_back(std::move(party));
  }
}

bool has_real_address(InternetAddressList* list) {
  if (list == nullptr) return false;
  const int n = internet_address_list_length(list);
  for (int i = 0; i < n; ++i) {
    InternetAddress* address = internet_address_list_get_address(list, i);  // borrowed
    if (INTERNET_ADDRESS_IS_GROUP(address)) return true;
    if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
      const char* addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
      if (addr != nullptr && std::strchr(addr, '@') != nullptr) return true;
    }
  }
  return false;
}

// Mailman's archives write "user at example.org (Name)" to fool harvesters.
std::optional<std::string> deobfuscate_at(std::string_view raw) {
  const std::size_t at = raw.find(" at ");
  if (at == std::string_view::npos || raw.find('@') != std::string_view::npos) return std::nullopt;
  if (at == 0 || is_ascii_space(raw[at - 1]) || at + 4 >= raw.size() || is_ascii_space(raw[at + 4])) {
    return std::nullopt;
  }
  std::string out(raw.substr(0, at));
  out.push_back('@');
  out.append(raw.substr(at + 4));
  return out;
}

// GMime drops addresses whose local part breaks RFC 5322's dot-atom ("j..kean@",
// ".ward@"), which servers delivered anyway and Exchange exports are full of. This
// lenient split is used only when it finds more addresses than GMime did: items
// separated by commas outside quotes and angle brackets; the address is what is in
// <…>, else the word with an '@'; the rest (quotes and comment parentheses removed,
// encoded words decoded by GMime) is the name.
std::vector<model::Party> lenient_parties(std::string_view raw) {
  std::vector<std::string_view> items;
  bool quoted = false;
  int angle = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '"')
      quoted = !quoted;
    else if (!quoted && c == '<')
      ++angle;
    else if (!quoted && c == '>' && angle > 0)
      --angle;
    else if (!quoted && angle == 0 && (c == ',' || c == ';')) {
      items.push_back(raw.substr(start, i - start));
      start = i + 1;
    }
  }
  items.push_back(raw.substr(start));

  std::vector<model::Party> out;
  for (std::string_view item : items) {
    std::string address;
    std::string name;
    const std::size_t open = item.rfind('<');
    const std::size_t close = open == std::string_view::npos ? open : item.find('>', open);
    if (close != std::string_view::npos) {
      address = clean_text(item.substr(open + 1, close - open - 1));
      name = std::string(item.substr(0, open));
    } else {
      // The word containing '@'; whatever else (a "(comment)") is the name.
      const std::size_t at = item.find('@');
      if (at == std::string_view::npos) continue;
      std::size_t b = at;
      while (b > 0 && !is_ascii_space(item[b - 1]) && item[b - 1] != ':') --b;
      std::size_t e = at;
      while (e < item.size() && !is_ascii_space(item[e]) && item[e] != '(') ++e;
      address = std::string(item.substr(b, e - b));
      name = std::string(item.substr(0, b)) + " " + std::string(item.substr(e));
    }
    if (address.find('@') == std::string::npos) continue;
    for (char& c : name)
      if (c == '"' || c == '(' || c == ')') c = ' ';
    model::Party party;
    if (name.find("=?") != std::string::npos) {
      const gmime::GCharPtr decoded{
          g_mime_utils_header_decode_phrase(gmime::Library::instance().options(), clean_text(name).c_str())};
      party.display_name = clean_name(decoded.get());
    } else {
      party.display_name = clean_name(name.c_str());
    }
    party.id.kind = model::IdentityKind::email;
    party.id.value = lower_ascii(clean_text(address));
    if (party.display_name == party.id.value) party.display_name.clear();
    out.push_back(std::move(party));
  }
  return out;
}

// The parties of one address header. GMime parses it; the raw value is looked at only
// to repair mislabelled encoded words (see relabel_encoded_words), Mailman's " at ",
// and addresses GMime rejects (lenient_parties).
std::vector<model::Party> parties(GMimeMessage* message, GMimeAddressType type, const char* name) {
  std::vector<model::Party> out;
  InternetAddressList* parsed = g_mime_message_get_addresses(message, type);  // borrowed
  const char* raw = raw_header(GMIME_OBJECT(message), name);
  std::optional<std::string> repaired;
  if (raw != nullptr) {
    repaired = relabel_encoded_words(raw);
    if (!repaired && !has_real_address(parsed)) repaired = deobfuscate_at(raw);
    if (repaired && !has_real_address(parsed)) {
      if (auto again = deobfuscate_at(*repaired)) repaired = std::move(again);
    }
  }
  if (repaired) {
    const gmime::GObjectPtr<InternetAddressList> reparsed{
        internet_address_list_parse(gmime::Library::instance().options(), repaired->c_str())};
    if (reparsed && internet_address_list_length(reparsed.get()) > 0) flatten_addresses(reparsed.get(), out);
  }
  if (out.empty()) flatten_addresses(parsed, out);
  const std::string_view source =
      repaired ? std::string_view(*repaired) : std::string_view(raw != nullptr ? raw : "");
  // Worth a second look only when the header has more '@' than GMime found addresses.
  if (static_cast<std::size_t>(std::count(source.begin(), source.end(), '@')) > out.size()) {
    std::vector<model::Party> lenient = lenient_parties(source);
    if (lenient.size() > out.size()) return lenient;
  }
  return out;
}

std::string decoded_subject(GMimeMessage* message) {
  if (const char* raw = raw_header(GMIME_OBJECT(message), "Subject")) {
    if (auto repaired = relabel_encoded_words(raw)) {
      const gmime::GCharPtr decoded{
          g_mime_utils_header_decode_text(gmime::Library::instance().options(), repaired->c_str())};
      if (decoded) return clean_text(decoded.get());
    }
  }
  const char* subject = g_mime_message_get_subject(message);  // borrowed, decoded
  return subject != nullptr ? clean_text(subject) : std::string();
}

std::string strip_angle_brackets(std::string_view id) {
  std::string out = clean_text(id);
  if (!out.empty() && out.front() == '<') out.erase(0, 1);
  if (!out.empty() && out.back() == '>') out.pop_back();
  return clean_text(out);
}

std::vector<std::string> message_ids(const char* value) {
  std::vector<std::string> ids;
  if (value == nullptr) return ids;
  const gmime::ReferencesPtr refs{g_mime_references_parse(gmime::Library::instance().options(), value)};
  if (!refs) return ids;
  const int n = g_mime_references_length(refs.get());
  for (int i = 0; i < n; ++i) {
    const char* id = g_mime_references_get_message_id(refs.get(), i);  // borrowed
    if (id == nullptr) continue;
    std::string clean = strip_angle_brackets(id);
    if (!clean.empty()) ids.push_back(std::move(clean));
  }
  return ids;
}

// An mbox "From " envelope line before the headers (an .eml saved from an mbox).
std::string_view skip_envelope(std::string_view raw) {
  if (raw.substr(0, 5) != "From ") return raw;
  const std::size_t eol = raw.find('\n');
  return eol == std::string_view::npos ? std::string_view() : raw.substr(eol + 1);
}

bool report_type_is(GMimeObject* part, const char* report_type) {
  GMimeContentType* ct = g_mime_object_get_content_type(part);  // borrowed
  if (ct == nullptr || g_mime_content_type_is_type(ct, "multipart", "report") == FALSE) return false;
  const char* value = g_mime_content_type_get_parameter(ct, "report-type");  // borrowed
  return value != nullptr && g_ascii_strcasecmp(value, report_type) == 0;
}

// The header fields the reader looks at; GMime is given only these and the Content-*
// fields. Mailing-list and corporate mail carries dozens of others (Received,
// DKIM-Signature, ARC-*, X-*), often most of the header bytes, and GMime builds and
// later finalises a GObject for each: dropping them first (one memcpy of the message)
// roughly halves GMime's share of the read.
constexpr std::array<std::string_view, 18> k_kept_fields = {"from",
                                                            "sender",
                                                            "to",
                                                            "cc",
                                                            "subject",
                                                            "date",
                                                            "message-id",
                                                            "in-reply-to",
                                                            "references",
                                                            "mime-version",
                                                            "auto-submitted",
                                                            "x-autoreply",
                                                            "x-autorespond",
                                                            "x-auto-response-suppress",
                                                            "precedence",
                                                            "list-id",
                                                            "list-unsubscribe",
                                                            "content-"};

bool is_kept_field(std::string_view name) {
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
  if (name.size() > 32) return false;
  char lowered[32];
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    lowered[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string_view lower(lowered, name.size());
  for (const std::string_view kept : k_kept_fields) {
    if (kept.back() == '-' ? lower.substr(0, kept.size()) == kept : lower == kept) return true;
  }
  return false;
}

// `raw` without the header fields the reader does not use, in `scratch`; `raw` itself
// when there are none to drop. The header block ends at the first empty line, or at the
// first line that is not a field (left to GMime as it is).
std::string_view essential_fields(std::string_view raw, std::string& scratch) {
  scratch.clear();
  bool dropped = false;
  bool keep = true;
  std::size_t p = 0;
  while (p < raw.size()) {
    const std::size_t eol = raw.find('\n', p);
    const std::size_t next = eol == std::string_view::npos ? raw.size() : eol + 1;
    const std::string_view line = raw.substr(p, next - p);
    const char first = line.front();
    if (first == ' ' || first == '\t') {  // folded continuation of the current field
      if (keep) scratch.append(line);
      p = next;
      continue;
    }
    const std::size_t colon = line.find(':');
    if (first == '\n' || first == '\r' || colon == std::string_view::npos) break;  // end of headers
    keep = is_kept_field(line.substr(0, colon));
    if (keep)
      scratch.append(line);
    else
      dropped = true;
    p = next;
  }
  if (!dropped) return raw;
  scratch.append(raw.substr(p));
  return scratch;
}

model::Diagnostic warning(const model::SourceRef& where, std::string reason) {
  return model::Diagnostic{where.file, where.position, std::move(reason), model::Severity::warning};
}

}  // namespace

Result<model::Message> parse_message(std::string_view raw, const ReadContext& ctx, model::SourceRef where,
                                     std::vector<model::Diagnostic>& warnings) {
  raw = skip_envelope(raw);
  if (raw.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return make_error("empty message");
  }
  std::string essential;  // must outlive `doc`, which reads it in place
  const std::string_view parsed_bytes = essential_fields(raw, essential);
  const bool dropped_fields = parsed_bytes.data() != raw.data();
  std::optional<MimeDocument> doc = MimeDocument::parse(parsed_bytes);
  if (!doc) return make_error("not an RFC 5322 message: GMime found no message");
  GMimeMessage* mime = doc->message();  // borrowed from doc
  GMimeObject* object = GMIME_OBJECT(mime);
  // GMime files Content-* fields under the top MIME part, not the message.
  GMimeObject* top = g_mime_message_get_mime_part(mime);  // borrowed
  const int header_count =
      g_mime_header_list_get_count(g_mime_object_get_header_list(object)) +
      (top != nullptr ? g_mime_header_list_get_count(g_mime_object_get_header_list(top)) : 0);
  if (header_count == 0 && !dropped_fields) return make_error("not an RFC 5322 message: no header field");

  model::Message message;
  message.channel = model::Channel::email;
  message.folder = ctx.folder;

  if (const char* id = g_mime_message_get_message_id(mime)) {  // borrowed, without <>
    message.message_id = strip_angle_brackets(id);
  }
  if (const std::vector<std::string> ids = message_ids(g_mime_object_get_header(object, "In-Reply-To"));
      !ids.empty()) {
    message.in_reply_to = ids.front();  // the parent; more than one is rare
  }
  message.references = message_ids(g_mime_object_get_header(object, "References"));

  std::vector<model::Party> from = parties(mime, GMIME_ADDRESS_TYPE_FROM, "From");
  if (from.empty()) from = parties(mime, GMIME_ADDRESS_TYPE_SENDER, "Sender");
  if (!from.empty()) message.from = std::move(from.front());
  message.to = parties(mime, GMIME_ADDRESS_TYPE_TO, "To");
  message.cc = parties(mime, GMIME_ADDRESS_TYPE_CC, "Cc");
  message.subject = decoded_subject(mime);

  if (GDateTime* date = g_mime_message_get_date(mime)) {  // borrowed
    message.date = model::Timestamp{std::chrono::seconds{g_date_time_to_unix(date)}};
    message.has_date = true;
  } else if (const auto value = header(object, "Date"); value && !clean_text(*value).empty()) {
    warnings.push_back(
        warning(where, "unreadable Date header \"" + clean_text(*value) + "\": message has no date"));
  } else {
    warnings.push_back(warning(where, "no Date header: message has no date"));
  }

  MimeBody body = extract_body(*doc);
  for (std::string& loss : body.losses) warnings.push_back(warning(where, std::move(loss)));
  message.body = std::move(body.text);
  message.attachments = std::move(body.attachments);
  message.zones = text::split_body(message.body);

  AutomaticSignals signals;
  signals.auto_submitted = header(object, "Auto-Submitted");
  signals.x_autoreply = header(object, "X-Autoreply");
  signals.x_autorespond = header(object, "X-Autorespond");
  signals.x_auto_response_suppress = header(object, "X-Auto-Response-Suppress");
  signals.precedence = header(object, "Precedence");
  signals.list_id = header(object, "List-Id");
  signals.list_unsubscribe = header(object, "List-Unsubscribe");
  signals.from_address = message.from.id.value;
  signals.subject = message.subject;
  signals.body = message.body;
  signals.has_quoted_history = !message.zones.quoted.empty();
  signals.delivery_status_report =
      body.delivery_status || (top != nullptr && report_type_is(top, "delivery-status"));
  signals.disposition_report =
      body.disposition_notification || (top != nullptr && report_type_is(top, "disposition-notification"));
  message.automatic = classify_automatic(signals);

  message.content_hash = content_hash(message);
  message.source = std::move(where);
  return message;
}

Result<model::Message> parse_message(std::string_view raw, const ReadContext& ctx, model::SourceRef where) {
  std::vector<model::Diagnostic> ignored;
  return parse_message(raw, ctx, std::move(where), ignored);
}

}  // namespace rapport::ingest
