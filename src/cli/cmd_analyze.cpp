// rapport analyze [FILE…] — the scriptable face of the analysis: JSON Lines in, one
// JSON line out per input line (DESIGN.md, "Interfaces"; docs/json.md). Lines of one
// "conversation" see the turn before them: its text, whether the same speaker said it,
// its acts, and how long ago the last goodbye was.

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <unordered_map>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/rule_files.hpp"
#include "rapport/analysis/analyzer.hpp"
#include "rapport/analysis/conversation_state.hpp"

namespace rapport::cli {
namespace {

struct AnalyzeArgs {
  std::vector<std::string> files;
  std::vector<std::string> rule_files;
  bool explain = false;
};

nlohmann::ordered_json span_json(std::string_view text, analysis::Span span) {
  return nlohmann::ordered_json::array({analysis::char_offset(text, span.begin), analysis::char_offset(text, span.end)});
}

// "rep" and "client" are roles; any other name ("A", "Dana") is a speaker whose role is
// unknown but who is told apart from the others in the conversation.
std::string_view speaker_name(const nlohmann::json& line) {
  const auto it = line.find("speaker");
  if (it == line.end() || !it->is_string()) return {};
  return it->get_ref<const std::string&>();
}

analysis::Speaker role_of(std::string_view name) {
  if (name == "rep") return analysis::Speaker::rep;
  if (name == "client") return analysis::Speaker::client;
  return analysis::Speaker::unknown;
}

std::string conversation_key(const nlohmann::json& line) {
  const auto it = line.find("conversation");
  if (it == line.end() || it->is_null()) return {};
  return it->is_string() ? it->get<std::string>() : it->dump();
}

class LineAnalyzer {
 public:
  LineAnalyzer(const analysis::Analyzer& analyzer, bool explain) : analyzer_(analyzer), explain_(explain) {}

  // Returns the output line for one input line (without the newline).
  std::string analyze(std::string_view input, std::size_t line_no, std::string_view source) {
    nlohmann::json line = nlohmann::json::parse(input, nullptr, false);
    nlohmann::ordered_json out;
    if (line.is_discarded() || !line.is_object()) {
      out["id"] = nullptr;
      out["error"] = fmt::format("{}:{}: not a JSON object", source, line_no);
      return out.dump();
    }
    out["id"] = line.contains("id") ? line["id"] : nlohmann::json(nullptr);
    const auto text_it = line.find("text");
    if (text_it == line.end() || !text_it->is_string()) {
      out["error"] = fmt::format("{}:{}: \"text\" (a string) is missing", source, line_no);
      return out.dump();
    }
    const auto& text = text_it->get_ref<const std::string&>();

    analysis::TurnContext context;
    const auto speaker = speaker_name(line);
    context.speaker = role_of(speaker);
    if (const auto ch = line.find("channel"); ch != line.end() && ch->is_string()) {
      context.channel = model::parse_channel(ch->get<std::string>());
      if (!context.channel) {
        out["error"] = fmt::format("{}:{}: unknown channel \"{}\"", source, line_no, ch->get<std::string>());
        return out.dump();
      }
    }
    const auto key = conversation_key(line);
    analysis::ConversationState* conversation = key.empty() ? nullptr : &conversations_[key];
    if (conversation != nullptr) conversation->fill(context, speaker);

    analysis::Analysis result;
    if (context.channel && !model::is_live(*context.channel)) {
      analysis::MessageContext message;
      message.channel = *context.channel;
      if (const auto subject = line.find("subject"); subject != line.end() && subject->is_string())
        message.subject = subject->get_ref<const std::string&>();
      result = analyzer_.analyze_message(text, context, message);
    } else {
      result = analyzer_.analyze_turn(text, context);
    }
    if (conversation != nullptr) conversation->next(text, context.speaker, speaker, result.acts);

    auto acts = nlohmann::ordered_json::array();
    for (const auto act : result.acts) acts.push_back(analysis::to_string(act));
    auto objections = nlohmann::ordered_json::array();
    for (const auto o : result.objections) objections.push_back(analysis::to_string(o));
    out["acts"] = std::move(acts);
    out["intent"] = result.intent ? nlohmann::ordered_json(analysis::to_string(*result.intent)) : nullptr;
    out["objections"] = std::move(objections);
    out["reply_owed"] = result.reply_owed ? nlohmann::ordered_json(*result.reply_owed) : nullptr;
    auto facts = nlohmann::ordered_json::array();
    for (const auto& fact : result.facts)
      facts.push_back({{"kind", fact.kind}, {"text", fact.text}, {"span", span_json(text, fact.span)}});
    out["facts"] = std::move(facts);
    auto evidence = nlohmann::ordered_json::array();
    for (const auto& e : result.evidence) {
      nlohmann::ordered_json item{{"tag", e.tag}, {"span", span_json(text, e.span)}};
      if (explain_) item["rule"] = e.rule;
      evidence.push_back(std::move(item));
    }
    out["evidence"] = std::move(evidence);
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }

 private:
  const analysis::Analyzer& analyzer_;
  bool explain_;
  std::unordered_map<std::string, analysis::ConversationState> conversations_;
};

int analyze_stream(std::istream& in, std::string_view source, LineAnalyzer& analyzer) {
  std::string line;
  std::string out;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    out += analyzer.analyze(line, line_no, source);
    out += '\n';
    if (out.size() > (1U << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return k_exit_ok;
}

int run_analyze(Env& env, const AnalyzeArgs& args) {
  // The configured rule files, then those given here.
  auto given = read_rule_files(args.rule_files);
  if (!given) {
    env.error(given.error());
    return k_exit_usage;
  }
  auto extra = env.config().rules;
  extra.insert(extra.end(), given->begin(), given->end());
  auto analyzer = analysis::Analyzer::create(extra);
  if (!analyzer) {
    env.error(analyzer.error());
    return k_exit_usage;
  }
  LineAnalyzer lines(*analyzer, args.explain);
  std::ios::sync_with_stdio(false);
  if (args.files.empty()) return analyze_stream(std::cin, "<stdin>", lines);
  for (const auto& file : args.files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      env.error(fmt::format("{}: cannot read", file));
      return k_exit_failure;
    }
    analyze_stream(in, file, lines);
  }
  return k_exit_ok;
}

}  // namespace

Command analyze_command() {
  auto args = std::make_shared<AnalyzeArgs>();
  return Command{
      "analyze",
      "Tag JSON Lines of utterances and messages (acts, intent, objections, facts)",
      Needs::nothing,
      [args](CLI::App& app) {
        app.add_option("files", args->files, "JSON Lines files (default: standard input)");
        app.add_option("--rules", args->rule_files, "Extra rule files (named like the built-in ones: acts.*.rules…)");
        // For whoever writes an organisation's rule files: which line made each tag.
        app.add_flag("--explain", args->explain, "Name the rule behind each piece of evidence (\"acts.rules:42\")");
      },
      [args](Env& env) { return run_analyze(env, *args); },
  };
}

}  // namespace rapport::cli
