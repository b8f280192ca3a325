#include "rapport/analysis/fact_finder.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <string>

#include <fmt/format.h>

#include "rapport/util/ascii.hpp"

namespace rapport::analysis {
namespace {

// Per-token bits from the single-word lists of the rule file.
enum Bit : std::uint32_t {
  k_owner = 1U << 0U,
  k_negation = 1U << 1U,
  k_relative = 1U << 2U,
  k_child = 1U << 3U,
  k_complement = 1U << 4U,
  k_clause = 1U << 5U,
  k_name_joiner = 1U << 6U,
  k_business = 1U << 7U,
  k_dangling = 1U << 8U,
  k_kin = 1U << 9U,
  k_date = 1U << 10U,
  k_second_person = 1U << 11U,
  k_third_person = 1U << 12U,
  k_third_verb = 1U << 13U,
  k_lead = 1U << 14U,
  k_elided = 1U << 15U,
  k_bridge = 1U << 16U,
  k_destination = 1U << 17U,
  k_partner = 1U << 18U,
};

// The longest complement after a trigger ("in Tenerife in February", "on Monday for ten days").
constexpr std::size_t k_max_complement = 7;
// How far back a negation reaches in its clause ("not really going on holiday").
constexpr std::size_t k_negation_reach = 6;
// Capitalised words around a trigger that join it ("the Great North Run").
constexpr std::size_t k_max_name_words = 3;

bool contains_any(std::string_view s, std::string_view chars) { return s.find_first_of(chars) != std::string_view::npos; }

// A sentence ends between two tokens at . ! ? or a blank line; a decimal point
// ("3.5") does not end one. Hand-written rather than split_sentences() because the
// finder needs the boundary per token pair, for tokens it already has.
bool sentence_break(std::string_view text, const Token& before, const Token& after) {
  const auto gap = text.substr(before.end, after.begin - before.end);
  if (contains_any(gap, "!?")) return true;
  if (gap.find("\xE2\x80\xA6") != std::string_view::npos) return true;  // …
  if (gap.find('.') != std::string_view::npos) {
    const bool decimal = gap == "." && !before.text.empty() && !after.text.empty() &&
                         std::isdigit(static_cast<unsigned char>(before.text.back())) != 0 &&
                         std::isdigit(static_cast<unsigned char>(after.text.front())) != 0;
    if (!decimal) return true;
  }
  const auto first_newline = gap.find('\n');
  if (first_newline != std::string_view::npos) {
    const auto rest = gap.substr(first_newline + 1);
    const auto second = rest.find('\n');
    if (second != std::string_view::npos && rest.substr(0, second).find_first_not_of(" \t\r") == std::string_view::npos)
      return true;
  }
  return false;
}

// A clause ends at a sentence end or at punctuation between the words: commas,
// brackets, colons, dashes and quotes. (Hyphens inside words are inside tokens.)
bool clause_break(std::string_view text, const Token& before, const Token& after) {
  const auto gap = text.substr(before.end, after.begin - before.end);
  if (contains_any(gap, ",;:()[]\"-/")) return true;
  // en and em dashes, curly double quotes
  return gap.find("\xE2\x80\x93") != std::string_view::npos || gap.find("\xE2\x80\x94") != std::string_view::npos ||
         gap.find("\xE2\x80\x9C") != std::string_view::npos || gap.find("\xE2\x80\x9D") != std::string_view::npos;
}

// Whether the word starts with a capital in the original text (the token text is
// lower-cased, same length for the letters tokenize() lower-cases).
bool capitalised(std::string_view text, const Token& token) {
  if (token.text.empty()) return false;
  const auto c = static_cast<unsigned char>(text[token.begin]);
  if (c >= 'A' && c <= 'Z') return true;
  return c == 0xC3 && token.text.size() > 1 && token.begin + 1 < text.size() && text[token.begin + 1] != token.text[1];
}

// "it's", "that's", "let's": a pronoun and its verb, not a possessive.
bool is_pronoun_contraction(std::string_view word) {
  static constexpr std::array<std::string_view, 10> k{"it's",    "that's", "there's", "here's", "what's",
                                                       "who's",   "where's", "let's",  "he's",   "she's"};
  return std::find(k.begin(), k.end(), word) != k.end();
}

struct Candidate {
  std::size_t first = 0;  // phrase, token range
  std::size_t last = 0;
  std::size_t sentence = 0;
  std::uint32_t rule = 0;
  std::string_view kind;
};

}  // namespace

Result<FactFinder> FactFinder::create(const RuleFiles& files) {
  static constexpr std::array<std::pair<std::string_view, Role>, 20> k_word_lists = {{
      {"not", Role::not_personal},
      {"word.owner", Role::owner},
      {"word.negation", Role::negation},
      {"word.relative", Role::relative},
      {"word.child", Role::child},
      {"word.complement", Role::complement},
      {"word.clause", Role::clause},
      {"word.name_joiner", Role::name_joiner},
      {"word.business", Role::business},
      {"word.dangling", Role::dangling},
      {"word.kin", Role::kin},
      {"word.date", Role::date},
      {"word.second_person", Role::second_person},
      {"word.third_person", Role::third_person},
      {"word.third_verb", Role::third_verb},
      {"word.lead", Role::lead},
      {"word.elided", Role::elided},
      {"word.bridge", Role::bridge},
      {"word.destination", Role::destination},
      {"word.partner", Role::partner},
  }};
  FactFinder finder;
  // Every label the finder knows is registered first, so that its id is its index in
  // labels_; a label a rule file adds beyond these is unknown.
  for (const auto kind : k_fact_kinds)
    for (const auto* options : {"", ".place", ".opening", ".place.opening", ".destination", ".fixed"}) {
      const std::string_view o = options;
      finder.rules_.label(std::string(kind) + std::string(o));
      const bool destination = o == ".destination";
      finder.labels_.push_back({Role::trigger, std::string(kind),
                                destination || o.find(".place") != std::string_view::npos,
                                o.find(".opening") != std::string_view::npos, destination, o == ".fixed"});
    }
  for (const auto& [name, role] : k_word_lists) {
    finder.rules_.label(name);
    finder.labels_.push_back({role, {}});
  }
  for (const auto& file : files_with_prefix(files, "facts")) RAPPORT_TRY(finder.rules_.add_rules(file.name, file.text));
  // A fresh label gets the next id: any id between is a label no role was given to.
  const auto known = static_cast<LabelId>(finder.labels_.size());
  if (const auto next = finder.rules_.label("\x01end"); next != known)
    return make_error(fmt::format("facts rules: unknown label \"{}\"", finder.rules_.label_name(known)),
                      "a label is a kind (family, children, hobby, sport, holiday, move, health, celebration, pet, "
                      "other), optionally with \".place\", \".opening\", \".place.opening\", \".destination\" or \".fixed\"; "
                      "or \"not\"; "
                      "or one of the word.* lists");
  return finder;
}

std::vector<Fact> FactFinder::find(std::string_view text) const {
  std::vector<Fact> facts;
  const auto tokens = tokenize(text);
  if (tokens.empty()) return facts;
  const auto matches = rules_.find_all(tokens);

  // Token bits from the word lists; triggers and business senses kept apart.
  std::vector<std::uint32_t> bits(tokens.size(), 0);
  std::vector<const PhraseMatch*> triggers;
  std::vector<const PhraseMatch*> not_personal;
  for (const auto& m : matches) {
    const auto role = labels_[m.label].role;
    std::uint32_t bit = 0;
    switch (role) {
      case Role::trigger: triggers.push_back(&m); continue;
      case Role::not_personal: not_personal.push_back(&m); continue;
      case Role::owner: bit = k_owner; break;
      case Role::negation: bit = k_negation; break;
      case Role::relative: bit = k_relative; break;
      case Role::child: bit = k_child; break;
      case Role::complement: bit = k_complement; break;
      case Role::clause: bit = k_clause; break;
      case Role::name_joiner: bit = k_name_joiner; break;
      case Role::business: bit = k_business; break;
      case Role::dangling: bit = k_dangling; break;
      case Role::kin: bit = k_kin; break;
      case Role::date: bit = k_date; break;
      case Role::second_person: bit = k_second_person; break;
      case Role::third_person: bit = k_third_person; break;
      case Role::third_verb: bit = k_third_verb; break;
      case Role::lead: bit = k_lead; break;
      case Role::elided: bit = k_elided; break;
      case Role::bridge: bit = k_bridge; break;
      case Role::destination: bit = k_destination; break;
      case Role::partner: bit = k_partner; break;
    }
    for (auto t = m.first; t < m.last; ++t) bits[t] = static_cast<std::uint32_t>(bits[t] | bit);
  }
  if (triggers.empty()) return facts;

  // Sentences and clause breaks; clause_before[t] describes the gap before token t.
  std::vector<std::size_t> sentence_of(tokens.size(), 0);
  std::vector<std::size_t> sentence_start{0};
  std::vector<bool> clause_before(tokens.size(), true);
  for (std::size_t t = 1; t < tokens.size(); ++t) {
    const bool ends = sentence_break(text, tokens[t - 1], tokens[t]);
    clause_before[t] = ends || clause_break(text, tokens[t - 1], tokens[t]);
    sentence_of[t] = sentence_of[t - 1] + (ends ? 1 : 0);
    if (ends) sentence_start.push_back(t);
  }
  const auto sentence_end = [&](std::size_t s) {
    return s + 1 < sentence_start.size() ? sentence_start[s + 1] : tokens.size();
  };
  // The sentence's byte span: its words and the punctuation that closes it.
  const auto sentence_span = [&](std::size_t s) {
    Span span{tokens[sentence_start[s]].begin, tokens[sentence_end(s) - 1].end};
    while (span.end < text.size() && contains_any(text.substr(span.end, 1), ".!?\"')")) ++span.end;
    return span;
  };
  const auto has_bit = [&](std::size_t t, std::uint32_t bit) { return (bits[t] & bit) != 0; };
  const auto any_bit = [&](std::size_t from, std::size_t to, std::uint32_t bit) {
    for (auto t = from; t < to; ++t)
      if (has_bit(t, bit)) return true;
    return false;
  };
  // "my son", "our daughter", "my brother's": a first-person word right before a family word.
  const auto owns_kin = [&](std::size_t s) {
    for (auto t = sentence_start[s]; t + 1 < sentence_end(s); ++t)
      if (has_bit(t, k_owner) && has_bit(t + 1, k_kin | k_relative)) return true;
    return false;
  };
  // Whose life the trigger is about, from the nearest person word before it in its
  // sentence: "I hope you have a great holiday" is the listener's, "following his
  // vacation" a third party's unless the speaker named their family ("my brother's just
  // announced he's getting married"; "my son. ... he is on his gap year").
  const auto owned = [&](std::size_t s, std::size_t first, std::size_t trigger_first, std::size_t core_last,
                         const LabelInfo& info) {
    bool third_verb = any_bit(first, core_last, k_third_verb);  // "our CFO is off to Spain": someone else's
    // "Our head chef's wife had a baby": a relative owned by someone the word lists do
    // not know (a possessive, not a pronoun's "it's") is that someone's.
    if (first > sentence_start[s] && has_bit(first, k_kin | k_relative) && bits[first - 1] == 0 &&
        tokens[first - 1].text.ends_with("'s") && !is_pronoun_contraction(tokens[first - 1].text))
      return false;
    // The listener in an earlier clause is someone the speaker turned away from: "Sorry
    // missed ur call, getting the keys to the new flat today".
    bool earlier_clause = false;
    for (auto t = first; t > sentence_start[s]; --t) {
      earlier_clause = earlier_clause || clause_before[t];
      if (has_bit(t - 1, k_second_person)) {
        if (earlier_clause) continue;
        return false;
      }
      // "I was off with flu": the verb's subject is the speaker, not someone else.
      if (has_bit(t - 1, k_third_verb) && !(t >= 2 && t - 2 >= sentence_start[s] && has_bit(t - 2, k_owner)))
        third_verb = true;
      if (has_bit(t - 1, k_owner)) return !third_verb || owns_kin(s);
      if (has_bit(t - 1, k_third_person))
        return owns_kin(s) || (s > 0 && owns_kin(s - 1)) || (s > 1 && owns_kin(s - 2));
    }
    // No person word before it: an elided "I'm" before a trip that opens the sentence
    // ("Back from the Algarve."), else the first person word after it ("Wedding
    // planning is taking over my life").
    if (info.place && first == sentence_start[s]) return true;
    // A sentence that opens with a verb has dropped its "I": "Been off with flu all
    // week", "Just back from a stag do in Prague".
    if (has_bit(sentence_start[s], k_elided)) return true;
    // So may a later clause: "Sorry missed ur call, getting the keys to the new flat".
    auto clause_start = first;
    while (clause_start > sentence_start[s] && !clause_before[clause_start]) --clause_start;
    if (has_bit(clause_start, k_elided)) return true;
    // A text that names no one at all has dropped its "I" where the trigger opens a
    // clause: "Grandad duty today, back tmrw", "wfh today, migraine", "Movers here". The
    // trigger itself opens it: a name before it ("Regards, Liam Foster") is no one's life.
    // One word alone ("golf,", "Swimming one day.") is as often a topic as one's own life.
    if (first == clause_start && trigger_first == first && core_last - trigger_first >= 2 &&
        !any_bit(sentence_start[s], sentence_end(s), k_owner | k_second_person | k_third_person | k_third_verb))
      return true;
    for (auto t = first; t < sentence_end(s); ++t) {
      if (has_bit(t, k_second_person)) return false;
      if (has_bit(t, k_owner)) return true;
    }
    return false;
  };
  // Pets are household members: "the dog", "a rescue greyhound", "the new puppy".
  const auto household_pet = [&](std::size_t pet, std::size_t s_first) {
    // A text message drops the article: "Running late, cat's at the vet".
    if ((pet == s_first || clause_before[pet]) && tokens[pet].text.ends_with("'s")) return true;
    if (pet <= s_first) return false;
    const auto& before = tokens[pet - 1].text;
    return before == "the" || before == "rescue" || before == "new";
  };

  std::vector<Candidate> candidates;
  for (const auto* m : triggers) {
    const auto s = sentence_of[m->first];
    if (sentence_of[m->last - 1] != s) continue;
    const auto s_first = sentence_start[s];
    const auto s_end = sentence_end(s);
    const auto& info = labels_[m->label];
    std::size_t first = m->first;
    std::size_t last = m->last;

    if (info.opening && first != s_first) continue;
    // The place a ".place" trigger needs: "off to Portugal", "back from the Algarve".
    // The word before it must be lower-case, or this is a Title Case headline.
    if (info.place) {
      auto j = last;
      if (capitalised(text, tokens[last - 1])) continue;
      if (j < s_end && !clause_before[j] && tokens[j].text == "the") ++j;
      // A text message spells the place in lower case ("off to crete on the 4th"): a
      // well-known destination needs no capital.
      const bool destination = j < s_end && !clause_before[j] && has_bit(j, k_destination);
      if (j >= s_end || clause_before[j] || !(destination || capitalised(text, tokens[j])) ||
          has_bit(j, k_date | k_owner) || (info.destination && !destination))
        continue;
      last = j + 1;
      while (destination && last < s_end && !clause_before[last] && has_bit(last, k_destination)) ++last;
      // "back from the Spanish course" is not a place.
      if (last < s_end && !clause_before[last] && has_bit(last, k_business)) continue;
    }
    // A capitalised trigger in mid-sentence is part of a name ("talks with Marathon",
    // "the Wellness Holiday Fashion Show") unless an article, a possessive or the rest of
    // a name comes before it and no further name word after it ("the London Marathon in
    // April"). Festivals are names anyway.
    if (!info.place && first > s_first && capitalised(text, tokens[first])) {
      const auto& before = tokens[first - 1].text;
      const bool name_before = capitalised(text, tokens[first - 1]);
      const bool introduced = name_before ||
                              has_bit(first - 1, k_owner | k_relative | k_second_person | k_third_person) ||
                              before == "the" || before == "a" || before == "an";
      const bool name_goes_on = last < s_end && !clause_before[last] && capitalised(text, tokens[last]);
      // A breed is written with a capital ("our new Labrador"), and so is an illness
      // standing alone ("a nasty bout of Covid", not "the Flu Clinic"); a name before a
      // trip word makes a person ("Tom Cruise").
      const bool skip = info.kind == "celebration" || info.kind == "pet" ? name_before && name_goes_on
                        : info.kind == "health"                          ? name_before || name_goes_on
                        : info.kind == "holiday"                         ? name_before || !introduced || name_goes_on
                                                                         : !introduced || name_goes_on;
      if (skip) continue;
    }
    // A proper name continues the trigger: "Fête des Lumières", "Isle of Skye".
    for (std::size_t taken = 0; last < s_end && !clause_before[last] && taken < k_max_name_words; ++taken) {
      if (capitalised(text, tokens[last]) && !has_bit(last, k_date | k_owner)) {
        ++last;
      } else if (last + 1 < s_end && has_bit(last, k_name_joiner) && !clause_before[last + 1] &&
                 capitalised(text, tokens[last + 1])) {
        last += 2;
      } else {
        break;
      }
    }
    const auto core_last = last;
    // Before the trigger: a relative's possessive ("daughter's graduation") or the
    // capitalised words of a name ("the Chester marathon"); never the sentence's
    // first word, whose capital says nothing.
    if (!info.place) {
      if (first > s_first && !clause_before[first] && has_bit(first - 1, k_relative)) {
        --first;
      } else {
        std::size_t taken = 0;
        while (taken < k_max_name_words && first > s_first + 1 && !clause_before[first] &&
               capitalised(text, tokens[first - 1]) && !has_bit(first - 1, k_owner | k_date)) {
          --first;
          ++taken;
        }
      }
    }
    // Whose event it is, when a relative comes just before: "my father-in-law passed
    // away", "our son is getting married", "the dog's been poorly". Up to three
    // bridging words ("is", "has just been") may stand between.
    if (!info.place && !has_bit(first, k_relative | k_kin)) {
      std::size_t k = first;
      std::size_t bridged = 0;
      while (k > s_first && !clause_before[k] && bridged < 3 && has_bit(k - 1, k_bridge)) {
        --k;
        ++bridged;
      }
      if (k > s_first && !clause_before[k] && has_bit(k - 1, k_kin | k_relative)) first = k - 1;
    }
    // A phrase does not end on "the", "in" or "was".
    const auto drop_dangling_end = [&] {
      while (last > core_last && has_bit(last - 1, k_dangling | k_lead)) --last;
    };
    // The complement: a preposition or calendar word and what follows it, up to the
    // next clause ("in Tenerife in February", "on the 28th", "next week").
    const auto starts_complement = [&](std::size_t t) {
      return t < s_end && !clause_before[t] &&
             (has_bit(t, k_complement | k_date) || std::isdigit(static_cast<unsigned char>(tokens[t].text[0])) != 0);
    };
    // "our wedding is in June": a copula may come first.
    const bool copula = last < s_end && !clause_before[last] && has_bit(last, k_lead) && starts_complement(last + 1);
    if (starts_complement(last) || copula) {
      if (copula) ++last;
      std::size_t taken = 0;
      while (last < s_end && taken < k_max_complement && !clause_before[last] &&
             (taken == 0 || !has_bit(last, k_clause | k_negation))) {
        ++last;
        ++taken;
      }
      drop_dangling_end();
      // "off to Leeds for a site visit" is work, not a trip.
      if (any_bit(core_last, last, k_business)) continue;
    }

    // Negated or hypothetical in its clause: "not going on holiday this year".
    bool negated = false;
    for (std::size_t k = first, reach = 0; k > s_first && reach < k_negation_reach && !clause_before[k]; --k, ++reach)
      if (has_bit(k - 1, k_negation)) negated = true;
    if (negated) continue;
    // Questions are the other side asking ("Are you off to Portugal?"): a fact in the
    // clause the '?' closes does not count, one before it does ("We're off to Crete on
    // the 3rd, so can we wrap this up before then?").
    const auto span = sentence_span(s);
    if (text.substr(span.begin, span.end - span.begin).find('?') != std::string_view::npos) {
      bool clause_after = false;
      for (auto t = last; t < s_end && !clause_after; ++t) clause_after = clause_before[t];
      if (!clause_after) continue;
    }
    // The speaker's own life.
    if (info.kind == "pet" ? !(household_pet(m->last - 1, s_first) || owned(s, first, m->first, m->last, info))
                           : !owned(s, first, m->first, m->last, info))
      continue;
    // A business sense of the same words ("wedding venue"); one in the complement only
    // ends it ("a cottage in the Cotswolds for the bank holiday weekend").
    bool business = false;
    for (const auto* n : not_personal) {
      if (n->first < core_last && first < n->last) business = true;
      else if (n->first >= core_last && n->first < last) last = n->first;
    }
    if (business) continue;
    drop_dangling_end();

    std::string_view kind = info.kind;
    if (!info.fixed && kind == "family" && any_bit(first, last, k_child)) kind = "children";
    // "my nephew's christening": a child's event in the wider family. A partner's baby
    // ("my wife's due in March") is the speaker's own child.
    if (!info.fixed && kind == "children" && has_bit(first, k_kin | k_relative) && !has_bit(first, k_child | k_partner))
      kind = "family";
    // "my knee operation" reads as "knee operation" in the other person's mouth, "he's
    // off to Canada" as "off to Canada", "on holiday in Crete" as "holiday in Crete".
    while (first + 1 < last && has_bit(first, k_owner | k_third_person | k_third_verb | k_dangling | k_lead)) ++first;
    candidates.push_back({first, last, s, m->rule, kind});
  }

  // One fact per overlapping group of phrases: the longest, then the earliest rule.
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.first != b.first) return a.first < b.first;
    if (a.last != b.last) return a.last > b.last;
    return a.rule < b.rule;
  });
  std::vector<Candidate> kept;
  for (const auto& c : candidates) {
    if (!kept.empty() && c.first < kept.back().last) {
      auto& k = kept.back();
      if (c.last - c.first > k.last - k.first) k = c;
      continue;
    }
    kept.push_back(c);
  }
  // A bare one-word trigger adds nothing next to a fuller fact of the same sentence
  // ("...getting married in Tenerife, so that's my holiday sorted").
  std::vector<bool> fuller(sentence_start.size(), false);
  for (const auto& c : kept)
    if (c.last - c.first > 1) fuller[c.sentence] = true;
  std::erase_if(kept, [&](const Candidate& c) { return c.last - c.first == 1 && fuller[c.sentence]; });
  // One thing to bring up per kind and sentence: "Finally sold the house, we move to
  // Leeds next month" is one move, told by its longest phrase.
  for (std::size_t i = 0; i < kept.size(); ++i)
    for (std::size_t j = i + 1; j < kept.size() && kept[j].sentence == kept[i].sentence; ++j)
      if (kept[j].kind == kept[i].kind) {
        auto& shorter = kept[j].last - kept[j].first > kept[i].last - kept[i].first ? kept[i] : kept[j];
        shorter.kind = {};
      }
  std::erase_if(kept, [](const Candidate& c) { return c.kind.empty(); });
  for (const auto& c : kept) {
    const auto begin = tokens[c.first].begin;
    auto end = tokens[c.last - 1].end;
    // "My allotment's gone mad" gives "allotment": the "'s" there is "is" or "has", and
    // a possessive at the end of a phrase has lost what it owned. A relative's stays:
    // "for my husband's" is cut short, not about a husband.
    if (tokens[c.last - 1].text.ends_with("'s") && !has_bit(c.last - 1, k_relative)) {
      const auto typed = text.substr(tokens[c.last - 1].begin, end - tokens[c.last - 1].begin);
      end -= typed.ends_with("\xE2\x80\x99s") ? std::size_t{4} : std::size_t{2};  // ’s or 's
    }
    facts.push_back({std::string(c.kind), collapse_ascii_spaces(text.substr(begin, end - begin)), sentence_span(c.sentence),
                     rules_.rule_origin(c.rule)});
  }
  return facts;
}

}  // namespace rapport::analysis
