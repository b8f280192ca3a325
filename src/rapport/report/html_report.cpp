#include "rapport/report/html_report.hpp"

#include <fmt/format.h>

#include "rapport/report/time_text.hpp"

namespace rapport::report {
namespace {

// Kept short and print-aware; system fonts only (no web font may be fetched).
constexpr std::string_view k_style = R"css(
:root { --ink: #1d2329; --dim: #5b6770; --line: #d9dee2; --accent: #1f5f8b; --good: #1e7a3c; --bad: #a8321e; --warn: #8a6100; --paper: #ffffff; --tint: #f4f6f8; }
* { box-sizing: border-box; }
html { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"; color: var(--ink); background: var(--tint); }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem 1.25rem 3rem; }
header.page { border-bottom: 3px solid var(--accent); margin-bottom: 1.25rem; }
header.page h1 { margin: 0; font-size: 1.6rem; }
header.page p { margin: .2rem 0 .6rem; color: var(--dim); }
nav ul { list-style: none; padding: 0; margin: 0 0 .6rem; display: flex; flex-wrap: wrap; gap: .4rem 1rem; }
nav a { color: var(--accent); text-decoration: none; font-weight: 600; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.08rem; margin: 0 0 .3rem; }
h3.kind { color: var(--accent); margin: 1.3rem 0 .5rem; font-size: 1.1rem; }
h4 { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--dim); margin: .8rem 0 .25rem; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .85rem 1rem; margin: 0 0 .9rem; break-inside: avoid; }
ol.cards, ul.cards { list-style: none; padding: 0; margin: 0; }
.rank { display: inline-block; min-width: 1.7rem; padding: 0 .35rem; margin-right: .35rem; border-radius: 4px; background: var(--accent); color: #fff; text-align: center; }
.meta { color: var(--dim); font-size: .92rem; margin: 0 0 .2rem; }
.meta span + span::before { content: " · "; }
ul.plain { margin: .1rem 0; padding-left: 1.1rem; }
ul.findings { list-style: none; margin: .1rem 0; padding: 0; }
ul.findings > li { margin: .15rem 0; }
ul.findings ul.evidence { margin-left: 1.2rem; }
ul.evidence { list-style: none; margin: .15rem 0 .35rem; padding: 0 0 0 .8rem; border-left: 3px solid var(--line); font-size: .92rem; }
ul.evidence li { margin: .1rem 0; }
.when { color: var(--dim); font-variant-numeric: tabular-nums; white-space: nowrap; }
.src { color: var(--dim); }
.quote { font-style: italic; }
.say { margin: .35rem 0 0; display: grid; grid-template-columns: 6.5rem 1fr; }
.advice { color: var(--good); font-weight: 600; margin: .35rem 0 0; }
.clarify { color: var(--warn); font-weight: 600; }
.tag { display: inline-block; font-size: .78rem; padding: 0 .4rem; border-radius: 3px; background: var(--tint); border: 1px solid var(--line); color: var(--dim); margin-left: .25rem; }
.mark-good { color: var(--good); font-weight: 700; }
.mark-bad { color: var(--bad); font-weight: 700; }
table { border-collapse: collapse; margin: .3rem 0; font-size: .92rem; }
th, td { text-align: left; padding: .15rem .8rem .15rem 0; border-bottom: 1px solid var(--line); }
.empty { color: var(--dim); font-style: italic; }
footer { margin-top: 2.5rem; color: var(--dim); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .5rem; }
@media print {
  html { background: #fff; font-size: 11pt; }
  body { max-width: none; padding: 0; }
  nav { display: none; }
  .card { border-color: #999; }
  h2 { break-after: avoid; }
  section { break-before: auto; }
}
)css";

std::string e(std::string_view text) { return html_escape(text); }

// A turn of a call shows the day and its position in the call (the call's own clock
// time is often unknown: transcripts named by date start at midnight).
std::string time_tag(model::Timestamp t, std::optional<double> at_s = std::nullopt) {
  std::string shown = at_s ? date_text(t) + ", " + clock_text(*at_s) + " into the call" : date_time_text(t);
  return fmt::format(R"(<time class="when" datetime="{}">{}</time>)", model::to_iso8601(t), e(shown));
}

std::string day_tag(model::Timestamp t) {
  return fmt::format(R"(<time class="when" datetime="{}">{}</time>)", model::to_iso8601(t), e(date_text(t)));
}

// `in_call`: inside a call's review, where the day and channel are in its header, a turn
// shows only its position in the call and the speaker.
std::string evidence_li(const EvidenceItem& ev, bool in_call) {
  if (in_call && ev.at_s)
    return fmt::format(R"(<li><span class="when">{}</span> <span class="src">· {}:</span> <span class="quote">“{}”</span></li>)",
                       e(clock_text(*ev.at_s)), e(ev.who), e(ev.quote));
  std::string out = "<li>" + time_tag(ev.when, ev.at_s) + " <span class=\"src\">· " + e(ev.channel);
  if (!ev.who.empty()) out += ", " + e(ev.who);
  out += ":</span> <span class=\"quote\">“" + e(ev.quote) + "”</span></li>";
  return out;
}

std::string evidence_list(const std::vector<EvidenceItem>& items, bool in_call = false) {
  if (items.empty()) return {};
  std::string out = "<ul class=\"evidence\">";
  for (const auto& ev : items) out += evidence_li(ev, in_call);
  return out + "</ul>";
}

std::string joined(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : std::string(sep)) + i;
  return out;
}

std::string facts_list(const std::vector<FactItem>& facts) {
  std::string out = "<ul class=\"plain\">";
  for (const auto& f : facts) {
    out += "<li>" + e(f.text);
    if (!f.kind.empty()) out += " <span class=\"tag\">" + e(f.kind) + "</span>";
    out += evidence_list({f.said}) + "</li>";
  }
  return out + "</ul>";
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

void today_section(std::string& out, const ReportData& d) {
  out += fmt::format("<section id=\"today\"><h2>Today: {} to call</h2>\n", plural(d.calls.size(), "person", "people"));
  if (d.calls.empty()) out += "<p class=\"empty\">Nobody needs a call today.</p>\n";
  out += "<ol class=\"cards\">\n";
  for (const auto& c : d.calls) {
    out += "<li class=\"card call\">";
    out += fmt::format("<h3><span class=\"rank\">{}</span> {}", c.rank, e(c.name));
    if (!c.company.empty()) out += " <span class=\"src\">· " + e(c.company) + "</span>";
    out += "</h3><p class=\"meta\">";
    if (c.phones.empty()) out += "<span>no number known</span>";
    for (const auto& p : c.phones) {
      std::string tel;
      for (const char ch : p)
        if ((ch >= '0' && ch <= '9') || ch == '+') tel += ch;
      out += fmt::format("<span><a href=\"tel:{}\">{}</a></span>", e(tel), e(p));
    }
    for (const auto& m : c.emails) out += "<span>" + e(m) + "</span>";
    out += fmt::format("<span>score {:.0f}</span>", c.score);
    if (c.stance) out += fmt::format("<span>last stance {}/10</span>", *c.stance);
    out += "</p>";
    out += "<h4>Why</h4><ul class=\"plain reasons\">";
    for (const auto& r : c.reasons) out += "<li>" + e(r.text) + evidence_list(r.evidence) + "</li>";
    out += "</ul>";
    if (!c.bring_up.empty()) out += "<h4>Bring up</h4>" + facts_list(c.bring_up);
    if (!c.opening.empty()) out += "<p class=\"say\"><b>Open:</b> “" + e(c.opening) + "”</p>";
    if (!c.voicemail.empty()) out += "<p class=\"say\"><b>Voicemail:</b> “" + e(c.voicemail) + "”</p>";
    out += "</li>\n";
  }
  out += "</ol></section>\n";
}

void inbox_section(std::string& out, const ReportData& d) {
  out += fmt::format("<section id=\"inbox\"><h2>Inbox: {} to look at</h2>\n", plural(d.inbox.size(), "thread", "threads"));
  if (d.inbox.empty()) out += "<p class=\"empty\">Nothing needs attention.</p>\n";
  std::string section;
  bool open = false;
  for (const auto& i : d.inbox) {
    if (i.section != section || !open) {
      if (open) out += "</ul>\n";
      section = i.section;
      out += fmt::format("<h3 class=\"kind\" data-kind=\"{}\">{}</h3><ul class=\"cards\">\n", e(i.kind), e(i.section));
      open = true;
    }
    out += "<li class=\"card inbox-item\"><h3>" + e(i.contact.empty() ? std::string("(unknown)") : i.contact);
    if (!i.company.empty()) out += " <span class=\"src\">· " + e(i.company) + "</span>";
    out += "</h3><p class=\"meta\"><span>" + e(i.channel) + "</span>";
    if (!i.subject.empty()) out += "<span>“" + e(i.subject) + "”</span>";
    if (i.waiting_since) out += "<span>waiting since " + time_tag(*i.waiting_since) + "</span>";
    out += "</p>";
    if (!i.reason.empty()) {
      out += "<p><b>Reason:</b> <span class=\"quote\">“" + e(i.reason) + "”</span>";
      if (!i.objections.empty()) out += " (" + e(joined(i.objections, ", ")) + ")";
      if (i.must_clarify) out += " <span class=\"clarify\">— unclear: clarify it on the phone</span>";
      out += "</p>";
    } else if (!i.objections.empty()) {
      out += "<p><b>Concerns:</b> " + e(joined(i.objections, ", ")) + "</p>";
    }
    out += evidence_list(i.evidence);
    if (!i.advice.empty()) out += "<p class=\"advice\">" + e(i.advice) + "</p>";
    out += "</li>\n";
  }
  if (open) out += "</ul>\n";
  out += "</section>\n";
}

void contacts_section(std::string& out, const ReportData& d) {
  std::size_t with_facts = 0;
  for (const auto& c : d.contacts)
    if (!c.bring_up.empty()) ++with_facts;
  out += fmt::format("<section id=\"contacts\"><h2>To bring up: {}</h2>\n", plural(with_facts, "client", "clients"));
  if (with_facts == 0) out += "<p class=\"empty\">No personal facts found yet.</p>\n";
  out += "<ul class=\"cards\">\n";
  for (const auto& c : d.contacts) {
    if (c.bring_up.empty()) continue;
    out += "<li class=\"card contact\"><h3>" + e(c.name);
    if (!c.company.empty()) out += " <span class=\"src\">· " + e(c.company) + "</span>";
    out += "</h3><p class=\"meta\">";
    out += c.last_live ? "<span>last live " + day_tag(*c.last_live) + (c.last_live_channel.empty() ? "" : " (" + e(c.last_live_channel) + ")") + "</span>"
                       : std::string("<span>never spoken live</span>");
    if (c.today_rank) out += fmt::format("<span>#{} today</span>", *c.today_rank);
    out += "</p>" + facts_list(c.bring_up) + "</li>\n";
  }
  out += "</ul></section>\n";
}

void reviews_section(std::string& out, const ReportData& d) {
  out += fmt::format("<section id=\"reviews\"><h2>Call reviews: {}</h2>\n", plural(d.reviews.size(), "call", "calls"));
  if (!d.reviews_available) out += "<p class=\"empty\">Call reviews are not available in this build.</p>\n";
  else if (d.reviews.empty()) out += "<p class=\"empty\">No recorded calls or meetings in this period.</p>\n";
  for (const auto& r : d.reviews) {
    out += "<article class=\"card review\"><h3>" + e(r.title) + "</h3><p class=\"meta\">";
    if (r.when) out += "<span>" + day_tag(*r.when) + "</span>";
    out += "<span>" + e(r.channel == "phone" ? "phone call" : r.channel == "video" ? "video meeting" : r.channel) + "</span>";
    out += "<span>" + e(r.rep) + " with " + e(r.clients.empty() ? std::string("nobody else") : joined(r.clients, ", ")) + "</span>";
    out += "<span>outcome: <b>" + e(r.outcome) + "</b></span></p>";
    out += evidence_list(r.outcome_evidence, true);
    out += "<h4>Findings</h4><ul class=\"findings\">";
    for (const auto& f : r.findings) {
      out += fmt::format("<li><span class=\"{}\">{}</span> {}{}", f.good ? "mark-good" : "mark-bad", f.good ? "✓" : "✗",
                         e(f.label), f.happened ? "" : " <span class=\"src\">— no</span>");
      out += evidence_list(f.evidence, true) + "</li>";
    }
    out += "</ul>";
    if (!r.measures.empty()) {
      out += "<h4>Measures</h4><table><thead><tr><th></th><th>measure</th><th>value</th><th>reference</th></tr></thead><tbody>";
      for (const auto& m : r.measures)
        out += fmt::format("<tr><td class=\"{}\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", m.within ? "mark-good" : "mark-bad",
                           m.within ? "✓" : "✗", e(m.label), e(m.value), e(m.reference));
      out += "</tbody></table>";
    }
    out += "</article>\n";
  }
  out += "</section>\n";
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string html_report(const ReportData& d) {
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  // Nothing may load from anywhere: the report is read offline and must not leak that it was opened.
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n";
  out += "<meta name=\"generator\" content=\"rapport\">\n";
  out += "<title>rapport — " + e(date_text(d.now)) + "</title>\n<style>" + std::string(k_style) + "</style>\n</head>\n<body>\n";
  out += "<header class=\"page\"><h1>rapport — " + e(date_text(d.now)) + "</h1><p>";
  out += d.owner.empty() ? std::string("Your day") : "The day of " + e(d.owner);
  out += ", as of " + time_tag(d.now) + " (UTC). Evidence quoted from your own mail, texts and calls.</p>";
  out += "<nav><ul><li><a href=\"#today\">Today's calls</a></li><li><a href=\"#inbox\">Inbox</a></li>"
         "<li><a href=\"#contacts\">To bring up</a></li><li><a href=\"#reviews\">Call reviews</a></li></ul></nav></header>\n<main>\n";
  today_section(out, d);
  inbox_section(out, d);
  contacts_section(out, d);
  reviews_section(out, d);
  out += "</main>\n<footer>Made by rapport on this computer from local data; nothing in this page was sent anywhere.</footer>\n";
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace rapport::report
