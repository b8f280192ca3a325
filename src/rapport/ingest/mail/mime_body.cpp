#include "rapport/ingest/mail/mime_body.hpp"

#include <cstring>

#include "rapport/ingest/mail/charset.hpp"
#include "rapport/text/html_to_text.hpp"

namespace rapport::ingest {

namespace {

// The text gathered for one message (the top one, or a forwarded one).
struct MessageText {
  std::string text;
  bool has_body = false;
  std::string forwarded;  // formatted forwarded messages, appended after the text
};

bool is_type(GMimeObject* object, const char* type, const char* subtype) {
  GMimeContentType* ct = g_mime_object_get_content_type(object);  // borrowed
  return ct != nullptr && g_mime_content_type_is_type(ct, type, subtype) != FALSE;
}

bool has_attachment_disposition(GMimeObject* object) {
  const char* disposition = g_mime_object_get_disposition(object);  // borrowed
  return disposition != nullptr && g_ascii_strcasecmp(disposition, "attachment") == 0;
}

std::string mime_type_of(GMimeObject* object) {
  GMimeContentType* ct = g_mime_object_get_content_type(object);  // borrowed
  if (ct == nullptr) return "application/octet-stream";
  const gmime::GCharPtr type{g_mime_content_type_get_mime_type(ct)};
  std::string out = type ? type.get() : "application/octet-stream";
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

void append_block(std::string& to, std::string_view block) {
  // Trailing blank lines of the previous block do not matter; one empty line between.
  if (block.empty()) return;
  if (!to.empty()) {
    while (!to.empty() && (to.back() == '\n' || to.back() == ' ')) to.pop_back();
    to.append("\n\n");
  }
  to.append(block);
}

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

class BodyWalker {
 public:
  BodyWalker(const MimeDocument& doc, MimeBody& out) : doc_(doc), out_(out) {}

  void walk(GMimeObject* object, int depth, MessageText& into, bool inline_resource = false) {
    if (object == nullptr) return;
    if (depth > k_max_mime_depth) {
      if (!depth_reported_) {
        out_.losses.emplace_back("MIME parts nested more than " + std::to_string(k_max_mime_depth) +
                                 " deep were not read");
        depth_reported_ = true;
      }
      return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
      walk_forwarded(GMIME_MESSAGE_PART(object), depth, into);
    } else if (GMIME_IS_MULTIPART_ENCRYPTED(object)) {
      out_.losses.emplace_back("an encrypted part was not read");
    } else if (GMIME_IS_MULTIPART(object)) {
      walk_multipart(GMIME_MULTIPART(object), depth, into);
    } else if (GMIME_IS_PART(object)) {
      walk_leaf(GMIME_PART(object), into, inline_resource);
    }
  }

 private:
  void walk_multipart(GMimeMultipart* multipart, int depth, MessageText& into) {
    auto* object = GMIME_OBJECT(multipart);
    const int count = g_mime_multipart_get_count(multipart);
    if (is_type(object, "multipart", "alternative")) {
      walk_alternative(multipart, count, depth, into);
      return;
    }
    // multipart/related: the first part is the document, the others are resources it
    // shows inline (images of an HTML body), not attachments the sender chose.
    const bool related = is_type(object, "multipart", "related");
    for (int i = 0; i < count; ++i) {
      walk(g_mime_multipart_get_part(multipart, i), depth + 1, into, related && i > 0);
    }
  }

  // Prefer text/plain, else text/html, else the first nested multipart.
  void walk_alternative(GMimeMultipart* multipart, int count, int depth, MessageText& into) {
    GMimeObject* plain = nullptr;
    GMimeObject* html = nullptr;
    GMimeObject* nested = nullptr;
    for (int i = 0; i < count; ++i) {
      GMimeObject* part = g_mime_multipart_get_part(multipart, i);  // borrowed
      if (part == nullptr || has_attachment_disposition(part)) continue;
      if (plain == nullptr && GMIME_IS_PART(part) && is_type(part, "text", "plain"))
        plain = part;
      else if (html == nullptr && GMIME_IS_PART(part) && is_type(part, "text", "html"))
        html = part;
      else if (nested == nullptr && GMIME_IS_MULTIPART(part))
        nested = part;
    }
    for (GMimeObject* choice : {plain, nested, html}) {
      if (choice == nullptr) continue;
      MessageText attempt;
      attempt.has_body = into.has_body;
      walk(choice, depth + 1, attempt);
      // Some mailers send an empty text/plain beside the real HTML: try the next one.
      if (is_blank(attempt.text) && attempt.forwarded.empty()) continue;
      append_block(into.text, attempt.text);
      into.forwarded.append(attempt.forwarded);
      into.has_body = true;
      return;
    }
  }

  void walk_leaf(GMimePart* part, MessageText& into, bool inline_resource) {
    auto* object = GMIME_OBJECT(part);
    if (is_type(object, "message", "delivery-status") ||
        is_type(object, "message", "global-delivery-status")) {
      out_.delivery_status = true;
      return;
    }
    if (is_type(object, "message", "disposition-notification")) {
      out_.disposition_notification = true;
      return;
    }
    const char* filename = g_mime_part_get_filename(part);  // borrowed
    const bool attachment = has_attachment_disposition(object);
    const bool plain = is_type(object, "text", "plain");
    const bool html = is_type(object, "text", "html");
    if ((plain || html) && !attachment && (filename == nullptr || !into.has_body) && !inline_resource) {
      std::string text = decode_text(part);
      if (html) text = text::html_to_text(text);
      append_block(into.text, text);
      into.has_body = true;
      return;
    }
    if (is_type(object, "application", "pgp-signature") ||
        is_type(object, "application", "pkcs7-signature") ||
        is_type(object, "application", "x-pkcs7-signature") || is_type(object, "text", "rfc822-headers")) {
      return;
    }
    if (filename == nullptr && (!attachment || inline_resource)) return;
    model::Attachment a;
    if (filename != nullptr) append_utf8_lenient(filename, a.filename);
    a.mime_type = mime_type_of(object);
    a.size = doc_.decoded_size(part);
    out_.attachments.push_back(std::move(a));
  }

  std::string decode_text(GMimePart* part) {
    const std::string_view bytes = doc_.decoded_content(part, scratch_, raw_scratch_);
    GMimeContentType* ct = g_mime_object_get_content_type(GMIME_OBJECT(part));  // borrowed
    const char* charset = ct != nullptr ? g_mime_content_type_get_parameter(ct, "charset") : nullptr;
    std::string text;
    text.reserve(bytes.size());
    const DecodeLoss loss = append_decoded(bytes, charset != nullptr ? charset : "", text);
    if (loss == DecodeLoss::unknown_charset) {
      out_.losses.push_back(std::string("unknown charset \"") + charset +
                            "\": read as UTF-8 or Windows-1252");
    } else if (loss == DecodeLoss::invalid_bytes) {
      out_.losses.push_back(std::string("bytes invalid in charset \"") + charset + "\" replaced by U+FFFD");
    }
    normalise_newlines(text);
    return text;
  }

  void walk_forwarded(GMimeMessagePart* part, int depth, MessageText& into) {
    GMimeMessage* message = g_mime_message_part_get_message(part);  // borrowed
    if (message == nullptr) return;
    MessageText inner;
    walk(g_mime_message_get_mime_part(message), depth + 1, inner);

    std::string block = "---------- Forwarded message ----------\n";
    auto header_line = [&block](const char* name, const char* value) {
      if (value == nullptr || *value == '\0') return;
      block.append(name).append(": ");
      std::string clean;
      append_utf8_lenient(value, clean);
      for (char& c : clean)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
      block.append(clean).push_back('\n');
    };
    auto address_line = [&header_line](const char* name, InternetAddressList* list) {
      if (list == nullptr || internet_address_list_length(list) == 0) return;
      const gmime::GCharPtr text{internet_address_list_to_string(list, nullptr, FALSE)};
      header_line(name, text.get());
    };
    address_line("From", g_mime_message_get_from(message));
    header_line("Date", g_mime_object_get_header(GMIME_OBJECT(message), "Date"));
    header_line("Subject", g_mime_message_get_subject(message));
    address_line("To", g_mime_message_get_to(message));
    block.push_back('\n');
    block.append(inner.text);
    append_block(into.forwarded, block);
    append_block(into.forwarded, inner.forwarded);
  }

  const MimeDocument& doc_;
  MimeBody& out_;
  bool depth_reported_ = false;
  std::string scratch_;
  std::string raw_scratch_;
};

}  // namespace

MimeBody extract_body(const MimeDocument& doc) {
  MimeBody body;
  BodyWalker walker(doc, body);
  MessageText top;
  walker.walk(g_mime_message_get_mime_part(doc.message()), 0, top);
  body.text = std::move(top.text);
  append_block(body.text, top.forwarded);
  while (!body.text.empty() && (body.text.back() == '\n' || body.text.back() == ' ')) body.text.pop_back();
  return body;
}

}  // namespace rapport::ingest
