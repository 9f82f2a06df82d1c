// reduce (app_state.hpp), the person's side: loading what storage kept, navigation, changes to
// progress (through core's apply(), saved at once), export, active time and the programme link.
// The coordinator's side is in reduce_coordinator.cpp.
#include <algorithm>
#include <utility>

#include <nlohmann/json.hpp>

#include "app/reduce_parts.hpp"
#include "core/discussion_guide.hpp"
#include "core/json_reader.hpp"
#include "core/measurement.hpp"
#include "core/overloaded.hpp"
#include "core/participant_code.hpp"
#include "core/result_file.hpp"

namespace dl {
namespace reducing {
namespace {

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
    {ui::Screen::your_code, "your-code"},
    {ui::Screen::before_round, "before-round"},
};

// The screens that show one module (its overview, its pages, its end).
bool shows_a_module(ui::Screen screen) {
  return screen == ui::Screen::module || screen == ui::Screen::module_done || screen == ui::Screen::module_overview ||
         screen == ui::Screen::before_round;
}



// A saved coordinator's screen opens on the start page where the page has no coordinator's part.
void restore_place(AppState& state, const std::string& saved) {
  const nlohmann::ordered_json place = json_read::parse(saved).value_or(nlohmann::ordered_json());
  if (!place.is_object()) return;
  const auto screen = place.find("screen");
  const auto module = place.find("module");
  if (screen == place.end() || !screen->is_string() || module == place.end() || !module->is_string()) return;
  for (const auto& [candidate, name] : kScreenNames) {
    if (*screen != name) continue;
    if ((candidate == ui::Screen::coordinator || candidate == ui::Screen::programme_setup) && !coordinator_here()) return;
    const std::string module_id = module->get<std::string>();
    if (shows_a_module(candidate) && state.catalog.find_module(module_id) == nullptr) return;  // content changed
    state.screen = candidate;
    state.open_module = module_id;
  }
}

// The person's view of the content: their programme's part of it, once they joined one.
void refresh_catalog(AppState& state, const Catalog& full) {
  // A copy moved in, not copy-assigned: Catalog's copy assignment is 2 kB of wasm of its own.
  state.catalog = state.progress.programme ? restrict_catalog(full, *state.progress.programme) : Catalog(full);
}

// A course on screen that has only its head: fetch its pages, once (again after "Försök igen").
void fetch_open_course(Ctx& c) {
  AppState& s = c.state;
  if (s.space != SpaceStatus::open || !needs_course_text(s.screen)) return;
  const Module* module = s.catalog.find_module(s.open_module);
  if (module == nullptr || module->complete || s.course_fetch_failed.count(module->id) > 0) return;
  s.course_fetch_failed[module->id] = false;
  c.effects.push_back(effect::FetchCourse{module->id, module->file});
}

void course_fetched(Ctx& c, const event::CourseFetched& fetched) {
  AppState& s = c.state;
  if (fetched.ok) {
    s.course_fetch_failed.erase(fetched.module_id);
    refresh_catalog(s, c.env.full_catalog);
  } else {
    s.course_fetch_failed[fetched.module_id] = true;
  }
}

// A change to the person's progress: through apply(), and saved at once when it changed anything.
void change(Ctx& c, const Action& action) {
  // Joining a programme is checked against all content; everything else against what the person sees.
  const bool joins = std::holds_alternative<action::JoinProgramme>(action);
  ProgressState next = apply(c.state.progress, action, joins ? c.env.full_catalog : c.state.catalog);
  if (next == c.state.progress) return;
  if (next.lang != c.state.progress.lang) ++c.state.tables_version;
  c.state.progress = std::move(next);
  c.save(storage_key::progress, progress_to_json(c.state.progress));
  if (joins) refresh_catalog(c.state, c.env.full_catalog);
}

void open_link(Ctx& c, const event::OpenLink& link) {
  AppState& s = c.state;
  s.page_url = link.page_url;
  s.coordinator_page = link.coordinator_page;
  s.link_problems.clear();
  if (link.coordinator_page) return;  // a coordinator joins no programme
  std::optional<Programme> programme = parse_programme_fragment(link.fragment, c.env.full_catalog, s.link_problems);
  if (!programme) return;
  s.link_programme = std::move(*programme);
  if (s.space == SpaceStatus::open) join_link_programme(c);  // else when a space opens
}

void learner_action(Ctx& c, const ui::UiAction& input) {
  AppState& s = c.state;
  std::visit(Overloaded{
                 [&](const ui::Navigate& go) { navigate(c, go); },
                 [&](const ui::Change& changed) {
                   // A new page, or a finished round or survey (its screen changes): read from the top.
                   if (std::holds_alternative<action::OpenPage>(changed.action) ||
                       std::holds_alternative<action::OpenAssessmentPage>(changed.action) ||
                       std::holds_alternative<action::FinishSurvey>(changed.action)) {
                     c.scroll_to_top();
                   }
                   change(c, changed.action);
                   // The group chosen in "Om dig" is the course list's first choice too.
                   if (const auto* set = std::get_if<action::SetBackground>(&changed.action);
                       set != nullptr && set->question_id == "role_family") {
                     s.course_filter.role = s.progress.background.role_family;
                   }
                 },
                 [&](const ui::ExportResult&) { hand_out(c, HandOut::download); },
                 [&](const ui::ShareResult&) { hand_out(c, HandOut::share); },
                 [&](const ui::HandInHere&) { hand_out(c, HandOut::hand_in); },
                 [&](const ui::PrintCodeCard&) { c.effects.push_back(code_card(s.progress, s.page_url)); },
                 [&](const ui::DownloadGuide& guide) {
                   const Module* module = s.catalog.find_module(guide.module_id);
                   if (module == nullptr || !module->complete) return;  // the overview has the whole course
                   c.download(discussion_guide_file_name(*module), "text/html",
                              discussion_guide_html(*module, s.progress.lang));
                 },
                 [&](const ui::SetCatalogFilter& set) { s.course_filter = set.filter; },
                 [&](const ui::ToggleSection& toggle) {
                   if (s.open_sections.erase(toggle.id) == 0) s.open_sections.insert(toggle.id);
                 },
                 [&](const ui::FetchCourseAgain&) { s.course_fetch_failed.erase(s.open_module); },
                 [&](const ui::Speak& speak) {
                   if (speak.text.empty()) return;
                   s.speaking = speak.text;
                   c.effects.push_back(effect::Speak{speak.text, speak.lang});
                 },
                 [&](const ui::StopSpeaking&) {
                   s.speaking.clear();
                   c.effects.push_back(effect::StopSpeaking{});
                 },
                 [&](const auto&) {},  // the coordinator's actions: reduce_coordinator.cpp
             },
             input);
}

}  // namespace

void save_place(Ctx& c) {
  const char* name = "start";
  for (const auto& [screen, screen_name] : kScreenNames) {
    if (screen == c.state.screen) name = screen_name;
  }
  c.save(storage_key::place, nlohmann::ordered_json{{"screen", name}, {"module", c.state.open_module}}.dump());
}

// Moves active time counted in the open module into its progress: at once with `force`, else when
// kActiveTimeFlushMs has gathered (so not every pointer move writes to storage).
void flush_active_time(Ctx& c, bool force) {
  AppState& s = c.state;
  if (s.open_module.empty() || s.catalog.find_module(s.open_module) == nullptr) {
    s.pending_active_ms = 0;
    return;
  }
  if (s.pending_active_ms < (force ? 1000 : kActiveTimeFlushMs)) return;
  const std::int64_t seconds = s.pending_active_ms / 1000;
  s.pending_active_ms -= seconds * 1000;
  change(c, action::AddActiveTime{s.open_module, seconds});
}

// Time since the last action counts as active in the open module only while it is on screen.
void take_active_time(Ctx& c) {
  const std::int64_t active = c.state.activity.take(c.env.now_ms);
  if (c.state.screen == ui::Screen::module) c.state.pending_active_ms += active;
}

void take_space(Ctx& c, const StoredValues& values, const std::string& code) {
  AppState& s = c.state;
  load_coordinator(c, values);
  if (values.hand_in_slot && is_valid_participant_code(*values.hand_in_slot)) s.hand_in_slot = *values.hand_in_slot;
  if (values.progress) {
    std::vector<Problem> problems;
    std::optional<ProgressState> progress = progress_from_json(*values.progress, problems);
    if (progress && progress->participant_code == code) {
      s.progress = std::move(*progress);
      s.course_filter.role = s.progress.background.role_family;  // the person's own courses first
      refresh_catalog(s, c.env.full_catalog);
      if (values.place) restore_place(s, *values.place);
      // The coordinator's page opens on the coordinator's screen (or the set-up, when left there).
      if (s.coordinator_page && s.screen != ui::Screen::coordinator && s.screen != ui::Screen::programme_setup) {
        s.screen = ui::Screen::coordinator;
      }
      return;
    }
    // Keep what could not be read, so nothing is thrown away, and start afresh.
    c.save(storage_key::unreadable_progress, *values.progress);
  }
  const Lang lang = s.progress.lang;
  s.progress = new_progress(code);
  s.progress.lang = lang;
  refresh_catalog(s, c.env.full_catalog);
  c.save(storage_key::progress, progress_to_json(s.progress));  // the code must stay from the first visit
}

void join_link_programme(Ctx& c) {
  AppState& s = c.state;
  if (!s.link_programme) return;
  change(c, action::JoinProgramme{*s.link_programme});
  if (s.progress.organisation.empty()) {
    s.screen = ui::Screen::join;
    save_place(c);
  }
}

void navigate(Ctx& c, const ui::Navigate& go) {
  AppState& s = c.state;
  if (s.screen == ui::Screen::module) {
    take_active_time(c);
    flush_active_time(c, true);
  }
  s.screen = go.screen;
  // A first course while the questions before the courses are still open: ask once which comes first.
  if (go.screen == ui::Screen::module && offer_before_round(s.progress, s.catalog, c.env.today)) {
    s.screen = ui::Screen::before_round;
  }
  c.scroll_to_top();
  if (go.screen == ui::Screen::programme_setup && s.programme_draft.id.empty()) {
    s.programme_draft = new_programme_draft(make_participant_code(c.env.random()), c.env.full_catalog);
    ++s.tables_version;
  }
  // A programme gets its key pair when it is set up (and one set up before sealing, when it is opened).
  if (go.screen == ui::Screen::programme_setup && s.programme_draft.public_key.empty() && !s.sealing_keys_asked) {
    s.sealing_keys_asked = true;
    c.effects.push_back(effect::MakeSealingKeys{});
  }
  s.exported_file.clear();
  s.shared_file.clear();
  s.handed_in_file.clear();
  s.link_copied.reset();
  if (shows_a_module(go.screen)) s.open_module = go.module_id;
  save_place(c);
  if (s.screen != ui::Screen::module) return;
  // Opening a module shows the page the person was on, or its first page.
  const Module* module = s.catalog.find_module(go.module_id);
  if (module == nullptr || module->pages.empty()) return;
  const ModuleProgress* progress = find_progress(s.progress, go.module_id);
  std::string page = module->pages.front().id;
  if (progress != nullptr && module->find_page(progress->current_page) != nullptr) page = progress->current_page;
  change(c, action::OpenPage{go.module_id, page, c.now()});
}

}  // namespace reducing

bool needs_course_text(ui::Screen screen) {
  return screen == ui::Screen::module || screen == ui::Screen::module_overview;
}

// Where the person is: the screen, the open course and its page, each round's page. "Lyssna"
// reads what is here; when this changes, what it read is gone.
struct Place {
  ui::Screen screen = ui::Screen::start;
  std::string module;
  std::string module_page;
  std::map<Round, int> round_pages;
  bool operator==(const Place& o) const {
    return screen == o.screen && module == o.module && module_page == o.module_page && round_pages == o.round_pages;
  }
};

Place place_of(const AppState& s) {
  Place place{s.screen, s.open_module, {}, {}};
  if (const ModuleProgress* progress = find_progress(s.progress, s.open_module)) place.module_page = progress->current_page;
  for (const auto& [round, progress] : s.progress.rounds) place.round_pages[round] = progress.current_page;
  return place;
}

Step reduce(AppState state, const Input& input, const Env& env) {
  const std::optional<Place> place = state.speaking.empty() ? std::nullopt : std::optional<Place>(place_of(state));
  std::vector<Effect> effects;
  reducing::Ctx c{state, effects, env};
  std::visit(Overloaded{
                 [&](const ui::UiAction& action) {
                   if (reducing::space_action(c, action)) return;
                   if (!reducing::coordinator_action(c, action)) reducing::learner_action(c, action);
                 },
                 [&](const event::Loaded& unsealed) { reducing::load_device(c, unsealed); },
                 [&](const event::SpaceOpened& opened) { reducing::space_opened(c, opened); },
                 [&](const event::Tick&) { reducing::tick(c); },
                 [&](const event::Sealed& sealed) { reducing::sealed(c, sealed); },
                 [&](const event::OutboxLoaded& loaded) { reducing::outbox_loaded(c, loaded); },
                 [&](const event::SealingKeysMade& made) { reducing::sealing_keys_made(c, made); },
                 [&](const event::FilesUnsealed& unsealed) { reducing::files_unsealed(c, unsealed); },
                 [&](const event::Copied& copied) {
                   if (state.space == SpaceStatus::open) state.link_copied = copied.ok;
                 },
                 [&](const event::ShareDone& done) {
                   if (!done.sent || state.space != SpaceStatus::open) return;  // cancelled: nothing to say
                   state.shared_file = done.name;
                   state.exported_file.clear();
                   state.handed_in_file.clear();
                 },
                 [&](const event::OpenLink& link) { reducing::open_link(c, link); },
                 [&](const event::CourseFetched& fetched) { reducing::course_fetched(c, fetched); },
                 [&](const event::FilesReading& reading) { reducing::files_reading(c, reading); },
                 [&](const event::FilesReceived& received) { reducing::files_received(c, received); },
                 [&](const event::KeysReceived& received) { reducing::keys_received(c, received); },
                 [&](const event::KeysFailed&) { reducing::keys_failed(c); },
                 [&](const event::ProgressSavedElsewhere& saved) {
                   // Another tab saved progress: take it over so the two tabs do not overwrite each other.
                   std::vector<Problem> problems;
                   std::optional<ProgressState> progress = progress_from_json(saved.text, problems);
                   if (progress && state.space == SpaceStatus::open &&
                       progress->participant_code == state.progress.participant_code) {
                     state.progress = std::move(*progress);
                     reducing::refresh_catalog(state, env.full_catalog);
                   }
                 },
                 [&](const event::Activity&) {
                   reducing::tick(c);  // back after a long while: it locked meanwhile
                   state.last_activity_ms = env.now_ms;
                   reducing::take_active_time(c);
                   state.activity.on_action(env.now_ms);
                   reducing::flush_active_time(c, false);
                 },
                 [&](const event::Visibility& visibility) {
                   // Hiding stops the count and saves what was counted, so a closed tab loses none.
                   reducing::take_active_time(c);
                   state.activity.on_visibility(visibility.visible, env.now_ms);
                   if (!visibility.visible) reducing::flush_active_time(c, true);
                   reducing::visibility(c, visibility.visible);
                 },
                 [&](const event::SpeechEnded&) { state.speaking.clear(); },
             },
             input);
  reducing::fetch_open_course(c);
  // Reading aloud stops when what it reads goes: another screen or page, or the space locked.
  if (!state.speaking.empty() && place && (state.space != SpaceStatus::open || !(place_of(state) == *place))) {
    state.speaking.clear();
    effects.push_back(effect::StopSpeaking{});
  }
  return Step{std::move(state), std::move(effects)};
}

}  // namespace dl
