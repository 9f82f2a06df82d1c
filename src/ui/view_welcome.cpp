// The welcome, drawn while no space is open (a first visit, after "Lås mina svar", after the space
// locked itself): begin as someone new, or open one's own answers with one's code. Nobody's answers
// are shown here, and nothing says who used the device before.
#include "core/participant_code.hpp"
#include "ui/strings_coordinator.hpp"
#include "ui/strings_space.hpp"
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {

void view_welcome(Ui& ui, const WelcomeModel& model, Actions& out) {
  const Lang lang = model.lang;
  draw_page_settings(ui, lang, model.larger_text, out);
  draw_storage_notice(ui, model.storage, lang);
  if (!model.link_problems.empty()) {
    ui.message(fill(tr(lang, coordinator_text::link_broken), {describe(model.link_problems.front(), lang)}),
               Tone::warning, true);
  }
  ui.heading(tr(lang, text::app_name), 1);
  if (model.locked == WelcomeModel::Locked::by_person) {
    ui.message(tr(lang, space_text::locked_by_person), Tone::success);
  } else if (model.locked == WelcomeModel::Locked::idle) {
    ui.message(tr(lang, space_text::locked_idle), Tone::info);
  }
  if (!model.programme_name.empty()) ui.paragraph(fill(tr(lang, space_text::invited), {model.programme_name}));
  if (model.coordinator_page) {
    ui.message(tr(lang, space_text::coordinator_page), Tone::info);
    if (ui.link(tr(lang, space_text::to_staff_page))) out.push_back(LeaveCoordinatorPage{});
  }
  if (!model.coordinator_page) ui.paragraph(tr(lang, text::welcome));
  ui.paragraph(tr(lang, space_text::welcome_saved));

  const bool enabled = !model.opening;
  const auto new_here = [&](ButtonKind kind) {
    ui.heading(tr(lang, space_text::new_here), 2);
    ui.card_begin();
    ui.paragraph(tr(lang, space_text::new_here_hint));
    if (ui.button(tr(lang, space_text::start_new), kind, enabled)) out.push_back(StartNew{});
    ui.card_end();
  };
  const auto have_code = [&](ButtonKind kind) {
    ui.heading(tr(lang, space_text::have_code), 2);
    ui.card_begin();
    ui.paragraph(tr(lang, space_text::have_code_hint));
    std::string typed;
    if (ui.text_field(tr(lang, space_text::code_field), model.typed_code, typed, 20)) out.push_back(TypeCode{typed});
    switch (model.problem) {
      case WelcomeModel::Problem::none: break;
      case WelcomeModel::Problem::not_a_code: ui.message(tr(lang, space_text::not_a_code), Tone::warning, true); break;
      case WelcomeModel::Problem::not_found:
        ui.message(fill(tr(lang, space_text::not_found), {code_for_people(model.code_not_found)}), Tone::warning, true);
        break;
      case WelcomeModel::Problem::damaged: ui.message(tr(lang, space_text::damaged), Tone::warning, true); break;
    }
    if (model.opening) ui.muted(tr(lang, space_text::opening));
    if (ui.button(tr(lang, space_text::open_with_code), kind, enabled)) out.push_back(OpenWithCode{});
    if (model.problem == WelcomeModel::Problem::not_found) {
      ui.space(8);
      ui.paragraph(tr(lang, space_text::elsewhere_hint));
      if (ui.button(fill(tr(lang, space_text::continue_here), {code_for_people(model.code_not_found)}),
                    ButtonKind::secondary, enabled)) {
        out.push_back(ContinueWithCode{model.code_not_found});
      }
    }
    ui.card_end();
  };
  ui.space(8);
  // The coordinator's page is opened by someone who has a code (from "Samordnare"): the code first.
  if (model.coordinator_page) {
    have_code(ButtonKind::primary);
    ui.space(16);
    new_here(ButtonKind::secondary);
  } else {
    new_here(ButtonKind::primary);
    ui.space(16);
    have_code(ButtonKind::secondary);
  }

  // For the digital champion or the coordinator: what was handed in here, saved as one file.
  if (model.outbox_count > 0 || model.outbox_forgotten) {
    ui.space(16);
    ui.heading(tr(lang, space_text::outbox_heading), 2);
    ui.card_begin();
    if (model.outbox_forgotten) ui.message(tr(lang, space_text::outbox_forgotten), Tone::success);
    if (!model.outbox_saved.empty()) {
      // The answers leave the device only once the person has seen the file is there.
      ui.message(fill(tr(lang, space_text::outbox_saved), {model.outbox_saved}), Tone::success);
      ui.paragraph(tr(lang, space_text::outbox_check));
      if (ui.button(tr(lang, space_text::outbox_forget), ButtonKind::primary, enabled)) out.push_back(ForgetSavedOutbox{});
    } else if (model.outbox_count > 0) {
      ui.paragraph(model.outbox_count == 1 ? tr(lang, space_text::outbox_one)
                                           : fill(tr(lang, space_text::outbox_many), {std::to_string(model.outbox_count)}));
      ui.paragraph(tr(lang, space_text::outbox_save_hint));
      if (ui.button(tr(lang, space_text::outbox_save), ButtonKind::secondary, enabled)) out.push_back(SaveOutbox{});
    }
    ui.card_end();
  }
}

}  // namespace dl::ui
