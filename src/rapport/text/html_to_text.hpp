#pragma once
#include <string>
#include <string_view>

namespace rapport::text {

// Readable plain text from an HTML mail body: block elements become line breaks,
// <blockquote> lines are prefixed with "> " so quote detection still works, entities
// are decoded, scripts and styles dropped. Input and output are UTF-8.
std::string html_to_text(std::string_view html);

}  // namespace rapport::text
