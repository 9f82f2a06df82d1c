// reduce (app_state.hpp), the person's space on a shared device: opening one (new, with a code, or
// on a device that does not have it yet), taking in what it holds, locking it ("Lås mina svar", and
// by itself after kIdleLockMs without use or kHiddenLockMs hidden), and moving values a version
// before spaces kept unsealed into a space of their own.
#include <utility>

#include "app/reduce_parts.hpp"
#include "core/participant_code.hpp"

namespace dl::reducing {
namespace {

std::optional<std::string> value_of(const std::map<std::string, std::string>& values, const char* key) {
  const auto it = values.find(key);
  if (it == values.end()) return std::nullopt;
  return it->second;
}

void begin_opening(Ctx& c, std::string code, bool create, bool is_new) {
  AppState& s = c.state;
  s.space = SpaceStatus::opening;
  s.opening_new = is_new;
  s.code_problem = CodeProblem::none;
  s.code_not_found.clear();
  s.locked = Locked::no;
  c.effects.push_back(effect::OpenSpace{std::move(code), create});
}

// What stays when a space is locked: the content, the page's address and link, the language.
AppState welcome_after(AppState& s, Locked how) {
  AppState next;
  next.catalog = std::move(s.catalog);
  next.page_url = std::move(s.page_url);
  next.link_programme = std::move(s.link_programme);
  next.link_problems = std::move(s.link_problems);
  next.progress.lang = s.progress.lang;
  next.outbox = std::move(s.outbox);  // the device's, not the person's
  next.locked = how;
  return next;
}

}  // namespace

void load_device(Ctx& c, const event::Loaded& unsealed) {
  AppState& s = c.state;
  s.catalog = Catalog(c.env.full_catalog);  // moved in (see refresh_catalog)
  const bool any = unsealed.progress || unsealed.place || unsealed.workspace || unsealed.programme_draft ||
                   unsealed.unreadable_progress;
  if (!any) return;
  // A version before spaces kept one person's values unsealed: they get a space of their own under
  // their participant code (a new one when it cannot be read), and the person sees the code next.
  std::string code;
  if (unsealed.progress) {
    std::vector<Problem> problems;
    if (std::optional<ProgressState> progress = progress_from_json(*unsealed.progress, problems)) {
      code = progress->participant_code;
    }
  }
  if (!is_valid_participant_code(code)) code = make_participant_code(c.env.random());
  s.adopting = unsealed;
  begin_opening(c, std::move(code), true, true);
}

void space_opened(Ctx& c, const event::SpaceOpened& opened) {
  AppState& s = c.state;
  if (s.space != SpaceStatus::opening) return;  // locked again meanwhile
  switch (opened.outcome) {
    case platform::SpaceOpened::Outcome::not_found:
      s.space = SpaceStatus::closed;
      s.code_problem = CodeProblem::not_found;
      s.code_not_found = opened.code;
      return;
    case platform::SpaceOpened::Outcome::failed:
      s.space = SpaceStatus::closed;
      s.code_problem = CodeProblem::damaged;
      return;
    case platform::SpaceOpened::Outcome::opened: break;
  }
  s.space = SpaceStatus::open;
  s.typed_code.clear();
  s.last_activity_ms = c.env.now_ms;
  s.hidden_since_ms.reset();
  event::Loaded values{value_of(opened.values, storage_key::progress), value_of(opened.values, storage_key::place),
                       value_of(opened.values, storage_key::workspace),
                       value_of(opened.values, storage_key::programme_draft),
                       value_of(opened.values, storage_key::unreadable_progress),
                       value_of(opened.values, storage_key::hand_in_slot)};
  const bool adopting = s.adopting.has_value();
  if (adopting) {
    values = std::move(*s.adopting);
    s.adopting.reset();
    s.adopted = true;
  }
  take_space(c, values, opened.code);
  if (adopting) {
    // Sealed now: save each kept value into the space, then the unsealed copy can go.
    c.save(storage_key::progress, progress_to_json(s.progress));
    if (values.place) c.save(storage_key::place, *values.place);
    if (values.workspace) c.save(storage_key::workspace, *values.workspace);
    if (values.programme_draft) c.save(storage_key::programme_draft, *values.programme_draft);
    if (values.unreadable_progress) c.save(storage_key::unreadable_progress, *values.unreadable_progress);
    c.effects.push_back(effect::ForgetUnsealed{});
  }
  // The programme of the link the page was opened with: the person joins it.
  if (s.link_programme && (!s.progress.programme || s.progress.programme->id != s.link_programme->id)) {
    join_link_programme(c);
  }
  if (std::exchange(s.opening_new, false)) s.screen = ui::Screen::your_code;
  c.scroll_to_top();
}

// Locks the open space: what was counted is saved first, then only the welcome remains.
void lock(Ctx& c, Locked how) {
  AppState& s = c.state;
  if (s.space == SpaceStatus::closed) return;
  if (s.space == SpaceStatus::open) {
    take_active_time(c);
    flush_active_time(c, true);
  }
  c.effects.push_back(effect::CloseSpace{});
  if (!s.speaking.empty()) c.effects.push_back(effect::StopSpeaking{});  // it read the person's screen
  s = welcome_after(s, how);
  c.scroll_to_top();
}

bool space_action(Ctx& c, const ui::UiAction& action) {
  AppState& s = c.state;
  // "Större text" is the device's, not the person's: the same with or without an open space.
  if (const auto* larger = std::get_if<ui::SetLargerText>(&action)) {
    c.effects.push_back(effect::SetLargerText{larger->on});
    return true;
  }
  if (std::holds_alternative<ui::LeaveCoordinatorPage>(action)) {
    if (s.space != SpaceStatus::open && s.coordinator_page) c.effects.push_back(effect::OpenCoordinatorPage{false});
    return true;
  }
  if (const auto* typed = std::get_if<ui::TypeCode>(&action)) {
    s.typed_code = typed->text;
    s.code_problem = CodeProblem::none;
    return true;
  }
  s.outbox_forgotten = false;
  if (std::holds_alternative<ui::SaveOutbox>(action)) {
    if (s.space == SpaceStatus::closed) save_outbox(c);
    return true;
  }
  if (std::holds_alternative<ui::ForgetSavedOutbox>(action)) {
    if (s.space == SpaceStatus::closed) forget_saved_outbox(c);
    return true;
  }
  s.outbox_saved.clear();  // any other step: the offer to remove goes (what was saved stays here)
  s.outbox_saved_slots.clear();
  if (s.space == SpaceStatus::opening) return std::holds_alternative<ui::StartNew>(action) ||
                                              std::holds_alternative<ui::OpenWithCode>(action) ||
                                              std::holds_alternative<ui::ContinueWithCode>(action);
  if (std::holds_alternative<ui::StartNew>(action)) {
    if (s.space == SpaceStatus::closed) begin_opening(c, make_participant_code(c.env.random()), true, true);
    return true;
  }
  if (std::holds_alternative<ui::OpenWithCode>(action)) {
    if (s.space != SpaceStatus::closed) return true;
    if (std::optional<std::string> code = read_typed_code(s.typed_code)) {
      begin_opening(c, std::move(*code), false, false);
    } else {
      s.code_problem = CodeProblem::not_a_code;
    }
    return true;
  }
  if (const auto* go_on = std::get_if<ui::ContinueWithCode>(&action)) {
    if (s.space == SpaceStatus::closed && is_valid_participant_code(go_on->code)) {
      begin_opening(c, go_on->code, true, false);
    }
    return true;
  }
  if (std::holds_alternative<ui::CloseSpace>(action)) {
    lock(c, Locked::by_person);
    return true;
  }
  if (s.space != SpaceStatus::open) {  // nothing else without an open space, but the language
    if (const auto* changed = std::get_if<ui::Change>(&action)) {
      if (const auto* set = std::get_if<action::SetLanguage>(&changed->action)) s.progress.lang = set->lang;
    }
    return true;
  }
  s.locked = Locked::no;
  return false;
}

void tick(Ctx& c) {
  const AppState& s = c.state;
  if (s.space != SpaceStatus::open) return;
  if (s.hidden_since_ms && c.env.now_ms - *s.hidden_since_ms >= kHiddenLockMs) {
    lock(c, Locked::hidden);
  } else if (c.env.now_ms - s.last_activity_ms >= kIdleLockMs) {
    lock(c, Locked::idle);
  }
}

void visibility(Ctx& c, bool visible) {
  AppState& s = c.state;
  if (!visible) {
    if (!s.hidden_since_ms) s.hidden_since_ms = c.env.now_ms;
    return;
  }
  tick(c);  // back after a long while: locked before anything shows
  c.state.hidden_since_ms.reset();
}

}  // namespace dl::reducing
