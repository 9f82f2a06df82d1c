// Tests for what "Lyssna" reads (read_aloud.hpp): plain sentences without markup, the page's own
// language, and nothing that gives an answer away.
#include "core/read_aloud.hpp"

#include <gtest/gtest.h>

namespace dl {
namespace {

LocalText both(const char* sv, const char* en = "") { return LocalText{sv, en}; }

Page page_with_every_part() {
  Page page;
  page.id = "p";
  page.title = both("Lösenord", "Passwords");
  PagePart text;
  text.text = both("Ett **starkt** lösenord är långt\n\n- Använd tre ord\n- Skriv inte upp det",
                   "A **strong** password is long\n\n- Use three words\n- Do not write it down");
  PagePart picture;
  picture.kind = PagePart::Kind::picture;
  picture.picture.caption = both("Så ser det ut", "How it looks");
  PagePart points;
  points.kind = PagePart::Kind::key_points;
  points.points = {both("Byt lösenord ofta!", "Change it often!")};
  PagePart order;
  order.kind = PagePart::Kind::question;
  Question q;
  q.id = "q-order";
  q.kind = QuestionKind::order;
  q.prompt = both("I vilken ordning?", "In which order?");
  q.items = {{"a", both("Först", "First")}, {"b", both("Sedan", "Then")}, {"c", both("Sist", "Last")}};
  order.question = q;
  PagePart match;
  match.kind = PagePart::Kind::question;
  Question m;
  m.id = "q-match";
  m.kind = QuestionKind::match;
  m.prompt = both("Vad hör ihop?", "What goes together?");
  m.pairs = {{"x", both("Larm", "Alarm"), both("Ringer", "Rings")}, {"y", both("Kamera", "Camera"), both("Ser", "Sees")}};
  match.question = m;
  page.parts = {text, picture, points, order, match};
  return page;
}

TEST(ReadAloud, APageIsPlainSentencesInReadingOrder) {
  const Page page = page_with_every_part();
  const SpeechText sv = page_speech(page, Lang::sv);
  EXPECT_EQ(sv.lang, Lang::sv);
  EXPECT_EQ(sv.text.find("**"), std::string::npos);
  EXPECT_EQ(sv.text.find("- "), std::string::npos);
  EXPECT_EQ(sv.text.rfind("Lösenord.\nEtt starkt lösenord är långt.\nAnvänd tre ord.\nSkriv inte upp det.\n"
                          "Så ser det ut.\nByt lösenord ofta!\nI vilken ordning?\n", 0), 0u) << sv.text;
  // The steps as first shown (never the right order the file lists), the match's left texts only.
  std::string steps;
  for (const std::string& id : initial_order(*page.parts[3].question)) {
    steps += std::string(id == "a" ? "Först" : id == "b" ? "Sedan" : "Sist") + ".\n";
  }
  EXPECT_NE(sv.text.find("I vilken ordning?\n" + steps), std::string::npos) << sv.text;
  const std::string end = "Vad hör ihop?\nLarm.\nKamera.";
  EXPECT_EQ(sv.text.substr(sv.text.size() - end.size()), end) << sv.text;
  EXPECT_EQ(sv.text.find("Ringer"), std::string::npos);
}

TEST(ReadAloud, EnglishOnlyWhenThePageIsWhollyInEnglish) {
  Page page = page_with_every_part();
  const SpeechText en = page_speech(page, Lang::en);
  EXPECT_EQ(en.lang, Lang::en);
  EXPECT_EQ(en.text.rfind("Passwords.\nA strong password is long.", 0), 0u) << en.text;
  page.parts[2].points[0].en.clear();  // one text without English: the screen shows Swedish there
  const SpeechText mixed = page_speech(page, Lang::en);
  EXPECT_EQ(mixed.lang, Lang::sv);
  EXPECT_EQ(mixed.text, page_speech(page, Lang::sv).text);
}

TEST(ReadAloud, AStatement) {
  Statement s;
  s.text = both("Jag kan logga in med **e-legitimation**", "I can log in with an e-ID");
  EXPECT_EQ(statement_speech(s, Lang::sv).text, "Jag kan logga in med e-legitimation.");
  EXPECT_EQ(statement_speech(s, Lang::en).text, "I can log in with an e-ID.");
  EXPECT_EQ(statement_speech(s, Lang::en).lang, Lang::en);
}

}  // namespace
}  // namespace dl
