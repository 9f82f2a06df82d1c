// The printable discussion guide: a self-contained A4 HTML file with the module's goals, key
// points, cases and group prompts, every text escaped, in Swedish or English.
#include "core/discussion_guide.hpp"

#include <gtest/gtest.h>

#include <regex>

#include "fixtures/course_model.hpp"

namespace dl {
namespace {

bool contains(const std::string& html, const std::string& part) { return html.find(part) != std::string::npos; }

std::size_t count(const std::string& html, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = html.find(part); at != std::string::npos; at = html.find(part, at + 1)) ++n;
  return n;
}

TEST(DiscussionGuide, IsASelfContainedHtmlDocument) {
  const std::string html = discussion_guide_html(test::course_module(), Lang::sv);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"sv\">", 0), 0u);
  EXPECT_TRUE(contains(html, "<meta charset=\"utf-8\">"));
  EXPECT_TRUE(contains(html, "<style>"));
  EXPECT_TRUE(contains(html, "</html>\n"));
  // Nothing runs and nothing is fetched: no scripts, links, images, frames or addresses.
  for (const char* banned : {"<script", "<link", "<img", "<iframe", "<object", "<embed", "src=", "href=",
                             "url(", "@import", "http:", "https:", "//fonts", "javascript:"}) {
    EXPECT_FALSE(contains(html, banned)) << banned;
  }
  EXPECT_FALSE(std::regex_search(html, std::regex(R"(<[^>]*\son[a-z]+\s*=)")));  // no event handlers
}

TEST(DiscussionGuide, PrintsOnA4) {
  const std::string html = discussion_guide_html(test::course_module(), Lang::sv);
  EXPECT_TRUE(contains(html, "@page { size: A4; margin: 18mm; }"));
  EXPECT_TRUE(contains(html, "font-size: 12pt"));
  EXPECT_TRUE(contains(html, "sans-serif"));
  EXPECT_FALSE(std::regex_search(html, std::regex(R"(font-family:[^;]*[^-]serif)")));
  EXPECT_TRUE(contains(html, "section { page-break-inside: avoid; break-inside: avoid;"));
}

TEST(DiscussionGuide, HoldsGoalsKeyPointsCasesAndPrompts) {
  const Module m = test::course_module();
  const std::string html = discussion_guide_html(m, Lang::sv);
  EXPECT_TRUE(contains(html, "<h1>Digital grund i arbetet</h1>"));
  EXPECT_TRUE(contains(html, "Samtalsguide för digitaliseringsombud"));
  EXPECT_TRUE(contains(html, "cirka 15 minuter"));
  EXPECT_TRUE(contains(html, "20–30 minuter"));
  EXPECT_TRUE(contains(html, "<li>Du kan logga in säkert.</li>"));
  EXPECT_TRUE(contains(html, "<li>Du vet vad en personuppgift är.</li>"));
  // Every page by its title, in order.
  const std::size_t p1 = html.find("Sida 1. Välkommen");
  const std::size_t p4 = html.find("Sida 4. I rätt ordning");
  ASSERT_NE(p1, std::string::npos);
  ASSERT_NE(p4, std::string::npos);
  EXPECT_LT(p1, p4);
  EXPECT_TRUE(contains(html, "<li>Dela aldrig ditt lösenord.</li>"));
  EXPECT_TRUE(contains(html, "<li>Lås skärmen.</li>"));
  // The case: story, question, options, and each outcome as a note to talk about.
  EXPECT_TRUE(contains(html, "Anna ser en lapp med ett lösenord på datorn."));
  EXPECT_TRUE(contains(html, "Vad gör du?"));
  EXPECT_TRUE(contains(html, "River lappen och säger till."));
  EXPECT_TRUE(contains(html, "<strong>Att prata om:</strong> Bra. Ingen annan kan logga in."));
  EXPECT_TRUE(contains(html, "<strong>Att prata om:</strong> Vem som helst kan logga in."));
  // The group prompt, highlighted.
  EXPECT_TRUE(contains(html, "<div class=\"reflection\">\n<h3>Prata om i gruppen</h3>\n"
                             "<p>Hur gör ni med lösenord på er arbetsplats?</p>"));
  // How to lead: 3–5 plain tips, after the pages.
  const std::size_t lead = html.find("<h2>Så leder du samtalet</h2>");
  ASSERT_NE(lead, std::string::npos);
  EXPECT_GT(lead, p4);
  const std::string tips = html.substr(lead, html.find("</section>", lead) - lead);
  EXPECT_GE(count(tips, "<li>"), 3u);
  EXPECT_LE(count(tips, "<li>"), 5u);
  EXPECT_TRUE(contains(tips, "20–30 minuter"));
  EXPECT_TRUE(contains(tips, "chefen"));
  // Questions and their answers are not in the guide: the group works them in the module.
  EXPECT_FALSE(contains(html, "blå-katt-dansar-i-regn"));
}

TEST(DiscussionGuide, EscapesEveryText) {
  Module m = test::course_module();
  m.title = test::sv("Säkerhet <script>alert('x')</script> & \"mer\"");
  m.pages[3].parts[2].prompt = test::sv("Vad gör ni när <b>någon</b> ringer?");
  m.pages[0].parts[1].points[0] = test::sv("A & B");
  m.pages[2].parts[1].options[0].outcome = test::sv("<img src=x onerror=alert(1)>");
  const std::string html = discussion_guide_html(m, Lang::sv);
  EXPECT_FALSE(contains(html, "<script"));
  EXPECT_FALSE(contains(html, "<b>"));
  EXPECT_FALSE(contains(html, "<img"));
  EXPECT_TRUE(contains(html, "<h1>Säkerhet &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;mer&quot;</h1>"));
  EXPECT_TRUE(contains(html, "<title>Samtalsguide: Säkerhet &lt;script&gt;"));
  EXPECT_TRUE(contains(html, "Vad gör ni när &lt;b&gt;någon&lt;/b&gt; ringer?"));
  EXPECT_TRUE(contains(html, "<li>A &amp; B</li>"));
  EXPECT_TRUE(contains(html, "&lt;img src=x onerror=alert(1)&gt;"));
}

TEST(DiscussionGuide, EnglishWithSwedishWhereContentHasNoEnglish) {
  const std::string html = discussion_guide_html(test::course_module(), Lang::en);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
  EXPECT_TRUE(contains(html, "<h1>Digital basics at work</h1>"));  // has English
  EXPECT_TRUE(contains(html, "Discussion guide for digital champions"));
  EXPECT_TRUE(contains(html, "about 15 minutes"));
  EXPECT_TRUE(contains(html, "<h3>Talk about it in the group</h3>"));
  EXPECT_TRUE(contains(html, "<h2>How to lead the talk</h2>"));
  // No English in the content: the Swedish text, marked as Swedish for screen readers.
  EXPECT_TRUE(contains(html, "<p lang=\"sv\">Hur gör ni med lösenord på er arbetsplats?</p>"));
  EXPECT_TRUE(contains(html, "Page 1. <span lang=\"sv\">Välkommen</span>"));
  EXPECT_TRUE(contains(html, "<strong>To talk about:</strong> <span lang=\"sv\">Bra. Ingen annan kan logga in.</span>"));
  EXPECT_FALSE(contains(html, "Samtalsguide för digitaliseringsombud"));
  EXPECT_FALSE(contains(html, "Prata om i gruppen"));
}

TEST(DiscussionGuide, EmphasisMarksAreNotShown) {
  Module m = test::course_module();
  m.pages[3].parts[2].prompt = test::sv("Vem får **se** journalen?");
  EXPECT_TRUE(contains(discussion_guide_html(m, Lang::sv), "Vem får se journalen?"));
}

TEST(DiscussionGuide, FileName) {
  EXPECT_EQ(discussion_guide_file_name(test::course_module()), "samtalsguide-digital-grund.html");
}

}  // namespace
}  // namespace dl
