// Tests for the one reading of emphasis marks (core/markup.hpp): spans of a line, the text without
// marks, and the first line whose pair does not close.
#include "core/markup.hpp"

#include <gtest/gtest.h>

namespace dl {
namespace {

using Spans = std::vector<TextSpan>;

TEST(Markup, SpansOfALine) {
  EXPECT_EQ(emphasis_spans("Tvätta **alltid** händerna"),
            (Spans{{"Tvätta ", false}, {"alltid", true}, {" händerna", false}}));
  EXPECT_EQ(emphasis_spans("**Logga ut**"), (Spans{{"Logga ut", true}}));
  EXPECT_EQ(emphasis_spans("inga märken"), (Spans{{"inga märken", false}}));
  EXPECT_EQ(emphasis_spans(""), Spans{});
  EXPECT_EQ(emphasis_spans("****"), Spans{});
  EXPECT_EQ(emphasis_spans("a **b"), (Spans{{"a ", false}, {"b", true}}));  // unclosed: bold to the end
}

TEST(Markup, TextWithoutMarks) {
  EXPECT_EQ(without_emphasis("Tryck på **Logga ut**. **Klart.**"), "Tryck på Logga ut. Klart.");
  EXPECT_EQ(without_emphasis("3 * 4 = 12"), "3 * 4 = 12");
}

TEST(Markup, AnUnclosedPairIsFoundOnItsLine) {
  EXPECT_EQ(unclosed_emphasis_line("**ja** och **nej**"), std::nullopt);
  EXPECT_EQ(unclosed_emphasis_line("rad ett\nrad **två\nrad tre**"), 2);
  EXPECT_EQ(unclosed_emphasis_line("**"), 1);
  EXPECT_EQ(unclosed_emphasis_line(""), std::nullopt);
}

}  // namespace
}  // namespace dl
