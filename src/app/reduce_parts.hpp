// Shared by the parts of reduce (app_state.hpp): reduce.cpp (loading, the person's side, the
// platform's events), reduce_space.cpp, reduce_hand_out.cpp and the coordinator's side
// (reduce_coordinator.cpp, or coordinator_elsewhere.cpp in the person's page). Internal to app.
#pragma once
#include <vector>

#include "app/app_state.hpp"

namespace dl::reducing {

// One step being made: the state it changes, the effects it collects, what it may read.
struct Ctx {
  AppState& state;
  std::vector<Effect>& effects;
  const Env& env;
  Period now() const { return period_of(env.today); }
  // Saves into the open space; without one nothing is kept (the welcome has nothing to keep).
  void save(const char* key, std::string value) {
    if (state.space == SpaceStatus::open) effects.push_back(effect::Save{key, std::move(value)});
  }
  void download(std::string name, std::string mime, std::string bytes) {
    effects.push_back(effect::Download{std::move(name), std::move(mime), std::move(bytes)});
  }
  void scroll_to_top() { effects.push_back(effect::ScrollToTop{}); }
};

// The person's side (reduce.cpp) that the other parts use too.
void navigate(Ctx& c, const ui::Navigate& go);
void save_place(Ctx& c);  // the screen on show (and its course), so the next visit opens there
void take_space(Ctx& c, const StoredValues& values, const std::string& code);  // what an opened space holds
void join_link_programme(Ctx& c);  // the person joins the programme of the link the page was opened with
void take_active_time(Ctx& c);
void flush_active_time(Ctx& c, bool force);

// The person's space (reduce_space.cpp).
void load_device(Ctx& c, const event::Loaded& unsealed);
void space_opened(Ctx& c, const event::SpaceOpened& opened);
bool space_action(Ctx& c, const ui::UiAction& action);  // true when taken (or refused: no space open)
void lock(Ctx& c, Locked how);
void tick(Ctx& c);
void visibility(Ctx& c, bool visible);

// How a result file leaves the person, and the device's outbox (reduce_hand_out.cpp).
void hand_out(Ctx& c, HandOut how);
void sealed(Ctx& c, const event::Sealed& sealed);
void outbox_loaded(Ctx& c, const event::OutboxLoaded& loaded);
void save_outbox(Ctx& c);          // from the welcome: the outbox as one file
void forget_saved_outbox(Ctx& c);  // the saved file is there: remove what it holds
effect::PrintCard code_card(const ProgressState& progress, const std::string& page_url);  // the person's code to print

// The coordinator's side: reduce_coordinator.cpp in the coordinator's page (and natively); in the
// person's page, which is built without it, coordinator_elsewhere.cpp (the part is another page).
bool coordinator_here();  // this page has the coordinator's part
void load_coordinator(Ctx& c, const event::Loaded& loaded);
bool coordinator_action(Ctx& c, const ui::UiAction& action);  // false when not the coordinator's
void files_reading(Ctx& c, const event::FilesReading& reading);
void files_received(Ctx& c, const event::FilesReceived& received);
void keys_received(Ctx& c, const event::KeysReceived& received);
void keys_failed(Ctx& c);
void sealing_keys_made(Ctx& c, const event::SealingKeysMade& made);
void files_unsealed(Ctx& c, const event::FilesUnsealed& unsealed);

}  // namespace dl::reducing
