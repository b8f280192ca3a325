#pragma once
// Client contacts with rapport's findings as CSV for a CRM import (docs/export.md lists
// the columns). RFC 4180: a header row, fields separated by commas, records ended by
// CRLF, a field quoted (with doubled quotes inside) when it holds a comma, a quote, a
// line break or leading/trailing spaces. Lists within a field are joined by "; ".
// Times are ISO 8601 UTC; an empty field means "none" or "not listed".

#include <string>
#include <string_view>
#include <vector>

#include "rapport/report/export_data.hpp"

namespace rapport::report {

// The header's column names, in order.
const std::vector<std::string_view>& contacts_csv_columns();

// `field` as RFC 4180 writes it (quoted only when it must be).
std::string csv_field(std::string_view field);

// The header and one record per row, in the order given.
std::string contacts_csv(const std::vector<ContactRow>& rows);

}  // namespace rapport::report
