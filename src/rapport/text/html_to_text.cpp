// HTML mail to plain text.
//
// Why hand-written: Debian has no light, well-kept C++ HTML-to-text library
// (lexbor and gumbo parse but leave rendering to us, html2text is a program, not
// a library), and mail HTML needs mail-specific handling anyway: quoted replies
// (<blockquote>, Gmail's div.gmail_quote, Outlook's divRplyFwdMsg) must come out as
// "> " lines so that body zoning works on them. The tokenizer is tolerant in the
// HTML5 spirit: unknown or broken markup never stops it, unclosed tags are closed
// at the end, and its work is linear in the input (raw-text elements are skipped
// with one forward search).

#include "rapport/text/html_to_text.hpp"
#include "rapport/util/ascii.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "rapport/text/html_entities.hpp"

namespace rapport::text {

namespace {

constexpr char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool iequal(std::string_view a, std::string_view lower_b) {
  if (a.size() != lower_b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower_b[i]) return false;
  }
  return true;
}

// Case-insensitive search of "</name" from `from`; npos when absent.
std::size_t find_end_tag(std::string_view html, std::size_t from, std::string_view lower_name) {
  for (std::size_t i = html.find('<', from); i != std::string_view::npos; i = html.find('<', i + 1)) {
    if (i + 2 <= html.size() && html.substr(i + 1, 1) == "/" &&
        iequal(html.substr(i + 2, lower_name.size()), lower_name)) {
      return i;
    }
  }
  return std::string_view::npos;
}

bool in_list(std::string_view name, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

// Elements whose content is not text for the reader.
bool is_raw_skipped(std::string_view name) {
  return in_list(name, {"script", "style", "head", "title", "noscript", "template", "xml", "svg", "object"});
}

bool is_void(std::string_view name) {
  return in_list(name, {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "param",
                        "source", "track", "wbr", "keygen"});
}

// Block elements that start and end a paragraph (blank line around them).
bool is_paragraph(std::string_view name) {
  return in_list(name, {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table", "pre", "dl",
                        "address", "figure", "fieldset"});
}

// Block elements that start and end a line.
bool is_line_block(std::string_view name) {
  return in_list(name, {"div", "br", "tr", "li", "dt", "dd", "hr", "section", "article", "header", "footer",
                        "nav", "aside", "main", "center", "form", "caption", "tbody", "thead", "tfoot",
                        "figcaption", "details", "summary", "option"});
}

struct Tag {
  std::string name;  // lower case
  bool closing = false;
  bool self_closing = false;
  std::string_view cls;
  std::string_view id;
  std::string_view type;
  std::size_t end = 0;  // index just past '>'
};

// Parses the tag at html[i] == '<' whose name starts at html[i+1] (or after '/').
// Attribute values may be quoted with ' or " and contain '>'.
Tag parse_tag(std::string_view html, std::size_t i) {
  Tag tag;
  const std::size_t n = html.size();
  std::size_t j = i + 1;
  if (j < n && html[j] == '/') {
    tag.closing = true;
    ++j;
  }
  while (j < n && !is_ascii_space(html[j]) && html[j] != '>' && html[j] != '/') {
    if (tag.name.size() < 32) tag.name += lower(html[j]);
    ++j;
  }
  while (j < n && html[j] != '>') {
    if (is_ascii_space(html[j])) {
      ++j;
      continue;
    }
    if (html[j] == '/') {
      tag.self_closing = j + 1 < n && html[j + 1] == '>';
      ++j;
      continue;
    }
    const std::size_t name_start = j;
    while (j < n && !is_ascii_space(html[j]) && html[j] != '=' && html[j] != '>' && html[j] != '/') ++j;
    const std::string_view attr = html.substr(name_start, j - name_start);
    if (j == name_start) {  // a stray '=' or the like
      ++j;
      continue;
    }
    while (j < n && is_ascii_space(html[j])) ++j;
    std::string_view value;
    if (j < n && html[j] == '=') {
      ++j;
      while (j < n && is_ascii_space(html[j])) ++j;
      if (j < n && (html[j] == '"' || html[j] == '\'')) {
        const char q = html[j];
        const std::size_t close = html.find(q, j + 1);
        const std::size_t vend = close == std::string_view::npos ? n : close;
        value = html.substr(j + 1, vend - (j + 1));
        j = close == std::string_view::npos ? n : close + 1;
      } else {
        const std::size_t vstart = j;
        while (j < n && !is_ascii_space(html[j]) && html[j] != '>') ++j;
        value = html.substr(vstart, j - vstart);
      }
    }
    if (iequal(attr, "class")) tag.cls = value;
    if (iequal(attr, "id")) tag.id = value;
    if (iequal(attr, "type")) tag.type = value;
  }
  tag.end = j < n ? j + 1 : n;
  return tag;
}

bool has_class(std::string_view cls, std::string_view name) {
  std::size_t i = 0;
  while (i < cls.size()) {
    while (i < cls.size() && is_ascii_space(cls[i])) ++i;
    const std::size_t start = i;
    while (i < cls.size() && !is_ascii_space(cls[i])) ++i;
    if (cls.substr(start, i - start) == name) return true;
  }
  return false;
}

// Builds the output line by line so that each line gets the quote prefix of the
// depth it was written at, runs of white space collapse, and at most one blank
// line separates paragraphs.
class Writer {
 public:
  void text(std::string_view s, bool preformatted) {
    for (char c : s) {
      if (preformatted && c == '\n') {
        end_line();
        continue;
      }
      if (is_ascii_space(c) && !preformatted) {
        pending_space_ = !line_.empty();
        continue;
      }
      put(c == '\t' || c == '\r' || c == '\f' || c == '\v' ? ' ' : c);
    }
  }

  // Appends already-decoded text (an entity) as one unit.
  void decoded(std::string_view s) {
    // A no-break space is written as a plain space that does not collapse with
    // the spaces around it only in preformatted text; elsewhere it is a space.
    if (s == "\xC2\xA0") {
      pending_space_ = !line_.empty();
      return;
    }
    for (char c : s) put(c);
  }

  void line_break() { end_line(); }

  void paragraph_break() {
    end_line();
    want_blank_ = true;
  }

  void set_depth(unsigned depth) {
    if (depth != depth_) {
      end_line();
      depth_ = depth;
    }
  }

  std::string finish() {
    end_line();
    while (!out_.empty() && (out_.back() == '\n')) out_.pop_back();
    return std::move(out_);
  }

 private:
  void put(char c) {
    if (line_.empty()) {
      line_depth_ = depth_;
      if (want_blank_ && wrote_line_) blank_line();
      want_blank_ = false;
    } else if (pending_space_) {
      line_ += ' ';
    }
    pending_space_ = false;
    line_ += c;
  }

  void prefix(unsigned depth) {
    for (unsigned d = 0; d < depth; ++d) out_ += '>';
  }

  // Between a quote and the text around it the blank line takes the smaller
  // depth, so it separates them instead of joining either.
  void blank_line() {
    prefix(std::min(depth_, last_depth_));
    out_ += '\n';
  }

  void end_line() {
    pending_space_ = false;
    if (line_.empty()) return;
    while (!line_.empty() && line_.back() == ' ') line_.pop_back();
    prefix(line_depth_);
    if (line_depth_ > 0) out_ += ' ';
    out_ += line_;
    out_ += '\n';
    line_.clear();
    wrote_line_ = true;
    last_depth_ = line_depth_;
  }

  std::string out_;
  std::string line_;
  unsigned depth_ = 0;
  unsigned line_depth_ = 0;
  unsigned last_depth_ = 0;
  bool pending_space_ = false;
  bool want_blank_ = false;
  bool wrote_line_ = false;
};

struct Open {
  std::string name;
  bool quotes = false;  // opened a quote level
};

constexpr std::size_t k_max_stack = 512;
constexpr unsigned k_max_depth = 32;

}  // namespace

std::string html_to_text(std::string_view html) {
  Writer w;
  std::vector<Open> stack;
  unsigned depth = 0;
  unsigned pre = 0;
  bool quote_rest = false;  // after Outlook's reply header, everything is history
  const std::size_t n = html.size();
  std::size_t i = 0;
  std::size_t text_start = 0;
  std::string decoded;

  const auto flush_text = [&](std::size_t upto) {
    if (upto > text_start) w.text(html.substr(text_start, upto - text_start), pre > 0);
  };
  const auto current_depth = [&] { return std::min(depth + (quote_rest ? 1U : 0U), k_max_depth); };

  while (i < n) {
    const char c = html[i];
    if (c == '&') {
      decoded.clear();
      const std::size_t used = html::decode_reference(html, i, decoded);
      if (used > 0) {
        flush_text(i);
        w.decoded(decoded);
        i += used;
        text_start = i;
        continue;
      }
      ++i;
      continue;
    }
    if (c != '<') {
      ++i;
      continue;
    }
    // Markup.
    if (html.substr(i).starts_with("<!--")) {
      flush_text(i);
      const std::size_t close = html.find("-->", i + 4);
      i = close == std::string_view::npos ? n : close + 3;
      text_start = i;
      continue;
    }
    const bool is_tag_start = i + 1 < n && (is_alpha(html[i + 1]) ||
                                            (html[i + 1] == '/' && i + 2 < n && is_alpha(html[i + 2])));
    if (!is_tag_start) {
      if (i + 1 < n && (html[i + 1] == '!' || html[i + 1] == '?')) {  // doctype, CDATA, processing instruction
        flush_text(i);
        const std::size_t close = html.find('>', i + 2);
        i = close == std::string_view::npos ? n : close + 1;
        text_start = i;
        continue;
      }
      ++i;  // a literal '<'
      continue;
    }
    flush_text(i);
    const Tag tag = parse_tag(html, i);
    i = tag.end;
    text_start = i;
    const std::string_view name = tag.name;

    if (!tag.closing && is_raw_skipped(name) && !tag.self_closing) {
      const std::size_t close = find_end_tag(html, i, name);
      if (close == std::string_view::npos) {
        i = n;
      } else {
        const std::size_t gt = html.find('>', close);
        i = gt == std::string_view::npos ? n : gt + 1;
      }
      text_start = i;
      continue;
    }

    if (tag.closing) {
      // Close the nearest open element of that name, and everything opened inside it.
      auto it = std::find_if(stack.rbegin(), stack.rend(), [&](const Open& o) { return o.name == name; });
      if (it == stack.rend()) {
        if (is_paragraph(name)) w.paragraph_break();
        else if (is_line_block(name)) w.line_break();
        continue;
      }
      const std::size_t keep = static_cast<std::size_t>(stack.rend() - it) - 1;
      for (std::size_t k = stack.size(); k > keep; --k) {
        const Open& o = stack[k - 1];
        if (o.quotes && depth > 0) --depth;
        if (o.name == "pre" && pre > 0) --pre;
      }
      stack.resize(keep);
      if (is_paragraph(name)) {
        w.paragraph_break();
      } else if (is_line_block(name)) {
        w.line_break();
      } else if (name == "td" || name == "th") {
        w.text(" ", false);
      }
      w.set_depth(current_depth());
      continue;
    }

    // An opening tag.
    if (name == "br") {
      w.line_break();
      continue;
    }
    if (name == "hr") {
      w.line_break();
      continue;
    }
    if (tag.id == "divRplyFwdMsg" || has_class(tag.cls, "OutlookMessageHeader")) quote_rest = true;
    // Gmail's div.gmail_quote is not a quote level of its own: it holds the
    // attribution, the quoted blockquote.gmail_quote and, in inline replies, the
    // sender's answers between the blockquotes, which must stay unquoted.
    const bool quotes = name == "blockquote" || (name == "div" && has_class(tag.cls, "yahoo_quoted"));
    if (is_paragraph(name)) {
      w.paragraph_break();
    } else if (is_line_block(name)) {
      w.line_break();
    } else if (name == "td" || name == "th") {
      w.text(" ", false);
    }
    if (is_void(name) || tag.self_closing) continue;
    if (stack.size() >= k_max_stack) continue;  // pathological nesting: stop tracking
    stack.push_back(Open{std::string(name), quotes});
    if (quotes) ++depth;
    if (name == "pre") ++pre;
    w.set_depth(current_depth());
    if (name == "li") w.text("- ", true);
  }
  flush_text(n);
  return w.finish();
}

}  // namespace rapport::text
