#include "rapport/ingest/files/call_log_reader.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "rapport/ingest/files/call_words.hpp"
#include "rapport/ingest/files/contact_fields.hpp"
#include "rapport/ingest/files/csv.hpp"
#include "rapport/ingest/files/date_text.hpp"
#include "rapport/ingest/files/file_input.hpp"
#include "rapport/ingest/files/phone_cache.hpp"
#include "rapport/ingest/files/text_util.hpp"

namespace rapport::ingest {
namespace {

enum class Column : unsigned char {
  when, time, direction, duration, outcome, note, phone, email, name, contact, from, to
};

template <std::size_t N>
bool one_of(std::string_view key, const std::array<std::string_view, N>& names) {
  for (std::string_view n : names)
    if (key == n) return true;
  return false;
}

bool contains(std::string_view key, std::string_view part) {
  return key.find(part) != std::string_view::npos;
}

std::optional<Column> classify(std::string_view key) {
  static constexpr std::array<std::string_view, 6> k_time{"time", "calltime", "starttime",
                                                          "timeofcall", "hour", "localtime"};
  static constexpr std::array<std::string_view, 12> k_when{
      "date", "datetime", "timestamp", "start", "started", "startedat", "when", "createdat",
      "callstart", "calldate", "calldatetime", "activitydate"};
  static constexpr std::array<std::string_view, 7> k_direction{
      "direction", "type", "calltype", "calldirection", "inout", "callkind", "kind"};
  static constexpr std::array<std::string_view, 7> k_duration{
      "length", "talktime", "calllength", "seconds", "secs", "billsec", "billableseconds"};
  static constexpr std::array<std::string_view, 9> k_outcome{
      "outcome", "result", "status", "disposition", "callresult", "callstatus", "calloutcome",
      "calldisposition", "callresultname"};
  static constexpr std::array<std::string_view, 10> k_note{
      "notes", "note", "comment", "comments", "description", "subject", "summary", "callnotes",
      "body", "memo"};
  static constexpr std::array<std::string_view, 12> k_phone{
      "number", "phone", "phonenumber", "tel", "telephone", "callerid", "dialednumber",
      "diallednumber", "callednumber", "remotenumber", "othernumber", "contactnumber"};
  static constexpr std::array<std::string_view, 11> k_name{
      "name", "contactname", "caller", "callername", "cachedname", "person", "client",
      "customer", "lead", "with", "fullname"};
  static constexpr std::array<std::string_view, 4> k_contact{"contact", "who", "party",
                                                             "counterparty"};

  if (key.empty()) return std::nullopt;
  if (one_of(key, k_time)) return Column::time;
  if (one_of(key, k_when) || contains(key, "datetime") || contains(key, "timestamp") ||
      (contains(key, "date") && !contains(key, "update")))
    return Column::when;
  if (one_of(key, k_direction)) return Column::direction;
  if (contains(key, "duration") || one_of(key, k_duration)) return Column::duration;
  if (one_of(key, k_outcome)) return Column::outcome;
  if (one_of(key, k_note)) return Column::note;
  if (contains(key, "email")) return Column::email;
  if (key == "from" || key == "fromnumber" || key == "callernumber")
    return Column::from;
  if (key == "to" || key == "tonumber" || key == "callee" || key == "calleenumber")
    return Column::to;
  if (one_of(key, k_phone) || contains(key, "phone") || contains(key, "mobile")) return Column::phone;
  if (one_of(key, k_name)) return Column::name;
  if (one_of(key, k_contact)) return Column::contact;
  return std::nullopt;
}

// Scale of a bare number in a duration column, from the column's name.
double duration_unit(std::string_view key) {
  if (key.size() >= 2 && key.substr(key.size() - 2) == "ms") return 0.001;
  if (contains(key, "millis")) return 0.001;
  if (contains(key, "min")) return 60.0;
  return 1.0;
}

bool looks_like_phone(std::string_view s) {
  std::size_t digits = 0, letters = 0;
  for (char c : s) {
    if (detail::is_digit(c)) ++digits;
    else if (detail::is_alpha(c)) ++letters;
  }
  // Allow "tel:" and "ext" spellings, not names with a digit in them.
  return digits >= 3 && letters <= 4 && digits >= letters * 2;
}

class CallLogCsv {
 public:
  CallLogCsv(const ReadContext& ctx, RecordSink& sink)
      : ctx_(ctx), sink_(sink), order_(detail::date_order_for_region(ctx.default_region)),
        phones_(ctx.default_region) {}

  void run(std::string_view data) {
    CsvReader csv{data};
    CsvRecord record;
    if (!csv.next(record)) {
      diagnose("line 1", "empty file: no header row", model::Severity::error);
      return;
    }
    if (!map_header(record)) return;
    std::size_t rows = 0;
    while (csv.next(record)) {
      read_row(record);
      if (++rows % 256 == 0) sink_.on_progress(csv.offset());
    }
    sink_.on_progress(csv.offset());
  }

 private:
  void diagnose(std::string position, std::string reason, model::Severity severity) {
    sink_.on_diagnostic({ctx_.file, std::move(position), std::move(reason), severity});
  }

  bool map_header(const CsvRecord& record) {
    header_ = record.fields;
    std::vector<std::string> ignored;
    for (std::size_t i = 0; i < header_.size(); ++i) {
      const std::string key = header_key(header_[i]);
      auto c = classify(key);
      columns_.push_back(c);
      if (!c) {
        const std::string name{trim_ascii_spaces(header_[i])};
        ignored.push_back(name.empty() ? fmt::format("(unnamed column {})", i + 1) : name);
        continue;
      }
      units_.resize(header_.size(), 1.0);
      if (*c == Column::duration) units_[i] = duration_unit(key);
      if (*c == Column::direction) has_direction_ = true;
      if (*c == Column::when) has_when_ = true;
      if (*c == Column::time) has_time_ = true;
      if (*c == Column::phone || *c == Column::email || *c == Column::name ||
          *c == Column::contact || *c == Column::from || *c == Column::to)
        has_party_ = true;
    }
    units_.resize(header_.size(), 1.0);
    const std::string position = fmt::format("line {}", record.line);
    if (!has_when_ && has_time_) {
      // A lone time column holds the whole date and time.
      for (auto& c : columns_)
        if (c == Column::time) c = Column::when;
      has_when_ = true;
    }
    if (!has_when_ || !has_party_) {
      diagnose(position,
               fmt::format("the header has no {} column; is this a call log?",
                           !has_when_ ? "date/time" : "phone, email or name"),
               model::Severity::error);
      return false;
    }
    if (!ignored.empty()) {
      diagnose(position, fmt::format("columns ignored: {}", fmt::join(ignored, ", ")),
               model::Severity::warning);
    }
    return true;
  }

  struct Cells {
    std::string when, time, direction, duration, outcome, phone, email, name, contact, from, to;
    double duration_unit = 1.0;
    std::vector<std::string> notes;
  };

  static void first(std::string& slot, std::string_view value) {
    if (slot.empty()) slot = std::string{value};
  }

  void read_row(const CsvRecord& record) {
    const std::string position = fmt::format("line {}", record.line);
    if (record.unterminated_quote) {
      diagnose(position, "a quoted field is not closed before the end of the file; row skipped",
               model::Severity::error);
      return;
    }
    Cells cells;
    bool any = false;
    const std::size_t n = std::min(record.fields.size(), columns_.size());
    for (std::size_t i = 0; i < record.fields.size(); ++i)
      if (!trim_ascii_spaces(record.fields[i]).empty()) any = true;
    if (!any) return;
    for (std::size_t i = 0; i < n; ++i) {
      const std::string_view v = trim_ascii_spaces(record.fields[i]);
      if (v.empty() || !columns_[i]) continue;
      switch (*columns_[i]) {
        case Column::when: first(cells.when, v); break;
        case Column::time: first(cells.time, v); break;
        case Column::direction: first(cells.direction, v); break;
        case Column::duration:
          if (cells.duration.empty()) {
            cells.duration = std::string{v};
            cells.duration_unit = units_[i];
          }
          break;
        case Column::outcome: first(cells.outcome, v); break;
        case Column::note: cells.notes.emplace_back(v); break;
        case Column::phone: first(cells.phone, v); break;
        case Column::email: first(cells.email, v); break;
        case Column::name: first(cells.name, v); break;
        case Column::contact: first(cells.contact, v); break;
        case Column::from: first(cells.from, v); break;
        case Column::to: first(cells.to, v); break;
      }
    }

    model::CallLogEntry call;
    // When.
    std::optional<model::Timestamp> when;
    if (!cells.when.empty() && !cells.time.empty())
      when = detail::parse_date_time(cells.when + " " + cells.time, order_);
    if (!when && !cells.when.empty()) when = detail::parse_date_time(cells.when, order_);
    if (!when) {
      diagnose(position,
               cells.when.empty() ? std::string{"no date; row skipped"}
                                  : fmt::format("date \"{}\" not understood; row skipped",
                                                cells.when + (cells.time.empty() ? "" : " " + cells.time)),
               model::Severity::error);
      return;
    }
    call.when = *when;

    // Direction.
    detail::CallKind kind;
    if (!cells.direction.empty()) {
      if (auto k = detail::parse_call_kind(cells.direction)) {
        kind = *k;
      } else {
        diagnose(position,
                 fmt::format("direction \"{}\" not understood; left unknown", cells.direction),
                 model::Severity::warning);
      }
    } else if (!has_direction_ && (!cells.from.empty() || !cells.to.empty())) {
      kind.direction = model::Direction::outbound;
    }
    call.direction = kind.direction;

    // The other party.
    std::string phone_text = cells.phone;
    if (phone_text.empty())
      phone_text = kind.direction == model::Direction::inbound ? cells.from : cells.to;
    std::string email_text = cells.email;
    std::string name_text = cells.name;
    if (!cells.contact.empty()) {
      if (cells.contact.find('@') != std::string::npos) first(email_text, cells.contact);
      else if (looks_like_phone(cells.contact)) first(phone_text, cells.contact);
      else first(name_text, cells.contact);
    }
    if (std::string phone = phones_.normalise(phone_text); !phone.empty()) {
      call.other.id = {model::IdentityKind::phone, phone};
    } else if (const std::string email = detail::normalise_email(email_text); !email.empty()) {
      call.other.id = {model::IdentityKind::email, email};
    } else if (const std::string name = detail::collapse_spaces(name_text); !name.empty()) {
      call.other.id = {model::IdentityKind::name, name};
    } else {
      diagnose(position, "no phone, email or name for the other party; row skipped",
               model::Severity::error);
      return;
    }
    call.other.display_name = detail::collapse_spaces(name_text);

    // Duration.
    std::optional<std::uint32_t> duration;
    if (!cells.duration.empty()) {
      duration = detail::parse_duration(cells.duration, cells.duration_unit);
      if (!duration) {
        diagnose(position, fmt::format("duration \"{}\" not understood; taken as unknown",
                                       cells.duration),
                 model::Severity::warning);
      }
    }
    call.duration_s = duration.value_or(0);

    // Outcome.
    std::optional<model::CallOutcome> outcome;
    if (!cells.outcome.empty()) {
      outcome = detail::parse_call_outcome(cells.outcome);
      // "Missed" in an outcome column also says the call came in.
      if (!outcome) {
        if (auto k = detail::parse_call_kind(cells.outcome); k && k->outcome) outcome = k->outcome;
      }
      if (!outcome) {
        diagnose(position,
                 fmt::format("outcome \"{}\" not understood; left unknown", cells.outcome),
                 model::Severity::warning);
        outcome = model::CallOutcome::unknown;
      }
    }
    call.outcome = outcome ? *outcome : detail::infer_outcome(kind, duration);

    call.note = fmt::format("{}", fmt::join(cells.notes, "\n"));
    call.source = {ctx_.file, position, record.byte_offset};
    sink_.on_call(std::move(call));
  }

  const ReadContext& ctx_;
  RecordSink& sink_;
  detail::DateOrder order_;
  detail::PhoneCache phones_;
  std::vector<std::string> header_;
  std::vector<std::optional<Column>> columns_;
  std::vector<double> units_;
  bool has_when_ = false;
  bool has_time_ = false;
  bool has_direction_ = false;
  bool has_party_ = false;
};

}  // namespace

void read_call_log(std::string_view data, const ReadContext& ctx, RecordSink& sink) {
  CallLogCsv{ctx, sink}.run(data);
}

void read_call_log_file(const std::filesystem::path& path, const ReadContext& ctx,
                            RecordSink& sink) {
  const ReadContext file_ctx = detail::context_for(path, ctx);
  if (auto data = detail::load_file(path, file_ctx, sink)) read_call_log(*data, file_ctx, sink);
}

}  // namespace rapport::ingest
