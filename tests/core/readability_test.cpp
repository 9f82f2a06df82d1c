// LIX on texts counted by hand: words, sentences, long words, UTF-8 letters, and a module's sum.
#include <gtest/gtest.h>

#include "core/readability.hpp"

namespace dl {
namespace {

void expect_counts(std::string_view text, int words, int sentences, int long_words) {
  const LixResult r = lix(text);
  EXPECT_EQ(r.words, words) << text;
  EXPECT_EQ(r.sentences, sentences) << text;
  EXPECT_EQ(r.long_words, long_words) << text;
}

TEST(Lix, OneSentence) {
  // Lås | skärmen (7 letters, long) | när | du | går
  expect_counts("Lås skärmen när du går.", 5, 1, 1);
  EXPECT_DOUBLE_EQ(lix("Lås skärmen när du går.").value(), 5.0 / 1 + 100.0 * 1 / 5);  // 25
}

TEST(Lix, EmptyTextIsZero) {
  expect_counts("", 0, 0, 0);
  expect_counts("  12 345 – ... !", 0, 0, 0);
  EXPECT_DOUBLE_EQ(lix("").value(), 0.0);
  EXPECT_DOUBLE_EQ(LixResult{}.value(), 0.0);
}

TEST(Lix, TextWithoutEndMarkIsOneSentence) {
  expect_counts("Hitta och värdera information", 4, 1, 2);  // värdera 7, information 11 letters
  expect_counts("Hej. Hej då", 3, 2, 0);                      // words after the last mark: one more
}

TEST(Lix, EveryEndMarkEndsASentence) {
  // Vad gör du | Ring chefen | Skriv ner det | kort; "chefen" has 6 letters: not long
  expect_counts("Vad gör du? Ring chefen! Skriv ner det: kort.", 9, 4, 0);
  EXPECT_DOUBLE_EQ(lix("Vad gör du? Ring chefen! Skriv ner det: kort.").value(), 9.0 / 4);
  expect_counts("Vänta... Nu!?", 2, 2, 0);  // a run of marks ends one sentence
}

TEST(Lix, LettersAreCountedNotBytes) {
  expect_counts("Övrigt.", 1, 1, 0);   // 6 letters, 7 bytes
  expect_counts("Ändrade.", 1, 1, 1);  // 7 letters
  expect_counts("Åsa åt äpple på café Señor.", 6, 1, 0);
  expect_counts("Blåbärssylt", 1, 1, 1);
}

TEST(Lix, DigitsAreNotWords) {
  expect_counts("Ring 112 nu!", 2, 1, 0);
  // The dot in 10.30 ends no sentence; the one after "dag" does.
  expect_counts("Mötet börjar 10.30 i dag.", 4, 1, 0);
}

TEST(Lix, HyphenatedWordCountsOnce) {
  // e-post: 5 letters; sms-meddelande: 13 letters, long. A dash with spaces is no hyphen.
  expect_counts("Skicka e-post eller sms-meddelande – inte brev.", 6, 1, 1);
}

TEST(Lix, KnownParagraph) {
  // Du ska alltid logga ut. | Datorn delas av många kollegor. | Lösenordet är ditt eget.
  // 5 + 5 + 4 = 14 words, 3 sentences; long: kollegor (8), Lösenordet (10) = 2
  const LixResult r = lix("Du ska alltid logga ut. Datorn delas av många kollegor. Lösenordet är ditt eget.");
  EXPECT_EQ(r.words, 14);
  EXPECT_EQ(r.sentences, 3);
  EXPECT_EQ(r.long_words, 2);
  EXPECT_NEAR(r.value(), 14.0 / 3 + 200.0 / 14, 1e-9);  // 18.95
}

TEST(Lix, BrokenUtf8NeverStalls) {
  const std::string broken = std::string("ab\xC3") + " \xFF\xFE cd.";
  const LixResult r = lix(broken);
  EXPECT_EQ(r.words, 2);
  EXPECT_EQ(r.sentences, 1);
}

TEST(Lix, SumAddsEveryCount) {
  const LixResult sum = LixResult{3, 1, 1} + LixResult{7, 2, 0};
  EXPECT_EQ(sum.words, 10);
  EXPECT_EQ(sum.sentences, 3);
  EXPECT_EQ(sum.long_words, 1);
}

LocalText sv(std::string text, std::string en = "") { return LocalText{std::move(text), std::move(en)}; }

TEST(ModuleLix, SumsEverySwedishTextOnce) {
  Module m;
  m.id = "m";
  m.title = sv("Digital grund", "Digital basics long englishwords");  // 2 w, 1 s, 1 long (Digital 7)
  m.summary = sv("Du lär dig grunder.");                               // 4 w, 1 s, 1 long (grunder 7)
  m.goals = {sv("Jag kan logga in"), sv("Jag kan logga ut")};          // 4+4 w, 1+1 s
  Page page;
  page.id = "p";
  page.title = sv("Logga in");  // 2 w, 1 s
  PagePart text;
  text.kind = PagePart::Kind::text;
  // Two paragraphs and a list of two items: "**" is markup; each line is a text.
  text.text = sv("Det är **viktigt** att logga ut.\n\n- Lås skärmen\n- Gå");  // 6w1s1l + 0 + 2w1s1l + 1w1s
  page.parts.push_back(text);
  PagePart points;
  points.kind = PagePart::Kind::key_points;
  points.points = {sv("Lås alltid."), sv("Logga ut.")};  // 2w1s + 2w1s
  page.parts.push_back(points);
  PagePart picture;
  picture.kind = PagePart::Kind::picture;
  picture.picture.alt = sv("En surfplatta på ett bord.");  // 5 w, 1 s, 1 long (surfplatta)
  page.parts.push_back(picture);
  PagePart scenario;
  scenario.kind = PagePart::Kind::scenario;
  scenario.scenario_id = "s";
  scenario.story = sv("Anna ser en lapp.");   // 4w1s
  scenario.prompt = sv("Vad gör du?");        // 3w1s
  scenario.options = {ScenarioOption{"a", sv("Hon river den."), sv("Bra.")}};  // 3w1s + 1w1s
  page.parts.push_back(scenario);
  PagePart reflection;
  reflection.kind = PagePart::Kind::reflection;
  reflection.prompt = sv("Hur gör ni?");  // 3w1s
  page.parts.push_back(reflection);
  PagePart question;
  question.kind = PagePart::Kind::question;
  Question q;
  q.id = "q";
  q.kind = QuestionKind::order;
  q.prompt = sv("Sätt i ordning.");                       // 3w1s1l (ordning 7)
  q.items = {OrderItem{"a", sv("Först")}, OrderItem{"b", sv("Sist")}};  // 1w1s + 1w1s
  q.feedback_right = sv("Rätt.");                         // 1w1s
  question.question = q;
  page.parts.push_back(question);
  m.pages.push_back(page);

  const LixResult r = module_lix(m);
  const int words = 2 + 4 + 4 + 4 + 2 + 6 + 2 + 1 + 2 + 2 + 5 + 4 + 3 + 3 + 1 + 3 + 3 + 1 + 1 + 1;
  const int sentences = 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1;
  const int long_words = 1 + 1 + 1 + 1 + 1 + 1;
  EXPECT_EQ(r.words, words);
  EXPECT_EQ(r.sentences, sentences);
  EXPECT_EQ(r.long_words, long_words);
}

}  // namespace
}  // namespace dl
