// The line-level rules of body zoning, each with positive and negative examples.

#include "rapport/text/zone_rules.hpp"

#include <gtest/gtest.h>

namespace rapport::text::rules {
namespace {

TEST(Trim, RemovesAsciiAndInvisibleBlanks) {
  EXPECT_EQ(trim("  x \t"), "x");
  EXPECT_EQ(trim("\xC2\xA0x\xE2\x80\x8B"), "x");
  EXPECT_EQ(trim("\xEF\xBB\xBFhello"), "hello");
  EXPECT_EQ(trim(""), "");
  EXPECT_EQ(trim("\xC2"), "\xC2");  // a truncated sequence is kept, not over-read
}

TEST(QuoteOf, CountsMarkers) {
  EXPECT_EQ(quote_of("> a").depth, 1U);
  EXPECT_EQ(quote_of(">> a").depth, 2U);
  EXPECT_EQ(quote_of(" > > a").depth, 2U);
  EXPECT_EQ(quote_of("> > a").text, "a");
  EXPECT_EQ(quote_of("a > b").depth, 0U);
}

TEST(Attribution, Forms) {
  EXPECT_TRUE(is_attribution("On Tue, 3 Mar 2026 at 10:02, Jane <j@example.com> wrote:"));
  EXPECT_TRUE(is_attribution("On 3/3/26, Jane Roe wrote:"));
  EXPECT_TRUE(is_attribution("Jane Roe <j@example.com> schrieb:"));
  EXPECT_TRUE(is_attribution("Le 3 mars 2026 à 10:02, Luc a écrit :"));
  EXPECT_TRUE(is_attribution("W dniu 3 marca 2026 10:02 użytkownik Ola <o@example.pl> napisał:"));
  EXPECT_TRUE(is_attribution("在 2026年3月3日 10:02，Li <li@example.cn> 写道："));
  EXPECT_TRUE(is_attribution("Am 3. März 2026 um 10:02 schrieb Jana:"));
  EXPECT_FALSE(is_attribution("Somebody wrote:"));
  EXPECT_FALSE(is_attribution("On Thursday:"));
  EXPECT_FALSE(is_attribution("This is what I wrote yesterday"));
  EXPECT_FALSE(is_attribution("Call me at 10:00:"));
}

TEST(HeaderField, Recognised) {
  std::string_view value;
  EXPECT_EQ(header_field("From: Jane <j@example.com>", &value), HeaderField::from);
  EXPECT_EQ(value, "Jane <j@example.com>");
  EXPECT_EQ(header_field("*From:* Jane"), HeaderField::from);
  EXPECT_EQ(header_field("De : Jane"), HeaderField::from);
  EXPECT_EQ(header_field("Sent: Monday"), HeaderField::other);
  EXPECT_EQ(header_field("Betreff: X"), HeaderField::other);
  EXPECT_EQ(header_field("cc:"), HeaderField::other);
  EXPECT_EQ(header_field("Note: from now on"), HeaderField::none);
  EXPECT_EQ(header_field("From what I hear: yes"), HeaderField::none);
  EXPECT_EQ(header_field(":"), HeaderField::none);
}

TEST(HistorySeparator, Forms) {
  EXPECT_TRUE(is_history_separator("-----Original Message-----"));
  EXPECT_TRUE(is_history_separator("----- Original Message -----"));
  EXPECT_TRUE(is_history_separator("---------- Forwarded message ---------"));
  EXPECT_TRUE(is_history_separator("Begin forwarded message:"));
  EXPECT_TRUE(is_history_separator("-------- Ursprüngliche Nachricht --------"));
  EXPECT_TRUE(is_history_separator("----- Forwarded by Jo Li/HOU on 01/02/2001 -----"));
  EXPECT_FALSE(is_history_separator("Forwarded by the courier on Monday"));
  EXPECT_FALSE(is_history_separator("Original message was lost"));
}

TEST(SignatureDelimiter, OnlyTheWholeLine) {
  EXPECT_TRUE(is_signature_delimiter("-- "));
  EXPECT_TRUE(is_signature_delimiter("--"));
  EXPECT_FALSE(is_signature_delimiter("-- Bob"));
  EXPECT_FALSE(is_signature_delimiter("---"));
  EXPECT_FALSE(is_signature_delimiter("a -- b"));
}

TEST(DeviceLine, Forms) {
  EXPECT_TRUE(is_device_line("Sent from my iPhone"));
  EXPECT_TRUE(is_device_line("Sent from my BlackBerry 10 smartphone."));
  EXPECT_TRUE(is_device_line("Sent with ProtonMail Secure Email."));
  EXPECT_TRUE(is_device_line("Von meinem iPhone gesendet"));
  EXPECT_FALSE(is_device_line("Sent from my desk, is much easier"));
  EXPECT_FALSE(is_device_line("Sent via courier"));
  EXPECT_FALSE(is_device_line("I sent from my phone"));
}

TEST(SignOff, Forms) {
  EXPECT_TRUE(sign_off_of("Best regards,").is_sign_off);
  EXPECT_TRUE(sign_off_of("Thanks!").is_sign_off);
  EXPECT_TRUE(sign_off_of("Thanks in advance,").is_sign_off);
  EXPECT_TRUE(sign_off_of("Mit freundlichen Grüßen").is_sign_off);
  const SignOff named = sign_off_of("Cheers, Anna");
  EXPECT_TRUE(named.is_sign_off);
  EXPECT_TRUE(named.has_name);
  EXPECT_FALSE(sign_off_of("Thanks for the quick reply on the contract draft.").is_sign_off);
  EXPECT_FALSE(sign_off_of("Best of luck with it").is_sign_off);
  EXPECT_FALSE(sign_off_of("Brian").is_sign_off);  // "br" must be a whole word
  EXPECT_FALSE(sign_off_of("Thanks?").is_sign_off);
}

TEST(NameLike, Forms) {
  EXPECT_TRUE(is_name_like("Anna"));
  EXPECT_TRUE(is_name_like("J. R. Smith"));
  EXPECT_TRUE(is_name_like("-Anna"));
  EXPECT_TRUE(is_name_like("Ludwig van Beethoven"));
  EXPECT_TRUE(is_name_like("Mark D. Guinney, CFA"));
  EXPECT_FALSE(is_name_like("Acme Trading Company"));
  EXPECT_FALSE(is_name_like("Sales Director"));
  EXPECT_FALSE(is_name_like("call me tomorrow"));
  EXPECT_FALSE(is_name_like("Room 12"));
  EXPECT_FALSE(is_name_like("done."));
}

TEST(ContactLine, Forms) {
  EXPECT_TRUE(is_contact_line("+1 (415) 555-0142"));
  EXPECT_TRUE(is_contact_line("Tel: 0123 4567"));
  EXPECT_TRUE(is_contact_line("M +44 7700 900123"));
  EXPECT_TRUE(is_contact_line("anna@example.com"));
  EXPECT_TRUE(is_contact_line("www.example.com"));
  EXPECT_TRUE(is_contact_line("x-58752"));
  EXPECT_FALSE(is_contact_line("Due: 7/18/2001"));
  EXPECT_FALSE(is_contact_line("Meet me at 10"));
  EXPECT_FALSE(is_contact_line("Max"));
}

TEST(TitleOrCompany, Forms) {
  EXPECT_TRUE(is_title_or_company_line("Senior Account Executive"));
  EXPECT_TRUE(is_title_or_company_line("Fjord Systems Inc."));
  EXPECT_FALSE(is_title_or_company_line("The manager said no."));
  EXPECT_FALSE(is_title_or_company_line("call the manager"));
}

TEST(Footer, Phrases) {
  EXPECT_TRUE(has_legal_footer_phrase("If you are not the intended recipient, delete this."));
  EXPECT_EQ(list_footer_of("You are currently subscribed to news as: a@example.com"), ListFooter::strong);
  EXPECT_EQ(list_footer_of("To unsubscribe send an email to x"), ListFooter::weak);
  EXPECT_EQ(list_footer_of("See you at the meeting"), ListFooter::none);
  EXPECT_FALSE(has_legal_footer_phrase("Keep this confidential please"));
}

TEST(Attachment, Forms) {
  EXPECT_TRUE(is_attachment_line("<<Q3 forecast.xls>>"));
  EXPECT_TRUE(is_attachment_line("- report.pdf"));
  EXPECT_FALSE(is_attachment_line("- check the report"));
}

TEST(DateOrTime, Forms) {
  EXPECT_TRUE(has_date_or_time("on 2026-03-03"));
  EXPECT_TRUE(has_date_or_time("at 10:02"));
  EXPECT_TRUE(has_date_or_time("3/4/21"));
  EXPECT_FALSE(has_date_or_time("room 12"));
  EXPECT_FALSE(has_date_or_time("12345"));
}

}  // namespace
}  // namespace rapport::text::rules
