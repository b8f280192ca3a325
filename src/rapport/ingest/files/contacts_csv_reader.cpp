#include <array>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "rapport/ingest/files/contact_fields.hpp"
#include "rapport/ingest/files/contacts_reader.hpp"
#include "rapport/ingest/files/csv.hpp"
#include "rapport/ingest/files/file_input.hpp"
#include "rapport/ingest/files/phone_cache.hpp"
#include "rapport/ingest/files/text_util.hpp"

namespace rapport::ingest {
namespace {

enum class Column : unsigned char {
  name, given, middle, family, email, phone, company, title, weak_title, notes
};

bool contains(std::string_view key, std::string_view part) {
  return key.find(part) != std::string_view::npos;
}

bool ends_with(std::string_view key, std::string_view suffix) {
  return key.size() >= suffix.size() && key.substr(key.size() - suffix.size()) == suffix;
}

template <std::size_t N>
bool contains_any(std::string_view key, const std::array<std::string_view, N>& parts) {
  for (std::string_view p : parts)
    if (contains(key, p)) return true;
  return false;
}

template <std::size_t N>
bool one_of(std::string_view key, const std::array<std::string_view, N>& names) {
  for (std::string_view n : names)
    if (key == n) return true;
  return false;
}

// "organization1name" and the like: `prefix`, digits, `suffix`.
bool numbered(std::string_view key, std::string_view prefix, std::string_view suffix) {
  if (key.size() <= prefix.size() + suffix.size() || key.substr(0, prefix.size()) != prefix ||
      key.substr(key.size() - suffix.size()) != suffix)
    return false;
  return detail::all_digits(key.substr(prefix.size(), key.size() - prefix.size() - suffix.size()));
}

// The mapping from header keys (see header_key) to fields. Order matters: phone and
// email come before company so that "Company Main Phone" is a phone.
std::optional<Column> classify(std::string_view key) {
  static constexpr std::array<std::string_view, 10> k_name{
      "name", "fullname", "displayname", "contactname", "contact", "formattedname",
      "personname", "contactfullname", "leadname", "customername"};
  static constexpr std::array<std::string_view, 6> k_given{"givenname", "firstname", "first",
                                                           "forename", "fname", "contactfirstname"};
  static constexpr std::array<std::string_view, 3> k_middle{"additionalname", "middlename",
                                                            "middle"};
  static constexpr std::array<std::string_view, 6> k_family{"familyname", "lastname", "last",
                                                            "surname", "lname", "contactlastname"};
  static constexpr std::array<std::string_view, 14> k_email_not{
      "type", "label", "displayname", "domain", "optout", "opted", "status", "bounce",
      "subscri", "verified", "consent", "date", "count", "format"};
  static constexpr std::array<std::string_view, 10> k_phone_not{
      "type", "label", "fax", "pager", "optout", "status", "verified", "extension", "country",
      "donotcall"};
  static constexpr std::array<std::string_view, 14> k_company{
      "company", "companyname", "organization", "organisation", "organizationname",
      "organisationname", "org", "orgname", "accountname", "account", "employer", "business",
      "firm", "associatedcompany"};
  static constexpr std::array<std::string_view, 9> k_title{
      "jobtitle", "organizationtitle", "position", "role", "jobrole", "jobposition",
      "designation", "occupation", "personjobtitle"};
  static constexpr std::array<std::string_view, 7> k_notes{
      "notes", "note", "description", "comments", "comment", "about", "remarks"};

  // "Phonetic First Name", "Yomi Name": pronunciation guides, not names or phones.
  if (key.empty() || contains(key, "phonetic") || contains(key, "yomi")) return std::nullopt;
  // "Person - First name" (Pipedrive) and the like end with the plain key.
  if (one_of(key, k_given) || ends_with(key, "firstname") || ends_with(key, "givenname"))
    return Column::given;
  if (one_of(key, k_middle) || ends_with(key, "middlename")) return Column::middle;
  if (one_of(key, k_family) || ends_with(key, "lastname") || ends_with(key, "familyname"))
    return Column::family;
  if (contains(key, "email") || key == "mail") {
    if (contains_any(key, k_email_not)) return std::nullopt;
    return Column::email;
  }
  if (contains(key, "phone") || contains(key, "mobile") || key.substr(0, 4) == "cell" ||
      key == "tel" || key == "telephone" || key == "number" || key == "directdial") {
    if (contains_any(key, k_phone_not)) return std::nullopt;
    return Column::phone;
  }
  if (one_of(key, k_name) || ends_with(key, "fullname")) return Column::name;
  if (one_of(key, k_company) || numbered(key, "organization", "name") ||
      ends_with(key, "organization") || ends_with(key, "organisation") ||
      ends_with(key, "companyname"))
    return Column::company;
  if (one_of(key, k_title) || numbered(key, "organization", "title") || ends_with(key, "jobtitle"))
    return Column::title;
  if (key == "title") return Column::weak_title;
  if (one_of(key, k_notes)) return Column::notes;
  return std::nullopt;
}

struct Mapping {
  std::vector<std::optional<Column>> columns;  // per header cell
  std::vector<std::string> ignored;            // header names as written
  bool has_identity = false;                   // a name, email or phone column
};

Mapping map_header(const std::vector<std::string>& header) {
  Mapping m;
  bool strong_title = false;
  for (const std::string& cell : header) {
    auto c = classify(header_key(cell));
    if (c == Column::title) strong_title = true;
    m.columns.push_back(c);
  }
  for (std::size_t i = 0; i < header.size(); ++i) {
    auto& c = m.columns[i];
    if (c == Column::weak_title) c = strong_title ? std::nullopt : std::optional{Column::title};
    if (!c) {
      const std::string name{trim_ascii_spaces(header[i])};
      m.ignored.push_back(name.empty() ? fmt::format("(unnamed column {})", i + 1) : name);
      continue;
    }
    if (*c == Column::name || *c == Column::given || *c == Column::family ||
        *c == Column::email || *c == Column::phone)
      m.has_identity = true;
  }
  return m;
}

class ContactsCsv {
 public:
  ContactsCsv(const ReadContext& ctx, RecordSink& sink)
      : ctx_(ctx), sink_(sink), phones_(ctx.default_region) {}

  void run(std::string_view data) {
    CsvReader csv{data};
    CsvRecord record;
    if (!csv.next(record)) {
      diagnose("line 1", "empty file: no header row", model::Severity::error);
      return;
    }
    header_ = record.fields;
    mapping_ = map_header(header_);
    if (!mapping_.has_identity) {
      diagnose(fmt::format("line {}", record.line),
               "no name, email or phone column in the header; is this a contacts export?",
               model::Severity::error);
      return;
    }
    if (!mapping_.ignored.empty()) {
      diagnose(fmt::format("line {}", record.line),
               fmt::format("columns ignored: {}", fmt::join(mapping_.ignored, ", ")),
               model::Severity::warning);
    }
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

  void read_row(const CsvRecord& record) {
    const std::string position = fmt::format("line {}", record.line);
    if (record.unterminated_quote) {
      diagnose(position, "a quoted field is not closed before the end of the file; row skipped",
               model::Severity::error);
      return;
    }
    bool any = false;
    for (const auto& f : record.fields)
      if (!trim_ascii_spaces(f).empty()) any = true;
    if (!any) return;
    if (record.fields.size() > header_.size()) {
      diagnose(position,
               fmt::format("{} fields but the header has {}; the extra fields are ignored",
                           record.fields.size(), header_.size()),
               model::Severity::warning);
    }

    model::ContactRecord contact;
    std::string given, middle, family;
    std::vector<std::string> notes;
    const std::size_t n = std::min(record.fields.size(), mapping_.columns.size());
    for (std::size_t i = 0; i < n; ++i) {
      if (!mapping_.columns[i]) continue;
      const std::string_view cell = trim_ascii_spaces(record.fields[i]);
      if (cell.empty()) continue;
      switch (*mapping_.columns[i]) {
        case Column::name:
          if (contact.name.empty()) contact.name = detail::collapse_spaces(cell);
          break;
        case Column::given:
          if (given.empty()) given = cell;
          break;
        case Column::middle:
          if (middle.empty()) middle = cell;
          break;
        case Column::family:
          if (family.empty()) family = cell;
          break;
        case Column::email:
          for (std::string_view v : detail::split_values(cell, detail::SplitCommas::yes)) {
            std::string email = detail::normalise_email(v);
            if (email.empty()) {
              diagnose(position,
                       fmt::format("\"{}\" in column \"{}\" is not an email address; ignored", v,
                                   header_[i]),
                       model::Severity::warning);
            }
            detail::add_unique(contact.emails, std::move(email));
          }
          break;
        case Column::phone:
          for (std::string_view v : detail::split_values(cell, detail::SplitCommas::no)) {
            std::string phone = phones_.normalise(v);
            if (phone.empty()) {
              diagnose(position,
                       fmt::format("\"{}\" in column \"{}\" is not a phone number; ignored", v,
                                   header_[i]),
                       model::Severity::warning);
            }
            detail::add_unique(contact.phones, std::move(phone));
          }
          break;
        case Column::company:
          if (contact.company.empty()) contact.company = detail::collapse_spaces(cell);
          break;
        case Column::title:
        case Column::weak_title:
          if (contact.title.empty()) contact.title = detail::collapse_spaces(cell);
          break;
        case Column::notes:
          notes.emplace_back(cell);
          break;
      }
    }
    if (contact.name.empty()) contact.name = detail::join_name(given, middle, family);
    if (contact.name.empty() && contact.emails.empty() && contact.phones.empty()) {
      diagnose(position, "no name, email or phone; row skipped", model::Severity::error);
      return;
    }
    contact.notes = fmt::format("{}", fmt::join(notes, "\n"));
    contact.source = {ctx_.file, position, record.byte_offset};
    sink_.on_contact(std::move(contact));
  }

  const ReadContext& ctx_;
  RecordSink& sink_;
  detail::PhoneCache phones_;
  std::vector<std::string> header_;
  Mapping mapping_;
};

}  // namespace

void read_contacts_csv(std::string_view data, const ReadContext& ctx, RecordSink& sink) {
  ContactsCsv{ctx, sink}.run(data);
}

void read_contacts_csv_file(const std::filesystem::path& path, const ReadContext& ctx,
                            RecordSink& sink) {
  const ReadContext file_ctx = detail::context_for(path, ctx);
  if (auto data = detail::load_file(path, file_ctx, sink)) read_contacts_csv(*data, file_ctx, sink);
}

}  // namespace rapport::ingest
