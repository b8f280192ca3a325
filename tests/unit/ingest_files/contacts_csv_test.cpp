#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "collecting_sink.hpp"
#include "rapport/ingest/files/contacts_reader.hpp"

namespace rapport::ingest {
namespace {

using testing::CollectingSink;
using Strings = std::vector<std::string>;

ReadContext gb() {
  ReadContext ctx;
  ctx.file = "contacts.csv";
  ctx.default_region = "GB";
  return ctx;
}

bool mentions(const model::Diagnostic& d, std::string_view text) {
  return d.reason.find(text) != std::string::npos;
}

TEST(ContactsCsv, PlainHeader) {
  CollectingSink sink;
  read_contacts_csv(
      "name,email,phone,company,title\n"
      "Jane Doe,Jane.Doe@Example.com,07700 900123,Acme Ltd,Head of Ops\n",
      gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 1u) << sink.dump();
  const auto& c = sink.contacts[0];
  EXPECT_EQ(c.name, "Jane Doe");
  EXPECT_EQ(c.emails, Strings{"jane.doe@example.com"});
  EXPECT_EQ(c.phones, Strings{"+447700900123"});
  EXPECT_EQ(c.company, "Acme Ltd");
  EXPECT_EQ(c.title, "Head of Ops");
  EXPECT_EQ(c.source.file, "contacts.csv");
  EXPECT_EQ(c.source.position, "line 2");
  EXPECT_TRUE(sink.diagnostics.empty()) << sink.dump();
}

TEST(ContactsCsv, GoogleContactsExport) {
  CollectingSink sink;
  read_contacts_csv(
      "Name,Given Name,Additional Name,Family Name,Nickname,E-mail 1 - Type,E-mail 1 - Value,"
      "E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name,"
      "Organization 1 - Title\n"
      ",Ravi,K.,Patel,rk,* Work,ravi@northwind.test ::: ravi.p@home.test,Home,,Mobile,"
      "+44 7700 900456 ::: 0161 496 0231,Northwind,Buyer\n",
      gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 1u) << sink.dump();
  const auto& c = sink.contacts[0];
  EXPECT_EQ(c.name, "Ravi K. Patel");
  EXPECT_EQ(c.emails, (Strings{"ravi@northwind.test", "ravi.p@home.test"}));
  EXPECT_EQ(c.phones, (Strings{"+447700900456", "+441614960231"}));
  EXPECT_EQ(c.company, "Northwind");
  EXPECT_EQ(c.title, "Buyer");
  // One warning listing the columns not read.
  ASSERT_EQ(sink.diagnostics.size(), 1u) << sink.dump();
  const auto& d = sink.diagnostics[0];
  EXPECT_EQ(d.severity, model::Severity::warning);
  EXPECT_EQ(d.position, "line 1");
  EXPECT_TRUE(mentions(d, "Nickname"));
  EXPECT_TRUE(mentions(d, "E-mail 1 - Type"));
  EXPECT_TRUE(mentions(d, "Phone 1 - Type"));
  EXPECT_FALSE(mentions(d, "E-mail 1 - Value"));
}

TEST(ContactsCsv, OutlookExportTitleIsHonorific) {
  CollectingSink sink;
  read_contacts_csv(
      "Title,First Name,Middle Name,Last Name,Suffix,Company,Job Title,Business Phone,"
      "Mobile Phone,Business Fax,E-mail Address,E-mail Display Name,E-mail 2 Address\n"
      "Dr.,Amara,,Okafor,,Globex,CTO,020 7946 0018,07700 900789,020 7946 0999,"
      "amara@globex.test,Amara Okafor (amara@globex.test),a.okafor@mail.test\n",
      gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 1u) << sink.dump();
  const auto& c = sink.contacts[0];
  EXPECT_EQ(c.name, "Amara Okafor");
  EXPECT_EQ(c.title, "CTO");
  EXPECT_EQ(c.company, "Globex");
  EXPECT_EQ(c.emails, (Strings{"amara@globex.test", "a.okafor@mail.test"}));
  EXPECT_EQ(c.phones, (Strings{"+442079460018", "+447700900789"}));
  ASSERT_EQ(sink.diagnostics.size(), 1u) << sink.dump();
  EXPECT_TRUE(mentions(sink.diagnostics[0], "Title"));
  EXPECT_TRUE(mentions(sink.diagnostics[0], "Business Fax"));
  EXPECT_TRUE(mentions(sink.diagnostics[0], "E-mail Display Name"));
}

TEST(ContactsCsv, NewGoogleExportPhoneticColumnsAreNotPhones) {
  CollectingSink sink;
  read_contacts_csv(
      "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Last Name,"
      "Organization Name,Organization Title,E-mail 1 - Label,E-mail 1 - Value,"
      "Phone 1 - Label,Phone 1 - Value\n"
      "Yuki,,Tanaka,yuu-kee,ta-na-ka,Kaisha,Manager,Work,yuki@kaisha.test,Mobile,07700 900222\n",
      gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 1u) << sink.dump();
  const auto& c = sink.contacts[0];
  EXPECT_EQ(c.name, "Yuki Tanaka");
  EXPECT_EQ(c.phones, Strings{"+447700900222"});
  EXPECT_EQ(c.company, "Kaisha");
  EXPECT_EQ(c.title, "Manager");
  ASSERT_EQ(sink.diagnostics.size(), 1u) << sink.dump();
  EXPECT_TRUE(mentions(sink.diagnostics[0], "Phonetic First Name"));
  // No warning about "yuu-kee" not being a phone number: the column is not read.
  EXPECT_EQ(sink.warnings(), 1u);
}

TEST(ContactsCsv, HubSpotStyle) {
  CollectingSink sink;
  read_contacts_csv(
      "First name,Last name,Email,Phone number,Company name,Job title,Lifecycle stage\n"
      "Lena,Berg,lena@initech.test,+1 202 555 0143,Initech,VP Sales,lead\n",
      gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 1u) << sink.dump();
  EXPECT_EQ(sink.contacts[0].name, "Lena Berg");
  EXPECT_EQ(sink.contacts[0].phones, Strings{"+12025550143"});
  EXPECT_EQ(sink.contacts[0].company, "Initech");
  EXPECT_EQ(sink.contacts[0].title, "VP Sales");
}

TEST(ContactsCsv, SalesforceStyleBareTitleIsJobTitle) {
  CollectingSink sink;
  read_contacts_csv(
      "First Name;Last Name;Title;Account Name;Email;Phone;Mobile\n"
      "Tom;Reyes;Procurement Lead;Umbrella Corp;tom@umbrella.test;0161 496 0000;\n",
      gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 1u) << sink.dump();
  EXPECT_EQ(sink.contacts[0].title, "Procurement Lead");
  EXPECT_EQ(sink.contacts[0].company, "Umbrella Corp");
  EXPECT_EQ(sink.contacts[0].phones.size(), 1u);
  EXPECT_TRUE(sink.diagnostics.empty()) << sink.dump();
}

TEST(ContactsCsv, PipedriveStyleOrganization) {
  CollectingSink sink;
  read_contacts_csv(
      "Person - Name\tPerson - Email - Work\tPerson - Phone - Mobile\tPerson - Organization\n"
      "Kim Lee\tkim@hooli.test\t07700 900111\tHooli\n",
      gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 1u) << sink.dump();
  EXPECT_EQ(sink.contacts[0].name, "Kim Lee");
  EXPECT_EQ(sink.contacts[0].emails, Strings{"kim@hooli.test"});
  EXPECT_EQ(sink.contacts[0].phones, Strings{"+447700900111"});
  EXPECT_EQ(sink.contacts[0].company, "Hooli");
}

TEST(ContactsCsv, QuotedFieldsWithNewlinesAndNotes) {
  CollectingSink sink;
  read_contacts_csv(
      "Name,Email,Notes\r\n"
      "\"Doe, Jane\",jane@x.test,\"Met at expo.\r\nDaughter graduates in June.\"\r\n"
      "Bob,bob@x.test,\r\n",
      gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 2u) << sink.dump();
  EXPECT_EQ(sink.contacts[0].name, "Doe, Jane");
  EXPECT_EQ(sink.contacts[0].notes, "Met at expo.\r\nDaughter graduates in June.");
  EXPECT_EQ(sink.contacts[1].source.position, "line 4");
}

TEST(ContactsCsv, BadRowsAreReportedAndReadingGoesOn) {
  CollectingSink sink;
  read_contacts_csv(
      "Name,Email,Phone,Company\n"
      ",,,Lonely Co\n"
      "Ann,not-an-email,n/a,\n"
      ",,,\n"
      "Ben,ben@x.test,,\n",
      gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 2u) << sink.dump();
  EXPECT_EQ(sink.contacts[0].name, "Ann");
  EXPECT_TRUE(sink.contacts[0].emails.empty());
  EXPECT_TRUE(sink.contacts[0].phones.empty());
  EXPECT_EQ(sink.contacts[1].name, "Ben");
  EXPECT_EQ(sink.errors(), 1u) << sink.dump();
  EXPECT_EQ(sink.warnings(), 2u) << sink.dump();
  const auto error = std::find_if(sink.diagnostics.begin(), sink.diagnostics.end(),
                                  [](const auto& d) { return d.severity == model::Severity::error; });
  EXPECT_EQ(error->position, "line 2");
}

TEST(ContactsCsv, SemicolonSeparatedValuesInOneCell) {
  CollectingSink sink;
  read_contacts_csv("Name\tEmail\tPhone\nAl\ta@x.test; b@x.test\t07700 900001;07700 900002\n", gb(),
                    sink);
  ASSERT_EQ(sink.contacts.size(), 1u);
  EXPECT_EQ(sink.contacts[0].emails.size(), 2u);
  EXPECT_EQ(sink.contacts[0].phones.size(), 2u);
}

TEST(ContactsCsv, HeaderWithoutIdentityColumnsIsAnError) {
  CollectingSink sink;
  read_contacts_csv("Date,Amount\n2026-01-01,100\n", gb(), sink);
  EXPECT_TRUE(sink.contacts.empty());
  ASSERT_EQ(sink.errors(), 1u);
  EXPECT_EQ(sink.diagnostics[0].position, "line 1");
}

TEST(ContactsCsv, UnterminatedQuoteSkipsRow) {
  CollectingSink sink;
  read_contacts_csv("Name,Email\nA,a@x.test\n\"B,b@x.test\n", gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 1u);
  ASSERT_EQ(sink.errors(), 1u);
  EXPECT_EQ(sink.diagnostics[0].position, "line 3");
}

TEST(ContactsCsv, ExtraFieldsWarned) {
  CollectingSink sink;
  read_contacts_csv("Name,Email\nA,a@x.test,surplus\n", gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 1u);
  ASSERT_EQ(sink.warnings(), 1u);
  EXPECT_EQ(sink.diagnostics[0].position, "line 2");
}

TEST(ContactsCsv, MissingFileIsOneError) {
  CollectingSink sink;
  read_contacts_csv_file("/nonexistent/dir/contacts.csv", ReadContext{}, sink);
  ASSERT_EQ(sink.diagnostics.size(), 1u);
  EXPECT_EQ(sink.diagnostics[0].file, "/nonexistent/dir/contacts.csv");
  EXPECT_EQ(sink.diagnostics[0].severity, model::Severity::error);
}

}  // namespace
}  // namespace rapport::ingest
