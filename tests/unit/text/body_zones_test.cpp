// Body zoning on invented messages, one rule per test, each with its negative.

#include "rapport/text/body_zones.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace rapport::text {
namespace {

std::vector<Zone> zones_of(std::string_view body) {
  std::vector<Zone> out;
  for (const ZonedLine& l : zone_lines(body)) out.push_back(l.zone);
  return out;
}

const char* name(Zone z) {
  switch (z) {
    case Zone::new_text: return "N";
    case Zone::quoted: return "Q";
    case Zone::signature: return "S";
    case Zone::footer: return "F";
  }
  return "?";
}

// One letter per written line: N new_text, Q quoted, S signature, F footer (the
// empty line after a final newline is left out).
std::string pattern(std::string_view body) {
  std::vector<Zone> zones = zones_of(body);
  if (body.ends_with('\n')) zones.pop_back();
  std::string out;
  for (Zone z : zones) out += name(z);
  return out;
}

TEST(ZoneLines, SplitsOnNewlinesAndDropsCarriageReturns) {
  const auto lines = zone_lines("one\r\ntwo\nthree");
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[0].line, "one");
  EXPECT_EQ(lines[1].line, "two");
  EXPECT_EQ(lines[2].line, "three");
}

TEST(ZoneLines, EmptyBodyIsOneEmptyLine) {
  const auto lines = zone_lines("");
  ASSERT_EQ(lines.size(), 1U);
  EXPECT_EQ(lines[0].zone, Zone::new_text);
}

TEST(ZoneLines, PlainMessageIsAllNewText) {
  EXPECT_EQ(pattern("Hi Tom,\n\nThe samples ship on Monday.\nLet me know if that works.\n"), "NNNN");
}

// ---- quoted lines -----------------------------------------------------------

TEST(QuotedLines, MarkersAtAnyDepthAndSpacing) {
  EXPECT_EQ(pattern("Sounds good.\n> first level\n>> second\n> > spaced second\n   > indented\n"), "NQQQQ");
}

TEST(QuotedLines, InlineRepliesStayNewText) {
  const std::string body =
      "> Can you do Tuesday?\n"
      "\n"
      "Tuesday works, 10am.\n"
      "\n"
      "> And the price?\n"
      "\n"
      "Same as last quarter.\n";
  EXPECT_EQ(pattern(body), "QQNNQQN");
}

TEST(QuotedLines, WrappedQuoteOverflowBelongsToTheQuote) {
  // A client re-wrapped a long quoted line and dropped the marker on the overflow.
  EXPECT_EQ(pattern("Agreed.\n\n> we should order the larger batch because the discount\nis bigger\n> next quarter\n"),
            "NNQQQ");
}

// ---- attribution lines ------------------------------------------------------

TEST(Attribution, EnglishOneLine) {
  const std::string body =
      "Great, see you then.\n"
      "\n"
      "On Tue, 3 Mar 2026 at 10:02, Jane Roe <jane@example.org> wrote:\n"
      "> Shall we meet on Friday?\n";
  EXPECT_EQ(pattern(body), "NNQQ");
}

TEST(Attribution, WrappedOverTwoLines) {
  const std::string body =
      "Thanks for the update.\n"
      "\n"
      "On Wed, Apr 1, 2026 at 9:15 AM, Marcus Lindqvist <\n"
      "marcus@example.com> wrote:\n"
      "\n"
      "> The crates arrived damaged.\n";
  EXPECT_EQ(pattern(body), "NNQQQQ");
}

TEST(Attribution, WithoutQuoteMarkersEverythingBelowIsHistory) {
  const std::string body =
      "Perfect.\n"
      "\n"
      "On 12 May 2026, at 14:20, Priya Nair wrote:\n"
      "\n"
      "The invoice is attached.\n"
      "Best, Priya\n";
  EXPECT_EQ(pattern(body), "NNQQQQ");
}

TEST(Attribution, GermanFrenchSpanishDutch) {
  for (const char* attribution : {
           "Am 03.03.2026 um 10:02 schrieb Jana Novak <jana@example.de>:",
           "Le mar. 3 mars 2026 à 10:02, Luc Martin <luc@example.fr> a écrit :",
           "El 3 mar 2026, a las 10:02, Ana García <ana@example.es> escribió:",
           "Op 3 mrt. 2026 om 10:02 schreef Pieter de Vries <pieter@example.nl>:",
       }) {
    const std::string body = std::string("Merci.\n\n") + attribution + "\n> Texte cité\n";
    EXPECT_EQ(pattern(body), "NNQQ") << attribution;
  }
}

TEST(Attribution, DateAndAddressWithoutVerb) {
  EXPECT_EQ(pattern("Done.\n\n2026-03-20 8:48 GMT+01:00 Rémi Roux <remi@example.com>:\n\nold text\n"), "NNQQQ");
}

TEST(Attribution, ProseEndingInWroteIsNotAnAttribution) {
  // No date, no address, no opener: someone writes about what somebody wrote.
  EXPECT_EQ(pattern("Here is what the customer wrote:\nThe product is great.\n"), "NN");
  EXPECT_EQ(pattern("On Thursday, I tried the new build.\n\nIt works.\n"), "NNN");
}

// ---- header blocks ----------------------------------------------------------

TEST(HeaderBlock, OriginalMessageSeparator) {
  const std::string body =
      "Please see below.\n"
      "\n"
      "-----Original Message-----\n"
      "From: Kai Berg [mailto:kai@example.com]\n"
      "Sent: Monday, March 2, 2026 4:10 PM\n"
      "To: Sales\n"
      "Subject: Pricing\n"
      "\n"
      "What does the premium plan cost?\n";
  EXPECT_EQ(pattern(body), "NNQQQQQQQ");
}

TEST(HeaderBlock, OutlookFieldsWithoutDashesAndUnderscoreRule) {
  const std::string body =
      "Confirmed for Thursday.\n"
      "\n"
      "________________________________\n"
      "From: Olu Adeyemi <olu@example.com>\n"
      "Sent: Tuesday, 10 March 2026 11:00\n"
      "To: Maria Costa\n"
      "Subject: RE: demo\n"
      "\n"
      "Can we move the demo?\n";
  EXPECT_EQ(pattern(body), "NNQQQQQQQ");
}

TEST(HeaderBlock, BoldMarkersAndOtherLanguages) {
  EXPECT_EQ(pattern("Yes.\n\n*From:* A B <a@example.com>\n*Sent:* Monday\n*To:* C\n\nold\n"), "NNQQQQQ");
  EXPECT_EQ(pattern("Ja.\n\nVon: A B <a@example.de>\nGesendet: Montag\nAn: C\nBetreff: X\n\nalt\n"), "NNQQQQQQ");
  EXPECT_EQ(pattern("Oui.\n\nDe : A B <a@example.fr>\nEnvoyé : lundi\nÀ : C\nObjet : X\n\nancien\n"),
            "NNQQQQQQ");
}

TEST(HeaderBlock, FromInProseIsNotAHeader) {
  const std::string body =
      "From: what I heard, the budget is approved.\n"
      "To be safe, let us wait for the signature.\n"
      "Subject to legal review, of course.\n";
  EXPECT_EQ(pattern(body), "NNN");
}

TEST(HeaderBlock, LotusNotesNameDateTo) {
  const std::string body =
      "FYI\n"
      "\n"
      "Dana Whitfield\n"
      "04/25/2001 03:52 PM\n"
      "To: Sam Ortiz/HOU/ACME@ACME\n"
      "cc:\n"
      "Subject: Re: volumes\n"
      "\n"
      "Volumes look fine.\n";
  EXPECT_EQ(pattern(body), "NNQQQQQQQ");
}

TEST(HeaderBlock, ForwardedMessages) {
  EXPECT_EQ(pattern("See this.\n\n---------- Forwarded message ---------\nFrom: X <x@example.com>\ntext\n"),
            "NNQQQ");
  EXPECT_EQ(pattern("See this.\n\nBegin forwarded message:\n\nFrom: X <x@example.com>\ntext\n"), "NNQQQQ");
  EXPECT_EQ(pattern("fyi\n---------------------- Forwarded by Lee Chan/HOU on 11/30/2000 10:35 AM ---\nold\n"),
            "NQQ");
}

TEST(HeaderBlock, TheWordsAloneInProseAreNotASeparator) {
  EXPECT_EQ(pattern("I kept the original message in my drafts.\nThe forwarded message never arrived.\n"), "NN");
}

// ---- signatures -------------------------------------------------------------

TEST(Signature, DashDashSpaceDelimiter) {
  EXPECT_EQ(pattern("See you at 3.\n\n-- \nJules Moreau\nAcme Ltd\n"), "NNSSS");
  EXPECT_EQ(pattern("See you at 3.\n--\nJules\n"), "NSS");
}

TEST(Signature, DoubleDashInsideTextIsNotADelimiter) {
  EXPECT_EQ(pattern("The price -- as agreed -- is fixed.\nThanks\n"), "NN");
  EXPECT_EQ(pattern("Options:\n-- fast shipping\n-- slow shipping\n"), "NNN");
}

TEST(Signature, DeviceLines) {
  EXPECT_EQ(pattern("On my way.\n\nSent from my iPhone\n"), "NNS");
  EXPECT_EQ(pattern("On my way.\n\nSent from my Galaxy S21 Ultra\n"), "NNS");
  EXPECT_EQ(pattern("On my way.\n\nGet Outlook for Android\n"), "NNS");
  EXPECT_EQ(pattern("Ok.\n\nEnvoyé de mon iPhone\n"), "NNS");
}

TEST(Signature, DeviceWordsInProseAreNotDeviceLines) {
  EXPECT_EQ(pattern("Sent from my desk, which is faster than the phone.\n"), "N");
  EXPECT_EQ(pattern("Sent via FedEx this morning\n"), "N");
}

TEST(Signature, SignOffAndNameStayNewTextCorporateBlockIsSignature) {
  const std::string body =
      "Hi Leo,\n"
      "\n"
      "The revised quote is attached.\n"
      "\n"
      "Thanks,\n"
      "Anna\n"
      "Anna Kowalski | Senior Account Executive\n"
      "Brightline Systems GmbH\n"
      "+49 30 1234 5678\n"
      "www.brightline.example\n";
  EXPECT_EQ(pattern(body), "NNNNNNSSSS");
  const model::BodyZones z = split_body(body);
  EXPECT_EQ(z.new_text, "Hi Leo,\n\nThe revised quote is attached.\n\nThanks,\nAnna");
  EXPECT_EQ(z.signature,
            "Anna Kowalski | Senior Account Executive\nBrightline Systems GmbH\n+49 30 1234 5678\n"
            "www.brightline.example");
}

TEST(Signature, SignOffWithNameOnTheSameLine) {
  EXPECT_EQ(pattern("Will do.\n\nCheers, Tom\nTom Baker\nHead of Sales, Fjord AS\nMobile: +47 912 34 567\n"),
            "NNNSSS");
}

TEST(Signature, SignOffFollowedByProseIsNotASignOff) {
  // "Thanks" opens a sentence here; the message goes on.
  EXPECT_EQ(pattern("Thanks for the call today, it clarified the timeline for both teams.\n"
                    "We will send the draft contract on Friday.\n"),
            "NN");
}

TEST(Signature, BlockWithoutSignOffNeedsContactEvidence) {
  const std::string with_contacts =
      "The shipment left today.\n"
      "\n"
      "Rosa Delgado\n"
      "Logistics Coordinator\n"
      "Tel: (415) 555-0142\n";
  EXPECT_EQ(pattern(with_contacts), "NNSSS");
  // A lone name under the text is the sender signing, not a signature block.
  EXPECT_EQ(pattern("The shipment left today.\n\nRosa\n"), "NNN");
}

TEST(Signature, AddressListInTheBodyIsNotASignature) {
  const std::string body =
      "Please send the samples to these offices:\n"
      "\n"
      "Northwind Trading Company\n"
      "12 Harbour Road\n"
      "Leeds LS1 4AB\n";
  EXPECT_EQ(pattern(body), "NNNNN");
}

TEST(Signature, SignOffUnderTheDelimiterStaysNewText) {
  EXPECT_EQ(pattern("Looks right.\n\n-- \nRegards,\nNadia Petrova\nhttp://nadia.example.org\n"), "NNSNNS");
}

TEST(Signature, TopPostedSignatureAboveQuotedHistory) {
  const std::string body =
      "Order confirmed.\n"
      "\n"
      "wes\n"
      "Wesley Grant\n"
      "wes@example.net\n"
      "\n"
      "On Mar 1, 2026, at 10:00 AM, Ida <ida@example.org> wrote:\n"
      "> Can you confirm the order?\n";
  EXPECT_EQ(pattern(body), "NNSSSSQQ");
}

TEST(Signature, DashSignedNameThenCorporateBlock) {
  const std::string body =
      "Thanks, that fixed it.\n"
      "\n"
      "-Omar\n"
      "\n"
      "Omar Haddad\n"
      "Principal Engineer\n"
      "Suite 400, 5 Wayside Rd, Burlington, MA 01803, USA\n";
  EXPECT_EQ(pattern(body), "NNNNSSS");
}

TEST(Signature, BulletListIsNotADashSignedName) {
  EXPECT_EQ(pattern("Agenda:\n- Pricing\n- Delivery\n- Omar\nSee you.\n"), "NNNNN");
}

TEST(Signature, AddressLineEndingInAnAbbreviationIsNotProse) {
  const std::string body =
      "Use this package.\n"
      "\n"
      "Lena Fischer\n"
      "Holt, Brandt & Partner LLP\n"
      "#3500, 855 - 2nd Street S.W.\n"
      "403-555-0174 (telephone)\n";
  EXPECT_EQ(pattern(body), "NNSSSS");
}

// ---- footers ----------------------------------------------------------------

TEST(Footer, LegalNotice) {
  const std::string body =
      "Contract attached.\n"
      "\n"
      "CONFIDENTIALITY NOTICE: This email and any attachments are confidential.\n"
      "If you are not the intended recipient, please delete it.\n";
  EXPECT_EQ(pattern(body), "NNFF");
}

TEST(Footer, NoticeStartsAfterTheSentenceThatPrecedesIt) {
  EXPECT_EQ(pattern("We agree to the terms.\nThis message may contain confidential information.\n"), "NF");
}

TEST(Footer, ConfidentialInProseIsNotAFooter) {
  EXPECT_EQ(pattern("Please keep the pricing confidential until Monday.\n"), "N");
}

TEST(Footer, MailingListFooter) {
  const std::string body =
      "Try restarting the broker.\n"
      "\n"
      "_______________________________________________\n"
      "users mailing list\n"
      "users@lists.example.org\n"
      "https://lists.example.org/mailman/listinfo/users\n";
  EXPECT_EQ(pattern(body), "NNFFFF");
}

TEST(Footer, ListFooterAfterQuotedHistory) {
  const std::string body =
      "Fixed in 2.1.\n"
      "\n"
      "-----Original Message-----\n"
      "From: a@example.org\n"
      "Sent: Monday\n"
      "old question\n"
      "\n"
      "--\n"
      "To unsubscribe, e-mail: users-unsubscribe@example.org\n";
  EXPECT_EQ(pattern(body), "NNQQQQQFF");
}

TEST(Footer, NewsletterFooterWithoutBlankLine) {
  const std::string body =
      "The forecast for March is attached.\n"
      "Ines Duarte\n"
      "Demand Planning Analyst\n"
      "Phone: (518) 555-0100\n"
      "---\n"
      "You are currently subscribed to forecasts as: ops@example.com\n"
      "To unsubscribe send a blank email to leave-forecasts@example.com\n";
  EXPECT_EQ(pattern(body), "NSSSFFF");
}

TEST(Footer, UnsubscribeRequestStaysNewText) {
  // The sender asks to be removed: that is the message, not a footer.
  EXPECT_EQ(pattern("Please unsubscribe me from this mailing list.\n\nThanks,\nRuth\n"), "NNNN");
  EXPECT_EQ(pattern("Hi,\n\nPlease unsubscribe me.\nruth@example.com\n"), "NNNN");
}

TEST(Footer, TalkingAboutAListIsNotAFooter) {
  EXPECT_EQ(pattern("I asked on the mailing list yesterday.\n\nNo answer yet, so I am asking you.\n"), "NNN");
}

// ---- line endings, blank lines, split_body ----------------------------------

TEST(SplitBody, CrlfInputGivesTheSameZones) {
  const std::string lf = "Yes.\n\nOn Mon, 2 Mar 2026 at 09:00, A <a@example.com> wrote:\n> Do you agree?\n";
  std::string crlf;
  for (char c : lf) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  EXPECT_EQ(pattern(crlf), pattern(lf));
  EXPECT_EQ(split_body(crlf).new_text, "Yes.");
  EXPECT_EQ(split_body(crlf).quoted, "On Mon, 2 Mar 2026 at 09:00, A <a@example.com> wrote:\n> Do you agree?");
}

TEST(SplitBody, PartsAreTrimmedOfBlankLines) {
  const model::BodyZones z = split_body("\n\nHello.\n\n\n-- \nBo\n\n");
  EXPECT_EQ(z.new_text, "Hello.");
  EXPECT_EQ(z.signature, "-- \nBo");
  EXPECT_TRUE(z.quoted.empty());
  EXPECT_TRUE(z.footer.empty());
}

TEST(SplitBody, KeepsParagraphsInsideAPart) {
  EXPECT_EQ(split_body("One.\n\nTwo.\n").new_text, "One.\n\nTwo.");
}

TEST(SplitBody, ManyDelimitersStayLinear) {
  // 200,000 "--" lines: a quadratic search for the signature delimiter would take
  // minutes here.
  std::string body;
  for (int i = 0; i < 200000; ++i) body += "--\nword word\n";
  const auto start = std::chrono::steady_clock::now();
  const model::BodyZones z = split_body(body);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_FALSE(z.new_text.empty());
  EXPECT_LT(seconds, 10.0);
}

TEST(SplitBody, BinaryGarbageDoesNotCrash) {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 37) & 0xFF);
  const model::BodyZones z = split_body(junk);
  EXPECT_LE(z.new_text.size() + z.quoted.size() + z.signature.size() + z.footer.size(), junk.size());
}

}  // namespace
}  // namespace rapport::text

namespace rapport::text {
namespace {

// A contact line with two numbers reads like prose to the word counter; it must not
// stop the search for the sign-off above the signature block.
TEST(BodyZonesRegression, SignatureBlockWithTwoPhoneNumbersAfterSignOff) {
  const auto zones = split_body(
      "Hi Tamsin,\n\nCould you tell me whether the per-site price still applies?\n\n"
      "Kind regards,\nGregor\n\nGregor Whitfield | Head of Procurement\nCopper Kettle Catering Ltd\n"
      "T: +44 161 496 0412 | M: +44 7700 900 412\nwww.copperkettle.example\n");
  EXPECT_EQ(zones.new_text, "Hi Tamsin,\n\nCould you tell me whether the per-site price still applies?\n\nKind regards,\nGregor");
  EXPECT_EQ(zones.signature,
            "Gregor Whitfield | Head of Procurement\nCopper Kettle Catering Ltd\n"
            "T: +44 161 496 0412 | M: +44 7700 900 412\nwww.copperkettle.example");
}

}  // namespace
}  // namespace rapport::text
