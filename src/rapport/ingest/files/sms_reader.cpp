#include "rapport/ingest/files/sms_reader.hpp"

#include <expat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rapport/ingest/common/hash.hpp"
#include "rapport/ingest/files/call_words.hpp"
#include "rapport/ingest/files/char_ref_fixer.hpp"
#include "rapport/ingest/files/file_input.hpp"
#include "rapport/ingest/files/phone_cache.hpp"
#include "rapport/ingest/files/text_util.hpp"

namespace rapport::ingest {
namespace {

constexpr std::size_t k_chunk = 64 * 1024;

// Owns an expat parser from XML_ParserCreate; freed with XML_ParserFree.
class ExpatParser {
 public:
  ExpatParser() : parser_(XML_ParserCreate(nullptr)) {}
  ~ExpatParser() {
    if (parser_ != nullptr) XML_ParserFree(parser_);
  }
  ExpatParser(const ExpatParser&) = delete;
  ExpatParser& operator=(const ExpatParser&) = delete;
  XML_Parser get() const { return parser_; }

 private:
  XML_Parser parser_;
};

// The attributes of one element, looked up by name.
class Attributes {
 public:
  explicit Attributes(const XML_Char** atts) : atts_(atts) {}
  std::string_view get(std::string_view name) const {
    for (const XML_Char** a = atts_; a[0] != nullptr; a += 2)
      if (name == a[0]) return a[1];
    return {};
  }
  bool has(std::string_view name) const {
    for (const XML_Char** a = atts_; a[0] != nullptr; a += 2)
      if (name == a[0]) return true;
    return false;
  }

 private:
  const XML_Char** atts_;
};

// SMS Backup & Restore writes "null" for absent values.
std::string_view value_or_empty(std::string_view v) { return v == "null" ? std::string_view{} : v; }

std::optional<model::Timestamp> epoch_time(std::string_view text) {
  text = trim_ascii_spaces(text);
  if (!detail::all_digits(text) || text.size() > 16) return std::nullopt;
  std::int64_t v = 0;
  for (char c : text) v = v * 10 + (c - '0');
  // Milliseconds are the format's unit; values below 1e11 can only be seconds.
  if (v >= 100'000'000'000) v /= 1000;
  return model::Timestamp{std::chrono::seconds{v}};
}

std::optional<int> small_int(std::string_view text) {
  text = trim_ascii_spaces(text);
  if (!detail::all_digits(text) || text.size() > 6) return std::nullopt;
  int v = 0;
  for (char c : text) v = v * 10 + (c - '0');
  return v;
}

class SmsXmlReader {
 public:
  SmsXmlReader(const ReadContext& ctx, RecordSink& sink)
      : ctx_(ctx), sink_(sink), phones_(ctx.default_region) {
    XML_SetUserData(parser_.get(), this);
    XML_SetElementHandler(parser_.get(), &SmsXmlReader::on_start, &SmsXmlReader::on_end);
  }

  // Feeds one chunk; false once the XML is broken (reported) and reading must stop.
  bool feed(std::string_view chunk, bool last) {
    if (failed_) return false;
    const std::string fixed = fixer_.feed(chunk, last);
    std::string_view rest = fixed;
    // XML_Parse takes an int length.
    do {
      const std::string_view piece = rest.substr(0, k_chunk);
      rest.remove_prefix(piece.size());
      const bool final_piece = last && rest.empty();
      if (XML_Parse(parser_.get(), piece.data(), static_cast<int>(piece.size()),
                    final_piece ? 1 : 0) == XML_STATUS_ERROR) {
        report_xml_error();
        return false;
      }
    } while (!rest.empty());
    consumed_ += chunk.size();
    sink_.on_progress(consumed_);
    if (last) finish();
    return true;
  }

 private:
  static void XMLCALL on_start(void* user, const XML_Char* name, const XML_Char** atts) {
    static_cast<SmsXmlReader*>(user)->start(name, Attributes{atts});
  }
  static void XMLCALL on_end(void* user, const XML_Char* name) {
    static_cast<SmsXmlReader*>(user)->end(name);
  }

  void diagnose(std::string position, std::string reason, model::Severity severity) {
    sink_.on_diagnostic({ctx_.file, std::move(position), std::move(reason), severity});
  }

  void report_xml_error() {
    failed_ = true;
    const XML_Parser p = parser_.get();
    diagnose(fmt::format("line {}, column {}", XML_GetCurrentLineNumber(p),
                         XML_GetCurrentColumnNumber(p) + 1),
             fmt::format("malformed XML: {}; the rest of the file is not read",
                         XML_ErrorString(XML_GetErrorCode(p))),
             model::Severity::error);
  }

  // Position and byte offset of the element being started.
  model::SourceRef here() {
    const XML_Parser p = parser_.get();
    const XML_Index byte = XML_GetCurrentByteIndex(p);
    return {ctx_.file, fmt::format("record {} (line {})", records_, XML_GetCurrentLineNumber(p)),
            byte < 0 ? 0 : static_cast<std::uint64_t>(byte)};
  }

  model::Party party(std::string_view address, std::string_view contact_name) {
    model::Party out;
    const std::string_view name = trim_ascii_spaces(contact_name);
    if (name != "(Unknown)" && name != "null") out.display_name = detail::collapse_spaces(name);
    if (std::string phone = phones_.normalise(address); !phone.empty()) {
      out.id = {model::IdentityKind::phone, std::move(phone)};
    } else {
      // An alphanumeric sender id ("BANK", "Uber").
      out.id = {model::IdentityKind::name, detail::collapse_spaces(address)};
    }
    return out;
  }

  static model::Party owner() { return {{}, {model::IdentityKind::phone, {}}}; }

  // Direction from sms `type` / mms `msg_box`; nullopt (with a diagnostic) to skip.
  std::optional<model::Direction> direction(std::string_view box, const model::SourceRef& at,
                                            std::string_view attribute) {
    const auto v = small_int(box);
    if (v == 1) return model::Direction::inbound;
    if (v == 2 || v == 4 || v == 5 || v == 6) return model::Direction::outbound;
    if (v == 3) {
      diagnose(at.position, "a draft, never sent; skipped", model::Severity::warning);
      return std::nullopt;
    }
    diagnose(at.position,
             fmt::format("{}=\"{}\" not understood; direction left unknown", attribute, box),
             model::Severity::warning);
    return model::Direction::unknown;
  }

  void set_date(model::Message& m, std::string_view date, const model::SourceRef& at) {
    if (auto when = epoch_time(date)) {
      m.date = *when;
      m.has_date = true;
    } else {
      diagnose(at.position, fmt::format("date \"{}\" not understood; message kept undated", date),
               model::Severity::warning);
    }
  }

  void start(std::string_view name, const Attributes& atts) {
    if (depth_++ == 0) root_ = std::string{name};
    if (name == "sms") {
      ++records_;
      read_sms(atts);
    } else if (name == "mms") {
      ++records_;
      start_mms(atts);
    } else if (name == "call") {
      ++records_;
      read_call(atts);
    } else if (mms_ && name == "part") {
      read_part(atts);
    } else if (mms_ && name == "addr") {
      mms_->addrs.push_back({std::string{atts.get("address")}, small_int(atts.get("type")).value_or(0)});
    }
    if (records_ % 512 == 0 && records_ > 0) sink_.on_progress(consumed_);
  }

  void end(std::string_view name) {
    --depth_;
    if (name == "mms" && mms_) finish_mms();
  }

  void read_sms(const Attributes& atts) {
    const model::SourceRef at = here();
    const std::string_view address = trim_ascii_spaces(atts.get("address"));
    if (address.empty() || address == "null") {
      diagnose(at.position, "no address; skipped", model::Severity::error);
      return;
    }
    const auto dir = direction(atts.get("type"), at, "type");
    if (!dir) return;
    model::Message m;
    m.channel = model::Channel::sms;
    m.direction = *dir;
    model::Party other = party(address, atts.get("contact_name"));
    if (*dir == model::Direction::outbound) {
      m.from = owner();
      m.to.push_back(std::move(other));
    } else {
      m.from = std::move(other);
    }
    set_date(m, atts.get("date"), at);
    m.subject = std::string{value_or_empty(atts.get("subject"))};
    m.body = std::string{atts.get("body")};
    m.zones.new_text = m.body;
    m.folder = ctx_.folder;
    m.content_hash = content_hash({address, atts.get("date"), atts.get("type"), atts.get("body")});
    m.source = at;
    sink_.on_message(std::move(m));
  }

  struct Addr {
    std::string address;
    int type = 0;  // PDU header: 137 from, 151 to, 130 cc, 129 bcc
  };
  struct PendingMms {
    model::SourceRef at;
    std::string address, contact_name, date, box, subject;
    std::vector<std::string> texts;
    std::vector<model::Attachment> attachments;
    std::vector<Addr> addrs;
  };

  void start_mms(const Attributes& atts) {
    mms_.emplace();
    mms_->at = here();
    mms_->address = std::string{trim_ascii_spaces(atts.get("address"))};
    mms_->contact_name = std::string{atts.get("contact_name")};
    mms_->date = std::string{atts.get("date")};
    mms_->box = std::string{atts.get("msg_box")};
    mms_->subject = std::string{value_or_empty(atts.get("sub"))};
  }

  void read_part(const Attributes& atts) {
    const std::string_view ct = atts.get("ct");
    if (ct == "application/smil") return;  // layout, not content
    if (ct == "text/plain") {
      if (const std::string_view text = atts.get("text"); !trim_ascii_spaces(text).empty())
        mms_->texts.emplace_back(text);
      return;
    }
    model::Attachment a;
    a.mime_type = std::string{ct};
    for (std::string_view key : {"name", "cl", "fn"}) {
      const std::string_view v = value_or_empty(atts.get(key));
      if (!v.empty()) {
        a.filename = std::string{v};
        break;
      }
    }
    a.size = atts.get("data").size() / 4 * 3;  // base64 → bytes, near enough
    mms_->attachments.push_back(std::move(a));
  }

  void finish_mms() {
    PendingMms p = std::move(*mms_);
    mms_.reset();
    const auto dir = direction(p.box, p.at, "msg_box");
    if (!dir) return;
    model::Message m;
    m.channel = model::Channel::sms;
    m.direction = *dir;

    std::vector<const Addr*> from, to;
    for (const Addr& a : p.addrs) {
      if (a.address.empty() || a.address == "insert-address-token") continue;
      if (a.type == 137) from.push_back(&a);
      else if (a.type == 151 || a.type == 130 || a.type == 129) to.push_back(&a);
    }
    // contact_name names the other side, and only when there is one other.
    const auto& others = *dir == model::Direction::outbound ? to : from;
    const std::string_view name = others.size() == 1 ? std::string_view{p.contact_name} : "";
    if (!from.empty()) m.from = party(from[0]->address, *dir == model::Direction::inbound ? name : "");
    for (const Addr* a : to)
      m.to.push_back(party(a->address, *dir == model::Direction::outbound ? name : ""));
    if (from.empty() && to.empty()) {
      if (p.address.empty() || p.address == "null") {
        diagnose(p.at.position, "no address; skipped", model::Severity::error);
        return;
      }
      // Group messages list the other members' numbers joined by '~'.
      std::vector<model::Party> parties;
      std::size_t start = 0;
      for (std::size_t i = 0; i <= p.address.size(); ++i) {
        if (i < p.address.size() && p.address[i] != '~') continue;
        const std::string_view one = trim_ascii_spaces(std::string_view{p.address}.substr(start, i - start));
        if (!one.empty()) parties.push_back(party(one, ""));
        start = i + 1;
      }
      if (parties.size() == 1) parties[0] = party(p.address, p.contact_name);
      if (*dir == model::Direction::outbound) {
        m.from = owner();
        m.to = std::move(parties);
      } else if (!parties.empty()) {
        m.from = parties[0];
      }
    } else if (from.empty()) {
      m.from = owner();
    }
    set_date(m, p.date, p.at);
    m.subject = p.subject;
    for (const auto& t : p.texts) {
      if (!m.body.empty()) m.body.push_back('\n');
      m.body += t;
    }
    m.zones.new_text = m.body;
    m.attachments = std::move(p.attachments);
    m.folder = ctx_.folder;
    m.content_hash = content_hash({p.address, p.date, p.box, m.body});
    m.source = p.at;
    sink_.on_message(std::move(m));
  }

  void read_call(const Attributes& atts) {
    const model::SourceRef at = here();
    model::CallLogEntry call;
    const auto when = epoch_time(atts.get("date"));
    if (!when) {
      diagnose(at.position, fmt::format("date \"{}\" not understood; skipped", atts.get("date")),
               model::Severity::error);
      return;
    }
    call.when = *when;
    const std::string_view number = trim_ascii_spaces(atts.get("number"));
    const std::string phone = phones_.normalise(number);
    // Withheld numbers are written as "", "-1", "-2" or "-3".
    if (phone.empty() || (number.size() <= 2 && number.front() == '-')) {
      diagnose(at.position, "a withheld or unknown number; skipped", model::Severity::warning);
      return;
    }
    call.other = party(number, atts.get("contact_name"));
    detail::CallKind kind;
    if (auto k = detail::parse_call_kind(atts.get("type"))) {
      kind = *k;
    } else {
      diagnose(at.position,
               fmt::format("type=\"{}\" not understood; direction left unknown", atts.get("type")),
               model::Severity::warning);
    }
    call.direction = kind.direction;
    const auto duration = detail::parse_duration(atts.get("duration"));
    call.duration_s = duration.value_or(0);
    call.outcome = detail::infer_outcome(kind, duration);
    call.source = at;
    sink_.on_call(std::move(call));
  }

  void finish() {
    if (records_ == 0 && root_ != "smses" && root_ != "calls") {
      diagnose("line 1",
               fmt::format("root element <{}> is not <smses> or <calls>: not an SMS backup", root_),
               model::Severity::error);
    }
  }

  const ReadContext& ctx_;
  RecordSink& sink_;
  detail::PhoneCache phones_;
  ExpatParser parser_;
  detail::CharRefFixer fixer_;
  std::optional<PendingMms> mms_;
  std::string root_;
  std::size_t depth_ = 0;
  std::size_t records_ = 0;
  std::uint64_t consumed_ = 0;
  bool failed_ = false;
};

}  // namespace

void read_sms_xml(std::string_view data, const ReadContext& ctx, RecordSink& sink) {
  SmsXmlReader reader{ctx, sink};
  do {
    const std::string_view chunk = data.substr(0, k_chunk);
    data.remove_prefix(chunk.size());
    if (!reader.feed(chunk, data.empty())) return;
  } while (!data.empty());
}

void read_sms_xml_file(const std::filesystem::path& path, const ReadContext& ctx, RecordSink& sink) {
  const ReadContext file_ctx = detail::context_for(path, ctx);
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    sink.on_diagnostic({file_ctx.file, "", "is a directory, not a file", model::Severity::error});
    return;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    sink.on_diagnostic({file_ctx.file, "", std::string{"cannot open: "} + std::strerror(errno),
                        model::Severity::error});
    return;
  }
  SmsXmlReader reader{file_ctx, sink};
  std::string buffer(k_chunk, '\0');
  for (;;) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    const bool last = !in;
    if (in.bad()) {
      sink.on_diagnostic({file_ctx.file, "", std::string{"read failed: "} + std::strerror(errno),
                          model::Severity::error});
      return;
    }
    if (!reader.feed(std::string_view{buffer}.substr(0, got), last) || last) return;
  }
}

}  // namespace rapport::ingest
