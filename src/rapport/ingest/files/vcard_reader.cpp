// vCard is hand-parsed. Debian's one vCard library, libvformat, predates vCard 4.0
// (RFC 6350) and has been unmaintained since the 2000s, and it reports no line numbers
// for diagnostics; the content-line grammar we need (RFC 2426 / RFC 6350, plus 2.1's
// quoted-printable soft breaks) is small.

#include <iconv.h>

#include <cerrno>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "rapport/ingest/common/phone.hpp"
#include "rapport/ingest/files/contact_fields.hpp"
#include "rapport/ingest/files/contacts_reader.hpp"
#include "rapport/ingest/files/file_input.hpp"
#include "rapport/ingest/files/line_cursor.hpp"
#include "rapport/ingest/files/text_util.hpp"

namespace rapport::ingest {
namespace {

// Owns an iconv conversion descriptor from iconv_open (glibc's, so no new
// dependency); closed on destruction.
class Iconv {
 public:
  Iconv(const char* to, const char* from) : cd_(iconv_open(to, from)) {}
  ~Iconv() {
    if (ok()) iconv_close(cd_);
  }
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;

  bool ok() const { return cd_ != invalid(); }

  // The whole of `in` converted, or nullopt on an invalid or incomplete sequence.
  std::optional<std::string> convert(std::string_view in) {
    std::string input{in};
    std::string out;
    char* src = input.data();
    std::size_t src_left = input.size();
    char buffer[1024];
    while (src_left > 0) {
      char* dst = buffer;
      std::size_t dst_left = sizeof buffer;
      const std::size_t rc = iconv(cd_, &src, &src_left, &dst, &dst_left);
      out.append(buffer, static_cast<std::size_t>(dst - buffer));
      if (rc == static_cast<std::size_t>(-1) && errno != E2BIG) return std::nullopt;
    }
    char* dst = buffer;
    std::size_t dst_left = sizeof buffer;
    iconv(cd_, nullptr, nullptr, &dst, &dst_left);
    out.append(buffer, static_cast<std::size_t>(dst - buffer));
    return out;
  }

 private:
  static iconv_t invalid() { return reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1)); }
  iconv_t cd_;
};

struct ContentLine {
  std::string text;
  std::size_t line = 0;
  std::size_t offset = 0;
};

struct Param {
  std::string key;    // upper case; "TYPE" for a bare 2.1 type, "ENCODING" for a bare encoding
  std::string value;  // quotes removed
};

struct Property {
  std::string name;  // upper case, group prefix removed
  std::vector<Param> params;
  std::string value;  // as written (escapes and encodings still in place)

  std::string param(std::string_view key) const {
    for (const auto& p : params)
      if (p.key == key) return p.value;
    return {};
  }
  bool has_type(std::string_view type) const {
    for (const auto& p : params) {
      if (p.key != "TYPE") continue;
      for (std::string_view v : detail::split_values(p.value, detail::SplitCommas::yes))
        if (detail::iequals(v, type)) return true;
    }
    return false;
  }
};

std::string upper(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back((c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c);
  return out;
}

// The first ':' outside double quotes (parameter values may be quoted and hold ':').
std::size_t find_value_colon(std::string_view line) {
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '"') quoted = !quoted;
    else if (line[i] == ':' && !quoted) return i;
  }
  return std::string_view::npos;
}

bool is_qp_line(std::string_view line) {
  const std::size_t colon = find_value_colon(line);
  const std::string head = upper(line.substr(0, colon));
  return head.find("QUOTED-PRINTABLE") != std::string::npos;
}

std::optional<Property> parse_property(std::string_view line) {
  const std::size_t colon = find_value_colon(line);
  if (colon == std::string_view::npos) return std::nullopt;
  Property prop;
  prop.value = std::string{line.substr(colon + 1)};
  std::string_view head = line.substr(0, colon);
  std::vector<std::string_view> parts;
  bool quoted = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= head.size(); ++i) {
    if (i < head.size() && head[i] == '"') quoted = !quoted;
    if (i == head.size() || (head[i] == ';' && !quoted)) {
      parts.push_back(head.substr(start, i - start));
      start = i + 1;
    }
  }
  std::string_view name = trim_ascii_spaces(parts[0]);
  if (const auto dot = name.rfind('.'); dot != std::string_view::npos) name.remove_prefix(dot + 1);
  if (name.empty()) return std::nullopt;
  prop.name = upper(name);
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const std::string_view part = trim_ascii_spaces(parts[i]);
    if (part.empty()) continue;
    Param p;
    if (const auto eq = part.find('='); eq != std::string_view::npos) {
      p.key = upper(trim_ascii_spaces(part.substr(0, eq)));
      std::string_view v = trim_ascii_spaces(part.substr(eq + 1));
      if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
      p.value = std::string{v};
    } else {
      const std::string bare = upper(part);
      p.key = (bare == "QUOTED-PRINTABLE" || bare == "BASE64" || bare == "8BIT" || bare == "7BIT")
                  ? "ENCODING"
                  : "TYPE";
      p.value = std::string{part};
    }
    prop.params.push_back(std::move(p));
  }
  return prop;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::string decode_quoted_printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '=' && i + 2 < s.size()) {
      const int hi = hex_value(s[i + 1]);
      const int lo = hex_value(s[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

// Components separated by unescaped ';' (N, ORG), each unescaped.
std::vector<std::string> split_components(std::string_view value) {
  std::vector<std::string> out(1);
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c == '\\' && i + 1 < value.size()) {
      const char e = value[++i];
      if (e == 'n' || e == 'N') out.back().push_back('\n');
      else if (e == ',' || e == ';' || e == '\\' || e == ':') out.back().push_back(e);
      else {
        out.back().push_back('\\');
        out.back().push_back(e);
      }
    } else if (c == ';') {
      out.emplace_back();
    } else {
      out.back().push_back(c);
    }
  }
  return out;
}

std::string unescape(std::string_view value) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c == '\\' && i + 1 < value.size()) {
      const char e = value[++i];
      if (e == 'n' || e == 'N') out.push_back('\n');
      else if (e == ',' || e == ';' || e == '\\' || e == ':') out.push_back(e);
      else {
        out.push_back('\\');
        out.push_back(e);
      }
    } else {
      out.push_back(c);
    }
  }
  return out;
}

struct Card {
  std::size_t index = 0;
  std::size_t line = 0;
  std::size_t offset = 0;
  std::string formatted_name;
  std::string structured_name;
  std::string role;
  std::vector<std::string> notes;
  model::ContactRecord contact;
};

class VcardReader {
 public:
  VcardReader(const ReadContext& ctx, RecordSink& sink) : ctx_(ctx), sink_(sink) {}

  void run(std::string_view data) {
    detail::LineCursor cursor{data};
    detail::Line line;
    std::optional<ContentLine> current;
    bool current_qp = false;
    std::size_t lines = 0;
    while (cursor.next(line)) {
      if (current && current_qp && !current->text.empty() && current->text.back() == '=') {
        // Quoted-printable soft line break (2.1 and Android's 3.0).
        current->text.pop_back();
        current->text.append(line.text);
        continue;
      }
      if (current && !line.text.empty() && (line.text[0] == ' ' || line.text[0] == '\t')) {
        current->text.append(line.text.substr(1));
        continue;
      }
      if (current) handle(*current);
      current = ContentLine{std::string{line.text}, line.number, line.offset};
      current_qp = is_qp_line(line.text);
      if (++lines % 1024 == 0) sink_.on_progress(cursor.offset());
    }
    if (current) handle(*current);
    if (card_) {
      diagnose(card_position(), "no END:VCARD before the end of the file", model::Severity::warning);
      finish_card();
    }
    if (cards_ == 0) {
      diagnose("line 1", "no BEGIN:VCARD in the file", model::Severity::error);
    }
    sink_.on_progress(cursor.offset());
  }

 private:
  void diagnose(std::string position, std::string reason, model::Severity severity) {
    sink_.on_diagnostic({ctx_.file, std::move(position), std::move(reason), severity});
  }

  std::string card_position() const {
    return fmt::format("card {} (line {})", card_->index, card_->line);
  }

  void handle(const ContentLine& cl) {
    if (trim_ascii_spaces(cl.text).empty()) return;
    auto prop = parse_property(cl.text);
    if (prop && prop->name == "BEGIN" && detail::iequals(trim_ascii_spaces(prop->value), "VCARD")) {
      if (card_) {
        diagnose(card_position(), "no END:VCARD before the next BEGIN:VCARD",
                 model::Severity::warning);
        finish_card();
      }
      card_.emplace();
      card_->index = ++cards_;
      card_->line = cl.line;
      card_->offset = cl.offset;
      outside_run_ = false;
      return;
    }
    if (!card_) {
      if (!outside_run_) {
        diagnose(fmt::format("line {}", cl.line), "text outside BEGIN:VCARD … END:VCARD; ignored",
                 model::Severity::warning);
      }
      outside_run_ = true;
      return;
    }
    if (!prop) {
      diagnose(fmt::format("{}, line {}", card_position(), cl.line),
               "a line with no ':' is not a vCard property; ignored", model::Severity::warning);
      return;
    }
    if (prop->name == "END") {
      finish_card();
      return;
    }
    apply(*prop, cl);
  }

  // The value with its transfer encoding and charset undone (escapes still in place).
  std::string decoded_value(const Property& prop, const ContentLine& cl) {
    std::string value = prop.value;
    if (detail::iequals(prop.param("ENCODING"), "QUOTED-PRINTABLE"))
      value = decode_quoted_printable(value);
    const std::string charset = prop.param("CHARSET");
    if (!charset.empty() && !detail::iequals(charset, "UTF-8") && !detail::iequals(charset, "UTF8") &&
        !detail::iequals(charset, "US-ASCII")) {
      Iconv conv{"UTF-8", charset.c_str()};
      std::optional<std::string> converted;
      if (conv.ok()) converted = conv.convert(value);
      if (converted) {
        value = std::move(*converted);
      } else {
        diagnose(fmt::format("{}, line {}", card_position(), cl.line),
                 fmt::format("cannot convert {} from charset \"{}\"; kept as written", prop.name,
                             charset),
                 model::Severity::warning);
      }
    }
    return value;
  }

  void apply(const Property& prop, const ContentLine& cl) {
    static constexpr std::string_view k_used[] = {"FN", "N", "EMAIL", "TEL", "ORG", "TITLE",
                                                  "ROLE", "NOTE"};
    bool used = false;
    for (std::string_view u : k_used) used = used || prop.name == u;
    if (!used) return;

    const std::string value = decoded_value(prop, cl);
    model::ContactRecord& c = card_->contact;
    if (prop.name == "FN") {
      if (card_->formatted_name.empty()) card_->formatted_name = detail::collapse_spaces(unescape(value));
    } else if (prop.name == "N") {
      const auto parts = split_components(value);
      auto part = [&](std::size_t i) -> std::string_view {
        return i < parts.size() ? std::string_view{parts[i]} : std::string_view{};
      };
      if (card_->structured_name.empty())
        card_->structured_name = detail::join_name(part(1), part(2), part(0));
    } else if (prop.name == "EMAIL") {
      std::string email = detail::normalise_email(unescape(value));
      if (email.empty() && !trim_ascii_spaces(value).empty()) {
        diagnose(fmt::format("{}, line {}", card_position(), cl.line),
                 fmt::format("\"{}\" is not an email address; ignored", trim_ascii_spaces(value)),
                 model::Severity::warning);
      }
      detail::add_unique(c.emails, std::move(email));
    } else if (prop.name == "TEL") {
      if (prop.has_type("fax") || prop.has_type("pager")) return;
      std::string phone = normalise_phone(unescape(value), ctx_.default_region);
      if (phone.empty() && !trim_ascii_spaces(value).empty()) {
        diagnose(fmt::format("{}, line {}", card_position(), cl.line),
                 fmt::format("\"{}\" is not a phone number; ignored", trim_ascii_spaces(value)),
                 model::Severity::warning);
      }
      detail::add_unique(c.phones, std::move(phone));
    } else if (prop.name == "ORG") {
      if (c.company.empty()) c.company = detail::collapse_spaces(split_components(value)[0]);
    } else if (prop.name == "TITLE") {
      if (c.title.empty()) c.title = detail::collapse_spaces(unescape(value));
    } else if (prop.name == "ROLE") {
      if (card_->role.empty()) card_->role = detail::collapse_spaces(unescape(value));
    } else if (prop.name == "NOTE") {
      std::string note{trim_ascii_spaces(unescape(value))};
      if (!note.empty()) card_->notes.push_back(std::move(note));
    }
  }

  void finish_card() {
    Card card = std::move(*card_);
    card_.reset();
    model::ContactRecord& c = card.contact;
    c.name = !card.formatted_name.empty() ? card.formatted_name : card.structured_name;
    if (c.title.empty()) c.title = card.role;
    for (const auto& note : card.notes) {
      if (!c.notes.empty()) c.notes.push_back('\n');
      c.notes += note;
    }
    const std::string position = fmt::format("card {} (line {})", card.index, card.line);
    if (c.name.empty() && c.emails.empty() && c.phones.empty()) {
      diagnose(position, "no name, email or phone; card skipped", model::Severity::error);
      return;
    }
    c.source = {ctx_.file, position, card.offset};
    sink_.on_contact(std::move(c));
  }

  const ReadContext& ctx_;
  RecordSink& sink_;
  std::optional<Card> card_;
  std::size_t cards_ = 0;
  bool outside_run_ = false;
};

}  // namespace

void read_vcard(std::string_view data, const ReadContext& ctx, RecordSink& sink) {
  VcardReader{ctx, sink}.run(data);
}

void read_vcard_file(const std::filesystem::path& path, const ReadContext& ctx, RecordSink& sink) {
  const ReadContext file_ctx = detail::context_for(path, ctx);
  if (auto data = detail::load_file(path, file_ctx, sink)) read_vcard(*data, file_ctx, sink);
}

}  // namespace rapport::ingest
