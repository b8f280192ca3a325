// rapport report --html FILE — the day on one self-contained page: today's calls, the
// inbox, what to bring up, and the reviews of the calls and meetings recorded in the
// period (report/html_report.hpp renders it from plain structs filled here).

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/stored_transcript.hpp"
#include "cli/export_views.hpp"
#include "cli/output_file.hpp"
#include "rapport/playbook/call_review.hpp"
#include "rapport/report/html_report.hpp"
#include "rapport/report/time_text.hpp"
#include "rapport/util/ascii.hpp"

namespace rapport::cli {
namespace {

using playbook::FindingKey;

struct ReportArgs {
  std::string html;
};

// The speaker who is the salesperson: the first of the owner's `names` that designates
// exactly one speaker.
std::string rep_speaker(const std::vector<std::string>& speakers, const std::vector<std::string>& names) {
  for (const auto& name : names)
    if (auto found = match_speaker(speakers, name); !found.empty()) return found;
  return {};
}

struct FindingLabel {
  FindingKey key;
  std::string_view label;
  bool good_when;  // the value that is good coaching
};

// The findings `rapport review` prints, in its order and words (cmd_review.cpp).
constexpr std::array<FindingLabel, 15> k_findings{{
    {FindingKey::pitch_before_needs, "Pitch before any needs question", false},
    {FindingKey::admin_ask, "Administrative yes/no call", false},
    {FindingKey::pushed_decision_on_phone, "Pushed for a decision on the phone", false},
    {FindingKey::awkward_silence, "Awkward silence", false},
    {FindingKey::rapport_first, "Rapport first (personal talk before business)", true},
    {FindingKey::needs_before_pitch, "Needs understood before the pitch", true},
    {FindingKey::thanked_customer, "Thanked the client after their decision", true},
    {FindingKey::justified_decision, "Confirmed the decision with a reason", true},
    {FindingKey::stayed_after_order, "Stayed to talk about something else", true},
    {FindingKey::three_questions_asked, "Asked the three questions (value, convinced, keeps from yes)", true},
    {FindingKey::neutral_topic_disarm, "Turned to a neutral topic after tension", true},
    {FindingKey::self_blame_disarm, "Took the blame lightly instead of pushing", true},
    {FindingKey::one_more_thing, "Asked \"one more thing\" at the very end", true},
    {FindingKey::verbal_sign_off, "Said goodbye out loud, with next steps", true},
    {FindingKey::let_client_sign_off_first, "Let the client sign off first", true},
}};

bool applies(FindingKey key, playbook::Outcome outcome) {
  const bool won_only = key == FindingKey::justified_decision || key == FindingKey::stayed_after_order;
  const bool not_won_only = key == FindingKey::three_questions_asked || key == FindingKey::neutral_topic_disarm ||
                            key == FindingKey::self_blame_disarm || key == FindingKey::one_more_thing;
  if (won_only) return outcome == playbook::Outcome::won;
  if (not_won_only) return outcome != playbook::Outcome::won;
  return true;
}

report::ReviewMeasureItem measure_item(const playbook::MeasureCheck& c) {
  report::ReviewMeasureItem m;
  m.within = c.within;
  if (c.name == "rep_talk_share_words" || c.name == "rep_talk_share_time") {
    m.label = c.name == "rep_talk_share_words" ? "your talk share (words)" : "your talk share (time)";
    m.value = fmt::format("{:.0f}%", c.value * 100);
    m.reference = fmt::format("{} {:.0f}%", c.at_most ? "≤" : "≥", c.reference * 100);
  } else if (c.name == "longest_monologue_s") {
    m.label = "your longest monologue";
    m.value = fmt::format("{:.0f} s", c.value);
    m.reference = fmt::format("≤ {:.0f} s", c.reference);
  } else {
    m.label = c.name == "longest_silence_s" ? std::string("longest silence") : c.name;
    m.value = fmt::format("{:.1f} s", c.value);
    m.reference = fmt::format("{} {:.0f} s", c.at_most ? "<" : "≥", c.reference);
  }
  return m;
}

report::ReviewItem review_item(const model::Transcript& t, const playbook::CallReview& r) {
  report::ReviewItem item;
  item.title = t.title;
  item.when = t.started_at;
  item.channel = model::to_string(r.channel);
  item.rep = r.rep;
  item.clients = r.clients;
  item.outcome = r.outcome == playbook::Outcome::won ? "won" : r.outcome == playbook::Outcome::not_won ? "not won" : "no decision";
  // Turns carry the call's start time; their position within it is at_s.
  const auto start = t.started_at.value_or(model::Timestamp{});
  auto items = [&](const std::vector<playbook::Evidence>& list, std::size_t max) {
    std::vector<report::EvidenceItem> out;
    for (const auto& e : list) {
      if (out.size() == max) break;
      auto ev = evidence_item(e);
      ev.when = e.when == model::Timestamp{} ? start : e.when;
      ev.who = e.who;
      out.push_back(std::move(ev));
    }
    return out;
  };
  item.outcome_evidence = items(r.outcome_evidence, 3);
  for (const auto& f : k_findings) {
    const auto& finding = r.finding(f.key);
    if (!finding.value || !applies(f.key, r.outcome)) continue;
    item.findings.push_back({std::string(f.label), *finding.value, *finding.value == f.good_when, items(finding.evidence, 3)});
  }
  for (const auto& c : r.checks) item.measures.push_back(measure_item(c));
  return item;
}

// Reviews of the recorded calls and meetings of the period, oldest first.
Result<std::vector<report::ReviewItem>> reviews(Env& env, const Findings& f, std::string& owner) {
  auto store = env.store();
  if (!store) return store.take_error();
  std::vector<std::string> names;
  if (!env.config().rep_name.empty()) names.push_back(env.config().rep_name);
  if (auto me = (*store)->owner(); me.ok())
    for (const auto& id : *me)
      if (id.kind == model::IdentityKind::name) names.push_back(id.value);
  if (!env.config().my_name.empty()) names.push_back(env.config().my_name);
  if (!names.empty()) owner = names.back();
  for (const auto& n : names)
    if (n.find(' ') != std::string::npos) owner = n;  // the fullest name given
  auto phrases = playbook::ReviewPhrases::create(env.config().rules);
  if (!phrases) return phrases.take_error();
  std::vector<std::pair<model::Timestamp, report::ReviewItem>> out;
  for (const auto& m : f.data->workspace.meetings) {
    if (m.when && *m.when > env.now()) continue;
    auto conversation = (*store)->conversation(m.id);
    if (!conversation) return conversation.take_error();
    if (!conversation->has_value()) continue;
    const auto transcript = transcript_of(**conversation);
    const auto rep = rep_speaker(transcript.speakers, names);
    if (rep.empty()) {
      env.error(fmt::format("conversation {} (\"{}\"): which speaker is you is unknown (--rep NAME); not reviewed", m.id, transcript.title));
      continue;
    }
    const auto r = playbook::review_call(transcript, rep, env.config().review, *phrases);
    out.emplace_back(transcript.started_at.value_or(model::Timestamp{}), review_item(transcript, r));
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<report::ReviewItem> items;
  for (auto& [when, item] : out) items.push_back(std::move(item));
  return items;
}

int run_report(Env& env, const ReportArgs& args) {
  if (args.html.empty()) {
    env.error("report: say where to write it: --html FILE (\"-\" for stdout)");
    return k_exit_usage;
  }
  auto findings = compute_findings(env);
  if (!findings) {
    env.error(findings.error());
    return k_exit_failure;
  }
  report::ReportData data;
  data.now = env.now();
  data.calls = call_items(findings->today);
  data.inbox = inbox_items(*findings);
  data.contacts = contact_rows(*findings);
  auto reviewed = reviews(env, *findings, data.owner);
  if (!reviewed) {
    env.error(reviewed.error());
    return k_exit_failure;
  }
  data.reviews = std::move(*reviewed);
  if (auto written = write_output(env, args.html, report::html_report(data)); !written) {
    env.error(written.error());
    return k_exit_failure;
  }
  if (args.html != "-")
    env.error(fmt::format("{}: {} calls, {} inbox threads, {} call reviews", args.html, data.calls.size(), data.inbox.size(),
                          data.reviews.size()));
  return k_exit_ok;
}

}  // namespace

Command report_command() {
  auto args = std::make_shared<ReportArgs>();
  return Command{
      "report",
      "Write the day's findings as a self-contained HTML page (--html FILE)",
      Needs::store,
      [args](CLI::App& app) {
        app.add_option("--html", args->html, "Write the report to FILE (\"-\": stdout)")->type_name("FILE");
      },
      [args](Env& env) { return run_report(env, *args); },
  };
}

}  // namespace rapport::cli
