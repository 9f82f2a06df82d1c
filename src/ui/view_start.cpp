// The start screen: what Digilyft is, the two main paths (courses, self-assessment), the export,
// the coordinator's entrance, and the language switch.
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {

void view_start(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  if (ui.button(tr(lang, text::other_language), ButtonKind::secondary)) {
    out.push_back(Change{action::SetLanguage{lang == Lang::sv ? Lang::en : Lang::sv}});
  }
  draw_top(ui, model, out, false);
  ui.heading(tr(lang, text::app_name), 1);
  ui.paragraph(tr(lang, text::welcome));
  ui.paragraph(tr(lang, text::stays_here));
  ui.space(8);

  ui.paragraph(tr(lang, text::courses_hint));
  if (ui.button(tr(lang, text::courses))) out.push_back(Navigate{Screen::courses, {}});
  ui.space(8);
  ui.paragraph(tr(lang, text::self_assessment_hint));
  if (ui.button(tr(lang, text::self_assessment))) {
    const bool finished = model.progress.self_assessment.finished.has_value();
    out.push_back(Navigate{finished ? Screen::profile : Screen::self_assessment, {}});
  }

  ui.space(24);
  ui.heading(tr(lang, text::your_result), 2);
  ui.paragraph(tr(lang, text::export_hint));
  if (ui.button(tr(lang, text::export_result), ButtonKind::secondary)) out.push_back(ExportResult{});
  draw_export_notice(ui, model);

  ui.space(24);
  ui.heading(tr(lang, text::for_coordinators), 2);
  ui.paragraph(tr(lang, text::coordinator_hint));
  if (ui.button(tr(lang, text::coordinator), ButtonKind::secondary)) {
    out.push_back(Navigate{Screen::coordinator, {}});
  }
}

}  // namespace dl::ui
