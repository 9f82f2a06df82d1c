// The screens. Each view draws what the model holds through the widget kit and appends what the
// person did as UiActions; views never change state or touch storage.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/aggregate.hpp"
#include "core/calendar.hpp"
#include "core/content.hpp"
#include "core/period.hpp"
#include "core/programme.hpp"
#include "core/progress.hpp"
#include "core/read_aloud.hpp"
#include "core/recommend.hpp"
#include "core/report.hpp"
#include "ui/actions.hpp"
#include "ui/widgets.hpp"

namespace dl::ui {

enum class StorageNotice { none, unavailable, write_failed };

// What every screen draws from: the person's side. The coordinator's two screens get a model of
// their own as well (below); no screen gets what it does not show.
struct ViewModel {
  const Catalog& catalog;         // what the person sees: only their programme's part, if they have one
  const ProgressState& progress;
  Period now;                     // the device's current quarter
  Date today;                     // the device's local date (round due dates; never exported)
  std::string module_id;          // the open module (module and module_done screens)
  StorageNotice storage = StorageNotice::none;
  std::string exported_file;      // name of the file just exported on the preview, "" when none
  CatalogFilter filter;           // the course list's filters
  std::vector<Problem> link_problems{};  // a programme link that could not be opened
  std::string shared_file{};      // name of the file just sent through the share sheet, "" when none
  bool can_share = false;         // the device has a share sheet for the result file
  bool sealing_failed = false;    // the result file could not be sealed here: nothing left the device
  bool can_hand_in = false;       // the device keeps an outbox ("Lämna in här") and the file can be sealed
  bool shared_device = false;     // several people keep answers on this device: handing in here comes first
  std::string handed_in_file{};   // name of the file just handed in here, "" when none
  bool larger_text = false;       // "Större text" is on (this device draws the app larger)
  unsigned voices = 0;            // the languages the device has a voice of its own for (bit 1 << Lang)
  std::string_view speaking{};    // the text being read aloud ("Lyssna"), "" when none (the state's own)
  const std::set<std::string>* open_sections = nullptr;  // folded sections shown (ToggleSection)
  // The courses suggested to the person, the next step first (recommend_modules), worked out once
  // by the app for the screens that show them (start, profile, courses); empty on the others.
  std::vector<Recommendation> suggestions{};
  bool can_speak(Lang l) const { return (voices & (1u << static_cast<unsigned>(l))) != 0; }
  bool is_open(const std::string& section) const {
    return open_sections != nullptr && open_sections->count(section) > 0;
  }
  Lang lang() const { return progress.lang; }
};

// The welcome, drawn while no space is open: begin as new, or open one's answers with a code.
struct WelcomeModel {
  Lang lang = Lang::sv;
  StorageNotice storage = StorageNotice::none;
  bool opening = false;              // a space is being opened (the key takes a moment)
  std::string typed_code;            // the code field
  enum class Problem { none, not_a_code, not_found, damaged } problem = Problem::none;
  std::string code_not_found;        // the code no space here has (offered: go on here with it)
  enum class Locked { no, by_person, idle } locked = Locked::no;
  std::string programme_name;        // the programme of the link the page was opened with, "" when none
  bool coordinator_page = false;     // the coordinator's page (`?samordnare`): say what the code opens
  std::vector<dl::Problem> link_problems{};  // a programme link that could not be opened
  int outbox_count = 0;              // sealed files handed in on this device ("Lämna in här")
  std::string outbox_saved;          // the outbox file just saved, "" when none
  bool outbox_forgotten = false;     // what it held was just removed from the device
  bool larger_text = false;          // "Större text" is on
};

// The coordinator's screen: the files read, the tables and what is being done with them.
struct CoordinatorModel {
  const Workspace& workspace;
  const Report& report;              // the tables for the current filter
  const Programme& programme_draft;  // the coordinator's own programme (its name, if set up here)
  int files_reading = 0;             // files chosen or dropped that are still being read
  bool keys_failed = false;          // the tables cannot be protected here (no Web Crypto)
  std::vector<Problem> key_problems{};  // a chosen key file that was not taken, and why
  bool key_taken = false;            // a chosen key file was taken
  bool confirm_clear = false;        // "Töm listan och tabellerna" was pressed: ask first
};

// The programme set-up screen: the draft, all content, and the link once the draft is whole.
struct ProgrammeSetupModel {
  const Catalog& full_catalog;       // all content, whatever programme the person on this device joined
  const Programme& programme_draft;
  std::string programme_link{};      // "" while the draft has problems
  std::optional<bool> link_copied{};  // "Kopiera länken" worked, or did not
  bool sealing_failed = false;       // no key pair can be made here (no Web Crypto)
};

using Actions = std::vector<UiAction>;

void view_start(Ui& ui, const ViewModel& model, Actions& out);
void view_courses(Ui& ui, const ViewModel& model, Actions& out);
void view_module_overview(Ui& ui, const ViewModel& model, Actions& out);
void view_module(Ui& ui, const ViewModel& model, Actions& out);
void view_module_done(Ui& ui, const ViewModel& model, Actions& out);
void view_self_assessment(Ui& ui, const ViewModel& model, Actions& out);
void view_profile(Ui& ui, const ViewModel& model, Actions& out);
void view_manager_survey(Ui& ui, const ViewModel& model, Actions& out);
void view_about_you(Ui& ui, const ViewModel& model, Actions& out);
void view_coordinator(Ui& ui, const ViewModel& model, const CoordinatorModel& coordinator, Actions& out);
void view_programme_setup(Ui& ui, const ViewModel& model, const ProgrammeSetupModel& setup, Actions& out);
void view_join(Ui& ui, const ViewModel& model, Actions& out);
void view_export_preview(Ui& ui, const ViewModel& model, Actions& out);
void view_before_round(Ui& ui, const ViewModel& model, Actions& out);
// In place of a course whose pages are not here yet: being fetched, or `failed` (try again).
void view_course_fetch(Ui& ui, const ViewModel& model, bool failed, Actions& out);
void view_welcome(Ui& ui, const WelcomeModel& model, Actions& out);
void view_your_code(Ui& ui, const ViewModel& model, bool adopted, Actions& out);

// Parts several views share: "Lås mina svar", the "Till startsidan" link and the storage alert.
void draw_top(Ui& ui, const ViewModel& model, Actions& out, bool with_home_link = true);
// The page's own settings, on the welcome and the start page: "English"/"Svenska" and "Större text".
void draw_page_settings(Ui& ui, Lang lang, bool larger_text, Actions& out);
// "Lyssna" (or "Sluta läsa" while it reads), named "Lyssna: <what>"; only where the device has a
// voice of the text's language.
void draw_listen(Ui& ui, const ViewModel& model, const SpeechText& speech, const std::string& what, Actions& out);
// A course's main button: "Starta kursen", "Fortsätt kursen" or "Gå igenom kursen igen" (from the
// first page), named with the course's title for screen readers. `kind`: primary where it is the
// screen's next step, secondary among many.
void draw_course_button(Ui& ui, const Module& module, const ModuleProgress* progress,
                        const ViewModel& model, Actions& out, ButtonKind kind = ButtonKind::primary);
// The module the screen shows, or nothing after saying its content cannot be shown.
const Module* open_module_or_explain(Ui& ui, const ViewModel& model, Actions& out);

// "3 av 5 rätt" and the mastery rule of a module (overview and last page).
void draw_mastery(Ui& ui, const Module& module, const ModuleProgress* progress, Lang lang);
// "Källor": where the course's facts come from, and the day they were checked (the course's
// overview and its end).
void draw_sources(Ui& ui, const Module& module, Lang lang);

// The optional background questions (self-assessment and "Om dig").
void draw_background_questions(Ui& ui, const ViewModel& model, Actions& out);

// The alert when storage is missing or full (every screen, the welcome too).
void draw_storage_notice(Ui& ui, StorageNotice storage, Lang lang);


}  // namespace dl::ui
