// The application controller: runs every input through reduce() (app_state.hpp), carries out its
// effects, and draws the current screen from the state. No state changes here.
#include "app/app.hpp"

#include <algorithm>
#include <utility>


#include "core/overloaded.hpp"
#include "ui/views.hpp"

namespace dl {

App::App(Services services) : services_(std::move(services)) {}

void App::add_content_file(const std::string& path, std::string text) {
  content_files_[path] = std::move(text);
}

void App::start() {
  full_catalog_ = load_catalog([this](const std::string& path) -> std::optional<std::string> {
    auto it = content_files_.find(path);
    if (it == content_files_.end()) return std::nullopt;
    return it->second;
  });
  content_files_.clear();  // parsed once; the texts are not needed any more
  platform::Storage& storage = *services_.storage;
  step(event::Loaded{storage.load(storage_key::progress), storage.load(storage_key::place),
                       storage.load(storage_key::workspace), storage.load(storage_key::programme_draft),
                       storage.load(storage_key::unreadable_progress), storage.load(storage_key::hand_in_slot)});
  step(event::OutboxLoaded{storage.outbox()});
}

Env App::env() const {
  return Env{full_catalog_, services_.today(), services_.clock_ms ? services_.clock_ms() : 0, services_.random};
}

void App::step(const Input& input) {
  queued_.push_back(input);
  if (stepping_) return;  // an effect answered at once (memory storage): after this step
  stepping_ = true;
  while (!queued_.empty()) {
    Input next = std::move(queued_.front());
    queued_.pop_front();
    Step step = reduce(std::move(state_), next, env());
    ++steps_;
    state_ = std::move(step.state);
    for (const Effect& effect : step.effects) run(effect);
  }
  stepping_ = false;
}

void App::run(const Effect& effect) {
  std::visit(Overloaded{
                 [this](const effect::Save& save) { services_.storage->save(save.key, save.value); },
                 [this](const effect::Download& file) {
                   if (services_.download) services_.download(file.name, file.mime, file.bytes);
                 },
                 [this](const effect::RequestKeys& request) {
                   if (services_.record_keys) services_.record_keys(request.secret, request.codes);
                 },
                 [this](const effect::ScrollToTop&) { scroll_to_top_ = true; },
                 [this](const effect::OpenSpace& open) {
                   if (std::optional<platform::SpaceOpened> opened = services_.storage->open_space(open.code, open.create)) {
                     step(std::move(*opened));
                   }
                 },
                 [this](const effect::CloseSpace&) { services_.storage->close_space(); },
                 [this](const effect::ForgetUnsealed&) { services_.storage->forget_unsealed(); },
                 [this](const effect::MakeSealingKeys&) {
                   if (services_.make_sealing_keys) services_.make_sealing_keys();
                   else step(event::SealingKeysMade{});
                 },
                 [this](const effect::SealAndHandOut& file) {
                   if (services_.seal) services_.seal(file);
                   else step(event::Sealed{});
                 },
                 [this](const effect::PrintCard& card) {
                   if (services_.print_card) services_.print_card(card);
                 },
                 [this](const effect::Speak& speak) {
                   if (services_.speak) services_.speak(speak.text, speak.lang);
                   else step(event::SpeechEnded{});
                 },
                 [this](const effect::StopSpeaking&) {
                   if (services_.stop_speaking) services_.stop_speaking();
                 },
                 [this](const effect::SetLargerText& set) {
                   if (services_.set_larger_text) services_.set_larger_text(set.on);
                 },
                 [this](const effect::OpenCoordinatorPage& open) {
                   if (services_.open_coordinator_page) services_.open_coordinator_page(open.coordinator);
                 },
                 [this](const effect::FetchCourse& fetch) {
                   if (services_.fetch_content) services_.fetch_content(fetch.file);
                   else step(event::CourseFetched{fetch.module_id, false});
                 },
                 [this](const effect::HandIn& hand_in) { services_.storage->hand_in(hand_in.slot, hand_in.file); },
                 [this](const effect::RemoveFromOutbox& removed) {
                   for (const std::string& slot : removed.slots) services_.storage->remove_from_outbox(slot);
                 },
                 [this](const effect::Unseal& unseal) {
                   if (services_.unseal) {
                     services_.unseal(unseal.private_key, unseal.files);
                     return;
                   }
                   std::vector<std::string> failed;
                   for (const NamedFile& f : unseal.files) failed.push_back(f.name);
                   step(event::FilesUnsealed{{}, std::move(failed)});
                 },
                 [this](const effect::CopyText& copy) {
                   if (services_.copy_text) services_.copy_text(copy.text);
                 },
                 [this](const effect::Share& file) {
                   if (services_.share) services_.share(file.name, file.mime, file.bytes);
                 },
             },
             effect);
}

void App::open_link(const std::string& page_url, const std::string& fragment, bool coordinator_page) {
  step(event::OpenLink{page_url, fragment, coordinator_page});
}

void App::files_reading(int count) { step(event::FilesReading{count}); }

void App::receive_files(std::vector<NamedFile> files) { step(event::FilesReceived{std::move(files)}); }

void App::receive_record_keys(const std::string& secret,
                              const std::vector<std::pair<std::string, RecordKey>>& keys) {
  step(event::KeysReceived{secret, keys});
}

void App::record_keys_failed() { step(event::KeysFailed{}); }

void App::progress_saved_elsewhere(std::string text) { step(event::ProgressSavedElsewhere{std::move(text)}); }

void App::space_opened(platform::SpaceOpened opened) { step(std::move(opened)); }

void App::tick() { step(event::Tick{}); }

void App::copied(bool ok) { step(event::Copied{ok}); }

void App::speech_ended() { step(event::SpeechEnded{}); }

void App::sealing_keys_made(const std::string& public_key, const std::string& private_key) {
  step(event::SealingKeysMade{public_key, private_key});
}

void App::sealed(const effect::SealAndHandOut& request, std::string sealed_text) {
  step(event::Sealed{true, request.how, request.slot, request.name, std::move(sealed_text)});
}

void App::seal_failed() { step(event::Sealed{}); }

void App::content_fetched(const std::string& path, std::optional<std::string> text) {
  auto head = std::find_if(full_catalog_.modules.begin(), full_catalog_.modules.end(),
                           [&](const Module& m) { return m.file == path; });
  if (head == full_catalog_.modules.end()) return;
  const std::string module_id = head->id;
  std::vector<Problem> problems;
  std::optional<Module> module = text ? parse_module(*text, path, problems) : std::nullopt;
  // The site's files belong together (one service worker version); a course that is not the one its
  // head describes is not taken.
  const bool ok = module && module->complete && module->id == module_id && module->number == head->number;
  if (ok) {
    module->file = path;
    *head = std::move(*module);
  } else {
    full_catalog_.problems.insert(full_catalog_.problems.end(), problems.begin(), problems.end());
  }
  step(event::CourseFetched{module_id, ok});
}

void App::files_unsealed(std::vector<NamedFile> opened, std::vector<std::string> failed) {
  step(event::FilesUnsealed{std::move(opened), std::move(failed)});
}

void App::share_done(const std::string& name, bool sent) { step(event::ShareDone{name, sent}); }

void App::note_activity() { step(event::Activity{}); }

void App::on_visibility(bool visible) { step(event::Visibility{visible}); }

bool App::take_scroll_to_top() { return std::exchange(scroll_to_top_, false); }

void App::draw(ui::Ui& ui) {
  ui.tree().lang = lang_code(state_.progress.lang);
  ui::StorageNotice storage = ui::StorageNotice::none;
  switch (services_.storage->health()) {
    case platform::StorageHealth::ok: break;
    case platform::StorageHealth::unavailable: storage = ui::StorageNotice::unavailable; break;
    case platform::StorageHealth::write_failed: storage = ui::StorageNotice::write_failed; break;
  }
  const AppState& s = state_;
  ui::Actions actions;
  if (s.space != SpaceStatus::open) {
    ui::WelcomeModel welcome;
    welcome.lang = s.progress.lang;
    welcome.storage = storage;
    welcome.opening = s.space == SpaceStatus::opening;
    welcome.typed_code = s.typed_code;
    welcome.problem = static_cast<ui::WelcomeModel::Problem>(s.code_problem);
    welcome.code_not_found = s.code_not_found;
    welcome.locked = s.locked == Locked::no          ? ui::WelcomeModel::Locked::no
                     : s.locked == Locked::by_person ? ui::WelcomeModel::Locked::by_person
                                                     : ui::WelcomeModel::Locked::idle;
    if (s.link_programme) welcome.programme_name = s.link_programme->name;
    welcome.coordinator_page = s.coordinator_page;
    welcome.link_problems = s.link_problems;
    welcome.outbox_count = static_cast<int>(s.outbox.size());
    welcome.outbox_saved = s.outbox_saved;
    welcome.outbox_forgotten = s.outbox_forgotten;
    welcome.larger_text = larger_text();
    ui::view_welcome(ui, welcome, actions);
    for (const ui::UiAction& action : actions) handle(action);
    return;
  }
  const Date date = services_.today();
  ui::ViewModel model{s.catalog,     s.progress, period_of(date), date,           s.open_module,
                      storage,       s.exported_file, s.course_filter, s.link_problems};
  model.shared_file = s.shared_file;
  model.can_share = services_.can_share && services_.can_share();
  model.larger_text = larger_text();
  model.voices = services_.voices ? services_.voices() : 0u;
  model.speaking = s.speaking;
  model.open_sections = &s.open_sections;
  if (s.screen == ui::Screen::start || s.screen == ui::Screen::profile || s.screen == ui::Screen::courses) {
    model.suggestions = recommend_modules(s.progress, s.catalog);
  }
  model.sealing_failed = s.sealing_failed;
  // Handed in here only when the device keeps what it is given, and the file is sealed.
  model.can_hand_in = storage != ui::StorageNotice::unavailable && s.progress.programme &&
                      !s.progress.programme->public_key.empty();
  model.shared_device = services_.storage->space_count() > 1 || !s.outbox.empty();
  model.handed_in_file = s.handed_in_file;

  // A course with only its head: its pages are on the way (or did not come).
  if (needs_course_text(s.screen)) {
    const Module* module = s.catalog.find_module(s.open_module);
    if (module != nullptr && !module->complete) {
      const auto fetch = s.course_fetch_failed.find(module->id);
      ui::view_course_fetch(ui, model, fetch != s.course_fetch_failed.end() && fetch->second, actions);
      for (const ui::UiAction& action : actions) handle(action);
      return;
    }
  }
  switch (s.screen) {
    case ui::Screen::start: ui::view_start(ui, model, actions); break;
    case ui::Screen::courses: ui::view_courses(ui, model, actions); break;
    case ui::Screen::module_overview: ui::view_module_overview(ui, model, actions); break;
    case ui::Screen::module: ui::view_module(ui, model, actions); break;
    case ui::Screen::module_done: ui::view_module_done(ui, model, actions); break;
    case ui::Screen::self_assessment: ui::view_self_assessment(ui, model, actions); break;
    case ui::Screen::profile: ui::view_profile(ui, model, actions); break;
    case ui::Screen::about_you: ui::view_about_you(ui, model, actions); break;
    case ui::Screen::manager_survey: ui::view_manager_survey(ui, model, actions); break;
    case ui::Screen::coordinator:
    case ui::Screen::programme_setup: draw_coordinator(ui, model, actions); break;
    case ui::Screen::join: ui::view_join(ui, model, actions); break;
    case ui::Screen::export_preview: ui::view_export_preview(ui, model, actions); break;
    case ui::Screen::before_round: ui::view_before_round(ui, model, actions); break;
    case ui::Screen::your_code: ui::view_your_code(ui, model, s.adopted, actions); break;
  }
  // The model points into the state: carry the actions out only after the view is done with it.
  for (const ui::UiAction& action : actions) handle(action);
}

}  // namespace dl
