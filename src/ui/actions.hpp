// What a view returns: the person's intent, carried out by the app. Views never change state.
#pragma once
#include <string>
#include <variant>

#include "core/programme.hpp"
#include "core/progress.hpp"
#include "core/report.hpp"

namespace dl::ui {

enum class Screen {
  start, courses, module_overview, module, module_done, self_assessment, profile, about_you,
  manager_survey, coordinator,
  programme_setup,  // the coordinator sets up a programme and gets its link and QR code
  join,             // a person who opened a programme link chooses their organisation
  export_preview,   // what the result file holds, in plain words, before it is saved
  your_code,        // the person's code, to write down: shown when their space is made
  before_round,     // a first course: answer the questions before the courses first?
};
// No space open: the welcome ("Ny här?" / "Har du en kod?") is drawn whatever the screen.

// The course list's filters: a role family id and a level id; "" = all. `open`: the choices are
// shown (else one line says what is shown, with a button to change it).
struct CatalogFilter {
  std::string role;
  std::string level;
  bool open = false;
};

struct Navigate { Screen screen; std::string module_id; };
struct Change { Action action; };          // a change to the person's progress (saved at once)
struct ExportResult {};                    // save the anonymised result file (from export_preview)
struct ShareResult {};                     // send the result file through the device's share sheet
struct HandInHere {};                      // "Lämna in här": the sealed file into the device's outbox
struct SaveOutbox {};                      // the device's outbox as one file (from the welcome)
struct ForgetSavedOutbox {};               // the saved file is there: remove what it holds from the device
struct FetchCourseAgain {};                // the course's content did not arrive: ask once more
struct PrintCodeCard {};                   // print a small card with the person's code
struct ClearWorkspace {};                  // coordinator: forget the files read in (the key stays)
struct ConfirmClearWorkspace { bool ask; };  // coordinator: ask before clearing (true), or not any more
struct EditProgramme { ProgrammeEdit edit; };  // coordinator: one change to the programme being set up
struct SetReportFilter { ReportFilter filter; };  // coordinator: narrow the tables
struct DownloadTable { std::string table_id; };   // coordinator: one table as CSV
struct DownloadReport {};                  // coordinator: the printable report (HTML)
struct DownloadPoster {};                  // coordinator: the programme's printable QR poster
struct CopyLink {};                        // coordinator: the programme's link to the clipboard
struct DownloadGuide { std::string module_id; };  // the printable discussion guide of a module
struct DownloadKey {};                     // coordinator: the workspace's key file for digilyft-report
struct SetWithoutProgramme { bool read; }; // coordinator: also read files made without a programme
struct SetCatalogFilter { CatalogFilter filter; };
// A person's own space on the device (app_state.hpp):
struct StartNew {};                        // "Jag är ny här": a new code and an empty space
struct TypeCode { std::string text; };     // the code field changed
struct OpenWithCode {};                    // open the space of the code typed
struct ContinueWithCode { std::string code; };  // no space here has it: begin one with that code
struct CloseSpace {};                      // "Lås mina svar": save, lock and return to the welcome
struct SetLargerText { bool on; };         // "Större text": the whole app larger on this device
struct Speak { std::string text; Lang lang; };  // "Lyssna": read the text aloud with the device's voice
struct StopSpeaking {};                    // "Sluta läsa"
struct LeaveCoordinatorPage {};            // the coordinator's welcome: back to the page staff use
struct ToggleSection { std::string id; };  // show or hide a folded section ("profile:path", …)

using UiAction =
    std::variant<Navigate, Change, ExportResult, ClearWorkspace, DownloadGuide, SetCatalogFilter,
                 EditProgramme, SetReportFilter, DownloadTable, DownloadReport, DownloadPoster,
                 DownloadKey, SetWithoutProgramme, ConfirmClearWorkspace, StartNew, TypeCode,
                 OpenWithCode, ContinueWithCode, CloseSpace, ShareResult, CopyLink, HandInHere, SaveOutbox,
                 ForgetSavedOutbox, PrintCodeCard, FetchCourseAgain, SetLargerText, Speak, StopSpeaking,
                 LeaveCoordinatorPage, ToggleSection>;

}  // namespace dl::ui
