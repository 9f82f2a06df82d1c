// The manager survey (chefsenkät): closed questions grouped by topic, one choice (radios) or several
// (checkboxes). Saved as answered; once the manager saves it as finished the answers are frozen and
// shown read-only, with the way to put them in the result file.
#include <algorithm>
#include <string>
#include <vector>

#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {
namespace {

const std::vector<std::string>& answer_of(const ManagerSurveyProgress& progress,
                                          const std::string& question_id) {
  static const std::vector<std::string> kNone;
  const auto it = progress.answers.find(question_id);
  return it == progress.answers.end() ? kNone : it->second;
}

bool holds(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// The answer after ticking or unticking `option` of a multiple-choice question, in the question's
// order of options. Ticking an exclusive option ("Inget av de här") unticks the others, and ticking
// another option unticks it.
std::vector<std::string> toggled(const SurveyQuestion& question, const std::vector<std::string>& answer,
                                 const std::string& option) {
  const SurveyOption* ticked = question.find_option(option);
  const bool ticking = !holds(answer, option);
  std::vector<std::string> next;
  for (const SurveyOption& o : question.options) {
    if (o.id == option) {
      if (ticking) next.push_back(o.id);
    } else if (holds(answer, o.id) && !(ticking && ticked != nullptr && (ticked->exclusive || o.exclusive))) {
      next.push_back(o.id);
    }
  }
  return next;
}

void draw_question(Ui& ui, const ViewModel& model, const SurveyQuestion& question, Actions& out) {
  const Lang lang = model.lang();
  const std::vector<std::string>& answer = answer_of(model.progress.manager_survey, question.id);
  ui.push_id(question.id);
  const std::string prompt = question.prompt.in(lang);
  ui.radio_group_begin(question.multiple ? prompt + " " + tr(lang, text::choose_several) : prompt);
  for (const SurveyOption& option : question.options) {
    const bool on = holds(answer, option.id);
    if (question.multiple) {
      if (ui.checkbox(option.text.in(lang), on)) {
        out.push_back(Change{action::AnswerSurvey{question.id, toggled(question, answer, option.id)}});
      }
    } else if (ui.radio(option.text.in(lang), on)) {
      out.push_back(Change{action::AnswerSurvey{question.id, {option.id}}});
    }
  }
  ui.radio_group_end();
  ui.pop_id();
  ui.space(8);
}

// A finished survey: each question with what was chosen, as plain text.
void draw_answered_question(Ui& ui, const ViewModel& model, const SurveyQuestion& question) {
  const Lang lang = model.lang();
  const std::vector<std::string>& answer = answer_of(model.progress.manager_survey, question.id);
  ui.heading(question.prompt.in(lang), 3);
  bool any = false;
  for (const SurveyOption& option : question.options) {
    if (!holds(answer, option.id)) continue;
    ui.bullet(option.text.in(lang));
    any = true;
  }
  if (!any) ui.bullet(tr(lang, text::no_answer));
}

}  // namespace

void view_manager_survey(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  if (!model.catalog.manager_survey) {
    ui.heading(tr(lang, text::answer_survey), 1);
    ui.message(tr(lang, text::survey_missing), Tone::warning);
    return;
  }
  const Survey& survey = *model.catalog.manager_survey;
  const ManagerSurveyProgress& progress = model.progress.manager_survey;
  const bool finished = progress.finished.has_value();
  ui.heading(survey.title.in(lang), 1);

  if (finished) {
    ui.message(tr(lang, text::survey_thanks), Tone::success);
    ui.paragraph(tr(lang, text::survey_in_file));
    if (ui.button(tr(lang, text::save_result_file))) out.push_back(Navigate{Screen::export_preview, {}});
    ui.space(16);
    ui.heading(tr(lang, text::your_answers), 2);
  } else {
    ui.paragraph(survey.intro.in(lang));
    ui.muted(tr(lang, text::saved_as_you_go));
  }

  for (SurveyTopic topic : {SurveyTopic::routines, SurveyTopic::prerequisites, SurveyTopic::needs}) {
    bool heading_drawn = false;
    for (const SurveyQuestion& question : survey.questions) {
      // A follow-up question ("Vilka slags rutiner …?") shows once the answer it follows is given.
      if (question.topic != topic || !survey_question_asked(survey, question, progress.answers)) continue;
      if (!heading_drawn) {
        ui.heading(tr(lang, survey_topic_name(topic)), 2);
        heading_drawn = true;
      }
      if (finished) {
        draw_answered_question(ui, model, question);
      } else {
        draw_question(ui, model, question, out);
      }
    }
  }
  if (finished) return;

  ui.space(16);
  const bool ready = survey_complete(progress, survey);
  if (ready) ui.paragraph(tr(lang, text::survey_final));
  if (ui.button(tr(lang, text::save_answers), ButtonKind::primary, ready)) {
    out.push_back(Change{action::FinishSurvey{model.now}});
  }
  if (!ready) {
    int left = 0;
    for (const SurveyQuestion& question : survey.questions) {
      if (survey_question_asked(survey, question, progress.answers) &&
          !is_allowed_survey_answer(question, answer_of(progress, question.id))) {
        ++left;
      }
    }
    ui.paragraph(left == 1 ? tr(lang, text::one_question_left)
                           : fill(tr(lang, text::questions_left), {std::to_string(left)}));
  }
  ui.space(16);
  if (ui.button(tr(lang, text::continue_later), ButtonKind::secondary)) {
    out.push_back(Navigate{Screen::start, {}});
  }
}

}  // namespace dl::ui
