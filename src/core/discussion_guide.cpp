// The printable discussion guide for a module (discussion_guide.hpp): one HTML5 file with its CSS
// inside, no scripts and no outside resources, laid out for A4 paper.
#include "discussion_guide.hpp"

#include <string>

#include "html_text.hpp"
#include "markup.hpp"

namespace dl {
namespace {

const PrintLayout kLayout{18, 12, "1.45"};
// The guide's own rules, after the shared A4 base (html_text.hpp).
const char* const kStyle = R"(
h1 { font-size: 20pt; margin: 0 0 2pt; line-height: 1.2; }
h2 { font-size: 15pt; margin: 14pt 0 4pt; page-break-after: avoid; break-after: avoid; }
h3 { font-size: 12pt; margin: 8pt 0 2pt; page-break-after: avoid; break-after: avoid; }
p, ul { margin: 0 0 6pt; }
ul { padding-left: 16pt; }
li { margin-bottom: 3pt; }
.subtitle { font-size: 13pt; font-weight: 600; margin-bottom: 4pt; }
.meta { color: #333; }
section { page-break-inside: avoid; break-inside: avoid; border-top: 1pt solid #999; padding-top: 2pt; }
.scenario { border: 1pt solid #777; border-radius: 4pt; padding: 6pt 8pt; margin: 6pt 0;
  page-break-inside: avoid; break-inside: avoid; }
.option { font-weight: 600; margin-bottom: 1pt; }
.note { margin-left: 8pt; }
.reflection { border-left: 5pt solid #1d4f91; background: #eef3fa; padding: 6pt 8pt; margin: 6pt 0;
  page-break-inside: avoid; break-inside: avoid; }
.reflection h3 { margin-top: 0; color: #1d4f91; }
.reflection p { font-size: 13pt; }
footer { margin-top: 14pt; font-size: 10pt; color: #444; }
@media print { a { color: inherit; } }
)";

constexpr Phrase kSubtitle{"Samtalsguide för digitaliseringsombud", "Discussion guide for digital champions"};
constexpr Phrase kTitle{"Samtalsguide: {1}", "Discussion guide: {1}"};
constexpr Phrase kTime{"Modulen tar cirka {1} minuter att gå igenom på egen hand. Samtalet i gruppen tar 20–30 minuter.",
                       "The module takes about {1} minutes on one's own. The group talk takes 20–30 minutes."};
constexpr Phrase kGoals{"Det här lär sig deltagarna", "What the participants learn"};
constexpr Phrase kPage{"Sida {1}. ", "Page {1}. "};
constexpr Phrase kKeyPoints{"Viktigt att komma ihåg", "Key points"};
constexpr Phrase kScenario{"Ett fall från arbetet", "A case from work"};
constexpr Phrase kOptions{"Vad kan man göra?", "What could one do?"};
constexpr Phrase kTalkAbout{"Att prata om:", "To talk about:"};
constexpr Phrase kReflection{"Prata om i gruppen", "Talk about it in the group"};
constexpr Phrase kLeadHeading{"Så leder du samtalet", "How to lead the talk"};
constexpr Phrase kTips[] = {
    {"Räkna med 20–30 minuter. Sitt gärna där ni får vara i fred.",
     "Set aside 20–30 minutes. Sit where you will not be disturbed."},
    {"Alla får prata. Låt alla säga något innan någon pratar en andra gång.",
     "Everyone gets to speak. Let everyone say something before anyone speaks a second time."},
    {"Det finns inga rätt eller fel svar. Allas erfarenheter är viktiga.",
     "There are no right or wrong answers. Everyone's experience matters."},
    {"Prata om hur ni gör på er egen arbetsplats. Vilka rutiner har ni, och fungerar de?",
     "Talk about how you do things at your own workplace. Which routines do you have, and do they work?"},
    {"Skriv ner frågor som gruppen inte kan svara på. Ta med dem till chefen.",
     "Write down questions the group cannot answer. Take them to your manager."},
};
constexpr Phrase kFooter{"Skriv ut och ta med till gruppen. Digilyft.", "Print it and bring it to the group. Digilyft."};

class GuideWriter {
 public:
  explicit GuideWriter(Lang lang) : lang_(lang) {}

  std::string write(const Module& module) {
    out_ += print_page_start(lang_, fill(tr(lang_, kTitle), {module.title.in(lang_)}), kLayout, kStyle);

    out_ += "<header>\n";
    element("h1", module.title);
    out_ += "<p class=\"subtitle\">" + std::string(tr(lang_, kSubtitle)) + "</p>\n";
    out_ += "<p class=\"meta\">" + fill(tr(lang_, kTime), {std::to_string(module.minutes)}) + "</p>\n";
    if (!module.summary.sv.empty()) element("p", module.summary);
    out_ += "</header>\n";

    if (!module.goals.empty()) {
      out_ += "<section class=\"goals\">\n<h2>" + std::string(tr(lang_, kGoals)) + "</h2>\n<ul>\n";
      for (const auto& goal : module.goals) element("li", goal);
      out_ += "</ul>\n</section>\n";
    }

    int number = 0;
    for (const auto& page : module.pages) write_page(page, ++number);

    out_ += "<section class=\"lead\">\n<h2>" + std::string(tr(lang_, kLeadHeading)) + "</h2>\n<ul>\n";
    for (const Phrase& tip : kTips) out_ += "<li>" + std::string(tr(lang_, tip)) + "</li>\n";
    out_ += "</ul>\n</section>\n";
    out_ += "<footer>" + std::string(tr(lang_, kFooter)) + "</footer>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  // <tag>text</tag>, marked as Swedish where an English guide falls back to the Swedish text.
  void element(const char* tag, const LocalText& text, const char* css_class = nullptr) {
    out_ += "<";
    out_ += tag;
    if (css_class != nullptr) out_ += std::string(" class=\"") + css_class + "\"";
    if (lang_ == Lang::en && !text.has(Lang::en)) out_ += " lang=\"sv\"";
    out_ += ">" + html_escape(without_emphasis(text.in(lang_))) + "</" + tag + ">\n";
  }

  void write_page(const Page& page, int number) {
    out_ += "<section class=\"page\">\n<h2>";
    out_ += fill(tr(lang_, kPage), {std::to_string(number)});
    if (lang_ == Lang::en && !page.title.has(Lang::en)) out_ += "<span lang=\"sv\">" + html_escape(page.title.sv) + "</span>";
    else out_ += html_escape(page.title.in(lang_));
    out_ += "</h2>\n";
    for (const auto& part : page.parts) {
      switch (part.kind) {
        case PagePart::Kind::key_points:
          if (part.points.empty()) break;
          out_ += "<h3>" + std::string(tr(lang_, kKeyPoints)) + "</h3>\n<ul class=\"key-points\">\n";
          for (const auto& point : part.points) element("li", point);
          out_ += "</ul>\n";
          break;
        case PagePart::Kind::scenario:
          write_scenario(part);
          break;
        case PagePart::Kind::reflection:
          out_ += "<div class=\"reflection\">\n<h3>" + std::string(tr(lang_, kReflection)) + "</h3>\n";
          element("p", part.prompt);
          out_ += "</div>\n";
          break;
        case PagePart::Kind::text:
        case PagePart::Kind::picture:
        case PagePart::Kind::question:
          break;  // the group reads these in the module itself
      }
    }
    out_ += "</section>\n";
  }

  void write_scenario(const PagePart& part) {
    out_ += "<div class=\"scenario\">\n<h3>" + std::string(tr(lang_, kScenario)) + "</h3>\n";
    element("p", part.story);
    if (!part.prompt.sv.empty()) element("p", part.prompt, "prompt");
    if (!part.options.empty()) {
      out_ += "<p><strong>" + std::string(tr(lang_, kOptions)) + "</strong></p>\n<ul class=\"options\">\n";
      for (const auto& option : part.options) {
        out_ += "<li>\n";
        element("p", option.text, "option");
        if (!option.outcome.sv.empty()) {
          out_ += "<p class=\"note\"><strong>" + std::string(tr(lang_, kTalkAbout)) + "</strong> ";
          if (lang_ == Lang::en && !option.outcome.has(Lang::en)) {
            out_ += "<span lang=\"sv\">" + html_escape(option.outcome.sv) + "</span>";
          } else {
            out_ += html_escape(option.outcome.in(lang_));
          }
          out_ += "</p>\n";
        }
        out_ += "</li>\n";
      }
      out_ += "</ul>\n";
    }
    out_ += "</div>\n";
  }

  Lang lang_;
  std::string out_;
};

}  // namespace

std::string discussion_guide_html(const Module& module, Lang lang) { return GuideWriter(lang).write(module); }

std::string discussion_guide_file_name(const Module& module) { return "samtalsguide-" + module.id + ".html"; }

}  // namespace dl
