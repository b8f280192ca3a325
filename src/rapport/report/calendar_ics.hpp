#pragma once
// Today's calls as iCalendar (RFC 5545) to-dos, built with libical, for a calendar or
// task app to import (docs/export.md lists the fields).
//
// Each call is one VTODO: SUMMARY "Call <name> (<company>)", DESCRIPTION with the
// phone, the reasons, the quoted evidence, what to bring up, the opening and the
// voicemail; DUE the UTC date of `now` (a DATE: due some time that day); DTSTAMP `now`;
// PRIORITY the rank (1 = first, capped at 9); CATEGORIES "Call", "rapport" and the reason
// codes; URL a tel: link to the first phone. The UID is derived from the contact key
// and the day only, so importing the next export of the same day updates the to-do
// instead of adding a second one.

#include <string>
#include <vector>

#include "rapport/model/time.hpp"
#include "rapport/report/export_data.hpp"
#include "rapport/util/result.hpp"

namespace rapport::report {

// The UID of the to-do for `contact_key` on `now`'s UTC day:
// "rapport-call-YYYYMMDD-<16 hex digits>@rapport.invalid".
std::string call_task_uid(std::string_view contact_key, model::Timestamp now);

// The text of one to-do's DESCRIPTION (unescaped; lines separated by "\n").
std::string call_task_description(const CallItem& call);

// A VCALENDAR with one VTODO per call, in order, lines folded and ended by CRLF as
// RFC 5545 requires. Fails only when libical does (out of memory).
Result<std::string> calendar_ics(const std::vector<CallItem>& calls, model::Timestamp now);

}  // namespace rapport::report
