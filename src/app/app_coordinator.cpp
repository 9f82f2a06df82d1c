// The coordinator's screens in the App: the workspace's tables and the programme set-up. Linked into
// the coordinator's page and the native tests; the person's page links coordinator_elsewhere.cpp
// instead, so the tables, the set-up and what they need stay out of the page staff open first.
#include "app/app.hpp"
#include "ui/views.hpp"

namespace dl {

const Report& App::report() {
  if (!report_ || report_version_ != state_.tables_version || report_->lang != state_.progress.lang) {
    report_ = make_report(state_.workspace, full_catalog_, state_.report_filter, state_.progress.lang,
                          report_setup(state_, period_of(services_.today())));
    report_version_ = state_.tables_version;
  }
  return *report_;
}

void App::draw_coordinator(ui::Ui& ui, const ui::ViewModel& model, std::vector<ui::UiAction>& actions) {
  const AppState& s = state_;
  if (s.screen == ui::Screen::coordinator) {
    const ui::CoordinatorModel coordinator{s.workspace,     report(),       s.programme_draft, s.files_reading,
                                           s.keys_failed,   s.key_problems, s.key_taken,       s.confirm_clear};
    ui::view_coordinator(ui, model, coordinator, actions);
    return;
  }
  ui::ProgrammeSetupModel setup{full_catalog_, s.programme_draft};
  setup.link_copied = s.link_copied;
  setup.sealing_failed = s.sealing_failed;
  // The link is handed out only with the programme's key, so every result file is sealed.
  if (check_programme(s.programme_draft, full_catalog_).empty() && !s.page_url.empty() &&
      !s.programme_draft.public_key.empty()) {
    setup.programme_link = programme_link(s.page_url, s.programme_draft, full_catalog_);
  }
  ui::view_programme_setup(ui, model, setup, actions);
}

}  // namespace dl
