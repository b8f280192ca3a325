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
  ctx.file = "people.vcf";
  ctx.default_region = "GB";
  return ctx;
}

TEST(Vcard, Version3Basics) {
  CollectingSink sink;
  read_vcard(
      "BEGIN:VCARD\r\n"
      "VERSION:3.0\r\n"
      "N:Doe;Jane;Q.;Dr.;\r\n"
      "FN:Jane Doe\r\n"
      "ORG:Acme Ltd;Sales\r\n"
      "TITLE:Head of Ops\r\n"
      "EMAIL;TYPE=INTERNET,WORK:Jane@Acme.test\r\n"
      "TEL;TYPE=CELL:07700 900123\r\n"
      "TEL;TYPE=WORK,FAX:020 7946 0999\r\n"
      "item1.EMAIL:jd@home.test\r\n"
      "NOTE:Prefers calls\\, not email.\\nTwo kids.\r\n"
      "PHOTO;ENCODING=b;TYPE=JPEG:AAAA\r\n"
      "END:VCARD\r\n",
      gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 1u) << sink.dump();
  const auto& c = sink.contacts[0];
  EXPECT_EQ(c.name, "Jane Doe");
  EXPECT_EQ(c.company, "Acme Ltd");
  EXPECT_EQ(c.title, "Head of Ops");
  EXPECT_EQ(c.emails, (Strings{"jane@acme.test", "jd@home.test"}));
  EXPECT_EQ(c.phones, Strings{"+447700900123"});
  EXPECT_EQ(c.notes, "Prefers calls, not email.\nTwo kids.");
  EXPECT_EQ(c.source.position, "card 1 (line 1)");
  EXPECT_TRUE(sink.diagnostics.empty()) << sink.dump();
}

TEST(Vcard, Version4TelUriAndFolding) {
  CollectingSink sink;
  read_vcard(
      "BEGIN:VCARD\n"
      "VERSION:4.0\n"
      "FN:Amara Ok\n"
      " afor\n"
      "TEL;VALUE=uri;TYPE=\"voice,cell\":tel:+44-7700-900789\n"
      "EMAIL;PREF=1:amara@globex.test\n"
      "NOTE:A long note that was fol\n"
      "\tded with a tab.\n"
      "END:VCARD\n",
      gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 1u) << sink.dump();
  EXPECT_EQ(sink.contacts[0].name, "Amara Okafor");
  EXPECT_EQ(sink.contacts[0].phones, Strings{"+447700900789"});
  EXPECT_EQ(sink.contacts[0].notes, "A long note that was folded with a tab.");
}

TEST(Vcard, Version21QuotedPrintableWithCharsetAndSoftBreaks) {
  CollectingSink sink;
  read_vcard(
      "BEGIN:VCARD\r\n"
      "VERSION:2.1\r\n"
      "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\r\n"
      "FN;CHARSET=UTF-8;QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BC=\r\n"
      "ller\r\n"
      "TEL;WORK;VOICE:+49 30 901820\r\n"
      "NOTE;ENCODING=QUOTED-PRINTABLE:Line one=0D=0ALine two\r\n"
      "END:VCARD\r\n",
      gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 1u) << sink.dump();
  EXPECT_EQ(sink.contacts[0].name, "J\xC3\xBCrgen M\xC3\xBCller");
  EXPECT_EQ(sink.contacts[0].phones, Strings{"+4930901820"});
  EXPECT_EQ(sink.contacts[0].notes, "Line one\r\nLine two");
}

TEST(Vcard, StructuredNameWhenNoFormattedName) {
  CollectingSink sink;
  read_vcard("BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\nEND:VCARD\n",
             gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 1u) << sink.dump();
  EXPECT_EQ(sink.contacts[0].name, "J\xC3\xBCrgen M\xC3\xBCller");
}

TEST(Vcard, SeveralCardsAndABadOne) {
  CollectingSink sink;
  read_vcard(
      "BEGIN:VCARD\nVERSION:3.0\nFN:One\nEND:VCARD\n"
      "\n"
      "BEGIN:VCARD\nVERSION:3.0\nORG:Only A Company\nthis line has no colon\nEND:VCARD\n"
      "BEGIN:VCARD\nVERSION:3.0\nFN:Three\nEMAIL:three@x.test\nEND:VCARD\n",
      gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 2u) << sink.dump();
  EXPECT_EQ(sink.contacts[0].name, "One");
  EXPECT_EQ(sink.contacts[1].name, "Three");
  EXPECT_EQ(sink.contacts[1].source.position, "card 3 (line 11)");
  ASSERT_EQ(sink.errors(), 1u) << sink.dump();
  ASSERT_EQ(sink.warnings(), 1u) << sink.dump();
  for (const auto& d : sink.diagnostics) EXPECT_EQ(d.position.rfind("card 2 (line 6)", 0), 0u) << d.position;
}

TEST(Vcard, MissingEndKeepsCardWithWarning) {
  CollectingSink sink;
  read_vcard("BEGIN:VCARD\nFN:Cut Off\nBEGIN:VCARD\nFN:Next\nEND:VCARD\nBEGIN:VCARD\nFN:Last\n",
             gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 3u) << sink.dump();
  EXPECT_EQ(sink.warnings(), 2u) << sink.dump();
  EXPECT_EQ(sink.errors(), 0u);
}

TEST(Vcard, NotAVcardIsAnError) {
  CollectingSink sink;
  read_vcard("hello\nworld\n", gb(), sink);
  EXPECT_TRUE(sink.contacts.empty());
  EXPECT_EQ(sink.errors(), 1u) << sink.dump();
}

TEST(Vcard, UnknownCharsetKeepsTextWithWarning) {
  CollectingSink sink;
  read_vcard("BEGIN:VCARD\nFN;CHARSET=X-NO-SUCH-CHARSET:Ann\nEND:VCARD\n", gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 1u);
  EXPECT_EQ(sink.contacts[0].name, "Ann");
  EXPECT_EQ(sink.warnings(), 1u);
}

TEST(Vcard, RoleIsTitleFallbackAndEscapedSemicolonInOrg) {
  CollectingSink sink;
  read_vcard("BEGIN:VCARD\nFN:R\nORG:Smith\\; Sons;Dept\nROLE:Buyer\nEND:VCARD\n", gb(), sink);
  ASSERT_EQ(sink.contacts.size(), 1u);
  EXPECT_EQ(sink.contacts[0].company, "Smith; Sons");
  EXPECT_EQ(sink.contacts[0].title, "Buyer");
}

}  // namespace
}  // namespace rapport::ingest
