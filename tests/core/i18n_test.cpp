// Tests for the program's own phrases: both languages, shared placeholders, and filling them in.
#include "core/i18n.hpp"

#include <gtest/gtest.h>

#include <string>

namespace dl {
namespace {

// Made at compile time: a bad phrase here would not build.
constexpr Phrase kGreeting{"Hej {1}, du har {2} kurser kvar.", "Hi {1}, you have {2} courses left."};
static_assert(Phrase::placeholders("{1} och {2}") == ((1u << 1) | (1u << 2)));
static_assert(Phrase::placeholders("inga {a} {0} {10}") == 0, "only {1}…{9} are placeholders");

TEST(PhraseTest, FillsBothLanguagesWithTheSameValues) {
  EXPECT_EQ(fill(tr(Lang::sv, kGreeting), {"Anna", "3"}), "Hej Anna, du har 3 kurser kvar.");
  EXPECT_EQ(fill(tr(Lang::en, kGreeting), {"Anna", "3"}), "Hi Anna, you have 3 courses left.");
}

TEST(PhraseTest, PlaceholdersMayComeInAnotherOrder) {
  const Phrase order{"{2} av {1}", "{1}: {2}"};
  EXPECT_EQ(fill(tr(Lang::sv, order), {"tio", "tre"}), "tre av tio");
  EXPECT_EQ(fill(tr(Lang::en, order), {"ten", "three"}), "ten: three");
}

TEST(PhraseTest, APhraseWithoutItsEnglishIsRefused) {
  // (A constexpr phrase like these does not build: tests/phrases.)
  EXPECT_STREQ(Phrase::problem("Spara", ""), "a phrase needs both its Swedish and its English text");
  EXPECT_NE(Phrase::problem("", "Save"), nullptr);
  EXPECT_NE(Phrase::problem(nullptr, "Save"), nullptr);
}

TEST(PhraseTest, LanguagesWithDifferentPlaceholdersAreRefused) {
  // The English forgot the count: a filled-in sentence would silently lose it.
  EXPECT_STREQ(Phrase::problem("{1} filer lästa", "Files read"),
               "a phrase's Swedish and English have different placeholders {1}…{9}");
  EXPECT_NE(Phrase::problem("{1} av {2}", "{1} of {3}"), nullptr);
  EXPECT_EQ(Phrase::problem("Klart", "Done"), nullptr);
  static_assert(Phrase::problem("{2} av {1}", "{1} of {2}") == nullptr);
}

TEST(PhraseTest, ADefaultPhraseIsEmptyInBothLanguages) {
  const Phrase none{};
  EXPECT_STREQ(tr(Lang::sv, none), "");
  EXPECT_STREQ(tr(Lang::en, none), "");
}

}  // namespace
}  // namespace dl
