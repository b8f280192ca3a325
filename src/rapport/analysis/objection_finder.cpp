#include "rapport/analysis/objection_finder.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "rapport/analysis/objection_finder_clauses.hpp"

namespace rapport::analysis {
using detail::clause_end;
using detail::clause_start;
using detail::negated_before;
using detail::same_sentence;

namespace {

constexpr bool is_money_owner(Objection o) {
  return o == Objection::price || o == Objection::budget || o == Objection::vendor_risk;
}

}  // namespace

Result<ObjectionFinder> ObjectionFinder::create(const RuleFiles& files) {
  ObjectionFinder finder;
  for (const auto& file : files_with_prefix(files, "objections"))
    RAPPORT_TRY(finder.phrases_.add_rules(file.name, file.text));
  finder.meanings_.resize(finder.phrases_.label_count());
  for (LabelId id = 0; id < finder.meanings_.size(); ++id) {
    std::string_view name = finder.phrases_.label_name(id);
    auto& meaning = finder.meanings_[id];
    if (name.substr(0, 4) == "not.") {
      meaning.cancels = true;
      name.remove_prefix(4);
      if (name == "any") {
        meaning.all = true;
        continue;
      }
    }
    const auto category = parse_objection(name);
    if (!category)
      return make_error(fmt::format("objection rules: unknown label \"{}\"", finder.phrases_.label_name(id)),
                        "a label is an objection category (price, budget, vendor_risk, financial_unclear, "
                        "timing, need, authority, competitor, other), not.<category> or not.any");
    meaning.category = *category;
  }
  return finder;
}

std::vector<ObjectionHit> ObjectionFinder::find(std::string_view text, const std::vector<Token>& tokens) const {
  const auto matches = phrases_.find_all(tokens);
  struct Cancel {
    std::size_t first, last;  // the clause it covers, in tokens
    bool all;
    Objection category;
  };
  std::vector<Cancel> cancels;
  for (const auto& m : matches) {
    const auto& meaning = meanings_[m.label];
    if (!meaning.cancels) continue;
    cancels.push_back({clause_start(text, tokens, m.first), clause_end(text, tokens, m.last - 1), meaning.all,
                       meaning.category});
  }
  std::vector<ObjectionHit> hits;
  for (const auto& m : matches) {
    const auto& meaning = meanings_[m.label];
    if (meaning.cancels) continue;
    // "not until after March", "can't look at it for a few weeks" are still timing
    // objections: a negation does not reach a hit that starts with a time limit.
    const auto& first_word = tokens[m.first].text;
    const bool temporal = meaning.category == Objection::timing &&
                          (first_word == "until" || first_word == "till" || first_word == "til" ||
                           first_word == "for" || first_word == "after");
    if (!temporal && negated_before(text, tokens, m.first)) continue;
    const bool cancelled = std::any_of(cancels.begin(), cancels.end(), [&](const Cancel& c) {
      return (c.all || c.category == meaning.category) && m.first >= c.first && m.first < c.last;
    });
    if (cancelled) continue;
    // Several rules of one category on the same words give one hit.
    const Span span{tokens[m.first].begin, tokens[m.last - 1].end};
    const bool duplicate = std::any_of(hits.begin(), hits.end(), [&](const ObjectionHit& h) {
      return h.category == meaning.category && h.span.begin < span.end && span.begin < h.span.end;
    });
    if (duplicate) continue;
    hits.push_back({meaning.category, span, phrases_.rule_origin(m.rule)});
  }
  // "other" is the fallback ("I'm worried…"): a named category in the same sentence wins.
  std::erase_if(hits, [&](const ObjectionHit& h) {
    if (h.category != Objection::other) return false;
    return std::any_of(hits.begin(), hits.end(), [&](const ObjectionHit& named) {
      if (named.category == Objection::other) return false;
      return same_sentence(text, named.span, h.span);
    });
  });
  // A money concern is "unclear" only when nothing in the text says whose money it is.
  if (std::any_of(hits.begin(), hits.end(), [](const ObjectionHit& h) { return is_money_owner(h.category); }))
    std::erase_if(hits, [](const ObjectionHit& h) { return h.category == Objection::financial_unclear; });
  return hits;
}

std::vector<ObjectionHit> ObjectionFinder::find(std::string_view text) const {
  return find(text, tokenize(text));
}

}  // namespace rapport::analysis
