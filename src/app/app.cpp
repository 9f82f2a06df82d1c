// The application controller: the one place where a person's actions become state changes.
// Every progress change goes through apply() and is saved at once, so nothing entered is lost.
#include "app/app.hpp"

#include <array>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/discussion_guide.hpp"
#include "core/participant_code.hpp"
#include "core/programme_poster.hpp"
#include "core/result_file.hpp"
#include "core/workspace_key.hpp"
#include "ui/views.hpp"

namespace dl {
namespace {

constexpr const char* kProgressKey = "progress";
constexpr const char* kUnreadableProgressKey = "progress-unreadable";
constexpr const char* kPlaceKey = "place";
constexpr const char* kWorkspaceKey = "workspace";        // the coordinator's files (aggregate.hpp)
constexpr const char* kProgrammeDraftKey = "programme-draft";  // the programme being set up
// Active time is written to storage once this much has gathered (and always when leaving a module
// or hiding the page), so a pointer move is not a write.
constexpr std::int64_t kActiveTimeFlushMs = 5'000;

// Screens by a stable name for the saved place.
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
    {ui::Screen::programme_setup, "programme-setup"},
    {ui::Screen::join, "join"},
    {ui::Screen::export_preview, "export-preview"},
};

// The programme draft as it is kept between visits: the same fields as a link, as JSON.
nlohmann::json draft_to_json(const Programme& p) {
  nlohmann::json orgs = nlohmann::json::array();
  for (const Organisation& o : p.organisations) orgs.push_back({o.code, o.name});
  return {{"id", p.id},          {"name", p.name},
          {"organisations", orgs}, {"modules", p.module_ids},
          {"instruments", p.instrument_ids}, {"t2", p.t2_interval_months}};
}

std::optional<Programme> draft_from_json(const std::string& text) {
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) return std::nullopt;
  try {
    Programme p;
    p.id = j.at("id").get<std::string>();
    p.name = j.at("name").get<std::string>();
    for (const auto& o : j.at("organisations")) {
      p.organisations.push_back({o.at(0).get<std::string>(), o.at(1).get<std::string>()});
    }
    p.module_ids = j.at("modules").get<std::vector<std::string>>();
    p.instrument_ids = j.at("instruments").get<std::vector<std::string>>();
    p.t2_interval_months = j.at("t2").get<int>();
    return p;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;  // a draft from another version: start a new one
  }
}

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
  full_catalog_ = catalog_;

  if (std::optional<std::string> saved = services_.storage->load(kWorkspaceKey)) {
    std::vector<Problem> problems;
    if (std::optional<Workspace> workspace = workspace_from_json(*saved, full_catalog_, problems)) {
      workspace_ = std::move(*workspace);
    }
  }
  if (std::optional<std::string> saved = services_.storage->load(kProgrammeDraftKey)) {
    if (std::optional<Programme> draft = draft_from_json(*saved)) programme_draft_ = std::move(*draft);
  }
  if (!workspace_.log.empty()) {
    if (workspace_.secret.empty()) {  // kept by a version before the protected tables
      ensure_secret();
      save_workspace();
    }
    request_record_keys();
  }

  if (std::optional<std::string> saved = services_.storage->load(kProgressKey)) {
    std::vector<Problem> problems;
    if (std::optional<ProgressState> state = progress_from_json(*saved, problems)) {
      progress_ = std::move(*state);
      filter_.role = progress_.background.role_family;  // show the person's own courses first
      refresh_catalog();
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
  // Joining a programme is checked against all content; everything else against what the person sees.
  const bool joins = std::holds_alternative<action::JoinProgramme>(action);
  ProgressState next = apply(progress_, action, joins ? full_catalog_ : catalog_);
  if (next == progress_) return;
  progress_ = std::move(next);
  save();
  if (joins) refresh_catalog();
}

void App::refresh_catalog() {
  catalog_ = progress_.programme ? restrict_catalog(full_catalog_, *progress_.programme) : full_catalog_;
}

void App::open_link(const std::string& page_url, const std::string& fragment) {
  page_url_ = page_url;
  link_problems_.clear();
  std::optional<Programme> programme = parse_programme_fragment(fragment, full_catalog_, link_problems_);
  if (!programme) return;
  change(action::JoinProgramme{std::move(*programme)});
  if (progress_.organisation.empty()) {
    screen_ = ui::Screen::join;
    save_place();
  }
}

void App::save_workspace() {
  report_.reset();
  services_.storage->save(kWorkspaceKey, workspace_to_json(workspace_));
}

void App::ensure_secret() {
  if (!workspace_.secret.empty()) return;
  std::array<std::uint64_t, 4> random{};
  for (std::uint64_t& word : random) word = services_.random();
  workspace_.secret = workspace_secret(random);
}

void App::request_record_keys() {
  std::vector<std::string> codes;
  for (const auto& [code, file] : workspace_.participants) {
    if (record_keys_.count(code) == 0 && keys_asked_.insert(code).second) codes.push_back(code);
  }
  if (codes.empty() || !services_.record_keys) return;
  services_.record_keys(workspace_.secret, codes);
}

void App::receive_record_keys(const std::string& secret, const std::vector<std::pair<std::string, RecordKey>>& keys) {
  if (secret != workspace_.secret) return;  // asked before the workspace was cleared
  for (const auto& [code, key] : keys) {
    keys_asked_.erase(code);
    if (workspace_.participants.count(code) > 0) record_keys_[code] = key;
  }
  report_.reset();
}

void App::record_keys_failed() {
  keys_failed_ = true;
  keys_asked_.clear();
  report_.reset();
}

void App::take_key_file(const NamedFile& file) {
  std::vector<Problem> problems;
  const std::optional<WorkspaceKey> key = parse_key_file(file.bytes, problems);
  if (key && key->secret != workspace_.secret) {
    if (!workspace_.participants.empty()) {
      problems.push_back(Problem{"key.other_workspace", file.name, "", ""});
    } else if (!key->programme.empty() && !workspace_.programme.empty() && key->programme != workspace_.programme) {
      problems.push_back(Problem{"key.other_programme", file.name, "", ""});
    }
  }
  if (!problems.empty()) {
    for (Problem& p : problems) p.file = file.name;
    key_problems_ = std::move(problems);
    return;
  }
  if (workspace_.programme.empty()) workspace_.programme = key->programme;
  workspace_.secret = key->secret;
  record_keys_.clear();
  keys_asked_.clear();
  key_taken_ = true;
  save_workspace();
}

ReportSetup App::report_setup() const {
  ReportSetup setup;
  setup.keys = &record_keys_;
  setup.now = now();
  // The coordinator's own programme, set up on this device, names its organisation codes (the
  // files hold only codes) and says which courses it has and when its follow-up comes.
  for (const Organisation& org : programme_draft_.organisations) {
    if (!org.code.empty()) setup.organisation_names.emplace(org.code, org.name);
  }
  if (!programme_draft_.id.empty() && programme_draft_.id == workspace_.programme) {
    setup.programme_modules = programme_draft_.module_ids;
    setup.t2_interval_months = programme_draft_.t2_interval_months;
  }
  return setup;
}

const Report& App::report() {
  if (!report_ || report_->lang != progress_.lang) {
    report_ = make_report(workspace_, full_catalog_, report_filter_, progress_.lang, report_setup());
  }
  return *report_;
}

void App::download_report_file(const ui::UiAction& action) {
  const Report& tables = report();
  if (const auto* table = std::get_if<ui::DownloadTable>(&action)) {
    for (const ReportTable& t : tables.tables) {
      if (t.id == table->table_id) {
        services_.download(table_csv_name(t, tables.filter), "text/csv", table_csv(t, tables));
      }
    }
  } else if (std::holds_alternative<ui::DownloadReport>(action)) {
    if (tables.tables.empty()) return;
    services_.download(report_html_name(tables.filter), "text/html", report_html(tables, programme_draft_.name));
  }
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
            if (go.screen == ui::Screen::programme_setup && programme_draft_.id.empty()) {
              programme_draft_.id = make_participant_code(services_.random());  // a new programme
              for (const Module& module : full_catalog_.modules) programme_draft_.module_ids.push_back(module.id);
              if (full_catalog_.instrument) programme_draft_.instrument_ids.push_back(full_catalog_.instrument->id);
              if (full_catalog_.manager_survey) programme_draft_.instrument_ids.push_back(full_catalog_.manager_survey->id);
            }
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
          [this](const ui::EditProgramme& edit) {
            programme_draft_ = edit.programme;
            report_.reset();  // the tables name organisations as the programme does
            services_.storage->save(kProgrammeDraftKey, draft_to_json(programme_draft_).dump());
          },
          [this](const ui::SetReportFilter& set) {
            if (set.filter == report_filter_) return;
            report_filter_ = set.filter;
            report_.reset();
          },
          [this, &action](const ui::DownloadTable&) { download_report_file(action); },
          [this, &action](const ui::DownloadReport&) { download_report_file(action); },
          [this](const ui::DownloadPoster&) {
            if (!check_programme(programme_draft_, full_catalog_).empty()) return;
            services_.download(programme_poster_file_name(programme_draft_), "text/html",
                               programme_poster_html(programme_draft_,
                                                     programme_link(page_url_, programme_draft_),
                                                     progress_.lang));
          },
          [this](const ui::ExportResult&) {
            const ResultFile file = make_result_file(progress_, catalog_, now());
            exported_file_ = result_file_name(file);
            services_.download(exported_file_, "application/json", result_to_json(file));
          },
          [this](const ui::ConfirmClearWorkspace& confirm) { confirm_clear_ = confirm.ask; },
          [this](const ui::ClearWorkspace&) {
            // The secret stays: the same files read again give the same tables, so nothing
            // published before is contradicted by a second noise (docs/privacy.md).
            Workspace cleared;
            cleared.secret = workspace_.secret;
            workspace_ = std::move(cleared);
            confirm_clear_ = false;
            record_keys_.clear();
            keys_asked_.clear();
            key_problems_.clear();
            key_taken_ = false;
            report_filter_ = ReportFilter{};
            save_workspace();
          },
          [this](const ui::SetWithoutProgramme& set) {
            if (workspace_.without_programme == set.read) return;
            workspace_.without_programme = set.read;
            ensure_secret();
            save_workspace();
          },
          [this](const ui::DownloadKey&) {
            ensure_secret();
            save_workspace();
            const WorkspaceKey key{workspace_.programme, workspace_.secret};
            services_.download(key_file_name(key), "application/json", key_file_json(key));
          },
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

void App::files_reading(int count) {
  files_reading_ = std::max(0, count);
  if (files_reading_ > 0 && screen_ != ui::Screen::coordinator) handle(ui::Navigate{ui::Screen::coordinator, {}});
}

void App::receive_files(std::vector<NamedFile> files) {
  files_reading_ = 0;
  if (files.empty()) return;
  confirm_clear_ = false;
  if (screen_ != ui::Screen::coordinator) handle(ui::Navigate{ui::Screen::coordinator, {}});
  key_problems_.clear();
  key_taken_ = false;
  // The coordinator's own programme, once it is complete, is the one this workspace reads.
  if (workspace_.programme.empty() && workspace_.participants.empty() &&
      check_programme(programme_draft_, full_catalog_).empty()) {
    workspace_.programme = programme_draft_.id;
  }
  for (const NamedFile& file : files) {  // a key file first: result files are then read under it
    if (is_key_file(file.bytes)) take_key_file(file);
  }
  ensure_secret();
  for (const NamedFile& file : files) {
    if (!is_key_file(file.bytes)) import_result(workspace_, file.name, file.bytes, full_catalog_);
  }
  save_workspace();
  request_record_keys();
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
  ui::ViewModel model{catalog_,     progress_, workspace_,     period_of(date), date,
                      open_module_, storage,   exported_file_, filter_};
  model.full_catalog = &full_catalog_;
  model.programme_draft = &programme_draft_;
  if (check_programme(programme_draft_, full_catalog_).empty() && !page_url_.empty()) {
    model.programme_link = programme_link(page_url_, programme_draft_);
  }
  if (screen_ == ui::Screen::coordinator) model.report = &report();
  model.link_problems = link_problems_;
  model.files_reading = files_reading_;
  model.keys_failed = keys_failed_;
  model.key_problems = key_problems_;
  model.key_taken = key_taken_;
  model.confirm_clear = confirm_clear_;

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
    case ui::Screen::programme_setup: ui::view_programme_setup(ui, model, actions); break;
    case ui::Screen::join: ui::view_join(ui, model, actions); break;
    case ui::Screen::export_preview: ui::view_export_preview(ui, model, actions); break;
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
