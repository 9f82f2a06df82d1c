// Tests for what the printable HTML files share (html_text.hpp) and for the programme's QR poster:
// escaping, the A4 start with the page's own rules after the base, and a poster that holds the
// escaped name, the QR code and the link written out, and nothing from outside.
#include <string>

#include <gtest/gtest.h>

#include "core/html_text.hpp"
#include "core/programme.hpp"
#include "core/programme_poster.hpp"

namespace dl {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(HtmlText, EscapesEveryCharacterThatCouldBeMarkup) {
  EXPECT_EQ(html_escape("a < b & \"c\" > 'd'"), "a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;");
  EXPECT_EQ(html_escape("Kärlek – åäö"), "Kärlek – åäö");
  EXPECT_EQ(html_escape(""), "");
}

TEST(HtmlText, APrintablePageStartsWithTheA4BaseThenItsOwnRules) {
  const std::string html = print_page_start(Lang::en, "Guide <1>", PrintLayout{16, 11, "1.4"}, "h1 { color: red; }\n");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
  EXPECT_TRUE(contains(html, "<meta charset=\"utf-8\">"));
  EXPECT_TRUE(contains(html, "<title>Guide &lt;1&gt;</title>"));
  EXPECT_TRUE(contains(html, "@page { size: A4; margin: 16mm; }"));
  EXPECT_TRUE(contains(html, "max-width: 178mm"));  // 210 mm of paper less both margins
  EXPECT_TRUE(contains(html, "font-size: 11pt; line-height: 1.4;"));
  EXPECT_LT(html.find("@media print"), html.find("h1 { color: red; }"));  // the page's rules win
  EXPECT_TRUE(html.size() > 7 && html.compare(html.size() - 7, 7, "<body>\n") == 0);
  EXPECT_EQ(print_page_start(Lang::sv, "x", PrintLayout{}, "").find("<html lang=\"sv\">"), 16u);
}

TEST(ProgrammePoster, HoldsTheNameTheQrCodeTheLinkAndThreeSteps) {
  Programme p;
  p.id = "H4KD9PQM";
  p.name = "Omsorg & <lyft>";
  const std::string link = "https://example.org/digilyft/#program=1&id=H4KD9PQM";
  const std::string html = programme_poster_html(p, link, Lang::sv);
  EXPECT_TRUE(contains(html, "<title>Digilyft – Omsorg &amp; &lt;lyft&gt;</title>"));
  EXPECT_TRUE(contains(html, "<h1>Digilyft – Omsorg &amp; &lt;lyft&gt;</h1>"));
  EXPECT_FALSE(contains(html, "<lyft>"));
  EXPECT_TRUE(contains(html, "@page { size: A4; margin: 20mm; }"));
  EXPECT_TRUE(contains(html, qr_svg(make_qr_code(link))));
  EXPECT_TRUE(contains(html, html_escape(link)));
  EXPECT_EQ(std::string::npos, html.find("<script"));
  EXPECT_EQ(std::string::npos, html.find("src="));  // nothing fetched when it is opened or printed
  std::size_t steps = 0;
  for (std::size_t at = html.find("<li>"); at != std::string::npos; at = html.find("<li>", at + 1)) ++steps;
  EXPECT_EQ(steps, 3u);
  EXPECT_TRUE(contains(programme_poster_html(p, link, Lang::en), "Choose your organisation from the list."));
  EXPECT_EQ(programme_poster_file_name(p), "digilyft-affisch-H4KD9PQM.html");
}

TEST(ProgrammePoster, NobodyIsAskedToTypeALongLink) {
  Programme p;
  p.id = "H4KD9PQM";
  p.name = "Omsorgslyftet";
  const std::string short_link = "https://example.org/d/#program=1&id=H4KD9PQM";
  EXPECT_TRUE(contains(programme_poster_html(p, short_link, Lang::sv), "Ingen kamera? Skriv in länken nedan."));
  const std::string long_link = short_link + "&name=" + std::string(100, 'x');
  const std::string html = programme_poster_html(p, long_link, Lang::sv);
  EXPECT_FALSE(contains(html, "Skriv in"));
  EXPECT_FALSE(contains(html, "Länken: "));
  EXPECT_TRUE(contains(html, "Ingen kamera? Be den som samordnar utbildningen om länken i ett mejl eller sms."));
  EXPECT_TRUE(contains(html, qr_svg(make_qr_code(long_link))));
}

}  // namespace
}  // namespace dl
