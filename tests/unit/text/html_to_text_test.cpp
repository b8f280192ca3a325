#include "rapport/text/html_to_text.hpp"

#include <gtest/gtest.h>

#include <string>

#include "rapport/text/body_zones.hpp"
#include "rapport/text/html_entities.hpp"

namespace rapport::text {
namespace {

TEST(HtmlToText, BlockElementsBecomeLines) {
  EXPECT_EQ(html_to_text("<p>One</p><p>Two</p>"), "One\n\nTwo");
  EXPECT_EQ(html_to_text("<div>One</div><div>Two</div>"), "One\nTwo");
  EXPECT_EQ(html_to_text("One<br>Two<br/>Three"), "One\nTwo\nThree");
  EXPECT_EQ(html_to_text("<ul><li>a</li><li>b</li></ul>"), "- a\n- b");
  EXPECT_EQ(html_to_text("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"), "a b\nc");
}

TEST(HtmlToText, CollapsesWhitespace) {
  EXPECT_EQ(html_to_text("  Hello \n\n   world\t!  "), "Hello world !");
  EXPECT_EQ(html_to_text("<pre>a  b\n  c</pre>"), "a  b\n  c");
}

TEST(HtmlToText, NamedAndNumericEntities) {
  EXPECT_EQ(html_to_text("Fish &amp; chips &lt;3 &quot;ok&quot; caf&eacute; &euro;5 &mdash; &hellip;"),
            "Fish & chips <3 \"ok\" café €5 — …");
  EXPECT_EQ(html_to_text("&#233;&#xE9;&#X1F600;&#8217;"), "éé\xF0\x9F\x98\x80’");
  EXPECT_EQ(html_to_text("a&nbsp;b"), "a b");
  EXPECT_EQ(html_to_text("&#150;"), "–");  // Windows-1252 range, as browsers read it
}

TEST(HtmlToText, UnknownOrBrokenEntitiesStayAsText) {
  EXPECT_EQ(html_to_text("AT&T &bogus; &#; &"), "AT&T &bogus; &#; &");
  EXPECT_EQ(html_to_text("&#0;&#xD800;&#99999999999;"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(html_to_text("&amp"), "&");
}

TEST(HtmlToText, DropsScriptStyleHeadAndComments) {
  EXPECT_EQ(html_to_text("<html><head><title>T</title><style>p{color:red}</style></head>"
                         "<body>Hi<script>alert('<p>x</p>')</script> there<!-- hidden --></body></html>"),
            "Hi there");
  EXPECT_EQ(html_to_text("<SCRIPT>var a = '</div>';</SCRIPT>Visible"), "Visible");
}

TEST(HtmlToText, BlockquoteBecomesQuotedLines) {
  const std::string html =
      "<div>Sounds good.</div>"
      "<div>On Mon, Jane wrote:</div>"
      "<blockquote>Can we meet?<br>Tuesday?"
      "<blockquote>Earlier question</blockquote>"
      "</blockquote>";
  EXPECT_EQ(html_to_text(html),
            "Sounds good.\nOn Mon, Jane wrote:\n\n> Can we meet?\n> Tuesday?\n>\n>> Earlier question");
}

TEST(HtmlToText, GmailQuoteIsZonedAsQuoted) {
  const std::string html =
      "<div dir=\"ltr\">Yes, Thursday works.</div><br>"
      "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Mon, 2 Mar 2026 at 10:00, "
      "Jane Roe &lt;jane@example.com&gt; wrote:<br></div>"
      "<blockquote class=\"gmail_quote\" style=\"margin:0\">Does Thursday work?</blockquote></div>";
  const std::string text = html_to_text(html);
  EXPECT_EQ(split_body(text).new_text, "Yes, Thursday works.");
  EXPECT_NE(split_body(text).quoted.find("Does Thursday work?"), std::string::npos);
}

TEST(HtmlToText, InlineAnswersInsideGmailQuoteStayNewText) {
  const std::string html =
      "<div class=\"gmail_quote\">On Tue, 3 Mar 2026 at 09:00, Ida Berg &lt;ida@example.com&gt; wrote:<br>"
      "<blockquote class=\"gmail_quote\">Which plan do you need?</blockquote>"
      "<div>The team plan, for 12 seats.</div>"
      "<blockquote class=\"gmail_quote\">And when do you start?</blockquote>"
      "<div>In April.</div></div>";
  const model::BodyZones z = split_body(html_to_text(html));
  EXPECT_EQ(z.new_text, "The team plan, for 12 seats.\n\nIn April.");
  EXPECT_NE(z.quoted.find("Which plan do you need?"), std::string::npos);
}

TEST(HtmlToText, OutlookReplyHeaderQuotesTheRest) {
  const std::string html =
      "<p>Approved.</p><hr>"
      "<div id=\"divRplyFwdMsg\"><b>From:</b> Kai<br><b>Sent:</b> Monday<br><b>Subject:</b> PO</div>"
      "<div>Please approve the PO.</div>";
  const std::string text = html_to_text(html);
  EXPECT_EQ(text, "Approved.\n\n> From: Kai\n> Sent: Monday\n> Subject: PO\n> Please approve the PO.");
  EXPECT_EQ(split_body(text).new_text, "Approved.");
}

TEST(HtmlToText, AttributesWithAngleBracketsAndQuotes) {
  EXPECT_EQ(html_to_text("<a href=\"x?a>b\" title='c>d'>link</a> text"), "link text");
}

TEST(HtmlToText, BrokenMarkupNeverThrows) {
  EXPECT_EQ(html_to_text("<div class=\"unclosed"), "");
  EXPECT_EQ(html_to_text("text <b>bold"), "text bold");
  EXPECT_EQ(html_to_text("a < b and c > d"), "a < b and c > d");
  EXPECT_EQ(html_to_text("</p></div>stray closers"), "stray closers");
  EXPECT_EQ(html_to_text("<!-- never closed"), "");
  EXPECT_EQ(html_to_text("<script>never closed"), "");
  EXPECT_EQ(html_to_text(""), "");
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<blockquote>";
  deep += "deep";
  const std::string out = html_to_text(deep);
  EXPECT_NE(out.find("deep"), std::string::npos);
  EXPECT_LT(out.size(), 100U);  // quote depth is capped
}

TEST(HtmlEntities, Lookup) {
  EXPECT_EQ(html::named_entity("amp"), U'&');
  EXPECT_EQ(html::named_entity("Eacute"), U'É');
  EXPECT_EQ(html::named_entity("eacute"), U'é');
  EXPECT_EQ(html::named_entity("zwnj"), U'\u200C');
  EXPECT_EQ(html::named_entity("nosuch"), 0U);
}

}  // namespace
}  // namespace rapport::text
