// Measures analysis::ActTagger against labelled public data, and its speed:
//
//   bench_act_eval [EVAL_DIR] [--errors TAG] [--rows] [--no-speakers] [--no-speed] [--text TEXT]
//
// EVAL_DIR defaults to the shared evaluation folder next to the source tree. Nothing
// from the data is stored anywhere; --errors prints the misses and false alarms of one
// tag (an act name, or "question") to the terminal for rule development.
//
// 1. SwDA (swda/swda_utterances.tsv, train and val). A unit is a slash-unit with its
//    continuation rows ("+", same speaker) appended, as the SwDA README advises; the
//    unit's collapsed DAMSL tag is its label (--rows scores each row alone with the
//    resolved tag instead). Speakers A and B are passed as rep and client (with
//    --no-speakers, as unknown), the unit before as the previous turn. Mapping:
//    qy, qy^d, ^g -> question.closed; qw, qw^d -> question.semi_open|open;
//    qo -> question.open; b -> backchannel; ft -> thanks; fc -> closing;
//    fp -> greeting; fa -> apology; ba -> appreciation. Reported: question detection
//    P/R/F1, closed-vs-other accuracy among the questions found, and P/R/F1 per tag.
// 2. Scenarios (scenarios/utterances.jsonl): P/R/F1 per act over the union of the
//    acts of an utterance's sentences.
// 3. Speed: every SwDA unit (train and val) tagged once, after one warm-up pass;
//    utterances per second on one core, and the time to compile the rules.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "rapport/analysis/act_tagger.hpp"
#include "rapport/analysis/rule_files.hpp"

namespace {

using rapport::analysis::Act;
using rapport::analysis::ActTagger;
using rapport::analysis::Speaker;
using rapport::analysis::TurnContext;

struct Unit {
  std::string text;
  std::string tag;
  Speaker speaker = Speaker::unknown;
  std::size_t conversation = 0;
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (true) {
    const auto tab = line.find('\t', pos);
    out.push_back(line.substr(pos, tab == std::string::npos ? std::string::npos : tab - pos));
    if (tab == std::string::npos) break;
    pos = tab + 1;
  }
  return out;
}

std::vector<Unit> load_swda(const std::string& path, bool rows, bool speakers) {
  std::ifstream in(path);
  std::vector<Unit> units;
  if (!in) return units;
  std::string line;
  std::getline(in, line);
  std::map<std::string, std::size_t> open_unit;  // speaker -> index of their last unit
  std::string conversation;
  std::size_t conversation_no = 0;
  while (std::getline(in, line)) {
    const auto f = split_tabs(line);
    if (f.size() < 12 || f[0] == "test") continue;
    if (f[1] != conversation) {
      conversation = f[1];
      ++conversation_no;
      open_unit.clear();
    }
    const auto& text = f[11];
    const Speaker speaker = !speakers ? Speaker::unknown : f[5] == "A" ? Speaker::rep : Speaker::client;
    if (rows) {
      if (text.empty()) continue;
      units.push_back({text, f[8], speaker, conversation_no});
      continue;
    }
    if (f[7] == "+") {
      if (auto it = open_unit.find(f[5]); it != open_unit.end() && !text.empty()) {
        auto& u = units[it->second];
        if (!u.text.empty()) u.text += ' ';
        u.text += text;
      }
      continue;
    }
    units.push_back({text, f[7], speaker, conversation_no});
    open_unit[f[5]] = units.size() - 1;
  }
  std::erase_if(units, [](const Unit& u) { return u.text.empty(); });
  return units;
}

struct Counts {
  std::size_t tp = 0, fp = 0, fn = 0;
  void add(bool gold, bool predicted) {
    if (gold && predicted)
      ++tp;
    else if (predicted)
      ++fp;
    else if (gold)
      ++fn;
  }
  double p() const { return tp + fp ? double(tp) / double(tp + fp) : 0; }
  double r() const { return tp + fn ? double(tp) / double(tp + fn) : 0; }
  double f1() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0; }
};

void print(const std::string& name, const Counts& c) {
  std::printf("  %-24s P %.3f  R %.3f  F1 %.3f   (tp %zu fp %zu fn %zu)\n", name.c_str(), c.p(), c.r(), c.f1(), c.tp,
              c.fp, c.fn);
}

std::set<std::string> acts_of(const ActTagger& tagger, const std::string& text, const TurnContext& context) {
  std::set<std::string> out;
  for (const auto& s : tagger.tag(text, context))
    for (const auto a : s.acts) out.insert(std::string(rapport::analysis::to_string(a)));
  return out;
}

bool has_question(const std::set<std::string>& acts) {
  return acts.count("question.open") || acts.count("question.semi_open") || acts.count("question.closed");
}

void eval_swda(const ActTagger& tagger, const std::vector<Unit>& units, const std::string& errors) {
  const std::map<std::string, std::string> mapping{{"b", "backchannel"}, {"ft", "thanks"},  {"fc", "closing"},
                                                   {"fp", "greeting"},   {"fa", "apology"}, {"ba", "appreciation"}};
  const std::set<std::string> closed{"qy", "qy^d", "^g"};
  const std::set<std::string> other_q{"qw", "qw^d", "qo"};
  Counts question;
  std::map<std::string, Counts> per_tag;
  std::size_t typed = 0, typed_right = 0;
  std::map<std::string, std::size_t> fp_by_gold;
  std::size_t index = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    const auto& u = units[i];
    TurnContext context;
    context.speaker = u.speaker;
    index = i > 0 && units[i - 1].conversation == u.conversation ? index + 1 : 0;
    context.index_in_conversation = index;
    if (index > 0) {
      context.previous_text = &units[i - 1].text;
      context.previous_speaker = units[i - 1].speaker;
    }
    const auto acts = acts_of(tagger, u.text, context);
    const bool gold_q = closed.count(u.tag) || other_q.count(u.tag);
    const bool pred_q = has_question(acts);
    question.add(gold_q, pred_q);
    if (pred_q && !gold_q) ++fp_by_gold[u.tag];
    if (gold_q && pred_q) {
      ++typed;
      if ((closed.count(u.tag) > 0) == (acts.count("question.closed") > 0)) ++typed_right;
    }
    per_tag["question.closed"].add(closed.count(u.tag) > 0, acts.count("question.closed") > 0);
    per_tag["question.semi_open|open"].add(u.tag == "qw" || u.tag == "qw^d" || u.tag == "qo",
                                           acts.count("question.open") || acts.count("question.semi_open"));
    for (const auto& [damsl, act] : mapping) per_tag[act].add(u.tag == damsl, acts.count(act) > 0);
    if (!errors.empty()) {
      bool gold = false, pred = false;
      if (errors == "question") {
        gold = gold_q;
        pred = pred_q;
      } else if (errors == "closed") {
        gold = closed.count(u.tag) > 0;
        pred = gold_q && acts.count("question.closed");
        if (!gold_q || !pred_q) continue;
      } else {
        for (const auto& [damsl, act] : mapping)
          if (act == errors) gold = u.tag == damsl;
        pred = acts.count(errors) > 0;
      }
      if (gold != pred) {
        std::string all;
        for (const auto& a : acts) all += a + " ";
        for (const auto& s : tagger.tag(u.text, context))
          for (const auto& e : s.evidence)
            if (e.tag == errors || (errors == "question" && e.tag.rfind("question", 0) == 0))
              all += "{" + e.rule + "} ";
        std::printf("%s [%s] %s  <- %s   | prev: %s\n", gold ? "MISS" : "FA  ", u.tag.c_str(), u.text.c_str(),
                    all.c_str(), context.previous_text ? context.previous_text->c_str() : "");
      }
    }
  }
  std::printf("SwDA (train+val): %zu units\n", units.size());
  print("question (any type)", question);
  std::printf("  closed-vs-other accuracy among questions found: %.3f (%zu)\n",
              typed ? double(typed_right) / double(typed) : 0.0, typed);
  for (const auto& [name, c] : per_tag) print(name, c);
  std::printf("  false question alarms by gold tag:");
  std::vector<std::pair<std::size_t, std::string>> sorted;
  for (const auto& [tag, n] : fp_by_gold) sorted.emplace_back(n, tag);
  std::sort(sorted.rbegin(), sorted.rend());
  for (std::size_t i = 0; i < std::min<std::size_t>(8, sorted.size()); ++i)
    std::printf(" %s:%zu", sorted[i].second.c_str(), sorted[i].first);
  std::printf("\n");
}

std::optional<rapport::model::Channel> channel_of(const std::string& name) {
  if (name == "call") return rapport::model::Channel::phone;
  return rapport::model::parse_channel(name);
}

void eval_scenarios(const ActTagger& tagger, const std::string& path, const std::string& errors) {
  std::ifstream in(path);
  if (!in) return;
  std::map<std::string, Counts> per_act;
  for (std::size_t i = 0; i < rapport::analysis::k_act_count; ++i)
    per_act[std::string(rapport::analysis::to_string(static_cast<Act>(i)))];
  Counts question;
  std::string line;
  std::size_t n = 0, exact = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    const std::string text = j.at("text");
    TurnContext context;
    const std::string speaker = j.value("speaker", "");
    context.speaker = speaker == "rep" ? Speaker::rep : speaker == "client" ? Speaker::client : Speaker::unknown;
    context.channel = channel_of(j.value("channel", ""));
    const auto acts = acts_of(tagger, text, context);
    std::set<std::string> gold;
    for (const auto& a : j.at("acts")) gold.insert(a.get<std::string>());
    ++n;
    if (gold == acts) ++exact;
    for (auto& [name, c] : per_act) c.add(gold.count(name) > 0, acts.count(name) > 0);
    question.add(has_question(gold), has_question(acts));
    if (!errors.empty() && errors != "question" && errors != "closed") {
      const bool all = errors == "all";
      if (all ? gold != acts : (gold.count(errors) > 0) != (acts.count(errors) > 0)) {
        std::string g, p;
        for (const auto& a : gold) g += a + " ";
        for (const auto& a : acts) p += a + " ";
        std::printf("%s %s [%s/%s]: %s\n   gold: %s\n   got:  %s\n",
                    all                  ? "DIFF"
                    : gold.count(errors) ? "MISS"
                                         : "FA  ",
                    j.value("id", "").c_str(), speaker.c_str(), j.value("channel", "").c_str(), text.c_str(), g.c_str(),
                    p.c_str());
      }
    }
  }
  std::printf("Scenarios (utterances.jsonl): %zu utterances, %zu with exactly the gold acts\n", n, exact);
  print("question (any type)", question);
  double sum = 0;
  for (const auto& [name, c] : per_act) {
    print(name, c);
    sum += c.f1();
  }
  std::printf("  macro F1 %.3f\n", sum / double(per_act.size()));
}

void speed(const ActTagger& tagger, const std::vector<Unit>& units) {
  std::size_t acts = 0;
  auto run = [&] {
    for (std::size_t i = 0; i < units.size(); ++i) {
      TurnContext context;
      context.speaker = units[i].speaker;
      if (i > 0) {
        context.previous_text = &units[i - 1].text;
        context.previous_speaker = units[i - 1].speaker;
      }
      for (const auto& s : tagger.tag(units[i].text, context)) acts += s.acts.size();
    }
  };
  run();
  const auto start = std::chrono::steady_clock::now();
  run();
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  std::printf("Speed: %zu utterances in %.3f s = %.0f utterances/s (one core)\n", units.size(), took.count(),
              double(units.size()) / took.count());
  if (acts == 0) std::printf("(no acts at all?)\n");
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = RAPPORT_EVAL_DIR;
  std::string errors;
  std::string text;  // --text: print the acts of one text and stop
  bool rows = false, speakers = true, fast = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--errors" && i + 1 < argc)
      errors = argv[++i];
    else if (arg == "--rows")
      rows = true;
    else if (arg == "--no-speakers")
      speakers = false;
    else if (arg == "--no-speed")
      fast = true;
    else if (arg == "--text" && i + 1 < argc)
      text = argv[++i];
    else
      dir = arg;
  }
  const auto start = std::chrono::steady_clock::now();
  auto tagger = ActTagger::create(rapport::analysis::builtin_rule_files());
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  if (!tagger) {
    std::fprintf(stderr, "rules: %s\n", tagger.error().message.c_str());
    return 1;
  }
  std::printf("Rules compiled in %.1f ms\n", took.count() * 1000);
  if (!text.empty()) {
    for (const auto& s : tagger->tag(text, {}))
      for (const auto& e : s.evidence)
        std::printf("%s  [%zu,%zu) %s\n", e.tag.c_str(), e.span.begin, e.span.end, e.rule.c_str());
    return 0;
  }
  const auto units = load_swda(dir + "/swda/swda_utterances.tsv", rows, speakers);
  if (!units.empty()) eval_swda(*tagger, units, errors);
  eval_scenarios(*tagger, dir + "/scenarios/utterances.jsonl", errors);
  if (!units.empty() && !fast) speed(*tagger, units);
  return 0;
}
