#pragma once
// Small pieces of wording the playbook's sentences share.

#include <string>
#include <string_view>

#include "rapport/model/time.hpp"

namespace rapport::playbook {

// "17 Nov" (UTC); with the year when it differs from `now`'s.
std::string short_date(model::Timestamp t, model::Timestamp now);
// A duration: "today", "yesterday", "3 days", "5 weeks", "4 months" ("waiting 3 days").
// A moment in the past ("4 days ago") is model::relative_day.
std::string age(model::Timestamp since, model::Timestamp now);
double days_between(model::Timestamp from, model::Timestamp to);
// The first word of a name ("Priya Raman" → "Priya"); "Walsh, Kieran" → "Kieran".
std::string first_name(std::string_view name);
// At most `max_chars` characters of `text` (UTF-8 safe), with "…" when cut.
std::string clip(std::string_view text, std::size_t max_chars);

}  // namespace rapport::playbook
