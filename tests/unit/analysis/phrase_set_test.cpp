#include "rapport/analysis/phrase_set.hpp"

#include <gtest/gtest.h>

namespace rapport::analysis {
namespace {

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text)) out.push_back(t.text);
  return out;
}

TEST(Tokenize, WordsLowerCasedWithInnerApostrophesAndHyphens) {
  EXPECT_EQ(words("Don't worry—it’s a FOLLOW-UP, ok?"),
            (std::vector<std::string>{"don't", "worry", "it's", "a", "follow-up", "ok"}));
  EXPECT_EQ(words("Hélène's café -- 'quoted'"), (std::vector<std::string>{"hélène's", "café", "quoted"}));
  EXPECT_EQ(words("ÉTÉ 2026"), (std::vector<std::string>{"été", "2026"}));
  EXPECT_TRUE(words("  ... ?! ").empty());
}

TEST(Tokenize, OffsetsPointIntoTheText) {
  const std::string text = "Hi Nora, thanks!";
  const auto tokens = tokenize(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin), "thanks");
}

PhraseSet compile(std::string_view rules) {
  PhraseSet set;
  auto added = set.add_rules("test.rules", rules);
  EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().message);
  return set;
}

std::vector<std::string> labels(const PhraseSet& set, std::string_view text) {
  std::vector<std::string> out;
  for (const auto& m : set.find_all(tokenize(text))) out.push_back(set.label_name(m.label));
  return out;
}

TEST(PhraseSet, AlternativesOptionalsWildcardsAndGaps) {
  const auto set = compile(
      "# comment line\n"
      "thanks: thank you|u [so|very] much   # trailing comment\n"
      "next_step: could we ... meet\n"
      "semi: ^ how many\n"
      "tag: * right $\n");
  EXPECT_EQ(labels(set, "Thank you so much!"), (std::vector<std::string>{"thanks"}));
  EXPECT_EQ(labels(set, "thank u much"), (std::vector<std::string>{"thanks"}));
  EXPECT_TRUE(labels(set, "thank you very very much").empty());
  EXPECT_EQ(labels(set, "Could we perhaps all meet on Friday?"), (std::vector<std::string>{"next_step"}));
  EXPECT_TRUE(labels(set, "could we one two three four five meet").empty());
  EXPECT_EQ(labels(set, "How many vans do you run?"), (std::vector<std::string>{"semi"}));
  EXPECT_TRUE(labels(set, "I wonder how many vans").empty());
  EXPECT_EQ(labels(set, "That's the plan, right?"), (std::vector<std::string>{"tag"}));
  EXPECT_TRUE(labels(set, "right away then").empty());
}

TEST(PhraseSet, MatchSpansAreTokenRanges) {
  const auto set = compile("price: too expensive\n");
  const auto tokens = tokenize("Honestly it is too expensive for us.");
  const auto matches = set.find_all(tokens);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].first, 3u);
  EXPECT_EQ(matches[0].last, 5u);
  EXPECT_EQ(set.rule_origin(matches[0].rule), "test.rules:1");
}

// Rules are looked up by the first two words a match can start with; every way a
// pattern can begin must still be found, once, and in rule order.
TEST(PhraseSet, EveryWayAPatternCanBeginIsFoundOnce) {
  const auto set = compile(
      "lead: [so] [very] much thanks\n"  // may start on so, very or much
      "short: thanks [a] [lot]\n"        // may end after its first word
      "gap: thanks ... later\n"          // any word may follow the first
      "mixed: [thanks] thanks again\n"   // "thanks" followed by "thanks" or "again"
      "any: thanks *\n");
  // Each start of a match is reported: "so very much thanks", "very much thanks"…
  EXPECT_EQ(labels(set, "so very much thanks"), (std::vector<std::string>{"lead", "lead", "lead", "short"}));
  EXPECT_EQ(labels(set, "much thanks"), (std::vector<std::string>{"lead", "short"}));
  EXPECT_EQ(labels(set, "so thanks"), (std::vector<std::string>{"short"}));
  // At one token the matches come in rule order, from whichever list they were found.
  EXPECT_EQ(labels(set, "thanks again"), (std::vector<std::string>{"short", "mixed", "any"}));
  EXPECT_EQ(labels(set, "thanks thanks again"),
            (std::vector<std::string>{"short", "mixed", "any", "short", "mixed", "any"}));
  EXPECT_EQ(labels(set, "thanks zebra later"), (std::vector<std::string>{"short", "gap", "any"}));
  EXPECT_EQ(labels(set, "thanks"), (std::vector<std::string>{"short"}));
}

// "the quote's too high": an unknown word with "'s" stands for its stem, while a rule
// that spells the "'s" form keeps it to itself.
TEST(PhraseSet, AnUnknownApostropheSWordMatchesItsStem) {
  const auto set = compile("price: quote too high\nfamily: mum's birthday\n");
  EXPECT_EQ(labels(set, "The quote's too high."), (std::vector<std::string>{"price"}));
  EXPECT_EQ(labels(set, "The quote\u2019s too high."), (std::vector<std::string>{"price"}));
  EXPECT_EQ(labels(set, "It's my mum's birthday."), (std::vector<std::string>{"family"}));
  EXPECT_TRUE(labels(set, "It's my mum birthday.").empty());
  // "'d" and "'ll" after a noun carry only the verb; after a pronoun they change it.
  const auto deciders = compile("authority: manager have to\nrequest: we need\n");
  EXPECT_EQ(labels(deciders, "The bank manager'd have to see it."), (std::vector<std::string>{"authority"}));
  EXPECT_TRUE(labels(deciders, "We'll need the venue in May.").empty());
}

TEST(PhraseSet, ErrorsNameTheFileAndLine) {
  PhraseSet set;
  auto bad = set.add_rules("acts.rules", "thanks: thank you\nno colon here\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message, "acts.rules:2: a rule is \"label: pattern\"");
  auto empty = set.add_rules("x.rules", "label:   \n");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.error().message.find("x.rules:1"), std::string::npos);
}

TEST(PhraseSet, PhraseGroupsOfferWholePhrasesAsAlternatives) {
  const auto set = compile(
      "intro: ^ [hi] (my name is|my name's|this is) *\n"
      "ask: (what about|how about) you|yourself $\n");
  EXPECT_EQ(labels(set, "Hi, my name is Ottilie"), (std::vector<std::string>{"intro"}));
  EXPECT_EQ(labels(set, "My name's Ottilie"), (std::vector<std::string>{"intro"}));
  EXPECT_EQ(labels(set, "this is Ottilie"), (std::vector<std::string>{"intro"}));
  EXPECT_TRUE(labels(set, "my name Ottilie").empty());
  EXPECT_TRUE(labels(set, "is Ottilie").empty());
  EXPECT_EQ(labels(set, "And how about yourself?"), (std::vector<std::string>{"ask"}));
  EXPECT_EQ(labels(set, "what about you"), (std::vector<std::string>{"ask"}));
  EXPECT_TRUE(labels(set, "what how you").empty());
  EXPECT_TRUE(labels(set, "about you").empty());
  // Every expansion keeps the line of the rule it came from.
  const auto matches = set.find_all(tokenize("how about you"));
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(set.rule_origin(matches[0].rule), "test.rules:2");
}

// The message of compiling `rules` as "t.rules", or "" when they compile.
std::string error(std::string_view rules) {
  PhraseSet set;
  auto added = set.add_rules("t.rules", rules);
  return added.ok() ? std::string() : added.error().message;
}

TEST(PhraseSet, WordAlternativesThatLookLikePhraseAlternativesAreErrors) {
  // The trap: this means my, name, (is|my), name's.
  EXPECT_NE(error("greeting: my name is|my name's\n").find("(a b|c d)"), std::string::npos);
  EXPECT_NE(error("x: weekend in|away in\n").find("t.rules:1"), std::string::npos);
  EXPECT_FALSE(error("x: not the right|wasn't the right\n").empty());
  // A repeated word far apart, or in an optional element, is fine.
  EXPECT_EQ(error("x: what does|do that|this|it have to do with\n"), "");
  EXPECT_EQ(error("x: ^ [well|so] so long $\n"), "");
  EXPECT_EQ(error("x: (my name is|my name's)\n"), "");
  // Brackets and groups must be closed; an optional element holds no spaces.
  EXPECT_FALSE(error("x: [this|this year's] budget\n").empty());
  EXPECT_FALSE(error("x: (my name is\n").empty());
  EXPECT_FALSE(error("x: my name) is\n").empty());
  EXPECT_FALSE(error("x: (my name||is)\n").empty());
  EXPECT_FALSE(error("x: a ^ b\n").empty());
}

TEST(PhraseSet, NamedWordListsServeManyRules) {
  const auto set = compile(
      "@decider = boss|board|head office|my wife\n"
      "@approves = approve|decide\n"
      "authority: @decider ... [has|have] to @approves\n"
      "authority: @approves ... [with] @decider\n"
      "maybe: ^ [@approves] later $\n");
  EXPECT_EQ(labels(set, "The board has to approve it"), (std::vector<std::string>{"authority"}));
  EXPECT_EQ(labels(set, "head office will want to decide"), (std::vector<std::string>{"authority"}));
  EXPECT_EQ(labels(set, "I'll decide with my wife"), (std::vector<std::string>{"authority"}));
  EXPECT_TRUE(labels(set, "my office will decide").empty());
  EXPECT_EQ(labels(set, "approve later"), (std::vector<std::string>{"maybe"}));
  EXPECT_EQ(labels(set, "later"), (std::vector<std::string>{"maybe"}));
  EXPECT_TRUE(labels(set, "board later").empty());
  // A list serves the files added after the one that defines it.
  PhraseSet later;
  ASSERT_TRUE(later.add_rules("a.rules", "@who = boss|board\n").ok());
  EXPECT_TRUE(later.add_rules("b.rules", "authority: @who decides\n").ok());
}

TEST(PhraseSet, WordListMistakesAreErrors) {
  EXPECT_NE(error("x: @nobody decides\n").find("t.rules:1: no word list @nobody"), std::string::npos);
  EXPECT_NE(error("@a = b\n@a = c\n").find("t.rules:2"), std::string::npos);
  EXPECT_FALSE(error("@a = \n").empty());
  EXPECT_FALSE(error("@a = b||c\n").empty());
  EXPECT_FALSE(error("@a = (b|c)\n").empty());
  EXPECT_FALSE(error("@A-b = c\n").empty());
  // A list with a phrase is a group: it cannot stand inside an optional or another group.
  EXPECT_FALSE(error("@who = the board|boss\nx: [@who] decides\n").empty());
  EXPECT_FALSE(error("@who = the board|boss\nx: manager|@who decides\n").empty());
  EXPECT_EQ(error("@who = board|boss\nx: [@who] decides\n"), "");
}

}  // namespace
}  // namespace rapport::analysis
