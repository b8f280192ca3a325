#pragma once
// Contacts from address-book and CRM exports: CSV and vCard.
//
// Each contact read becomes a model::ContactRecord (emails lower-cased, phones
// normalised with ctx.default_region, see ingest/common/phone.hpp) with its SourceRef.
// Problems go to sink.on_diagnostic and the reader goes on with the next record; a
// file that cannot be read gives one error Diagnostic with an empty position. Never
// throws for bad input. The data must stay valid for the duration of the call.

#include <filesystem>
#include <string_view>

#include "rapport/ingest/common/read_context.hpp"
#include "rapport/ingest/common/record_sink.hpp"

namespace rapport::ingest {

// CSV with a header row (delimiter ',', ';' or tab, sniffed; see csv.hpp). Columns are
// found by header name, ignoring case, spaces and punctuation, so that the exports of
// Google Contacts, Outlook, HubSpot, Salesforce, Pipedrive and plain
// "name,email,phone,company,title" files all map:
//   name     Name, Full Name, Display Name, Contact, Person - Name
//            (else First/Given + Middle/Additional + Last/Family/Surname)
//   emails   every column whose name contains "email" (E-mail 1 - Value, E-mail 2
//            Address, Work Email…) except its Type/Label/Display Name/Domain/opt-out
//   phones   every column with "phone", "mobile" or "cell" (Phone 1 - Value, Business
//            Phone, Mobile Phone, Phone number…) except Type/Label and fax/pager
//   company  Company, Company name, Organization (1 - Name), Account Name
//   title    Job Title, Organization 1 - Title, Position, Role; a bare "Title" only
//            when no such column exists (Outlook's "Title" is "Mr."/"Dr.")
//   notes    Notes, Note, Description, Comments
// A cell may hold several values separated by " ::: " (Google) or ';' (and ',' for
// emails). Columns not mapped are reported once, as a warning listing their names.
// Per row: "line N" positions (the line the record starts on); a row with no name,
// email or phone is skipped with an error; a value that is not an email is dropped
// with a warning.
void read_contacts_csv(std::string_view data, const ReadContext& ctx, RecordSink& sink);
void read_contacts_csv_file(const std::filesystem::path& path, const ReadContext& ctx,
                            RecordSink& sink);

// vCard 2.1, 3.0 and 4.0, any number of cards per file. Reads FN (else N), EMAIL, TEL
// (plain or tel: URI; TYPE=fax/pager skipped), ORG (first component), TITLE (else
// ROLE), NOTE; unfolds continuation lines, decodes quoted-printable (with soft line
// breaks) and CHARSET (via iconv), and undoes \\ \; \, \n escapes. Other properties
// are ignored silently. Positions are "card N (line L)", L the BEGIN:VCARD line. A
// card with no name, email or phone is skipped with an error; a card cut off without
// END:VCARD is kept with a warning.
void read_vcard(std::string_view data, const ReadContext& ctx, RecordSink& sink);
void read_vcard_file(const std::filesystem::path& path, const ReadContext& ctx, RecordSink& sink);

}  // namespace rapport::ingest
