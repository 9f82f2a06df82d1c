// Shared by the two halves of reduce (app_state.hpp): reduce.cpp (loading, the person's side,
// the platform's events) and reduce_coordinator.cpp (the coordinator's side). Internal to app.
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
  void save(const char* key, std::string value) { effects.push_back(effect::Save{key, std::move(value)}); }
  void download(std::string name, std::string mime, std::string bytes) {
    effects.push_back(effect::Download{std::move(name), std::move(mime), std::move(bytes)});
  }
  void scroll_to_top() { effects.push_back(effect::ScrollToTop{}); }
};

// The person's side (reduce.cpp) that the coordinator's side uses too.
void navigate(Ctx& c, const ui::Navigate& go);

// The coordinator's side (reduce_coordinator.cpp).
void load_coordinator(Ctx& c, const event::Loaded& loaded);
bool coordinator_action(Ctx& c, const ui::UiAction& action);  // false when not the coordinator's
void files_reading(Ctx& c, const event::FilesReading& reading);
void files_received(Ctx& c, const event::FilesReceived& received);
void keys_received(Ctx& c, const event::KeysReceived& received);
void keys_failed(Ctx& c);

}  // namespace dl::reducing
