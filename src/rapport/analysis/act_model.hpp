#pragma once
// A second opinion on the sales acts of a call turn. The act rules tag what they were
// written for, but on call turns nobody here had read they missed about a quarter of
// the acts, most of them the acts with the most ways of saying them: a pitch told as
// plain facts ("our driver stacks it in the barn, under cover, every fortnight"), a
// commitment in two words ("Can. Tuesday afternoon."), a rejection as a pass ("I think
// we pass for this year"). The model (data/analysis/act_model.tsv, written by
// bench/train_act_model.py from our own probe sets) is one logistic regression per act
// over the word unigrams and bigrams of the turn and who said it (text_model.hpp); the
// sigmoid of a column's sum is the probability that the turn performs that act. Its
// columns are the acts it may add: not the questions, greetings, closings, thanks and
// apologies, which the rules read by their form. A column named "rep.pitch" or
// "client.commitment" is added only to that side's turns, as acts.rules' prefixes say.
//
// Immutable once created; safe to share between threads.

#include <optional>
#include <string_view>
#include <vector>

#include "rapport/analysis/rule_files.hpp"
#include "rapport/analysis/tags.hpp"
#include "rapport/analysis/text_model.hpp"
#include "rapport/util/result.hpp"

namespace rapport::analysis {

class ActModel {
 public:
  static constexpr std::string_view k_file_name = "act_model.tsv";

  // Reads the file named k_file_name among `files`; without one, the model adds
  // nothing. Its columns must be known acts, each once, each optionally after "rep." or
  // "client.". Errors name the file and line.
  static Result<ActModel> create(const RuleFiles& files);

  struct Verdict {
    Act act = Act::pitch;
    double probability = 0;
  };
  // The acts a turn performs (`turn`: its keys), said by `speaker` (rep or client; the
  // model knows no other), whose probability reaches the file's "@min_probability", in
  // column order.
  std::vector<Verdict> judge(const TextModel::Keys& turn, Speaker speaker) const;
  // The log-odds of `act` (one of the columns) for `text` said by `speaker`: used to
  // find the sentence of a turn that speaks most for the act.
  double log_odds(std::string_view text, Speaker speaker, Act act) const;

  bool empty() const { return model_.empty(); }

 private:
  struct Column {
    Act act = Act::pitch;
    Speaker side = Speaker::unknown;  // unknown: either side
  };
  TextModel model_;
  std::vector<Column> columns_;
  double min_log_odds_ = 0;
};

}  // namespace rapport::analysis
