// Email body zoning: which lines the sender wrote this time, which are quoted
// history, signature or legal/list footer.
//
// The approach is a few passes of hand-written line classification (zone_rules)
// rather than a trained model or regular expressions: it is fast enough for whole
// mailboxes (one pass over the bytes plus work proportional to the sender's own
// lines), deterministic, and every decision can be explained by a rule.
//
// 1. History: the first unprefixed quote start — a separator ("-----Original
//    Message-----", "Begin forwarded message:"), a pasted header block
//    ("From: … Sent: … To: … Subject: …", Lotus Notes "Name / date / To: / cc:"),
//    or an attribution ("On …, Jane wrote:") NOT followed by ">" lines — starts the
//    quoted history: everything below it is quoted. An attribution followed by ">"
//    lines is quoted itself, but the unprefixed lines after the quote are the
//    sender's again (bottom-posting and inline replies).
// 2. ">" lines are quoted wherever they are.
// 3. The sender's own lines are then split from the bottom: list and legal
//    footers, the "-- " delimiter, device lines ("Sent from my iPhone"), and the
//    sign-off: the sign-off line and the name under it stay in new_text (that is
//    how people read a message: "Thanks, Anna"), the lines below the name
//    (title, company, phones) are the signature. Without a sign-off, a trailing
//    block that starts with a name and holds contact or title lines is a
//    signature; a lone name stays in new_text.

#include "rapport/text/body_zones.hpp"

#include <algorithm>
#include <string>

#include "rapport/text/zone_rules.hpp"

namespace rapport::text {

namespace {

namespace r = rules;

constexpr std::size_t k_none = static_cast<std::size_t>(-1);

struct Line {
  std::string_view raw;   // without the line ending
  std::string_view text;  // trimmed, quote markers removed
  unsigned depth = 0;
  bool blank = true;
};

std::vector<Line> split_lines(std::string_view body) {
  std::vector<Line> lines;
  lines.reserve(static_cast<std::size_t>(std::count(body.begin(), body.end(), '\n')) + 1);
  std::size_t pos = 0;
  while (true) {
    const std::size_t nl = body.find('\n', pos);
    std::string_view raw = body.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    const r::Quote q = r::quote_of(raw);
    lines.push_back(Line{raw, q.text, q.depth, q.text.empty()});
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return lines;
}

class Zoner {
 public:
  explicit Zoner(std::vector<Line> lines)
      : lines_(std::move(lines)), zones_(lines_.size(), Zone::new_text), own_(lines_.size(), false) {}

  std::vector<Zone> run() {
    const std::size_t n = lines_.size();
    const std::size_t history = find_history();
    for (std::size_t i = 0; i < n; ++i) {
      if (i >= history || lines_[i].depth > 0 || attribution_line_[i]) {
        zones_[i] = Zone::quoted;
      } else {
        own_[i] = true;
      }
    }
    mark_wrapped_quote_lines();
    classify_own(history);
    mark_trailing_list_footer(history);
    fill_blank_lines();
    return std::move(zones_);
  }

 private:
  // Mail clients re-wrap quoted text and leave the overflow without a marker: an
  // unmarked line directly between two quoted lines, or a lone "wrote:" under a
  // quoted attribution, belongs to the quote.
  void mark_wrapped_quote_lines() {
    const std::size_t n = lines_.size();
    for (std::size_t i = 1; i < n; ++i) {
      if (!own_[i] || lines_[i].blank) continue;
      const Line& prev = lines_[i - 1];
      if (prev.depth == 0 || prev.blank) continue;
      // Only a long line wraps; an answer right under a short question does not.
      constexpr std::size_t k_wrapped_width = 50;
      const bool sandwiched = i + 1 < n && lines_[i + 1].depth > 0 && prev.raw.size() >= k_wrapped_width;
      const std::string_view t = lines_[i].text;
      const bool attribution_tail = t.ends_with(':') && r::word_count(t) <= 2 && r::ends_with_attribution_verb(t);
      if (sandwiched || attribution_tail) {
        own_[i] = false;
        zones_[i] = Zone::quoted;
      }
    }
  }

  bool plain(std::size_t i) const { return i < lines_.size() && lines_[i].depth == 0 && !lines_[i].blank; }

  std::size_t next_nonblank(std::size_t i) const {
    for (std::size_t j = i + 1; j < lines_.size(); ++j) {
      if (!lines_[j].blank) return j;
    }
    return lines_.size();
  }

  // ---- 1. history -------------------------------------------------------

  // The last line of an attribution starting at `i` (one to three wrapped lines),
  // or k_none.
  std::size_t attribution_end(std::size_t i) const {
    const std::string_view first = lines_[i].text;
    const auto ends_colon = [](std::string_view t) {
      return t.ends_with(':') || t.ends_with("\xEF\xBC\x9A");
    };
    if (ends_colon(first)) return r::is_attribution(first) ? i : k_none;
    if (first.size() > 300) return k_none;
    // A wrapped attribution ends with a colon on one of the next two lines.
    const auto line_ends_colon = [&](std::size_t j) {
      return j < lines_.size() && ends_colon(r::trim(lines_[j].raw));
    };
    if (!line_ends_colon(i + 1) && !line_ends_colon(i + 2)) return k_none;
    if (!(r::starts_with_attribution_opener(first) || r::has_email_address(first) || r::has_date_or_time(first))) {
      return k_none;
    }
    std::string joined(first);
    for (std::size_t k = 1; k <= 2; ++k) {
      const std::size_t j = i + k;
      if (j >= lines_.size()) return k_none;
      // An address wrapped before its closing bracket leaves ">:" on its own line,
      // which looks like a quoted line.
      const std::string_view raw_trim = r::trim(lines_[j].raw);
      std::string_view part;
      if (raw_trim == ">:") {
        part = raw_trim;
      } else if (plain(j)) {
        part = lines_[j].text;
      } else {
        return k_none;
      }
      joined += ' ';
      joined += part;
      if (joined.size() > 400) return k_none;
      if (ends_colon(part) && r::is_attribution(joined)) return j;
    }
    return k_none;
  }

  // Counts header fields in the lines after `i` (a pasted header block is compact).
  std::size_t count_fields_after(std::size_t i, std::size_t window) const {
    std::size_t fields = 0;
    std::size_t seen = 0;
    for (std::size_t j = i + 1; j < lines_.size() && seen < window; ++j) {
      if (lines_[j].blank) continue;
      if (lines_[j].depth != 0) break;
      ++seen;
      if (r::header_field(lines_[j].text) != r::HeaderField::none) ++fields;
    }
    return fields;
  }

  // Walks up from a header block over a rule line drawn above it, or (Lotus Notes)
  // over the lines above "To:" that name the sender and the date ("Jane Doe",
  // "Sent by: …", "04/25/2001 03:52 PM", "Please respond to …").
  std::size_t extend_header_up(std::size_t start, bool lotus) const {
    std::size_t j = start;
    for (std::size_t blanks = 0; j > 0 && lines_[j - 1].blank && blanks < 2; ++blanks) --j;
    if (j == 0) return start;
    const std::size_t above = j - 1;
    if (lines_[above].depth != 0 || attribution_line_[above]) return start;
    if (r::is_rule_line(lines_[above].text)) return above;
    if (!lotus) return start;
    std::size_t top = start;
    bool date = false;
    for (std::size_t k = j, count = 0; k > 0 && count < 4; --k, ++count) {
      const std::size_t m = k - 1;
      if (!plain(m) || attribution_line_[m]) break;
      const std::string_view t = lines_[m].text;
      if (t.size() > 100 || r::is_prose(t)) break;
      date = date || r::has_date_or_time(t);
      top = m;
    }
    return date ? top : start;
  }

  // First line of a pasted header block at `i`, or k_none.
  std::size_t header_block_at(std::size_t i) const {
    std::string_view value;
    const r::HeaderField f = r::header_field(lines_[i].text, &value);
    if (f == r::HeaderField::none) return k_none;
    if (f == r::HeaderField::from) {
      if (count_fields_after(i, 10) >= 1) return extend_header_up(i, false);
      // A lone "From: Name <address>" line set apart by blank lines.
      const bool apart_above = i == 0 || lines_[i - 1].blank;
      const bool apart_below = i + 1 >= lines_.size() || lines_[i + 1].blank;
      if (apart_above && apart_below && r::has_email_address(value) && r::word_count(value) <= 6) {
        return extend_header_up(i, false);
      }
      return k_none;
    }
    // Lotus Notes puts the sender and date above "To:"; plain pasted headers may
    // start with "To:" or "Date:". Two more fields make it a block.
    const std::size_t fields = count_fields_after(i, 10);
    if (fields >= 2 || (fields >= 1 && has_date_above(i))) {
      return extend_header_up(i, true);
    }
    return k_none;
  }

  // A date among the few lines just above `i` (Lotus Notes: "Name\ndate\nTo: …").
  bool has_date_above(std::size_t i) const {
    std::size_t j = i;
    for (std::size_t blanks = 0; j > 0 && lines_[j - 1].blank && blanks < 2; ++blanks) --j;
    for (std::size_t count = 0; j > 0 && count < 4; --j, ++count) {
      const Line& l = lines_[j - 1];
      if (l.blank || l.depth != 0 || l.text.size() > 100) break;
      if (r::has_date_or_time(l.text)) return true;
    }
    return false;
  }

  std::size_t find_history() {
    const std::size_t n = lines_.size();
    attribution_line_.assign(n, false);
    for (std::size_t i = 0; i < n; ++i) {
      const Line& line = lines_[i];
      if (line.depth > 0 || line.blank) continue;
      if (r::is_history_separator(line.text)) return i;
      if (const std::size_t h = header_block_at(i); h != k_none) return h;
      if (const std::size_t end = attribution_end(i); end != k_none) {
        const std::size_t next = next_nonblank(end);
        if (next < n && lines_[next].depth > 0) {
          for (std::size_t j = i; j <= end; ++j) attribution_line_[j] = true;
          i = end;
          continue;
        }
        return i;
      }
    }
    return n;
  }

  // ---- 3. the sender's own lines ----------------------------------------

  bool own_text(std::size_t i) const { return own_[i] && !lines_[i].blank; }

  // First line of a legal notice whose phrase is on line `i`: up over the lines of
  // the same sentence (a line ending a sentence belongs to the text above), and a
  // rule line drawn above it.
  std::size_t notice_start(std::size_t i) const {
    std::size_t s = i;
    while (s > 0 && own_text(s - 1)) {
      const std::string_view t = lines_[s - 1].text;
      if (t.ends_with('.') || t.ends_with('!') || t.ends_with('?')) break;
      --s;
    }
    std::size_t j = s;
    if (j > 0 && lines_[j - 1].blank) --j;
    if (j > 0 && own_text(j - 1) &&
        (r::is_rule_line(lines_[j - 1].text) || r::is_signature_delimiter(lines_[j - 1].raw))) {
      s = j - 1;
    }
    return s;
  }

  // A separator drawn above a footer: a rule line, "--", "---", an em dash.
  bool is_footer_separator(std::size_t j) const {
    const std::string_view t = lines_[j].text;
    if (r::is_rule_line(t) || r::is_signature_delimiter(lines_[j].raw) || t == "\xE2\x80\x94") return true;
    return t.size() >= 2 && t.size() <= 4 && t.find_first_not_of('-') == std::string_view::npos;
  }

  // Start of the list/newsletter footer at the end of lines [from, to) that
  // satisfy `eligible`, or `to` when there is none. Paragraph by paragraph from
  // the bottom: a paragraph's footer starts at its topmost footer line among its
  // last few (short) lines; a separator right above belongs to it. Weak footer
  // words count only with a separator above or an address or URL on their line,
  // so that "please take me off the mailing list" stays what the sender wrote.
  template <typename Eligible>
  std::size_t trailing_list_footer(std::size_t from, std::size_t to, Eligible eligible) const {
    constexpr std::size_t k_max_footer_lines = 8;
    constexpr std::size_t k_max_paragraph = 40;
    std::size_t start = to;
    std::size_t i = to;
    while (i > from) {
      std::size_t e = i;
      while (e > from && lines_[e - 1].blank) --e;
      if (e == from || lines_[e - 1].blank || !eligible(e - 1)) break;
      const std::size_t last = e - 1;
      std::size_t p = last;
      while (p > from && !lines_[p - 1].blank && eligible(p - 1) && last - p < k_max_paragraph) --p;
      std::size_t top = k_none;
      bool strong = false;
      bool address = false;
      for (std::size_t q = last + 1; q > p && last + 1 - q < k_max_footer_lines; --q) {
        const std::size_t l = q - 1;
        const std::string_view t = lines_[l].text;
        const r::ListFooter kind = r::list_footer_of(t);
        if (kind != r::ListFooter::none) {
          top = l;
          strong = strong || kind == r::ListFooter::strong;
          address = address || r::has_email_address(t) || r::has_url(t);
          continue;
        }
        if (t.size() > 120) break;
      }
      if (top == k_none) break;
      std::size_t s = top;
      bool separated = false;
      if (s > p && is_footer_separator(s - 1)) {
        s = s - 1;
        separated = true;
      } else if (s == p) {
        std::size_t j = s;
        if (j > from && lines_[j - 1].blank) --j;
        if (j > from && eligible(j - 1) && !lines_[j - 1].blank && is_footer_separator(j - 1)) {
          s = j - 1;
          separated = true;
        }
      }
      if (!(strong || separated || address)) break;
      start = s;
      if (s > p) break;  // the footer begins inside this paragraph
      i = s;
    }
    return start;
  }

  void classify_own(std::size_t history) {
    const std::size_t n = std::min(history, lines_.size());
    // Footers: the first paragraph with a legal phrase, and list footers at the end.
    // A legal notice closes what the sender wrote, so only the last lines are
    // searched (which keeps long messages cheap).
    constexpr std::size_t k_notice_window = 80;
    std::size_t footer = trailing_list_footer(0, n, [this](std::size_t i) { return own_text(i); });
    std::size_t scan_from = footer;
    for (std::size_t seen = 0; scan_from > 0 && seen < k_notice_window; --scan_from) {
      seen += own_text(scan_from - 1) ? 1U : 0U;
    }
    for (std::size_t i = scan_from; i < footer; ++i) {
      // Long lines without a space (encoded data, URLs) hold no notice.
      const std::string_view t = lines_[i].text;
      if (own_text(i) && (t.size() <= 30 || t.find(' ') != std::string_view::npos) &&
          r::has_legal_footer_phrase(t)) {
        footer = notice_start(i);
        break;
      }
    }
    // The topmost "-- " delimiter followed by a short signature (at most 15 lines;
    // a "--" above more text is a separator inside the message).
    constexpr std::size_t k_max_signature_lines = 15;
    std::size_t end = footer;
    std::size_t below = 0;
    for (std::size_t i = footer; i > 0 && below <= k_max_signature_lines; --i) {
      const std::size_t j = i - 1;
      if (own_text(j) && r::is_signature_delimiter(lines_[j].raw)) end = j;
      below += own_text(j) ? 1U : 0U;
    }
    // A device line; what follows it is signature when short, else pasted history.
    std::size_t device = k_none;
    for (std::size_t i = 0; i < end; ++i) {
      if (own_text(i) && r::is_device_line(lines_[i].text)) {
        device = i;
        break;
      }
    }
    for (std::size_t i = end; i < footer; ++i) {
      if (own_[i]) zones_[i] = Zone::signature;
    }
    // Some people put their sign-off under the delimiter ("-- \nRegards,\nAnna"):
    // the sign-off and the name are still what they wrote.
    if (end < footer) keep_sign_off_after(end, footer);
    for (std::size_t i = footer; i < n; ++i) {
      if (own_[i]) zones_[i] = Zone::footer;
    }
    if (device != k_none) {
      std::size_t after = 0;
      for (std::size_t j = device + 1; j < end; ++j) after += own_text(j) ? 1U : 0U;
      const Zone rest = after <= 4 ? Zone::signature : Zone::quoted;
      zones_[device] = Zone::signature;
      for (std::size_t j = device + 1; j < end; ++j) {
        if (own_[j]) zones_[j] = rest;
      }
      end = device;
    }
    classify_tail(end);
    // Attachment placeholders are part of what was sent, wherever they sit.
    for (std::size_t i = 0; i < n; ++i) {
      if (own_text(i) && r::is_attachment_line(lines_[i].text)) zones_[i] = Zone::new_text;
    }
  }

  void keep_sign_off_after(std::size_t delimiter, std::size_t limit) {
    std::size_t k = delimiter + 1;
    while (k < limit && !own_text(k)) ++k;
    if (k >= limit) return;
    const r::SignOff so = r::sign_off_of(lines_[k].text);
    if (!so.is_sign_off) return;
    zones_[k] = Zone::new_text;
    if (so.has_name) return;
    ++k;
    while (k < limit && lines_[k].blank && own_[k]) ++k;
    if (k < limit && own_text(k) && r::is_name_like(lines_[k].text) && !r::is_contact_line(lines_[k].text)) {
      zones_[k] = Zone::new_text;
    }
  }

  // Sign-off and signature block at the end of the last stretch of own lines
  // before `end`.
  void classify_tail(std::size_t end) {
    // The last stretch of own lines: above a quote at the bottom (top-posting),
    // or below the last quote (bottom-posting, inline replies).
    std::vector<std::size_t> seg;
    std::size_t i = end;
    while (i > 0 && !own_text(i - 1)) --i;
    for (; i > 0; --i) {
      const std::size_t j = i - 1;
      if (!own_[j]) {
        if (lines_[j].blank) continue;
        break;
      }
      if (!lines_[j].blank && !r::is_attachment_line(lines_[j].text)) seg.push_back(j);
    }
    if (seg.empty()) return;
    std::reverse(seg.begin(), seg.end());

    // The last sign-off after the last line of prose.
    constexpr std::size_t k_max_tail = 12;
    std::size_t sign_off = k_none;
    bool named = false;
    for (std::size_t k = seg.size(); k > 0 && seg.size() - k < k_max_tail; --k) {
      const std::string_view t = lines_[seg[k - 1]].text;
      const r::SignOff so = r::sign_off_of(t);
      // A dash-signed name ("-Anna") must stand apart, unlike a list item.
      const bool apart = !t.starts_with('-') || seg[k - 1] == 0 || lines_[seg[k - 1] - 1].blank;
      if (so.is_sign_off && apart) {
        sign_off = k - 1;
        named = so.has_name;
        break;
      }
      // "T: +44 161 496 0412 | M: …" reads like prose to the word counter but is
      // part of a signature block below the sign-off.
      if (r::is_prose(t) && !r::is_contact_line(t)) break;
    }
    if (sign_off != k_none) {
      std::size_t k = sign_off + 1;
      if (!named && k < seg.size() && r::is_name_like(lines_[seg[k]].text) &&
          !r::is_contact_line(lines_[seg[k]].text)) {
        ++k;
      }
      for (; k < seg.size(); ++k) zones_[seg[k]] = Zone::signature;
      return;
    }

    // No sign-off: a trailing block that starts with a name (or a rule line) and
    // holds contact, title or company lines.
    constexpr std::size_t k_max_block = 10;
    std::size_t first = seg.size();
    for (std::size_t k = seg.size(); k > 0 && seg.size() - k < k_max_block; --k) {
      const std::string_view t = lines_[seg[k - 1]].text;
      const bool sig_like = r::is_contact_line(t) || r::is_title_or_company_line(t) || r::is_name_like(t) ||
                            r::is_rule_line(t) || (!r::is_prose(t) && r::word_count(t) <= 8 && t.size() <= 60);
      if (!sig_like) break;
      first = k - 1;
    }
    for (std::size_t b = first; b + 1 < seg.size(); ++b) {
      const std::string_view t = lines_[seg[b]].text;
      // A signature block starts a paragraph, or follows a finished sentence.
      const bool paragraph_start = b == 0 || seg[b - 1] + 1 != seg[b] || lines_[seg[b - 1]].text.ends_with('.') ||
                                   lines_[seg[b - 1]].text.ends_with('!') || lines_[seg[b - 1]].text.ends_with('?');
      if (!paragraph_start || !(r::is_name_like(t) || r::is_rule_line(t)) || r::is_contact_line(t)) continue;
      bool evidence = false;
      for (std::size_t k = b + 1; k < seg.size(); ++k) {
        const std::string_view u = lines_[seg[k]].text;
        evidence = evidence || r::is_contact_line(u) || r::is_title_or_company_line(u);
      }
      if (evidence) {
        for (std::size_t k = b; k < seg.size(); ++k) zones_[seg[k]] = Zone::signature;
      }
      return;
    }
  }

  // A list server appends its footer after everything, quoted history included.
  void mark_trailing_list_footer(std::size_t history) {
    if (history >= lines_.size()) return;
    const std::size_t start = trailing_list_footer(history, lines_.size(),
                                                   [this](std::size_t i) { return lines_[i].depth == 0; });
    for (std::size_t i = start; i < lines_.size(); ++i) {
      if (lines_[i].depth == 0) zones_[i] = Zone::footer;
    }
  }

  // Blank lines take the zone of the line above (leading ones the line below), so
  // that joining a zone's lines keeps its paragraphs.
  void fill_blank_lines() {
    const std::size_t n = lines_.size();
    std::size_t first = 0;
    while (first < n && lines_[first].blank) ++first;
    for (std::size_t i = 0; i < n; ++i) {
      if (!lines_[i].blank || lines_[i].depth > 0) continue;
      if (i < first) {
        zones_[i] = first < n ? zones_[first] : Zone::new_text;
      } else {
        zones_[i] = zones_[i - 1];
      }
    }
  }

  std::vector<Line> lines_;
  std::vector<Zone> zones_;
  std::vector<bool> own_;
  std::vector<bool> attribution_line_;
};

}  // namespace

std::vector<ZonedLine> zone_lines(std::string_view body) {
  std::vector<Line> lines = split_lines(body);
  std::vector<ZonedLine> out;
  out.reserve(lines.size());
  for (const Line& line : lines) out.push_back(ZonedLine{line.raw, Zone::new_text});
  const std::vector<Zone> zones = Zoner(std::move(lines)).run();
  for (std::size_t i = 0; i < out.size(); ++i) out[i].zone = zones[i];
  return out;
}

model::BodyZones split_body(std::string_view body) {
  const std::vector<ZonedLine> zoned = zone_lines(body);
  model::BodyZones parts;
  std::string* const by_zone[] = {&parts.new_text, &parts.quoted, &parts.signature, &parts.footer};
  for (unsigned z = 0; z < 4; ++z) {
    // The zone's lines without leading and trailing blank ones.
    std::size_t first = zoned.size();
    std::size_t last = 0;
    for (std::size_t i = 0; i < zoned.size(); ++i) {
      if (static_cast<unsigned>(zoned[i].zone) != z || r::trim(zoned[i].line).empty()) continue;
      first = std::min(first, i);
      last = i;
    }
    std::string& part = *by_zone[z];
    for (std::size_t i = first; i < zoned.size() && i <= last; ++i) {
      if (static_cast<unsigned>(zoned[i].zone) != z) continue;
      if (!part.empty() || i != first) part.push_back('\n');
      part.append(zoned[i].line);
    }
    if (!part.empty() && part.front() == '\n') part.erase(0, 1);
  }
  return parts;
}

}  // namespace rapport::text
