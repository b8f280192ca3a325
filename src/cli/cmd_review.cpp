// rapport review FILE|ID — a call or video meeting reviewed step by step, and how it
// ended (the playbook's rules in rapport/playbook/call_review.hpp).

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/stored_transcript.hpp"
#include "rapport/analysis/analyzer.hpp"
#include "rapport/importer/annotate.hpp"
#include "rapport/importer/importer.hpp"
#include "rapport/playbook/call_review.hpp"
#include "rapport/report/terminal.hpp"
#include "rapport/report/text_block.hpp"
#include "rapport/report/time_text.hpp"
#include "rapport/util/ascii.hpp"

namespace rapport::cli {
namespace {

using playbook::FindingKey;

struct ReviewArgs {
  std::string target;  // a transcript file, or an imported conversation's id
  std::string channel;
  std::string date;
};

// Keeps the transcripts of one file and the reader's problems.
class TranscriptSink final : public ingest::RecordSink {
 public:
  std::vector<model::Transcript> transcripts;
  std::vector<model::Diagnostic> problems;
  std::size_t other_records = 0;

  void on_message(model::Message&&) override { ++other_records; }
  void on_transcript(model::Transcript&& t) override { transcripts.push_back(std::move(t)); }
  void on_contact(model::ContactRecord&&) override { ++other_records; }
  void on_call(model::CallLogEntry&&) override { ++other_records; }
  void on_diagnostic(model::Diagnostic&& d) override { problems.push_back(std::move(d)); }
};

struct Loaded {
  model::Transcript transcript;
  std::string source;  // the file, or "conversation N"
  model::ConversationId conversation = 0;
  bool tagged = false;  // tags come from the store
};

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
  return out;
}

// The owner's names from the store, when there is one (a review of a file does not
// create a store just to look).
std::vector<std::string> owner_names(Env& env, bool store_wanted) {
  const auto location = env.store_location();
  std::error_code ec;
  if (!store_wanted && (location.rfind("postgresql:", 0) == 0 || !std::filesystem::exists(location, ec))) return {};
  auto store = env.store();
  if (!store) return {};
  auto owner = (*store)->owner();
  if (!owner) return {};
  std::vector<std::string> names;
  for (const auto& id : *owner)
    if (id.kind == model::IdentityKind::name) names.push_back(id.value);
  return names;
}

Result<Loaded> load_file(Env& env, const ReviewArgs& args, const std::optional<model::Channel>& channel) {
  std::vector<model::Diagnostic> problems;
  const auto inputs = importer::find_inputs({std::filesystem::path(args.target)}, problems);
  TranscriptSink sink;
  for (const auto& input : inputs) {
    ingest::ReadContext context;
    context.file = input.path.string();
    context.default_region = env.config().default_region;
    context.channel = channel;
    if (!args.date.empty()) context.date = model::parse_iso8601(args.date);
    importer::read_input(input, context, sink);
  }
  for (const auto& p : problems) env.error(fmt::format("{}{}{}: {}", p.file, p.position.empty() ? "" : ", ", p.position, p.reason));
  for (const auto& p : sink.problems)
    env.error(fmt::format("{}{}{}: {}", p.file, p.position.empty() ? "" : ", ", p.position, p.reason));
  if (sink.transcripts.empty()) return make_error(fmt::format("{}: no call or meeting transcript in it", args.target));
  if (sink.transcripts.size() > 1)
    env.error(fmt::format("{}: {} transcripts; reviewing the first", args.target, sink.transcripts.size()));
  return Loaded{std::move(sink.transcripts.front()), args.target, 0, false};
}

Result<Loaded> load_conversation(Env& env, const ReviewArgs& args) {
  auto store = env.store();
  if (!store) return store.take_error();
  const auto id = static_cast<model::ConversationId>(std::stoll(args.target));
  auto conversation = (*store)->conversation(id);
  if (!conversation) return conversation.take_error();
  if (!conversation->has_value()) return make_error(fmt::format("no conversation {} in {}", id, env.store_location()));
  const auto& c = **conversation;
  if (!model::is_live(c.channel))
    return make_error(fmt::format("conversation {} is {}, not a call or meeting (try `rapport show --conversation {}`)", id,
                                  model::to_string(c.channel), id));
  return Loaded{transcript_of(c), fmt::format("conversation {}", id), id, true};
}

// ---- JSON ----

nlohmann::ordered_json evidence_json(const playbook::Evidence& e) {
  nlohmann::ordered_json out;
  out["tag"] = e.tag;
  out["at_s"] = e.at_s ? nlohmann::ordered_json(std::round(*e.at_s * 10) / 10) : nullptr;
  out["time"] = e.at_s ? nlohmann::ordered_json(report::clock_text(*e.at_s)) : nullptr;
  out["who"] = e.who;
  out["direction"] = model::to_string(e.direction);
  out["quote"] = e.quote;
  return out;
}

nlohmann::ordered_json evidence_list(const std::vector<playbook::Evidence>& list) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& e : list) out.push_back(evidence_json(e));
  return out;
}

std::optional<double> rounded(std::optional<double> v, double scale) {
  if (!v) return std::nullopt;
  return std::round(*v * scale) / scale;
}

nlohmann::ordered_json optional_json(std::optional<double> v) { return v ? nlohmann::ordered_json(*v) : nullptr; }

nlohmann::ordered_json review_json(const Loaded& loaded, const playbook::CallReview& r) {
  const auto& t = loaded.transcript;
  nlohmann::ordered_json out;
  nlohmann::ordered_json call;
  call["title"] = t.title;
  call["started_at"] = t.started_at ? nlohmann::ordered_json(model::to_iso8601(*t.started_at)) : nullptr;
  call["channel"] = model::to_string(r.channel);
  call["source"] = loaded.source;
  call["conversation"] = loaded.conversation == 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(loaded.conversation);
  call["rep"] = r.rep;
  call["clients"] = r.clients;
  call["turns"] = t.turns.size();
  out["call"] = std::move(call);
  out["outcome"] = playbook::to_string(r.outcome);
  out["outcome_evidence"] = evidence_list(r.outcome_evidence);
  nlohmann::ordered_json findings;
  for (const auto& f : r.findings)
    findings[std::string(playbook::to_string(f.key))] = {
        {"value", f.value ? nlohmann::ordered_json(*f.value) : nullptr}, {"evidence", evidence_list(f.evidence)}};
  out["findings"] = std::move(findings);
  auto steps = nlohmann::ordered_json::array();
  for (const auto& s : r.steps)
    steps.push_back({{"step", playbook::to_string(s.step)},
                     {"happened", s.first.has_value()},
                     {"in_order", s.in_order},
                     {"evidence", s.first ? evidence_json(*s.first) : nlohmann::ordered_json(nullptr)}});
  out["steps"] = std::move(steps);
  const auto& l = r.learnings;
  out["learnings"] = {{"values", evidence_list(l.values)},
                      {"convinced", evidence_list(l.convinced)},
                      {"keeps_from_yes", evidence_list(l.keeps_from_yes)},
                      {"main_objection", l.main_objection ? evidence_json(*l.main_objection) : nlohmann::ordered_json(nullptr)},
                      {"main_objection_categories", l.main_objection_categories},
                      {"main_objection_guessed", l.main_objection_guessed}};
  const auto& m = r.measures;
  nlohmann::ordered_json measures;
  measures["rep_talk_share_words"] = optional_json(rounded(m.rep_talk_share_words, 1000));
  measures["rep_talk_share_time"] = optional_json(rounded(m.rep_talk_share_time, 1000));
  measures["longest_monologue_s"] = optional_json(m.duration_s > 0 ? rounded(m.rep_longest_monologue_s, 10) : std::nullopt);
  measures["longest_monologue_words"] = m.rep_longest_monologue_words;
  measures["questions"] = {{"open", r.questions_open}, {"semi_open", r.questions_semi_open}, {"closed", r.questions_closed}};
  measures["duration_s"] = std::round(m.duration_s * 10) / 10;
  measures["speaker_switches_per_minute"] = std::round(m.speaker_switches_per_minute * 10) / 10;
  auto silences = nlohmann::ordered_json::array();
  for (const auto& s : m.silences)
    silences.push_back({{"start_s", std::round(s.start_s * 10) / 10}, {"length_s", std::round(s.length_s * 10) / 10}});
  measures["silences"] = std::move(silences);
  auto speakers = nlohmann::ordered_json::array();
  for (const auto& s : m.speakers)
    speakers.push_back({{"speaker", s.speaker},
                        {"rep", s.is_rep},
                        {"turns", s.turns},
                        {"words", s.words},
                        {"seconds", std::round(s.seconds * 10) / 10}});
  measures["speakers"] = std::move(speakers);
  auto references = nlohmann::ordered_json::object();
  for (const auto& c : r.checks)
    references[c.name] = {{"value", std::round(c.value * 1000) / 1000},
                          {c.at_most ? "at_most" : "at_least", c.reference},
                          {"within", c.within}};
  measures["references"] = std::move(references);
  out["measures"] = std::move(measures);
  return out;
}

// ---- terminal ----

class Printer {
 public:
  Printer(Env& env) : env_(env), mode_(env.color()), width_(std::max<std::size_t>(env.terminal_width(), 60)) {}

  void header(const Loaded& loaded, const playbook::CallReview& r) {
    const auto& t = loaded.transcript;
    std::string head = t.title.empty() ? loaded.source : t.title;
    head += fmt::format(" · {}", model::to_string(r.channel) == std::string_view("phone") ? "phone call" : "video meeting");
    if (r.channel == model::Channel::in_person) head = (t.title.empty() ? loaded.source : t.title) + " · in person";
    // A date read from a file name has no time of day: midnight is shown as the date alone.
    if (t.started_at)
      head += " · " + (t.started_at->time_since_epoch().count() % 86400 == 0 ? report::date_text(*t.started_at)
                                                                          : report::date_time_text(*t.started_at));
    line(report::paint(head, report::Tint::bold, mode_));
    std::string who = fmt::format("{} (you) with {}", r.rep, r.clients.empty() ? "nobody else" : join(r.clients, ", "));
    if (r.measures.duration_s > 0) who += " · " + report::clock_text(r.measures.duration_s);
    line(report::truncate_to_width(who, width_));
    const auto outcome = playbook::to_string(r.outcome);
    const auto tint = r.outcome == playbook::Outcome::won       ? report::Tint::green
                      : r.outcome == playbook::Outcome::not_won ? report::Tint::red
                                                                : report::Tint::yellow;
    line("Outcome: " + report::paint(outcome == "not_won" ? "not won" : outcome == "no_decision" ? "no decision" : "won", tint, mode_));
    for (const auto& e : r.outcome_evidence) evidence(e);
  }

  void steps(const playbook::CallReview& r) {
    section("The four steps");
    static constexpr std::array<std::string_view, playbook::k_step_count> k_names{
        "1 Rapport", "2 Needs", "3 Solution", "4 Close"};
    for (const auto& s : r.steps) {
      const auto name = std::string(k_names[static_cast<std::size_t>(s.step)]);
      if (!s.first) {
        line(fmt::format("  {:<11} {}", name, report::paint("never", report::Tint::dim, mode_)));
        continue;
      }
      const auto& e = *s.first;
      const auto at = e.at_s ? report::clock_text(*e.at_s) : std::string("-");
      const auto mark = s.in_order ? std::string() : " " + report::paint("(out of order)", report::Tint::red, mode_);
      const auto lead = fmt::format("  {:<11} {:>5}  ", name, at);
      const std::size_t room = width_ > lead.size() + 8 ? width_ - lead.size() : 20;
      line(lead + report::truncate_to_width(fmt::format("{}: \"{}\"", e.who, e.quote), s.in_order ? room : room > 20 ? room - 15 : 5) + mark);
    }
  }

  // `good_when`: the value that is good coaching (true for "thanked", false for "admin ask").
  void finding(const playbook::CallReview& r, FindingKey key, std::string_view label, bool good_when) {
    const auto& f = r.finding(key);
    if (!f.value) return;
    const bool good = *f.value == good_when;
    const auto mark = report::paint(good ? "✓" : "✗", good ? report::Tint::green : report::Tint::red, mode_);
    line(fmt::format("  {} {}{}", mark, label, *f.value ? "" : report::paint(" — no", report::Tint::dim, mode_)));
    std::size_t shown = 0;
    for (const auto& e : f.evidence) {
      if (shown++ == 3) break;
      evidence(e);
    }
  }

  void measures(const playbook::CallReview& r) {
    section("Measures (reference)");
    for (const auto& c : r.checks) {
      std::string label, value, reference;
      if (c.name == "rep_talk_share_words" || c.name == "rep_talk_share_time") {
        label = c.name == "rep_talk_share_words" ? "your talk share (words)" : "your talk share (time)";
        value = fmt::format("{:.0f}%", c.value * 100);
        reference = fmt::format("{} {:.0f}%", c.at_most ? "<=" : ">=", c.reference * 100);
      } else if (c.name == "longest_monologue_s") {
        label = "your longest monologue";
        value = fmt::format("{:.0f} s", c.value);
        reference = fmt::format("<= {:.0f} s", c.reference);
      } else {
        label = "longest silence";
        value = fmt::format("{:.1f} s", c.value);
        reference = fmt::format("< {:.0f} s", c.reference);
      }
      const auto mark = report::paint(c.within ? "✓" : "✗", c.within ? report::Tint::green : report::Tint::red, mode_);
      line(fmt::format("  {} {:<24} {:>7}   reference {}", mark, label, value, reference));
    }
    line(fmt::format("    your questions: {} open, {} semi-open, {} closed", r.questions_open, r.questions_semi_open,
                     r.questions_closed));
  }

  void learnings(const playbook::CallReview& r) {
    const auto& l = r.learnings;
    if (l.values.empty() && l.convinced.empty() && l.keeps_from_yes.empty() && !l.main_objection) return;
    section("For next time");
    auto list = [&](std::string_view label, const std::vector<playbook::Evidence>& items) {
      if (items.empty()) return;
      line("  " + std::string(label));
      for (const auto& e : items) evidence(e);
    };
    list("What they value most:", l.values);
    list("What has convinced them:", l.convinced);
    list("What keeps them from yes:", l.keeps_from_yes);
    if (l.main_objection) {
      // A learned model's category is what the words resemble, so it is shown as a guess.
      const auto categories = join(l.main_objection_categories, ", ");
      line("  Main objection to pick up" +
           (categories.empty()              ? std::string(":")
            : l.main_objection_guessed ? " (a guess: " + categories + "):"
                                       : " (" + categories + "):"));
      evidence(*l.main_objection);
    }
  }

  void section(std::string_view title) {
    env_.print("\n");
    line(report::paint(title, report::Tint::bold, mode_));
  }

  void evidence(const playbook::Evidence& e) {
    const auto at = e.at_s ? report::clock_text(*e.at_s) : std::string("-");
    const auto lead = fmt::format("      {:>5}  ", at);
    const auto text = e.tag == "silence" ? fmt::format("silence after {}: \"{}\"", e.who, e.quote)
                                         : fmt::format("{}: \"{}\"", e.who, e.quote);
    line(report::paint(lead, report::Tint::dim, mode_) +
         report::truncate_to_width(text, width_ > lead.size() + 8 ? width_ - lead.size() : 20));
  }

  void line(const std::string& text) { env_.print(text + "\n"); }

 private:
  Env& env_;
  report::ColorMode mode_;
  std::size_t width_;
};

void print_review(Env& env, const Loaded& loaded, const playbook::CallReview& r) {
  Printer p(env);
  p.header(loaded, r);
  p.steps(r);
  p.section("Anti-patterns");
  p.finding(r, FindingKey::pitch_before_needs, "Pitch before any needs question", false);
  p.finding(r, FindingKey::admin_ask, "Administrative yes/no call", false);
  p.finding(r, FindingKey::pushed_decision_on_phone, "Pushed for a decision on the phone", false);
  p.finding(r, FindingKey::awkward_silence, "Awkward silence", false);
  p.section("Converse before you present");
  p.finding(r, FindingKey::rapport_first, "Rapport first (personal talk before business)", true);
  p.finding(r, FindingKey::needs_before_pitch, "Needs understood before the pitch", true);
  p.section("How it ended");
  p.finding(r, FindingKey::thanked_customer, "Thanked the client after their decision", true);
  if (r.outcome == playbook::Outcome::won) {
    p.finding(r, FindingKey::justified_decision, "Confirmed the decision with a reason", true);
    p.finding(r, FindingKey::stayed_after_order, "Stayed to talk about something else", true);
  } else {
    p.finding(r, FindingKey::three_questions_asked, "Asked the three questions (value, convinced, keeps from yes)", true);
    p.finding(r, FindingKey::neutral_topic_disarm, "Turned to a neutral topic after tension", true);
    p.finding(r, FindingKey::self_blame_disarm, "Took the blame lightly instead of pushing", true);
    p.finding(r, FindingKey::one_more_thing, "Asked \"one more thing\" at the very end", true);
  }
  p.finding(r, FindingKey::verbal_sign_off, "Said goodbye out loud, with next steps", true);
  p.finding(r, FindingKey::let_client_sign_off_first, "Let the client sign off first", true);
  p.learnings(r);
  p.measures(r);
}

int run_review(Env& env, const ReviewArgs& args) {
  std::optional<model::Channel> channel;
  if (!args.channel.empty()) {
    channel = model::parse_channel(args.channel);
    if (!channel || !model::is_live(*channel)) {
      env.error(fmt::format("--channel: \"{}\" is not phone, video or in_person", args.channel));
      return k_exit_usage;
    }
  }
  std::error_code ec;
  const bool is_file = std::filesystem::exists(args.target, ec);
  if (!is_file && !all_digits(args.target)) {
    env.error(fmt::format("{}: no such file (review takes a transcript file or a conversation id)", args.target));
    return k_exit_usage;
  }
  auto loaded = is_file ? load_file(env, args, channel) : load_conversation(env, args);
  if (!loaded) {
    env.error(loaded.error());
    return k_exit_failure;
  }
  auto& t = loaded->transcript;
  if (channel) t.channel = *channel;

  // Which speaker is the salesperson: --rep or configuration, else the owner's names.
  std::string rep;
  std::vector<std::string> candidates;
  if (!env.config().rep_name.empty()) candidates.push_back(env.config().rep_name);
  if (candidates.empty()) candidates = owner_names(env, !is_file);
  for (const auto& name : candidates) {
    rep = match_speaker(t.speakers, name);
    if (!rep.empty()) break;
  }
  if (rep.empty()) {
    const auto speakers = t.speakers.empty() ? std::string("none") : join(t.speakers, ", ");
    if (candidates.empty())
      env.error(fmt::format("which speaker is you? Name one with --rep NAME (speakers: {})", speakers));
    else
      env.error(fmt::format("\"{}\" is not a speaker of {} (speakers: {}); name one with --rep NAME", candidates.front(),
                            loaded->source, speakers));
    return k_exit_usage;
  }

  auto phrases = playbook::ReviewPhrases::create(env.config().rules);
  if (!phrases) {
    env.error(phrases.error());
    return k_exit_usage;
  }
  if (!loaded->tagged) {
    auto analyzer = analysis::Analyzer::create(env.config().rules);
    if (!analyzer) {
      env.error(analyzer.error());
      return k_exit_failure;
    }
    importer::annotate(*analyzer, t, {ascii_lower(rep)});
  }
  auto review = playbook::review_call(t, rep, env.config().review, *phrases);
  if (env.json()) {
    env.print_json(review_json(*loaded, review));
    return k_exit_ok;
  }
  print_review(env, *loaded, review);
  return k_exit_ok;
}

}  // namespace

Command review_command() {
  auto args = std::make_shared<ReviewArgs>();
  return Command{
      "review",
      "Review a call or video meeting step by step, and how it ended",
      Needs::nothing,
      [args](CLI::App& app) {
        app.add_option("call", args->target, "A transcript file (WebVTT, SRT, text) or an imported conversation id")
            ->required();
        app.add_option("--channel", args->channel, "phone or video, when the file does not say");
        app.add_option("--date", args->date, "Date of a transcript whose file does not carry one");
      },
      [args](Env& env) { return run_review(env, *args); },
  };
}

}  // namespace rapport::cli
