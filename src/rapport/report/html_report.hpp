#pragma once
// The day's findings as one self-contained HTML page (`rapport report --html`): today's
// calls, the inbox that matters, what to bring up with each client, and the reviews of
// recorded calls — every finding with its quoted evidence and time.
//
// Self-contained: inline CSS, no script, no external request of any kind (a
// Content-Security-Policy meta tag forbids them), so the file can be mailed, archived
// and opened offline; a print style sheet lays it out for paper. All text from the
// data is HTML-escaped.

#include <string>
#include <string_view>

#include "rapport/report/export_data.hpp"

namespace rapport::report {

// `text` with &, <, >, " and ' replaced by entities: safe in element content and in
// quoted attribute values.
std::string html_escape(std::string_view text);

// The whole document, UTF-8.
std::string html_report(const ReportData& data);

}  // namespace rapport::report
