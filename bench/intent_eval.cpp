// Measures the intent classifier and the objection finder on the scenario set:
//
//   bench_intent_eval [EVAL_DIR] [--errors] [--no-acts] [--speed]
//
// messages.jsonl: intent (P/R/F1 per intent), objection categories of the message
// and reply_owed accuracy; utterances.jsonl: objection categories of the finder alone
// (every utterance, so false alarms on the seller's turns count too). Emails are
// reduced to their new text the way the analyzer does (text::zone_lines), other
// channels are taken whole. When the act tagger's rules compile, its acts feed the
// classifier; otherwise the classifier falls back to its own '?' test (said on stderr).
// --speed times the rule compilation and the finder and classifier alone (build in
// Release for meaningful figures).
// --no-acts measures the classifier without the act tagger (its '?' fallback).
// --errors prints the misclassified items to the terminal for rule development.

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "rapport/analysis/act_tagger.hpp"
#include "rapport/analysis/intent_classifier.hpp"
#include "rapport/analysis/objection_finder.hpp"
#include "rapport/text/body_zones.hpp"

#ifndef RAPPORT_EVAL_DIR
#define RAPPORT_EVAL_DIR "../shared/eval"
#endif

namespace ra = rapport::analysis;

namespace {

struct Counts {
  std::map<std::string, int> tp, fp, fn;
  void add(const std::set<std::string>& gold, const std::set<std::string>& predicted) {
    for (const auto& g : gold) (predicted.count(g) ? tp : fn)[g]++;
    for (const auto& p : predicted)
      if (!gold.count(p)) fp[p]++;
  }
  void print(const char* title) const {
    std::set<std::string> tags;
    for (const auto* m : {&tp, &fp, &fn})
      for (const auto& [k, v] : *m) tags.insert(k);
    std::printf("%s\n  %-20s %5s %5s %5s %6s %6s %6s\n", title, "tag", "tp", "fp", "fn", "P", "R", "F1");
    for (const auto& t : tags) {
      const auto get = [&](const std::map<std::string, int>& m) {
        const auto it = m.find(t);
        return it == m.end() ? 0 : it->second;
      };
      const double a = get(tp), b = get(fp), c = get(fn);
      const double p = a + b > 0 ? a / (a + b) : 0, r = a + c > 0 ? a / (a + c) : 0;
      std::printf("  %-20s %5.0f %5.0f %5.0f %6.3f %6.3f %6.3f\n", t.c_str(), a, b, c, p, r,
                  p + r > 0 ? 2 * p * r / (p + r) : 0);
    }
  }
};

// The analyzer's view of an email: lines that are not new text blanked out in place.
std::string new_text_in_place(std::string_view body) {
  std::string kept(body.size(), ' ');
  for (const auto& line : rapport::text::zone_lines(body)) {
    const auto offset = static_cast<std::size_t>(line.line.data() - body.data());
    if (line.zone == rapport::text::Zone::new_text) kept.replace(offset, line.line.size(), line.line);
  }
  for (std::size_t i = 0; i < body.size(); ++i)
    if (body[i] == '\n') kept[i] = '\n';
  return kept;
}

std::vector<nlohmann::json> read_jsonl(const std::string& path) {
  std::vector<nlohmann::json> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = RAPPORT_EVAL_DIR;
  bool errors = false, no_acts = false, speed = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--errors") errors = true;
    else if (arg == "--no-acts") no_acts = true;
    else if (arg == "--speed") speed = true;
    else dir = arg;
  }
  const auto& files = ra::builtin_rule_files();
  const auto compile_start = std::chrono::steady_clock::now();
  auto finder = ra::ObjectionFinder::create(files);
  auto classifier = ra::IntentClassifier::create(files);
  const auto compile_end = std::chrono::steady_clock::now();
  if (!finder || !classifier) {
    std::fprintf(stderr, "rules: %s\n", (!finder ? finder.error() : classifier.error()).message.c_str());
    return 1;
  }
  auto tagger = ra::ActTagger::create(files);
  if (!tagger) std::fprintf(stderr, "act tagger unavailable (%s): '?' fallback\n", tagger.error().message.c_str());

  const auto messages = read_jsonl(dir + "/scenarios/messages.jsonl");
  const auto utterances = read_jsonl(dir + "/scenarios/utterances.jsonl");
  if (messages.empty()) {
    std::fprintf(stderr, "no data in %s\n", dir.c_str());
    return 1;
  }

  Counts intents, message_objections, utterance_objections, client_objections;
  int owed_right = 0;
  for (const auto& m : messages) {
    const std::string body = m["text"];
    const auto channel = rapport::model::parse_channel(m["channel"].get<std::string>());
    ra::MessageContext context;
    context.channel = channel.value_or(rapport::model::Channel::email);
    const std::string subject = m.value("subject", "");
    context.subject = subject;
    const std::string own = context.channel == rapport::model::Channel::email ? new_text_in_place(body) : body;
    ra::TurnContext turn;
    turn.speaker = ra::Speaker::client;
    turn.channel = context.channel;
    const auto acts = tagger && !no_acts ? tagger->tag(own, turn) : std::vector<ra::SentenceActs>{};
    const auto hits = finder->find(own);
    const auto result = classifier->classify(own, acts, hits, context);
    const std::string gold_intent = m["intent"];
    const std::string got_intent(ra::to_string(result.intent));
    intents.add({gold_intent}, {got_intent});
    std::set<std::string> gold_obj, got_obj;
    for (const auto& o : m["objections"]) gold_obj.insert(o.get<std::string>());
    for (const auto o : result.objections) got_obj.insert(std::string(ra::to_string(o)));
    message_objections.add(gold_obj, got_obj);
    const bool owed_ok = result.reply_owed == m["reply_owed"].get<bool>();
    owed_right += owed_ok;
    if (errors && (gold_intent != got_intent || gold_obj != got_obj || !owed_ok)) {
      std::string g, p;
      for (const auto& s : gold_obj) g += s + " ";
      for (const auto& s : got_obj) p += s + " ";
      std::printf("%s gold %s [%s] owed=%d | got %s [%s] owed=%d\n", m["id"].get<std::string>().c_str(),
                  gold_intent.c_str(), g.c_str(), m["reply_owed"].get<bool>(), got_intent.c_str(), p.c_str(),
                  result.reply_owed);
      for (const auto& sa : acts) {
        std::string names;
        for (const auto a : sa.acts) names += std::string(ra::to_string(a)) + " ";
        std::printf("    [%s] \"%s\"\n", names.c_str(), own.substr(sa.span.begin, sa.span.end - sa.span.begin).c_str());
      }
      for (const auto& e : result.evidence)
        std::printf("    %s %s \"%s\"\n", e.tag.c_str(), e.rule.c_str(),
                    own.substr(e.span.begin, e.span.end - e.span.begin).c_str());
    }
  }
  for (const auto& u : utterances) {
    std::set<std::string> gold_obj, got_obj;
    for (const auto& o : u["objections"]) gold_obj.insert(o.get<std::string>());
    for (const auto& hit : finder->find(u["text"].get<std::string>()))
      got_obj.insert(std::string(ra::to_string(hit.category)));
    utterance_objections.add(gold_obj, got_obj);
    if (u["speaker"] == "client") client_objections.add(gold_obj, got_obj);
    if (errors && gold_obj != got_obj) {
      std::string g, p;
      for (const auto& s : gold_obj) g += s + " ";
      for (const auto& s : got_obj) p += s + " ";
      std::printf("%s (%s) gold [%s] got [%s]\n", u["id"].get<std::string>().c_str(),
                  u["speaker"].get<std::string>().c_str(), g.c_str(), p.c_str());
    }
  }
  intents.print("messages: intent");
  message_objections.print("messages: objection categories");
  std::printf("messages: reply_owed accuracy %.3f (%d/%zu)\n", static_cast<double>(owed_right) / static_cast<double>(messages.size()),
              owed_right, messages.size());
  utterance_objections.print("utterances (all speakers): objection categories of the finder");
  client_objections.print("utterances (client only): objection categories of the finder");
  if (speed) {
    const auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    std::printf("rule compilation (objections + intents): %.1f ms\n", ms(compile_start, compile_end));
    std::vector<std::string> texts;
    for (const auto& u : utterances) texts.push_back(u["text"]);
    std::size_t n = 0, found = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int round = 0; round < 200; ++round)
      for (const auto& t : texts) {
        const auto hits = finder->find(t);
        const auto r = classifier->classify(t, {}, hits, ra::MessageContext{});
        found += hits.size() + static_cast<std::size_t>(r.intent);
        ++n;
      }
    const auto end = std::chrono::steady_clock::now();
    std::printf("finder + classifier (no acts): %.0f utterances/s (%zu)\n", static_cast<double>(n) / (ms(start, end) / 1000.0),
                found);
  }
  return 0;
}
