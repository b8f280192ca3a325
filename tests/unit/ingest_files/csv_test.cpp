#include "rapport/ingest/files/csv.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace rapport::ingest {
namespace {

std::vector<CsvRecord> read_all(std::string_view data, char delimiter = '\0') {
  CsvReader reader{data, delimiter};
  std::vector<CsvRecord> out;
  CsvRecord r;
  while (reader.next(r)) out.push_back(r);
  return out;
}

using Fields = std::vector<std::string>;

TEST(Csv, PlainRecords) {
  const auto rows = read_all("a,b,c\n1,2,3\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].fields, (Fields{"a", "b", "c"}));
  EXPECT_EQ(rows[1].fields, (Fields{"1", "2", "3"}));
  EXPECT_EQ(rows[1].line, 2u);
  EXPECT_EQ(rows[1].byte_offset, 6u);
}

TEST(Csv, QuotedFieldsWithDelimitersQuotesAndNewlines) {
  const auto rows = read_all("name,note\r\n\"Doe, Jane\",\"said \"\"hi\"\"\r\nthen left\"\r\nBob,x\r\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].fields, (Fields{"Doe, Jane", "said \"hi\"\r\nthen left"}));
  EXPECT_EQ(rows[1].line, 2u);
  // The record after a two-line record starts on line 4.
  EXPECT_EQ(rows[2].line, 4u);
  EXPECT_EQ(rows[2].fields, (Fields{"Bob", "x"}));
}

TEST(Csv, EmptyFieldsAndMissingFinalNewline) {
  const auto rows = read_all("a,,c\n,,\nx,y,");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].fields, (Fields{"a", "", "c"}));
  EXPECT_EQ(rows[1].fields, (Fields{"", "", ""}));
  EXPECT_EQ(rows[2].fields, (Fields{"x", "y", ""}));
}

TEST(Csv, BlankLinesSkippedButCounted) {
  const auto rows = read_all("a\n\n\nb\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].fields, (Fields{"b"}));
  EXPECT_EQ(rows[1].line, 4u);
}

TEST(Csv, ByteOrderMarkIsSkipped) {
  const auto rows = read_all("\xEF\xBB\xBFName,Email\nA,b@c.d\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].fields[0], "Name");
}

TEST(Csv, SniffsSemicolonAndTab) {
  CsvReader semi{"Name;Email;Phone\nA;b@c.d;1\n"};
  EXPECT_EQ(semi.delimiter(), ';');
  CsvReader tab{"Name\tEmail\nA\tb@c.d\n"};
  EXPECT_EQ(tab.delimiter(), '\t');
  // A comma inside a quoted header does not count.
  CsvReader quoted{"\"Last, First\";Email;Phone\n"};
  EXPECT_EQ(quoted.delimiter(), ';');
  CsvReader single{"Name\nA\n"};
  EXPECT_EQ(single.delimiter(), ',');
  const auto rows = read_all("Name;Email\n\"A;B\";x@y.z\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].fields, (Fields{"A;B", "x@y.z"}));
}

TEST(Csv, ExcelSepLine) {
  const auto rows = read_all("sep=;\na;b,c\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].fields, (Fields{"a", "b,c"}));
  EXPECT_EQ(rows[0].line, 2u);
}

TEST(Csv, LenientAboutSloppyQuotes) {
  const auto rows = read_all("\"a\"b,c\"d\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].fields, (Fields{"ab", "c\"d"}));
}

TEST(Csv, UnterminatedQuoteIsFlagged) {
  const auto rows = read_all("a,b\n\"open,x\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_FALSE(rows[0].unterminated_quote);
  EXPECT_TRUE(rows[1].unterminated_quote);
}

TEST(Csv, CarriageReturnOnlyLineEnds) {
  const auto rows = read_all("a,b\r1,2\r");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].fields, (Fields{"1", "2"}));
  EXPECT_EQ(rows[1].line, 2u);
}

TEST(HeaderKey, DropsCaseSpacesAndPunctuation) {
  EXPECT_EQ(header_key("E-mail 1 - Value"), "email1value");
  EXPECT_EQ(header_key(" Job Title "), "jobtitle");
  EXPECT_EQ(header_key("Assistant's Phone"), "assistantsphone");
  EXPECT_EQ(header_key(""), "");
}

}  // namespace
}  // namespace rapport::ingest
