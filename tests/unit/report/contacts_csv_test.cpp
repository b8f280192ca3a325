#include "rapport/report/contacts_csv.hpp"

#include <gtest/gtest.h>

#include "rapport/ingest/files/csv.hpp"

namespace rapport::report {
namespace {

model::Timestamp at(const char* iso) { return *model::parse_iso8601(iso); }

std::vector<std::vector<std::string>> reread(const std::string& text) {
  ingest::CsvReader reader(text, ',');
  std::vector<std::vector<std::string>> rows;
  ingest::CsvRecord record;
  while (reader.next(record)) {
    EXPECT_FALSE(record.unterminated_quote);
    rows.push_back(record.fields);
  }
  return rows;
}

TEST(ContactsCsv, FieldsAreQuotedOnlyWhenTheyMustBe) {
  EXPECT_EQ(csv_field("plain text"), "plain text");
  EXPECT_EQ(csv_field(""), "");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_field(" padded"), "\" padded\"");
}

TEST(ContactsCsv, RereadsToTheSameValues) {
  ContactRow listed;
  listed.name = "Quist, Orla";
  listed.emails = {"orla@brambleway.invalid", "o.quist@home.invalid"};
  listed.phones = {"+447700900555"};
  listed.company = "Brambleway \"Top Dog\" Kennels, Ltd";
  listed.title = "Owner; head trainer";
  listed.last_live = at("2031-01-05T10:00:00Z");
  listed.last_live_channel = "phone";
  listed.last_message = at("2031-03-03T08:15:00Z");
  listed.today_rank = 2;
  listed.today_score = 41.5;
  listed.top_reason = "Ended it by email on 3 Mar:\n“we will pause”";
  listed.inbox_kind = "dismissal";
  listed.objections = {"price", "timing"};
  listed.stance = 6;
  listed.bring_up = {{"hobby", "rowing regatta in May", {}}, {"family", "son starts school", {}}};
  ContactRow quiet;
  quiet.name = "Per Lund";

  const auto text = contacts_csv({listed, quiet});
  EXPECT_EQ(text.find("\r\n"), text.find('\n') - 1);  // records end in CRLF
  const auto rows = reread(text);
  ASSERT_EQ(rows.size(), 3U);
  const auto& columns = contacts_csv_columns();
  ASSERT_EQ(rows[0].size(), columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i) EXPECT_EQ(rows[0][i], columns[i]);
  auto cell = [&](std::size_t row, std::string_view column) {
    for (std::size_t i = 0; i < columns.size(); ++i)
      if (columns[i] == column) return rows[row].at(i);
    ADD_FAILURE() << "no column " << column;
    return std::string();
  };
  EXPECT_EQ(cell(1, "name"), "Quist, Orla");
  EXPECT_EQ(cell(1, "emails"), "orla@brambleway.invalid; o.quist@home.invalid");
  EXPECT_EQ(cell(1, "company"), "Brambleway \"Top Dog\" Kennels, Ltd");
  EXPECT_EQ(cell(1, "title"), "Owner; head trainer");
  EXPECT_EQ(cell(1, "last_live"), "2031-01-05T10:00:00Z");
  EXPECT_EQ(cell(1, "last_live_channel"), "phone");
  EXPECT_EQ(cell(1, "last_message"), "2031-03-03T08:15:00Z");
  EXPECT_EQ(cell(1, "today_rank"), "2");
  EXPECT_EQ(cell(1, "today_score"), "41.5");
  EXPECT_EQ(cell(1, "top_reason"), "Ended it by email on 3 Mar:\n“we will pause”");
  EXPECT_EQ(cell(1, "inbox_kind"), "dismissal");
  EXPECT_EQ(cell(1, "objections"), "price; timing");
  EXPECT_EQ(cell(1, "stance"), "6");
  EXPECT_EQ(cell(1, "bring_up"), "rowing regatta in May; son starts school");
  // Not listed today, nothing found: empty fields, the same number of them.
  ASSERT_EQ(rows[2].size(), columns.size());
  EXPECT_EQ(cell(2, "name"), "Per Lund");
  for (const auto column : {"emails", "today_rank", "today_score", "top_reason", "inbox_kind", "stance", "last_live"})
    EXPECT_EQ(cell(2, column), "") << column;
}

TEST(ContactsCsv, NoRowsIsJustTheHeader) {
  const auto rows = reread(contacts_csv({}));
  ASSERT_EQ(rows.size(), 1U);
  EXPECT_EQ(rows[0].front(), "name");
}

}  // namespace
}  // namespace rapport::report
