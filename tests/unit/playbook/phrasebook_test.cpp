#include "rapport/playbook/phrasebook.hpp"

#include <gtest/gtest.h>

namespace rapport::playbook {
namespace {

TEST(Phrasebook, TheShippedWordingFillsItsPlaceholders) {
  const auto words = Phrasebook::create().value();
  const auto opening = words.say("opening.dismissal", {{"first", "Priya"}, {"date", "12 Nov"}}, "opening.default");
  EXPECT_NE(opening.find("Hi Priya"), std::string::npos) << opening;
  EXPECT_NE(opening.find("12 Nov"), std::string::npos) << opening;
  EXPECT_EQ(opening.find('{'), std::string::npos) << opening;
  EXPECT_FALSE(words.say("response.price", {}).empty());
  EXPECT_FALSE(words.say("clarify.financial_unclear", {}).empty());
}

TEST(Phrasebook, AnUnknownKeyFallsBack) {
  const auto words = Phrasebook::create().value();
  EXPECT_EQ(words.say("opening.overdue_live", {{"first", "Sam"}}, "opening.default"),
            words.say("opening.default", {{"first", "Sam"}}));
  EXPECT_EQ(words.say("no.such.key", {}), "");
}

TEST(Phrasebook, AnOrganisationsFileReplacesALine) {
  const analysis::RuleFiles extra{{"wording-acme.rules", "# ours\nopening.call_request: Hello {first}, Acme here, as you asked.\n"}};
  const auto words = Phrasebook::create(extra).value();
  EXPECT_EQ(words.say("opening.call_request", {{"first", "Jo"}}), "Hello Jo, Acme here, as you asked.");
  // Files named otherwise are not wording.
  const analysis::RuleFiles other{{"signals-acme.rules", "opening.call_request: not read\n"}};
  EXPECT_NE(Phrasebook::create(other).value().say("opening.call_request", {}), "not read");
}

TEST(Phrasebook, ErrorsNameTheFileAndLine) {
  const auto no_colon = Phrasebook::create({{"wording-x.rules", "\n# fine\nthis line has no key\n"}});
  ASSERT_FALSE(no_colon);
  EXPECT_NE(no_colon.error().message.find("wording-x.rules:3"), std::string::npos) << no_colon.error().message;
  const auto placeholder = Phrasebook::create({{"wording-x.rules", "opening.default: Hi {name}\n"}});
  ASSERT_FALSE(placeholder);
  EXPECT_NE(placeholder.error().message.find("{name}"), std::string::npos) << placeholder.error().message;
}

TEST(Phrasebook, APlaceholderValueIsNotReadAsAPlaceholder) {
  const auto words = Phrasebook::create({{"wording-x.rules", "opening.default: {first} and {first}\n"}}).value();
  EXPECT_EQ(words.say("opening.default", {{"first", "{first}"}}), "{first} and {first}");
}

}  // namespace
}  // namespace rapport::playbook
