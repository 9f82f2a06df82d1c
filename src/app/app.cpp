// The application controller: the one place where a person's actions become state changes.
// Every progress change goes through apply() and is saved at once, so nothing entered is lost.
#include "app/app.hpp"

#include <utility>

#include <nlohmann/json.hpp>

#include "core/discussion_guide.hpp"
#include "core/participant_code.hpp"
#include "core/result_file.hpp"
#include "ui/views.hpp"

namespace dl {
namespace {

constexpr const char* kProgressKey = "progress";
constexpr const char* kUnreadableProgressKey = "progress-unreadable";
constexpr const char* kPlaceKey = "place";
// Active time is written to storage once this much has gathered (and always when leaving a module
// or hiding the page), so a pointer move is not a write.
constexpr std::int64_t kActiveTimeFlushMs = 5'000;

// Screens by a stable name for the saved place. The coordinator's files are not kept (issue of a
// later version), so a reload there shows the empty workspace.
constexpr std::pair<ui::Screen, const char*> kScreenNames[] = {
    {ui::Screen::start, "start"},
    {ui::Screen::courses, "courses"},
    {ui::Screen::module_overview, "module-overview"},
    {ui::Screen::module, "module"},
    {ui::Screen::module_done, "module-done"},
    {ui::Screen::self_assessment, "self-assessment"},
    {ui::Screen::profile, "profile"},
    {ui::Screen::about_you, "about-you"},
    {ui::Screen::manager_survey, "manager-survey"},
    {ui::Screen::coordinator, "coordinator"},
};

template <class... Fs>
struct Overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

}  // namespace

App::App(Services services) : services_(std::move(services)) {}

void App::add_content_file(const std::string& path, std::string text) {
  content_files_[path] = std::move(text);
}

void App::start() {
  catalog_ = load_catalog([this](const std::string& path) -> std::optional<std::string> {
    auto it = content_files_.find(path);
    if (it == content_files_.end()) return std::nullopt;
    return it->second;
  });
  content_files_.clear();  // parsed once; the texts are not needed any more

  if (std::optional<std::string> saved = services_.storage->load(kProgressKey)) {
    std::vector<Problem> problems;
    if (std::optional<ProgressState> state = progress_from_json(*saved, problems)) {
      progress_ = std::move(*state);
      filter_.role = progress_.background.role_family;  // show the person's own courses first
      restore_place();
      return;
    }
    // Keep what could not be read, so nothing is thrown away, and start afresh.
    services_.storage->save(kUnreadableProgressKey, *saved);
  }
  progress_ = new_progress(make_participant_code(services_.random()));
  save();  // the participant code must stay the same from the first visit on
}

void App::save() { services_.storage->save(kProgressKey, progress_to_json(progress_)); }

void App::save_place() {
  const char* name = "start";
  for (const auto& [screen, screen_name] : kScreenNames) {
    if (screen == screen_) name = screen_name;
  }
  nlohmann::json place = {{"screen", name}, {"module", open_module_}};
  services_.storage->save(kPlaceKey, place.dump());
}

void App::restore_place() {
  const std::optional<std::string> saved = services_.storage->load(kPlaceKey);
  if (!saved) return;
  const nlohmann::json place = nlohmann::json::parse(*saved, nullptr, false);
  if (!place.is_object()) return;
  const auto screen = place.find("screen");
  const auto module = place.find("module");
  if (screen == place.end() || !screen->is_string() || module == place.end() || !module->is_string()) {
    return;
  }
  for (const auto& [candidate, name] : kScreenNames) {
    if (*screen != name) continue;
    const std::string module_id = module->get<std::string>();
    const bool needs_module = candidate == ui::Screen::module || candidate == ui::Screen::module_done ||
                              candidate == ui::Screen::module_overview;
    if (needs_module && catalog_.find_module(module_id) == nullptr) return;  // content changed
    screen_ = candidate;
    open_module_ = module_id;
  }
}

void App::change(const Action& action) {
  ProgressState next = apply(progress_, action, catalog_);
  if (next == progress_) return;
  progress_ = std::move(next);
  save();
}

void App::reload_progress() {
  std::optional<std::string> saved = services_.storage->load(kProgressKey);
  if (!saved) return;
  std::vector<Problem> problems;
  if (std::optional<ProgressState> state = progress_from_json(*saved, problems)) {
    progress_ = std::move(*state);
  }
}

void App::handle(const ui::UiAction& action) {
  std::visit(
      Overloaded{
          [this](const ui::Navigate& go) {
            if (screen_ == ui::Screen::module) {
              pending_active_ms_ += activity_.take(clock_ms());
              flush_active_time(true);
            }
            screen_ = go.screen;
            scroll_to_top_ = true;
            exported_file_.clear();
            if (go.screen == ui::Screen::module || go.screen == ui::Screen::module_done ||
                go.screen == ui::Screen::module_overview) {
              open_module_ = go.module_id;
            }
            save_place();
            if (go.screen == ui::Screen::module) {
              // Opening a module shows the page the person was on, or its first page.
              const Module* module = catalog_.find_module(go.module_id);
              if (module == nullptr || module->pages.empty()) return;
              const ModuleProgress* progress = find_progress(progress_, go.module_id);
              std::string page = module->pages.front().id;
              if (progress != nullptr && module->find_page(progress->current_page) != nullptr) {
                page = progress->current_page;
              }
              change(action::OpenPage{go.module_id, page, now()});
            }
          },
          [this](const ui::Change& c) {
            // A new page, or a finished round or survey (its screen changes): read from the top.
            if (std::holds_alternative<action::OpenPage>(c.action) ||
                std::holds_alternative<action::OpenAssessmentPage>(c.action) ||
                std::holds_alternative<action::FinishSurvey>(c.action)) {
              scroll_to_top_ = true;
            }
            change(c.action);
          },
          [this](const ui::ExportResult&) {
            const ResultFile file = make_result_file(progress_, catalog_, now());
            exported_file_ = result_file_name(file);
            services_.download(exported_file_, "application/json", result_to_json(file));
          },
          [this](const ui::ClearWorkspace&) { workspace_ = Workspace{}; },
          [this](const ui::DownloadGuide& guide) {
            const Module* module = catalog_.find_module(guide.module_id);
            if (module == nullptr) return;
            services_.download(discussion_guide_file_name(*module), "text/html",
                               discussion_guide_html(*module, progress_.lang));
          },
          [this](const ui::SetCatalogFilter& set) { filter_ = set.filter; },
      },
      action);
}

void App::receive_files(std::vector<NamedFile> files) {
  if (files.empty()) return;
  if (screen_ != ui::Screen::coordinator) handle(ui::Navigate{ui::Screen::coordinator, {}});
  for (const NamedFile& file : files) import_result(workspace_, file.name, file.bytes, catalog_);
}

void App::draw(ui::Ui& ui) {
  ui.tree().lang = lang_code(progress_.lang);
  ui::StorageNotice storage = ui::StorageNotice::none;
  switch (services_.storage->health()) {
    case platform::StorageHealth::ok: break;
    case platform::StorageHealth::unavailable: storage = ui::StorageNotice::unavailable; break;
    case platform::StorageHealth::write_failed: storage = ui::StorageNotice::write_failed; break;
  }
  const Date date = today();
  const ui::ViewModel model{catalog_,     progress_, workspace_,     period_of(date), date,
                            open_module_, storage,   exported_file_, filter_};

  ui::Actions actions;
  switch (screen_) {
    case ui::Screen::start: ui::view_start(ui, model, actions); break;
    case ui::Screen::courses: ui::view_courses(ui, model, actions); break;
    case ui::Screen::module_overview: ui::view_module_overview(ui, model, actions); break;
    case ui::Screen::module: ui::view_module(ui, model, actions); break;
    case ui::Screen::module_done: ui::view_module_done(ui, model, actions); break;
    case ui::Screen::self_assessment: ui::view_self_assessment(ui, model, actions); break;
    case ui::Screen::profile: ui::view_profile(ui, model, actions); break;
    case ui::Screen::about_you: ui::view_about_you(ui, model, actions); break;
    case ui::Screen::manager_survey: ui::view_manager_survey(ui, model, actions); break;
    case ui::Screen::coordinator: ui::view_coordinator(ui, model, actions); break;
  }
  for (const ui::UiAction& action : actions) handle(action);
}

bool App::take_scroll_to_top() { return std::exchange(scroll_to_top_, false); }

std::int64_t App::clock_ms() const { return services_.clock_ms ? services_.clock_ms() : 0; }

Date App::today() const { return services_.today(); }

Period App::now() const { return period_of(today()); }

void App::note_activity() {
  const std::int64_t now = clock_ms();
  const std::int64_t active = activity_.take(now);
  if (screen_ == ui::Screen::module) pending_active_ms_ += active;
  activity_.on_action(now);
  flush_active_time(false);
}

void App::on_visibility(bool visible) {
  const std::int64_t now = clock_ms();
  const std::int64_t active = activity_.take(now);
  if (screen_ == ui::Screen::module) pending_active_ms_ += active;
  activity_.on_visibility(visible, now);
  if (!visible) flush_active_time(true);
}

void App::flush_active_time(bool force) {
  if (open_module_.empty() || catalog_.find_module(open_module_) == nullptr) {
    pending_active_ms_ = 0;
    return;
  }
  if (pending_active_ms_ < (force ? 1000 : kActiveTimeFlushMs)) return;
  const std::int64_t seconds = pending_active_ms_ / 1000;
  pending_active_ms_ -= seconds * 1000;
  change(action::AddActiveTime{open_module_, seconds});
}

}  // namespace dl
