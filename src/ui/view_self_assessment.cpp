// The self-assessment round that is open today (T0 before the courses, T1 after, T2 the follow-up),
// one page per screen as measurement.hpp lists them: the optional background questions, then up to
// three questions a page of each DigComp area (0–3 + "Ej aktuellt"), of then/now (how it was before
// the course) and of the evaluation (1–5).
#include <string>
#include <vector>

#include "core/background.hpp"
#include "core/digcomp.hpp"
#include "core/measurement.hpp"
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {
namespace {

constexpr int kLevels[] = {0, 1, 2, 3, kNotApplicable};

// What the screen draws from: the open round, its pages and the answers given so far.
struct RoundView {
  Round round = Round::t0;
  std::vector<AssessmentPage> pages;
  const RoundProgress& answers;
  int page = 0;  // index into pages
};

Phrase round_intro(Round round) {
  switch (round) {
    case Round::t0: return text::round_intro_t0;
    case Round::t1: return text::round_intro_t1;
    case Round::t2: return text::round_intro_t2;
  }
  return text::round_intro_t0;
}

// The part's name as the person sees it in its heading and in the list of parts with open questions.
std::string page_title(const AssessmentPage& page, Round round, Lang lang) {
  switch (page.kind) {
    case AssessmentPage::Kind::background: return tr(lang, text::about_you);
    case AssessmentPage::Kind::area: return tr(lang, area_plain_name(page.area));
    case AssessmentPage::Kind::then_now: return tr(lang, text::then_heading);
    case AssessmentPage::Kind::evaluation:
      return tr(lang, round == Round::t2 ? text::evaluation_heading_t2 : text::evaluation_heading_t1);
  }
  return {};
}

int answer_in(const std::map<std::string, int>& answers, const std::string& id) {
  const auto it = answers.find(id);
  return it == answers.end() ? -1000 : it->second;  // no answer matches no scale value
}

// One radio group per statement on the 0–3 + "Ej aktuellt" scale; `then` answers how it was
// before the course (T1's then/now items), else how it is now.
void draw_statements(Ui& ui, const ViewModel& model, const RoundView& view,
                     const std::vector<const Statement*>& statements, bool then, Actions& out) {
  const Lang lang = model.lang();
  const auto& answers = then ? view.answers.then_answers : view.answers.answers;
  for (const Statement* statement : statements) {
    ui.push_id(statement->id);
    draw_listen(ui, model, statement_speech(*statement, lang), statement->text.in(lang), out);
    ui.radio_group_begin(statement->text.in(lang));
    const int given = answer_in(answers, statement->id);
    for (int level : kLevels) {
      if (!ui.radio(tr(lang, level_label(level)), given == level)) continue;
      if (then) {
        out.push_back(Change{action::RateThen{statement->id, level, model.today}});
      } else {
        out.push_back(Change{action::RateStatement{view.round, statement->id, level, model.today}});
      }
    }
    ui.radio_group_end();
    ui.pop_id();
    ui.space(8);
  }
}

// The evaluation items on the 1–5 agreement scale: every item after the course, the use items at
// the follow-up.
void draw_evaluation(Ui& ui, const ViewModel& model, const std::vector<const EvaluationItem*>& items,
                     const RoundView& view, Actions& out) {
  const Lang lang = model.lang();
  ui.paragraph(tr(lang, text::agreement_hint));
  for (const EvaluationItem* item : items) {
    ui.push_id(item->id);
    ui.radio_group_begin(item->text.in(lang));
    const int given = answer_in(view.answers.evaluation, item->id);
    for (int value = kMinAgreement; value <= kMaxAgreement; ++value) {
      if (ui.radio(tr(lang, agreement_label(value)), given == value)) {
        out.push_back(Change{action::RateEvaluation{view.round, item->id, value, model.today}});
      }
    }
    ui.radio_group_end();
    ui.pop_id();
    ui.space(8);
  }
}

void draw_page(Ui& ui, const ViewModel& model, const Instrument& instrument, const RoundView& view,
               Actions& out) {
  const Lang lang = model.lang();
  const AssessmentPage& page = view.pages[static_cast<std::size_t>(view.page)];
  ui.heading(page_title(page, view.round, lang), 2);
  switch (page.kind) {
    case AssessmentPage::Kind::background: draw_background_questions(ui, model, out); break;
    case AssessmentPage::Kind::area:
      ui.paragraph(tr(lang, text::statements_hint));
      draw_statements(ui, model, view, page_statements(page, instrument), false, out);
      break;
    case AssessmentPage::Kind::then_now:
      ui.paragraph(tr(lang, text::then_hint));
      draw_statements(ui, model, view, page_statements(page, instrument), true, out);
      break;
    case AssessmentPage::Kind::evaluation:
      draw_evaluation(ui, model, page_items(page, view.round, instrument), view, out);
      break;
  }
}

// The last part's button: "Avsluta och visa min profil" once every answer is in (after "Föregående").
void draw_finish_button(Ui& ui, const ViewModel& model, const RoundView& view, bool ready, Actions& out) {
  if (ui.button(tr(model.lang(), text::show_profile), ButtonKind::primary, ready)) {
    out.push_back(Change{action::FinishRound{view.round, model.today}});
    out.push_back(Navigate{Screen::profile, {}});
  }
}

// Until every answer is in: how many are left, and links to the parts that still have open questions.
void draw_what_is_left(Ui& ui, const ViewModel& model, const Instrument& instrument, const RoundView& view,
                       Actions& out) {
  const Lang lang = model.lang();
  const int left = answers_left(view.answers, view.round, instrument);
  ui.paragraph(left == 1 ? tr(lang, text::one_question_left)
                         : fill(tr(lang, text::questions_left), {std::to_string(left)}));
  ui.paragraph(tr(lang, text::parts_left));
  for (std::size_t i = 0; i < view.pages.size(); ++i) {
    const int open = answers_left_on_page(view.answers, view.pages[i], view.round, instrument);
    if (open == 0) continue;
    const std::string label = fill(tr(lang, text::part_left),
                                   {std::to_string(i + 1), page_title(view.pages[i], view.round, lang),
                                    std::to_string(open)});
    if (ui.link(label)) {
      out.push_back(Change{action::OpenAssessmentPage{view.round, static_cast<int>(i), model.today}});
    }
  }
}

// No round is open today: say why kindly, and offer what there is (the profile, the courses).
void draw_nothing_open(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  const ProgressState& progress = model.progress;
  const std::optional<Round> finished = latest_finished_round(progress);
  if (!finished) {
    ui.paragraph(tr(lang, text::no_open_round));
    if (ui.button(tr(lang, text::courses))) out.push_back(Navigate{Screen::courses, {}});
    return;
  }
  ui.message(tr(lang, text::all_answered_for_now), Tone::success);
  const RoundStatus t1 = round_status(progress, model.catalog, Round::t1, model.today);
  const RoundStatus t2 = round_status(progress, model.catalog, Round::t2, model.today);
  if (t1 == RoundStatus::not_yet) {
    ui.paragraph(tr(lang, text::next_after_course));
  } else if (t2 == RoundStatus::not_yet) {
    if (const std::optional<Date> due = t2_due_date(progress)) {
      ui.paragraph(fill(tr(lang, text::follow_up_opens), {date_text(*due, lang)}));
    }
  }
  if (ui.button(tr(lang, text::show_profile))) out.push_back(Navigate{Screen::profile, {}});
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
  const std::optional<Round> round = open_round(model.progress, model.catalog, model.today);
  if (!round) {
    draw_nothing_open(ui, model, out);
    return;
  }
  static const RoundProgress kNoAnswers;
  const RoundProgress* saved = find_round(model.progress, *round);
  RoundView view{*round, assessment_pages(*round, model.progress, instrument),
                 saved != nullptr ? *saved : kNoAnswers, saved != nullptr ? saved->current_page : 0};
  if (view.pages.empty()) {
    ui.message(tr(lang, text::assessment_missing), Tone::warning);
    return;
  }
  const int count = static_cast<int>(view.pages.size());
  if (view.page < 0 || view.page >= count) view.page = 0;

  ui.muted(tr(lang, round_name(*round)));  // a subtitle: which of the rounds this is
  if (view.page == 0) {
    ui.paragraph(tr(lang, round_intro(*round)));
    ui.paragraph(instrument.intro.in(lang));
  }
  ui.progress(static_cast<float>(view.page + 1) / static_cast<float>(count),
              fill(tr(lang, text::part_of), {std::to_string(view.page + 1), std::to_string(count)}));
  ui.space(8);
  draw_page(ui, model, instrument, view, out);

  ui.space(16);
  const bool last = view.page + 1 == count;
  const bool ready = last && round_complete(view.answers, *round, instrument);
  if (ready) ui.paragraph(tr(lang, text::answers_final));
  if (view.page > 0) {
    if (ui.button(tr(lang, text::previous), ButtonKind::secondary)) {
      out.push_back(Change{action::OpenAssessmentPage{*round, view.page - 1, model.today}});
    }
    ui.same_line();
  }
  if (!last) {
    if (ui.button(tr(lang, text::next))) {
      out.push_back(Change{action::OpenAssessmentPage{*round, view.page + 1, model.today}});
    }
  } else {
    draw_finish_button(ui, model, view, ready, out);
    if (!ready) draw_what_is_left(ui, model, instrument, view, out);
  }

  ui.space(24);
  ui.muted(tr(lang, text::saved_as_you_go));
  if (ui.button(tr(lang, text::continue_later), ButtonKind::secondary)) {
    out.push_back(Navigate{Screen::start, {}});
  }
}

}  // namespace dl::ui
