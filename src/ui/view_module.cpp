// One page of a course module: its parts in order (text, pictures, key points, a care-work case,
// a "Prata om i gruppen" prompt, questions of five kinds with feedback per answer) and the way on.
// The finish screen that follows the last page is view_module_done.cpp.
//
// Questions walk fixed steps: answer -> check -> feedback -> (try again). Single choice and
// true/false are checked as soon as an answer is chosen; multiple choice, order and match are
// put together first (a saved draft) and checked with "Kontrollera svaret".
#include <algorithm>

#include "core/activity_clock.hpp"
#include "core/measurement.hpp"
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {
namespace {

struct QuestionContext {
  const Module& module;
  const Question& question;
  const ModuleProgress* progress;
  Lang lang;
  Actions& out;
};

const Answer* checked_answer(const QuestionContext& c) {
  if (c.progress == nullptr) return nullptr;
  const auto it = c.progress->answers.find(c.question.id);
  return it == c.progress->answers.end() ? nullptr : &it->second;
}

void draw_verdict(Ui& ui, const QuestionContext& c, bool right, const std::string& why) {
  if (right) {
    ui.message(std::string(tr(c.lang, text::right)) + " " + why, Tone::success);
  } else {
    ui.message(std::string(tr(c.lang, text::not_quite)) + " " + why + " " + tr(c.lang, text::try_again),
               Tone::warning);
  }
}

void draw_single(Ui& ui, const QuestionContext& c) {
  const Answer* answer = checked_answer(c);
  const Choice* chosen = answer && answer->size() == 1 ? c.question.find_choice(answer->front()) : nullptr;
  ui.radio_group_begin(c.question.prompt.in(c.lang));
  for (const Choice& choice : c.question.choices) {
    ui.push_id(choice.id);
    if (ui.radio(choice.text.in(c.lang), chosen == &choice)) {
      c.out.push_back(Change{action::AnswerQuestion{c.module.id, c.question.id, {choice.id}}});
    }
    ui.pop_id();
  }
  ui.radio_group_end();
  if (chosen != nullptr) draw_verdict(ui, c, chosen->correct, chosen->feedback.in(c.lang));
}

void draw_true_false(Ui& ui, const QuestionContext& c) {
  const Answer* answer = checked_answer(c);
  ui.radio_group_begin(c.question.prompt.in(c.lang));
  for (const char* value : {"true", "false"}) {
    const bool selected = answer != nullptr && *answer == Answer{value};
    const Phrase& label = std::string(value) == "true" ? text::true_label : text::false_label;
    if (ui.radio(tr(c.lang, label), selected)) {
      c.out.push_back(Change{action::AnswerQuestion{c.module.id, c.question.id, {value}}});
    }
  }
  ui.radio_group_end();
  if (answer != nullptr) {
    const bool right = is_correct(c.question, *answer);
    draw_verdict(ui, c, right, (right ? c.question.feedback_right : c.question.feedback_wrong).in(c.lang));
  }
}

// Feedback after "Kontrollera svaret", shown while the draft is what was checked.
void draw_checked_verdict(Ui& ui, const QuestionContext& c, const Answer& draft) {
  const Answer* answer = checked_answer(c);
  if (answer == nullptr || *answer != draft) return;
  const bool right = is_correct(c.question, *answer);
  draw_verdict(ui, c, right, (right ? c.question.feedback_right : c.question.feedback_wrong).in(c.lang));
}

void draw_check_button(Ui& ui, const QuestionContext& c, const Answer& draft, bool enabled) {
  if (ui.button(tr(c.lang, text::check_answer), ButtonKind::primary, enabled)) {
    c.out.push_back(Change{action::SetDraft{c.module.id, c.question.id, draft}});
    c.out.push_back(Change{action::CheckAnswer{c.module.id, c.question.id}});
  }
}

void draw_multiple(Ui& ui, const QuestionContext& c) {
  const Answer draft = draft_or_initial(c.progress, c.question);
  ui.radio_group_begin(c.question.prompt.in(c.lang));  // holds checkboxes: a plain group
  for (const Choice& choice : c.question.choices) {
    ui.push_id(choice.id);
    const bool checked = std::find(draft.begin(), draft.end(), choice.id) != draft.end();
    if (ui.checkbox(choice.text.in(c.lang), checked)) {
      Answer next;
      for (const Choice& other : c.question.choices) {  // keep the content's order
        const bool on = &other == &choice ? !checked
                                          : std::find(draft.begin(), draft.end(), other.id) != draft.end();
        if (on) next.push_back(other.id);
      }
      c.out.push_back(Change{action::SetDraft{c.module.id, c.question.id, next}});
    }
    ui.pop_id();
  }
  ui.radio_group_end();
  draw_check_button(ui, c, draft, !draft.empty());
  const Answer* answer = checked_answer(c);
  if (answer != nullptr && *answer == draft) {
    draw_checked_verdict(ui, c, draft);
    for (const Choice& choice : c.question.choices) {  // why, for each option the person chose
      if (std::find(draft.begin(), draft.end(), choice.id) == draft.end()) continue;
      ui.bullet(choice.text.in(c.lang) + ": " + choice.feedback.in(c.lang));
    }
  }
}

std::string item_text(const Question& question, const std::string& item_id, Lang lang) {
  for (const OrderItem& item : question.items) {
    if (item.id == item_id) return item.text.in(lang);
  }
  return {};
}

void draw_order(Ui& ui, const QuestionContext& c) {
  const Answer order = draft_or_initial(c.progress, c.question);
  ui.paragraph(c.question.prompt.in(c.lang));
  ui.muted(tr(c.lang, text::order_hint));
  const std::size_t count = order.size();
  for (std::size_t i = 0; i < count; ++i) {
    const std::string text_of_item = item_text(c.question, order[i], c.lang);
    ui.push_id(order[i]);
    const int pressed = ui.item_row(
        fill(tr(c.lang, text::position_of), {std::to_string(i + 1), std::to_string(count), text_of_item}),
        {{tr(c.lang, text::move_up), i > 0, fill(tr(c.lang, text::move_up_name), {text_of_item})},
         {tr(c.lang, text::move_down), i + 1 < count, fill(tr(c.lang, text::move_down_name), {text_of_item})}});
    if (pressed == 0 || pressed == 1) {
      Answer next = order;
      std::swap(next[i], next[pressed == 0 ? i - 1 : i + 1]);
      c.out.push_back(Change{action::SetDraft{c.module.id, c.question.id, next}});
    }
    ui.pop_id();
  }
  draw_check_button(ui, c, order, true);
  draw_checked_verdict(ui, c, order);
  // After a wrong check: how many steps are in place, and which are not (the right order is not told).
  const Answer* answer = checked_answer(c);
  if (answer == nullptr || *answer != order) return;
  const std::vector<std::size_t> misplaced = misplaced_order_steps(c.question, order);
  if (misplaced.empty()) return;
  ui.paragraph(fill(tr(c.lang, text::steps_right), {std::to_string(count - misplaced.size()), std::to_string(count)}));
  for (const std::size_t place : misplaced) {
    ui.bullet(fill(tr(c.lang, text::misplaced_step), {std::to_string(place + 1), item_text(c.question, order[place], c.lang)}));
  }
}

const MatchPair* find_pair(const Question& question, const std::string& pair_id) {
  for (const MatchPair& pair : question.pairs) {
    if (pair.id == pair_id) return &pair;
  }
  return nullptr;
}

// Match: the person pairs each left text, one row at a time from the top; nothing starts chosen.
// The first row not yet paired offers the right texts no other row has taken (so a phone shows
// one short list, not a list per row); a paired row shows its pair and "Ändra", which opens that
// row again. A choice never changes a row the person did not touch. After the check, the pairs
// that are wrong are named.
void draw_match(Ui& ui, const QuestionContext& c) {
  const Answer draft = draft_or_initial(c.progress, c.question);
  const Answer shown_order = initial_order(c.question);  // right texts in a fixed mixed order
  const Answer* answer = checked_answer(c);
  const bool checked = answer != nullptr && *answer == draft;
  ui.paragraph(c.question.prompt.in(c.lang));
  const std::size_t open_row = static_cast<std::size_t>(
      std::find(draft.begin(), draft.end(), std::string()) - draft.begin());  // draft.size(): all paired
  for (std::size_t row = 0; row < c.question.pairs.size() && row < draft.size(); ++row) {
    const MatchPair& pair = c.question.pairs[row];
    const std::string left = pair.left.in(c.lang);
    ui.push_id(pair.id);
    if (const MatchPair* chosen = find_pair(c.question, draft[row])) {
      const std::string shown = fill(tr(c.lang, text::match_pair), {left, chosen->right.in(c.lang)});
      if (ui.item_row(shown, {{tr(c.lang, text::change_pair), true, fill(tr(c.lang, text::change_pair_name), {left})}}) == 0) {
        Answer next = draft;
        next[row].clear();
        c.out.push_back(Change{action::SetDraft{c.module.id, c.question.id, next}});
      }
    } else if (row != open_row) {
      ui.paragraph(fill(tr(c.lang, text::match_later), {left}));
    } else {
      // Choosing pairs the row and closes it: the arrow keys only move, Space chooses.
      ui.radio_group_begin(fill(tr(c.lang, text::match_with), {left}), true);
      for (const std::string& right_id : shown_order) {
        const MatchPair* right = find_pair(c.question, right_id);
        if (right == nullptr || std::find(draft.begin(), draft.end(), right_id) != draft.end()) continue;
        ui.push_id(right_id);
        if (ui.radio(right->right.in(c.lang), false)) {
          Answer next = draft;
          next[row] = right_id;
          c.out.push_back(Change{action::SetDraft{c.module.id, c.question.id, next}});
        }
        ui.pop_id();
      }
      ui.radio_group_end();
    }
    ui.pop_id();
  }
  draw_check_button(ui, c, draft, open_row == draft.size());
  if (!checked) return;
  const std::vector<std::size_t> wrong = wrong_match_rows(c.question, draft);
  draw_verdict(ui, c, wrong.empty(), (wrong.empty() ? c.question.feedback_right : c.question.feedback_wrong).in(c.lang));
  if (wrong.empty()) return;
  ui.paragraph(fill(tr(c.lang, text::pairs_right), {std::to_string(c.question.pairs.size() - wrong.size()),
                                                    std::to_string(c.question.pairs.size())}));
  for (const std::size_t row : wrong) {
    const MatchPair* chosen = find_pair(c.question, draft[row]);
    if (chosen == nullptr) continue;
    ui.bullet(fill(tr(c.lang, text::pair_wrong), {c.question.pairs[row].left.in(c.lang), chosen->right.in(c.lang)}));
  }
}

void draw_question(Ui& ui, const QuestionContext& c) {
  ui.push_id(c.question.id);
  switch (c.question.kind) {
    case QuestionKind::single: draw_single(ui, c); break;
    case QuestionKind::true_false: draw_true_false(ui, c); break;
    case QuestionKind::multiple: draw_multiple(ui, c); break;
    case QuestionKind::order: draw_order(ui, c); break;
    case QuestionKind::match: draw_match(ui, c); break;
  }
  ui.pop_id();
}

void draw_scenario(Ui& ui, const Module& module, const PagePart& part, const ModuleProgress* progress,
                   Lang lang, Actions& out) {
  ui.push_id(part.scenario_id);
  ui.callout(tr(lang, text::case_heading), part.story.in(lang));
  std::string chosen;
  if (progress != nullptr) {
    if (auto it = progress->scenarios.find(part.scenario_id); it != progress->scenarios.end()) chosen = it->second;
  }
  ui.radio_group_begin(part.prompt.in(lang));
  const ScenarioOption* chosen_option = nullptr;
  for (const ScenarioOption& option : part.options) {
    ui.push_id(option.id);
    if (option.id == chosen) chosen_option = &option;
    if (ui.radio(option.text.in(lang), option.id == chosen)) {
      out.push_back(Change{action::ChooseScenarioOption{module.id, part.scenario_id, option.id}});
    }
    ui.pop_id();
  }
  ui.radio_group_end();
  if (chosen_option != nullptr) ui.message(chosen_option->outcome.in(lang), Tone::info);
  ui.pop_id();
}

void draw_part(Ui& ui, const Module& module, const PagePart& part, std::size_t index,
               const ModuleProgress* progress, Lang lang, Actions& out) {
  ui.push_id("part-" + std::to_string(index));
  switch (part.kind) {
    case PagePart::Kind::text: ui.rich_text(part.text.in(lang)); break;
    case PagePart::Kind::picture:
      // Pictures live beside module.json in content/modules/<module id>/ and are drawn by the page.
      ui.picture("content/modules/" + module.id + "/" + part.picture.file, part.picture.alt.in(lang),
                 part.picture.caption.in(lang), part.picture.width, part.picture.height);
      break;
    case PagePart::Kind::key_points:
      ui.heading(tr(lang, text::remember), 3);
      for (const LocalText& point : part.points) ui.bullet(point.in(lang));
      break;
    case PagePart::Kind::scenario: draw_scenario(ui, module, part, progress, lang, out); break;
    case PagePart::Kind::reflection: ui.callout(tr(lang, text::talk_in_group), part.prompt.in(lang)); break;
    case PagePart::Kind::question:
      if (part.question) draw_question(ui, QuestionContext{module, *part.question, progress, lang, out});
      break;
  }
  ui.pop_id();
  ui.space(8);
}

// On the last page: why the module cannot be finished yet, with a way to each open page.
void draw_what_is_left(Ui& ui, const Module& module, const ModuleProgress* progress, Lang lang,
                       Actions& out, Period now) {
  if (mastery_needed(module) == module.question_count()) ui.paragraph(tr(lang, text::answer_all));
  for (std::size_t i = 0; i < module.pages.size(); ++i) {
    const Page& page = module.pages[i];
    const bool seen = progress != nullptr && progress->pages_seen.count(page.id) > 0;
    bool open_question = false;
    for (const Question* q : page.questions()) {
      open_question |= progress == nullptr || !is_answered_correctly(*progress, *q);
    }
    if (seen && !open_question) continue;
    if (ui.link(fill(tr(lang, text::go_to_page), {std::to_string(i + 1)}))) {
      out.push_back(Change{action::OpenPage{module.id, page.id, now}});
    }
  }
}

}  // namespace

void view_module(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  const Module* module = open_module_or_explain(ui, model, out);
  if (module == nullptr) return;
  const ModuleProgress* progress = find_progress(model.progress, module->id);
  int index = progress != nullptr ? module->page_index(progress->current_page) : 0;
  if (index < 0) index = 0;  // the saved page no longer exists: start from the first
  const Page& page = module->pages[static_cast<std::size_t>(index)];
  const int count = static_cast<int>(module->pages.size());

  ui.heading(module->title.in(lang), 1);
  ui.progress(static_cast<float>(index + 1) / static_cast<float>(count),
              fill(tr(lang, text::page_of), {std::to_string(index + 1), std::to_string(count)}));
  if (ui.link(tr(lang, text::all_pages))) out.push_back(Navigate{Screen::module_overview, module->id});
  ui.space(8);
  ui.heading(page.title.in(lang), 2);
  if (lang == Lang::en && !page.fully_in_english()) ui.muted(tr(lang, text::english_missing_page));
  draw_listen(ui, model, page_speech(page, lang), page.title.in(lang), out);
  for (std::size_t i = 0; i < page.parts.size(); ++i) {
    draw_part(ui, *module, page.parts[i], i, progress, lang, out);
  }

  ui.space(16);
  const bool last = index + 1 == count;
  if (last) draw_mastery(ui, *module, progress, lang);
  if (index > 0) {
    if (ui.button(tr(lang, text::previous), ButtonKind::secondary)) {
      out.push_back(Change{action::OpenPage{module->id, module->pages[static_cast<std::size_t>(index - 1)].id, model.now}});
    }
    ui.same_line();
  }
  if (!last) {
    if (ui.button(tr(lang, text::next))) {
      out.push_back(Change{action::OpenPage{module->id, module->pages[static_cast<std::size_t>(index + 1)].id, model.now}});
    }
  } else {
    const bool ready = progress != nullptr && can_complete(*progress, *module);
    if (ui.button(tr(lang, text::finish_course), ButtonKind::primary, ready)) {
      out.push_back(Change{action::CompleteModule{module->id, model.now}});
      out.push_back(Navigate{Screen::module_done, module->id});
    }
    if (!ready) draw_what_is_left(ui, *module, progress, lang, out, model.now);
  }
}

}  // namespace dl::ui
