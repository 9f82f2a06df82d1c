// The person's profile: a 0–100 score per DigComp area drawn as bars, with its band in plain words.
// A profile, never a pass or fail.
#include "core/scoring.hpp"
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {

void view_profile(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  ui.heading(tr(lang, text::your_profile), 1);
  const auto& assessment = model.progress.self_assessment;
  if (!model.catalog.instrument) {
    ui.message(tr(lang, text::assessment_missing), Tone::warning);
    return;
  }
  if (!assessment.finished) {
    ui.paragraph(tr(lang, text::not_done_yet));
    if (ui.button(tr(lang, text::start_assessment))) out.push_back(Navigate{Screen::self_assessment, {}});
    return;
  }
  ui.paragraph(tr(lang, text::profile_intro));
  for (const AreaScore& area : score_areas(assessment.answers, *model.catalog.instrument)) {
    const std::string name = tr(lang, area_name(area.area));
    ui.space(8);
    if (area.score) {
      const Band band = band_for(*area.score);
      ui.score_bar(name, *area.score,
                   fill(tr(lang, text::score_of), {std::to_string(*area.score), tr(lang, band_name(band))}));
      ui.muted(tr(lang, band_explanation(band)));
    } else {
      ui.score_bar(name, -1, tr(lang, text::no_value));
      ui.muted(tr(lang, text::no_answers_in_area));
    }
  }
  ui.space(16);
  if (ui.button(tr(lang, text::export_result))) out.push_back(ExportResult{});
  draw_export_notice(ui, model);
}

}  // namespace dl::ui
