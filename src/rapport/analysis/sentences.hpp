#pragma once
// Sentences of a call turn or of a message's new text, as byte spans.
//
// A sentence ends at '.', '!' or '?' (runs such as "?!" or "..." included, with closing
// quotes and brackets) followed by white space or the end, except after abbreviations
// ("Mr.", "e.g.", "etc." before a lower-case word), initials, decimals and times
// ("3.5", "10.30", which have no space after the dot). A line break ends a sentence
// when a blank line (a new paragraph) or a list item follows, or when the line is a
// short opening or sign-off ("Dear Ravi,", "Best regards", "Sam"); other line breaks
// are the wrapping of one paragraph.
//
// Pure and allocation-light; safe from any thread.

#include <string_view>
#include <vector>

#include "rapport/analysis/analysis.hpp"

namespace rapport::analysis {

// Spans [begin, end) into `text`, in order, trimmed of surrounding white space; pieces
// without any letter, digit or non-ASCII character (stray punctuation) are dropped.
std::vector<Span> split_sentences(std::string_view text);

}  // namespace rapport::analysis
