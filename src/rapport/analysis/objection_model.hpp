#pragma once
// A second opinion on objections in a client's call turn, for the turns in which no
// rule found one. Phrase rules catch the phrasings they were written for; on talk
// nobody here had read (held-out probe set 11) they found 59% of the objecting turns
// and named the category right in about half (F1 0.51). The model
// (data/analysis/objection_model.tsv, written by bench/train_objection_model.py from
// our own probe sets) is two logistic regressions over the word unigrams and bigrams of
// the turn (text_model.hpp): the column "objects" says whether it objects, the nine
// category columns in which category. With it, set 11's category F1 is 0.58.
//
// The category columns are one logistic regression each, so they also judge the
// categories the rules gave a client's objecting turn (check_categories): on call turns
// nobody here had read, the rules often name one ground of two ("the other two are both
// cheaper": competitor, not price) or one too many.
//
// Immutable once created; safe to share between threads.

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "rapport/analysis/analysis.hpp"
#include "rapport/analysis/rule_files.hpp"
#include "rapport/analysis/text_model.hpp"
#include "rapport/util/result.hpp"

namespace rapport::analysis {

class ObjectionModel {
 public:
  static constexpr std::string_view k_file_name = "objection_model.tsv";

  // Reads the file named k_file_name among `files`; without one, the model never
  // objects. Errors name the file and line.
  static Result<ObjectionModel> create(const RuleFiles& files);

  struct Verdict {
    Objection category = Objection::other;
    double score = 0;  // how far above the threshold; for the evidence
  };
  // Whether a turn (`turn`: its keys) objects, and on what. nullopt below the threshold, and for
  // a turn of fewer than k_min_words words: too little for a guess, and the rules know
  // the short objections ("not now").
  static constexpr std::size_t k_min_words = 8;
  std::optional<Verdict> judge(const TextModel::Keys& turn) const;
  // The detection score of `text` less the threshold: above 0 it objects. Used to find
  // the sentence of a turn that carries the objection most.
  double margin(std::string_view text) const;
  // The category the model would give `text`, objection or not: for a message whose
  // objection another model found but no rule named.
  std::optional<Objection> category(std::string_view text) const;

  // What the model makes of the categories `found` in an objecting turn (`turn`: its
  // keys). Where `found` holds two or more, those it gives a probability under the
  // file's "@doubt" are doubted (never all: the most probable of them stays). Then, if
  // fewer than two remain, the most probable category not found is the second when its
  // probability is over "@second". A file without those lines checks nothing.
  struct SecondCategory {
    Objection category = Objection::other;
    double probability = 0;
  };
  struct CategoryCheck {
    std::vector<Objection> doubted;
    std::optional<SecondCategory> second;
  };
  CategoryCheck check_categories(const TextModel::Keys& turn, const std::vector<Objection>& found) const;
  // The log-odds that `text` raises `category`: to find the sentence that says it most.
  double category_log_odds(std::string_view text, Objection category) const;

  bool empty() const { return model_.empty(); }

 private:
  Objection best_category(const std::vector<double>& sums) const;
  std::size_t column_of(Objection category) const;

  TextModel model_;
  std::array<Objection, k_objection_count> categories_{};  // columns 1…
  double threshold_ = 0;
  // Probabilities; the defaults never doubt and never add.
  double doubt_ = 0;
  double second_ = 1;
};

}  // namespace rapport::analysis
