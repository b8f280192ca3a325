#pragma once
// Call logs exported as CSV by phones, diallers and CRMs → model::CallLogEntry.
//
// Columns are found by header name (case, spaces and punctuation ignored):
//   when       Date, Date/Time, Timestamp, Start Time, Call Date, Created At… with an
//              optional separate Time column. Values: ISO 8601, "2026-03-14 10:30",
//              "14/03/2026 10:30", "Mar 14, 2026 10:30 AM", epoch seconds or ms (see
//              date_text.hpp). An all-numeric d/m/y date is read day first unless
//              ctx.default_region is the US (or a US territory); a field above 12
//              settles it either way. Times without a zone are taken as UTC.
//   other      a phone column (Phone, Number, Phone Number, Caller ID…), an email
//              column, a name column (Name, Contact Name, Caller…); a "Contact" column
//              may hold any of the three and is read by its content. With From/To
//              columns the other party is To for outbound calls and From for inbound.
//              The identity is the phone (normalised with ctx.default_region) if any,
//              else the email, else the name; display_name is the name when given.
//   direction  outbound/outgoing/out/dialled/placed, inbound/incoming/in/received,
//              missed/rejected/declined/blocked (→ inbound, no_answer), and Android's
//              numeric types 1–7. No column → unknown; with From/To columns and no
//              direction column → outbound (a dialler's log, the rep in From).
//   duration   seconds ("125", "125.4"), "mm:ss", "hh:mm:ss", "2m 5s", "1h 2m"; a column
//              named in minutes ("Duration (min)") or milliseconds ("Duration ms") is
//              scaled.
//   outcome    reached/answered/connected/completed, voicemail/left voicemail/vm/left
//              message, no answer/missed/busy/unanswered/failed/rejected; other text →
//              unknown with a warning. With no outcome stated: a missed call is
//              no_answer; otherwise a duration above 0 means reached, a stated duration
//              of 0 means no_answer, no duration means unknown. (A call that rang out
//              to voicemail also has a duration; without an outcome column it counts
//              as reached.)
//   note       Notes, Comment(s), Description, Subject, Summary.
// Positions are "line N". A row with no readable date or no other party is skipped
// with an error; unknown direction/outcome words give warnings; unmapped columns one
// warning. Never throws for bad input; a file that cannot be read gives one error.

#include <filesystem>
#include <string_view>

#include "rapport/ingest/common/read_context.hpp"
#include "rapport/ingest/common/record_sink.hpp"

namespace rapport::ingest {

void read_call_log(std::string_view data, const ReadContext& ctx, RecordSink& sink);
void read_call_log_file(const std::filesystem::path& path, const ReadContext& ctx,
                            RecordSink& sink);

}  // namespace rapport::ingest
