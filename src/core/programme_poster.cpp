// The programme's printable QR poster (programme_poster.hpp): no scripts, no outside resources.
#include "programme_poster.hpp"

#include "html_text.hpp"

namespace dl {
namespace {

const PrintLayout kLayout{20, 12, "1.4"};
// The poster's own rules, after the shared A4 base (html_text.hpp).
constexpr const char* kStyle = R"(
body { text-align: center; }
h1 { font-size: 30pt; margin: 0 0 6mm; }
.lead { font-size: 18pt; margin: 0 0 10mm; }
.qr svg { width: 110mm; height: 110mm; }
ol { display: inline-block; text-align: left; font-size: 16pt; line-height: 1.5; margin: 8mm 0; }
.link { font-size: 11pt; word-break: break-all; color: #444; margin-top: 6mm; }
)";

constexpr Phrase kTitle{"Digilyft – {1}", "Digilyft – {1}"};
constexpr Phrase kLead{"Kurser och självskattning om digitala verktyg i ditt arbete.",
                       "Courses and a self-assessment on digital tools at work."};
constexpr Phrase kStepScan{"Rikta mobilens kamera mot rutan och öppna länken.",
                           "Point your phone's camera at the square and open the link."};
constexpr Phrase kStepType{"Ingen kamera? Skriv in länken nedan.", "No camera? Type in the link below."};
constexpr Phrase kAskForLink{"Ingen kamera? Be den som samordnar utbildningen om länken i ett mejl eller sms.",
                             "No camera? Ask the person who coordinates the training for the link by e-mail or text message."};
// Nobody is asked to type a link longer than this; a longer one is only in the QR code.
constexpr std::size_t kMaxTypedLink = 120;
constexpr Phrase kStepChoose{"Välj din organisation i listan.", "Choose your organisation from the list."};
constexpr Phrase kStepStart{"Börja med frågorna om hur du använder digitala verktyg i dag.",
                            "Start with the questions on how you use digital tools today."};
constexpr Phrase kLinkCaption{"Länken: {1}", "The link: {1}"};

}  // namespace

std::string programme_poster_html(const Programme& programme, const std::string& link, Lang lang) {
  const std::string title = fill(tr(lang, kTitle), {programme.name});
  std::string out = print_page_start(lang, title, kLayout, kStyle);
  out += "<h1>" + html_escape(title) + "</h1>\n";
  out += "<p class=\"lead\">" + html_escape(tr(lang, kLead)) + "</p>\n";
  out += "<div class=\"qr\">" + qr_svg(make_qr_code(link)) + "</div>\n";
  out += "<ol>\n<li>" + html_escape(tr(lang, kStepScan)) + "</li>\n<li>" + html_escape(tr(lang, kStepChoose)) +
         "</li>\n<li>" + html_escape(tr(lang, kStepStart)) + "</li>\n</ol>\n";
  if (link.size() <= kMaxTypedLink) {
    out += "<p class=\"link\">" + html_escape(tr(lang, kStepType)) + " " +
           html_escape(fill(tr(lang, kLinkCaption), {link})) + "</p>\n";
  } else {
    out += "<p class=\"link\">" + html_escape(tr(lang, kAskForLink)) + "</p>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

std::string programme_poster_file_name(const Programme& programme) {
  return "digilyft-affisch-" + programme.id + ".html";
}

}  // namespace dl
