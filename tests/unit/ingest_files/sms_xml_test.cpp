#include <string>

#include <gtest/gtest.h>

#include "collecting_sink.hpp"
#include "rapport/ingest/common/hash.hpp"
#include "rapport/ingest/files/char_ref_fixer.hpp"
#include "rapport/ingest/files/sms_reader.hpp"

namespace rapport::ingest {
namespace {

using model::Direction;
using model::IdentityKind;
using testing::CollectingSink;

ReadContext gb() {
  ReadContext ctx;
  ctx.file = "sms.xml";
  ctx.default_region = "GB";
  ctx.folder = "phone";
  return ctx;
}

TEST(SmsXml, InboundAndOutboundSms) {
  CollectingSink sink;
  read_sms_xml(
      "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
      "<smses count=\"2\">\n"
      "  <sms protocol=\"0\" address=\"07700 900123\" date=\"1773484200000\" type=\"1\" "
      "subject=\"null\" body=\"Can we talk&#10;tomorrow? Tom &amp; I are free\" "
      "readable_date=\"14 Mar 2026 10:30:00\" contact_name=\"Jane Doe\" />\n"
      "  <sms protocol=\"0\" address=\"+447700900123\" date=\"1773484260000\" type=\"2\" "
      "body=\"Sure, 10am\" contact_name=\"(Unknown)\" />\n"
      "</smses>\n",
      gb(), sink);
  ASSERT_EQ(sink.messages.size(), 2u) << sink.dump();
  const auto& in = sink.messages[0];
  EXPECT_EQ(in.channel, model::Channel::sms);
  EXPECT_EQ(in.direction, Direction::inbound);
  EXPECT_EQ(in.from.id.kind, IdentityKind::phone);
  EXPECT_EQ(in.from.id.value, "+447700900123");
  EXPECT_EQ(in.from.display_name, "Jane Doe");
  EXPECT_TRUE(in.to.empty());
  EXPECT_TRUE(in.has_date);
  EXPECT_EQ(model::to_iso8601(in.date), "2026-03-14T10:30:00Z");
  EXPECT_EQ(in.body, "Can we talk\ntomorrow? Tom & I are free");
  EXPECT_EQ(in.zones.new_text, in.body);
  EXPECT_EQ(in.subject, "");
  EXPECT_EQ(in.message_id, "");
  EXPECT_EQ(in.folder, "phone");
  EXPECT_EQ(in.source.position, "record 1 (line 3)");
  EXPECT_EQ(in.content_hash,
            content_hash({"07700 900123", "1773484200000", "1",
                          "Can we talk\ntomorrow? Tom & I are free"}));
  const auto& out = sink.messages[1];
  EXPECT_EQ(out.direction, Direction::outbound);
  ASSERT_EQ(out.to.size(), 1u);
  EXPECT_EQ(out.to[0].id.value, "+447700900123");
  EXPECT_EQ(out.to[0].display_name, "");
  EXPECT_EQ(out.from.id.value, "");
  EXPECT_NE(out.content_hash, in.content_hash);
  EXPECT_TRUE(sink.diagnostics.empty()) << sink.dump();
}

TEST(SmsXml, TypesDraftsAndBadRecords) {
  CollectingSink sink;
  read_sms_xml(
      "<smses>"
      "<sms address=\"+447700900001\" date=\"1773484200000\" type=\"3\" body=\"draft\"/>"
      "<sms address=\"+447700900001\" date=\"1773484200000\" type=\"5\" body=\"failed\"/>"
      "<sms address=\"\" date=\"1773484200000\" type=\"1\" body=\"no address\"/>"
      "<sms address=\"BANK\" date=\"soon\" type=\"1\" body=\"alpha sender\"/>"
      "<sms address=\"+447700900001\" date=\"1773484200\" type=\"9\" body=\"odd type\"/>"
      "</smses>",
      gb(), sink);
  ASSERT_EQ(sink.messages.size(), 3u) << sink.dump();
  EXPECT_EQ(sink.messages[0].body, "failed");
  EXPECT_EQ(sink.messages[0].direction, Direction::outbound);
  EXPECT_EQ(sink.messages[1].from.id.kind, IdentityKind::name);
  EXPECT_EQ(sink.messages[1].from.id.value, "BANK");
  EXPECT_FALSE(sink.messages[1].has_date);
  EXPECT_EQ(sink.messages[2].direction, Direction::unknown);
  // Seconds are accepted as well as milliseconds.
  EXPECT_EQ(model::to_iso8601(sink.messages[2].date), "2026-03-14T10:30:00Z");
  EXPECT_EQ(sink.errors(), 1u) << sink.dump();
  EXPECT_EQ(sink.warnings(), 3u) << sink.dump();  // draft, date, type
  EXPECT_EQ(sink.diagnostics[0].position, "record 1 (line 1)");
}

TEST(SmsXml, MmsWithPartsAndAddrs) {
  CollectingSink sink;
  read_sms_xml(
      "<smses count=\"1\">\n"
      "<mms date=\"1773484200000\" msg_box=\"2\" address=\"+447700900123\" "
      "contact_name=\"Jane Doe\" sub=\"null\" m_type=\"128\">\n"
      "  <parts>\n"
      "    <part seq=\"-1\" ct=\"application/smil\" text=\"&lt;smil&gt;\" />\n"
      "    <part seq=\"0\" ct=\"image/jpeg\" name=\"photo.jpg\" cl=\"photo.jpg\" data=\"AAAABBBB\" />\n"
      "    <part seq=\"0\" ct=\"text/plain\" text=\"Here is the site&#10;plan\" />\n"
      "  </parts>\n"
      "  <addrs>\n"
      "    <addr address=\"+447700900999\" type=\"137\" charset=\"106\" />\n"
      "    <addr address=\"+447700900123\" type=\"151\" charset=\"106\" />\n"
      "  </addrs>\n"
      "</mms>\n"
      "</smses>\n",
      gb(), sink);
  ASSERT_EQ(sink.messages.size(), 1u) << sink.dump();
  const auto& m = sink.messages[0];
  EXPECT_EQ(m.direction, Direction::outbound);
  EXPECT_EQ(m.from.id.value, "+447700900999");
  EXPECT_EQ(m.from.display_name, "");
  ASSERT_EQ(m.to.size(), 1u);
  EXPECT_EQ(m.to[0].id.value, "+447700900123");
  EXPECT_EQ(m.to[0].display_name, "Jane Doe");
  EXPECT_EQ(m.body, "Here is the site\nplan");
  ASSERT_EQ(m.attachments.size(), 1u);
  EXPECT_EQ(m.attachments[0].filename, "photo.jpg");
  EXPECT_EQ(m.attachments[0].mime_type, "image/jpeg");
  EXPECT_EQ(m.attachments[0].size, 6u);
  EXPECT_EQ(m.source.position, "record 1 (line 2)");
}

TEST(SmsXml, GroupMmsWithoutAddrs) {
  CollectingSink sink;
  read_sms_xml(
      "<smses><mms date=\"1773484200000\" msg_box=\"1\" address=\"+447700900001~+447700900002\" "
      "contact_name=\"A, B\"><parts><part ct=\"text/plain\" text=\"hi all\"/></parts></mms></smses>",
      gb(), sink);
  ASSERT_EQ(sink.messages.size(), 1u) << sink.dump();
  EXPECT_EQ(sink.messages[0].from.id.value, "+447700900001");
  EXPECT_EQ(sink.messages[0].from.display_name, "");
}

TEST(SmsXml, MalformedXmlKeepsWhatWasRead) {
  CollectingSink sink;
  read_sms_xml(
      "<smses>\n"
      "<sms address=\"+447700900001\" date=\"1773484200000\" type=\"1\" body=\"first\"/>\n"
      "<sms address=\"+447700900001\" date=\"1773484200000\" type=\"1\" body=\"a<b\"/>\n"
      "<sms address=\"+447700900001\" date=\"1773484200000\" type=\"1\" body=\"never\"/>\n",
      gb(), sink);
  ASSERT_EQ(sink.messages.size(), 1u) << sink.dump();
  EXPECT_EQ(sink.messages[0].body, "first");
  ASSERT_EQ(sink.errors(), 1u) << sink.dump();
  EXPECT_EQ(sink.diagnostics[0].position.rfind("line 3, column ", 0), 0u) << sink.dump();
}

TEST(SmsXml, TruncatedFileIsReported) {
  CollectingSink sink;
  read_sms_xml("<smses><sms address=\"1\" date=\"1773484200000\" type=\"1\" body=\"x\"/>", gb(),
               sink);
  EXPECT_EQ(sink.messages.size(), 1u);
  EXPECT_EQ(sink.errors(), 1u) << sink.dump();
}

TEST(SmsXml, SurrogatePairReferencesBecomeOneCharacter) {
  CollectingSink sink;
  read_sms_xml(
      "<smses><sms address=\"+447700900001\" date=\"1773484200000\" type=\"1\" "
      "body=\"ok &#55357;&#56832; &#1; &#xD83D;\"/></smses>",
      gb(), sink);
  ASSERT_EQ(sink.messages.size(), 1u) << sink.dump();
  EXPECT_EQ(sink.messages[0].body, "ok \xF0\x9F\x98\x80 \xEF\xBF\xBD \xEF\xBF\xBD");
}

TEST(SmsXml, LargeInputAcrossChunks) {
  std::string data = "<smses>";
  for (int i = 0; i < 3000; ++i) {
    data += "<sms address=\"+447700900001\" date=\"1773484200000\" type=\"1\" body=\"message " +
            std::to_string(i) + " &#55357;&#56832;\"/>\n";
  }
  data += "</smses>";
  CollectingSink sink;
  read_sms_xml(data, gb(), sink);
  ASSERT_EQ(sink.messages.size(), 3000u) << sink.dump();
  EXPECT_EQ(sink.messages[2999].body, "message 2999 \xF0\x9F\x98\x80");
  EXPECT_EQ(sink.last_progress, data.size());
  EXPECT_TRUE(sink.diagnostics.empty());
}

TEST(SmsXml, CallsBackup) {
  CollectingSink sink;
  read_sms_xml(
      "<calls count=\"3\">"
      "<call number=\"07700 900123\" duration=\"65\" date=\"1773484200000\" type=\"2\" "
      "contact_name=\"Jane Doe\"/>"
      "<call number=\"07700 900123\" duration=\"0\" date=\"1773484300000\" type=\"3\"/>"
      "<call number=\"-2\" duration=\"0\" date=\"1773484400000\" type=\"1\"/>"
      "</calls>",
      gb(), sink);
  ASSERT_EQ(sink.calls.size(), 2u) << sink.dump();
  EXPECT_EQ(sink.calls[0].direction, Direction::outbound);
  EXPECT_EQ(sink.calls[0].outcome, model::CallOutcome::reached);
  EXPECT_EQ(sink.calls[0].duration_s, 65u);
  EXPECT_EQ(sink.calls[0].other.display_name, "Jane Doe");
  EXPECT_EQ(sink.calls[1].direction, Direction::inbound);
  EXPECT_EQ(sink.calls[1].outcome, model::CallOutcome::no_answer);
  EXPECT_EQ(sink.warnings(), 1u);
}

TEST(SmsXml, WrongRootIsAnError) {
  CollectingSink sink;
  read_sms_xml("<html><body/></html>", gb(), sink);
  EXPECT_EQ(sink.errors(), 1u);
}

TEST(SmsXml, FileVariantStreams) {
  CollectingSink sink;
  read_sms_xml_file("/nonexistent/sms.xml", ReadContext{}, sink);
  ASSERT_EQ(sink.errors(), 1u);
  EXPECT_EQ(sink.diagnostics[0].file, "/nonexistent/sms.xml");
}

TEST(CharRefFixer, SplitAcrossChunks) {
  const std::string input = "a&#55357;&#56832;b&#65;c&amp;d&#x1;";
  for (std::size_t cut = 0; cut <= input.size(); ++cut) {
    detail::CharRefFixer fixer;
    std::string out = fixer.feed(std::string_view{input}.substr(0, cut), false);
    out += fixer.feed(std::string_view{input}.substr(cut), true);
    EXPECT_EQ(out, "a&#128512;b&#65;c&amp;d&#65533;") << "cut at " << cut;
  }
}

}  // namespace
}  // namespace rapport::ingest
