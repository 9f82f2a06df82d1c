// The self-assessment, one part per screen: first the optional background questions, then one part
// per DigComp area with its "Jag kan …" statements on the 0–3 + "Ej aktuellt" scale.
#include "core/background.hpp"
#include "core/digcomp.hpp"
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {
namespace {

constexpr int kParts = 1 + kAreaCount;  // background + one per area
constexpr int kLevels[] = {0, 1, 2, 3, kNotApplicable};

void draw_background(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  ui.heading(tr(lang, text::about_you), 2);
  ui.paragraph(tr(lang, text::about_you_hint));
  for (const BackgroundQuestion& question : background_questions()) {
    ui.push_id(question.id);
    ui.radio_group_begin(tr(lang, question.prompt));
    const std::string* answer = model.progress.background.field(question.id);
    for (const BackgroundOption& option : question.options) {
      const bool selected = answer != nullptr && *answer == option.id;
      if (ui.radio(tr(lang, option.label), selected)) {
        out.push_back(Change{action::SetBackground{question.id, option.id}});
      }
    }
    ui.radio_group_end();
    ui.pop_id();
  }
}

void draw_area(Ui& ui, const ViewModel& model, const Instrument& instrument, Area area, Actions& out) {
  const Lang lang = model.lang();
  ui.heading(tr(lang, area_name(area)), 2);
  ui.paragraph(tr(lang, text::statements_hint));
  const auto& answers = model.progress.self_assessment.answers;
  for (const Statement* statement : instrument.statements_in(area)) {
    ui.push_id(statement->id);
    ui.radio_group_begin(statement->text.in(lang));
    const auto it = answers.find(statement->id);
    for (int level : kLevels) {
      const bool selected = it != answers.end() && it->second == level;
      if (ui.radio(tr(lang, level_label(level)), selected)) {
        out.push_back(Change{action::RateStatement{statement->id, level}});
      }
    }
    ui.radio_group_end();
    ui.pop_id();
    ui.space(8);
  }
}

}  // namespace

void view_self_assessment(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  ui.heading(tr(lang, text::self_assessment), 1);
  if (!model.catalog.instrument) {
    ui.message(tr(lang, text::assessment_missing), Tone::warning);
    return;
  }
  const Instrument& instrument = *model.catalog.instrument;
  int part = model.progress.self_assessment.current_page;
  if (part < 0 || part >= kParts) part = 0;
  if (part == 0) ui.paragraph(instrument.intro.in(lang));
  ui.progress(static_cast<float>(part + 1) / static_cast<float>(kParts),
              fill(tr(lang, text::part_of), {std::to_string(part + 1), std::to_string(kParts)}));
  ui.space(8);
  if (part == 0) {
    draw_background(ui, model, out);
  } else {
    draw_area(ui, model, instrument, kAllAreas[static_cast<std::size_t>(part - 1)], out);
  }

  ui.space(16);
  if (part > 0) {
    if (ui.button(tr(lang, text::previous), ButtonKind::secondary)) {
      out.push_back(Change{action::OpenAssessmentPage{part - 1}});
    }
    ui.same_line();
  }
  if (part + 1 < kParts) {
    if (ui.button(tr(lang, text::next))) out.push_back(Change{action::OpenAssessmentPage{part + 1}});
    return;
  }
  const bool ready = all_statements_answered(model.progress.self_assessment, instrument);
  if (ready) ui.paragraph(tr(lang, text::answers_final));
  if (ui.button(tr(lang, text::show_profile), ButtonKind::primary, ready)) {
    out.push_back(Change{action::FinishSelfAssessment{model.now}});
    out.push_back(Navigate{Screen::profile, {}});
  }
  if (!ready) {
    const int left = static_cast<int>(instrument.statements.size()) -
                     answered_statement_count(model.progress.self_assessment, instrument);
    ui.paragraph(fill(tr(lang, text::left_to_answer), {std::to_string(left)}));
  }
}

}  // namespace dl::ui
