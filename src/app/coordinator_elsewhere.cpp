// The coordinator's part as the person's page has it: elsewhere. The page staff open first is built
// without the workspace, the tables, the programme set-up and what they need (web/js/main.js loads
// the coordinator's page, `?samordnare`, built from every part). Here "Samordnare" keeps the place
// and asks the page to load that page; the workspace and programme draft a space holds are left as
// they are (never read, never written); files dropped on this page are not read.
#include "app/app.hpp"
#include "app/reduce_parts.hpp"
#include "ui/views.hpp"

namespace dl {
namespace reducing {

bool coordinator_here() { return false; }

void load_coordinator(Ctx&, const event::Loaded&) {}

bool coordinator_action(Ctx& c, const ui::UiAction& action) {
  const auto* go = std::get_if<ui::Navigate>(&action);
  if (go == nullptr || (go->screen != ui::Screen::coordinator && go->screen != ui::Screen::programme_setup)) {
    return false;  // the person's own actions; the coordinator's other actions come from screens not here
  }
  // The coordinator's page opens the space where it was left: on the coordinator's screen.
  const ui::Screen here = c.state.screen;
  c.state.screen = go->screen;
  save_place(c);
  c.state.screen = here;
  c.effects.push_back(effect::OpenCoordinatorPage{});
  return true;
}

void files_reading(Ctx&, const event::FilesReading&) {}
void files_received(Ctx&, const event::FilesReceived&) {}
void keys_received(Ctx&, const event::KeysReceived&) {}
void keys_failed(Ctx&) {}
void sealing_keys_made(Ctx&, const event::SealingKeysMade&) {}
void files_unsealed(Ctx&, const event::FilesUnsealed&) {}

}  // namespace reducing

// Never on screen here (a saved coordinator's screen opens on the start page): the start page.
void App::draw_coordinator(ui::Ui& ui, const ui::ViewModel& model, std::vector<ui::UiAction>& actions) {
  ui::view_start(ui, model, actions);
}

}  // namespace dl
