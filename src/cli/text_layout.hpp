#pragma once
// Terminal layout shared by the playbook commands: a label followed by text that
// wraps under itself ("Why:  ……" with the continuation lines aligned).

#include <string>
#include <string_view>

#include "rapport/report/terminal.hpp"

namespace rapport::cli {

// `indent` spaces, then `label` padded to `label_width`, then `text` wrapped to
// `width` with continuation lines starting under the text. Ends in a newline.
std::string labelled(std::string_view label, std::string_view text, std::size_t indent, std::size_t label_width,
                     std::size_t width, report::ColorMode color, report::Tint label_tint = report::Tint::dim);

}  // namespace rapport::cli
