// Automatic mail: each kind, positive and negative, through the parser and directly.
#include <gtest/gtest.h>

#include <string>

#include "collecting_sink.hpp"
#include "rapport/ingest/mail/automatic_mail.hpp"

namespace rapport::ingest {
namespace {

using model::AutomaticKind;
using testing::parse_ok;

AutomaticKind kind_of(const std::string& headers,
                      const std::string& body = "Hello,\nthanks for the call.\n") {
  return parse_ok("Date: Mon, 2 Mar 2026 10:00:00 +0000\n" + headers + "\n" + body).automatic;
}

const std::string k_person = "From: Dana Client <dana@client.example>\nTo: rep@vendor.example\n";

TEST(AutomaticMail, PersonalMessageIsNotAutomatic) {
  EXPECT_EQ(kind_of(k_person + "Subject: Re: proposal\n"), AutomaticKind::none);
}

TEST(AutomaticMail, AutoSubmitted) {
  EXPECT_EQ(kind_of(k_person + "Subject: Ticket 42\nAuto-Submitted: auto-generated\n"),
            AutomaticKind::auto_submitted);
  EXPECT_EQ(kind_of(k_person + "Subject: Ticket 42\nAuto-Submitted: no\n"), AutomaticKind::none);
  EXPECT_EQ(kind_of(k_person + "Subject: Ticket 42\nAuto-Submitted: No (typed by a person)\n"),
            AutomaticKind::none);
}

TEST(AutomaticMail, OutOfOfficeByHeaders) {
  EXPECT_EQ(kind_of(k_person + "Subject: Re: proposal\nX-Autoreply: yes\n"), AutomaticKind::out_of_office);
  EXPECT_EQ(kind_of(k_person + "Subject: Re: proposal\nX-Autorespond: vacation\n"),
            AutomaticKind::out_of_office);
  EXPECT_EQ(kind_of(k_person + "Subject: Re: proposal\nX-Autoreply: no\n"), AutomaticKind::none);
}

TEST(AutomaticMail, OutOfOfficeBySubject) {
  EXPECT_EQ(kind_of(k_person + "Subject: Automatic reply: proposal\n"), AutomaticKind::out_of_office);
  EXPECT_EQ(kind_of(k_person + "Subject: Out of Office: proposal\n"), AutomaticKind::out_of_office);
  EXPECT_EQ(kind_of(k_person + "Subject: Abwesenheitsnotiz: Angebot\n"), AutomaticKind::out_of_office);
  EXPECT_EQ(kind_of(k_person + "Subject: RE: AutoReply: proposal\n"), AutomaticKind::out_of_office);
  // Talking about the office is not an absence notice, nor is a person announcing
  // their own absence under a bare "Out of office" title.
  EXPECT_EQ(kind_of(k_person + "Subject: Office move next week\n"), AutomaticKind::none);
  EXPECT_EQ(kind_of(k_person + "Subject: Out of office\n",
                    "I will be out on Friday afternoon for an appointment.\n"),
            AutomaticKind::none);
}

TEST(AutomaticMail, OutOfOfficeByBodyWording) {
  EXPECT_EQ(
      kind_of(k_person + "Subject: Re: proposal\n",
              "Thank you for your message. I am currently out of the office with no access to email.\n"),
      AutomaticKind::out_of_office);
  EXPECT_EQ(kind_of(k_person + "Subject: Re: proposal\n", "Hello, I am on annual leave until 14 April.\n"),
            AutomaticKind::out_of_office);
  // A person answering and mentioning a holiday quotes what they answer.
  EXPECT_EQ(kind_of(k_person + "Subject: Re: proposal\n",
                    "Sounds good. I am out of the office until Monday, let's talk then.\n\n"
                    "On Fri, Rep wrote:\n> Shall we meet?\n"),
            AutomaticKind::none);
}

TEST(AutomaticMail, ExchangeSuppressHeaderMarksAutomaticMail) {
  EXPECT_EQ(kind_of(k_person + "Subject: proposal\nX-Auto-Response-Suppress: All\n"),
            AutomaticKind::auto_submitted);
  EXPECT_EQ(kind_of(k_person + "Subject: Automatic reply: proposal\nX-Auto-Response-Suppress: All\n"),
            AutomaticKind::out_of_office);
  EXPECT_EQ(kind_of(k_person + "Subject: proposal\nX-Auto-Response-Suppress: DR, RN\n"), AutomaticKind::none);
}

TEST(AutomaticMail, Bulk) {
  EXPECT_EQ(kind_of(k_person + "Subject: news\nPrecedence: bulk\n"), AutomaticKind::bulk);
  EXPECT_EQ(kind_of(k_person + "Subject: news\nPrecedence: junk\n"), AutomaticKind::bulk);
  EXPECT_EQ(kind_of(k_person + "Subject: news\nPrecedence: first-class\n"), AutomaticKind::none);
}

TEST(AutomaticMail, MailingList) {
  EXPECT_EQ(kind_of(k_person + "Subject: [users] question\nList-Id: Users <users.lists.example.org>\n"),
            AutomaticKind::mailing_list);
  EXPECT_EQ(kind_of(k_person + "Subject: Spring offers\nList-Unsubscribe: <mailto:leave@news.example>\n"),
            AutomaticKind::mailing_list);
  EXPECT_EQ(kind_of(k_person + "Subject: [users] question\nPrecedence: list\n"), AutomaticKind::mailing_list);
}

TEST(AutomaticMail, NoReplySenders) {
  for (const char* sender : {"noreply@shop.example", "no-reply@shop.example", "DoNotReply@bank.example",
                             "billing-noreply@saas.example", "postmaster@mx.example"}) {
    EXPECT_EQ(kind_of(std::string("From: ") + sender + "\nSubject: Your invoice\n"),
              AutomaticKind::no_reply_sender)
        << sender;
  }
  // "reply" alone, or a name that merely contains "no", is a person.
  EXPECT_EQ(kind_of("From: nora@shop.example\nSubject: Your invoice\n"), AutomaticKind::none);
  EXPECT_EQ(kind_of("From: reply@shop.example\nSubject: Your invoice\n"), AutomaticKind::none);
}

TEST(AutomaticMail, BounceByDeliveryStatusReport) {
  const std::string raw =
      "From: Mail Delivery System <MAILER-DAEMON@mx.example>\nTo: rep@vendor.example\n"
      "Subject: Returned mail: see transcript for details\nMIME-Version: 1.0\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=r\n\n"
      "--r\nContent-Type: text/plain\n\nThe message could not be delivered.\n"
      "--r\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n"
      "Final-Recipient: rfc822; gone@client.example\nAction: failed\nStatus: 5.1.1\n"
      "--r--\n";
  const auto m = parse_ok(raw);
  EXPECT_EQ(m.automatic, AutomaticKind::bounce);
  EXPECT_EQ(m.body, "The message could not be delivered.");
}

TEST(AutomaticMail, BounceBySubject) {
  EXPECT_EQ(kind_of("From: postmaster@corp.example\nSubject: Undeliverable: proposal\n"),
            AutomaticKind::bounce);
  EXPECT_EQ(kind_of(k_person + "Subject: Delivery Status Notification (Failure)\n"), AutomaticKind::bounce);
  EXPECT_EQ(kind_of(k_person + "Subject: Delivery schedule for the order\n"), AutomaticKind::none);
}

TEST(AutomaticMail, ReadReceiptIsAutoSubmitted) {
  const std::string raw =
      "From: dana@client.example\nSubject: Read: proposal\nMIME-Version: 1.0\n"
      "Content-Type: multipart/report; report-type=disposition-notification; boundary=r\n\n"
      "--r\nContent-Type: text/plain\n\nYour message was read.\n"
      "--r\nContent-Type: message/disposition-notification\n\nDisposition: manual-action/MDN-sent-manually; "
      "displayed\n"
      "--r--\n";
  EXPECT_EQ(parse_ok(raw).automatic, AutomaticKind::auto_submitted);
}

TEST(AutomaticMail, ClassifierDirectlyOrdersKinds) {
  AutomaticSignals s;
  s.from_address = "noreply@x.example";
  s.list_id = "l.x.example";
  EXPECT_EQ(classify_automatic(s), AutomaticKind::mailing_list);
  s.subject = "Out of office: hello";
  EXPECT_EQ(classify_automatic(s), AutomaticKind::out_of_office);
  s.delivery_status_report = true;
  EXPECT_EQ(classify_automatic(s), AutomaticKind::bounce);
  AutomaticSignals empty;
  EXPECT_EQ(classify_automatic(empty), AutomaticKind::none);
}

}  // namespace
}  // namespace rapport::ingest
