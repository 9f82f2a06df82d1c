// Everything the app holds, and the one function that changes it. reduce(state, input, env) gives
// the next state and the effects — save a value, hand a file to the person, ask the platform for
// record keys, scroll to the top — that App alone carries out. An input is what the person did
// (a ui::UiAction a view returned) or what the platform tells (event::…). Nothing else changes
// the state, so every change can be tested without a screen (tests/app/reduce_test.cpp) and is
// found here.
//
//   the person's space:    closed, being opened or open, with the code that opens it; without an
//                          open space only the welcome is drawn and nothing is saved. It locks
//                          itself after a while without use or hidden (kIdleLockMs, kHiddenLockMs)
//   the person's side:     progress (changed only by core's apply()), screen, open module, the
//                          course filter, active time, the programme link they opened
//   the coordinator's side: the workspace and its record keys, the programme being set up, the
//                          tables' filter, the files being read, the key file and clearing
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/activity_clock.hpp"
#include "core/aggregate.hpp"
#include "core/calendar.hpp"
#include "core/cell_key.hpp"
#include "core/content.hpp"
#include "core/outbox.hpp"
#include "core/programme.hpp"
#include "core/progress.hpp"
#include "core/report.hpp"
#include "platform/storage.hpp"
#include "ui/actions.hpp"

namespace dl {

// Keys of the values the app keeps in storage (IndexedDB in the page).
namespace storage_key {
inline constexpr const char* progress = "progress";
inline constexpr const char* unreadable_progress = "progress-unreadable";  // kept, never thrown away
inline constexpr const char* place = "place";                              // screen and open module
inline constexpr const char* workspace = "workspace";                      // the coordinator's files
inline constexpr const char* programme_draft = "programme-draft";          // the programme being set up
inline constexpr const char* hand_in_slot = "hand-in";  // where this person's hand-in lies in the device's outbox
}  // namespace storage_key

// Active time is written to storage once this much has gathered (and always when leaving a module
// or hiding the page), so a pointer move is not a write.
constexpr std::int64_t kActiveTimeFlushMs = 5'000;

// An open space locks itself after this long without the person acting, or hidden this long (a
// shared tablet put down, the screen turned off, another app in front).
constexpr std::int64_t kIdleLockMs = 10 * 60'000;
constexpr std::int64_t kHiddenLockMs = 5 * 60'000;

enum class SpaceStatus { closed, opening, open };
// Why the welcome shows a word: a code that could not be opened, or a space just locked.
enum class CodeProblem { none, not_a_code, not_found, damaged };  // in the order of WelcomeModel::Problem
enum class Locked { no, by_person, idle, hidden };

struct NamedFile {
  std::string name;
  std::string bytes;
};

// The values a space holds (or a version before spaces kept unsealed), by storage_key.
struct StoredValues {
  std::optional<std::string> progress, place, workspace, programme_draft, unreadable_progress, hand_in_slot;
};

// How a sealed result file leaves the person: downloaded, sent through the share sheet, or handed
// in to the device's outbox ("Lämna in här").
enum class HandOut { download, share, hand_in };

struct AppState {
  std::string speaking;  // the text "Lyssna" is reading aloud, "" when none (never saved)
  // ---- the person's space ----
  SpaceStatus space = SpaceStatus::closed;
  bool opening_new = false;          // the space being opened was just made: show its code next
  bool adopted = false;              // values kept before spaces were sealed into this one
  std::optional<StoredValues> adopting;  // those values, until their space is open
  std::string typed_code;            // the welcome's code field
  CodeProblem code_problem = CodeProblem::none;
  std::string code_not_found;        // the code no space here has (offered: begin one with it)
  Locked locked = Locked::no;        // the space was just locked, and how (until the next action)
  std::int64_t last_activity_ms = 0;
  std::optional<std::int64_t> hidden_since_ms;
  std::optional<Programme> link_programme;  // the programme of the link the page was opened with
  // ---- the device's outbox: sealed files handed in here, one per person, by slot ----
  std::map<std::string, HandedIn> outbox;
  std::string outbox_saved;          // the outbox file just saved from the welcome
  std::vector<std::string> outbox_saved_slots;  // what it holds: removed once the person says the file is there
  bool outbox_forgotten = false;     // those were removed from the device (said until the next action)
  // ---- the person ----
  ProgressState progress;
  Catalog catalog;  // what the person sees: their programme's part of all content
  ui::Screen screen = ui::Screen::start;
  std::string open_module;           // the module of the module, overview and done screens
  ui::CatalogFilter course_filter;   // the course list's filters (for this visit)
  std::set<std::string> open_sections;  // folded sections the person opened (for this visit)
  std::string exported_file;         // the file just exported, shown until the screen changes
  std::string shared_file;           // the file just sent through the share sheet (likewise)
  std::string handed_in_file;        // the file just handed in to the device's outbox (likewise)
  std::string hand_in_slot;          // this person's place in the device's outbox ("" until a hand-in)
  std::string page_url;              // the page's address without the fragment (programme links)
  bool coordinator_page = false;     // this is the coordinator's page: a space opens on their screen
  std::vector<Problem> link_problems;  // why the link the page was opened with could not be used
  ActivityClock activity;
  std::int64_t pending_active_ms = 0;  // active time in the open module not yet in progress
  // Courses whose pages are being fetched (false) or did not arrive (true), by module id: the
  // start page has only the courses' heads (Module::complete).
  std::map<std::string, bool> course_fetch_failed;
  // ---- the coordinator ----
  Workspace workspace;
  RecordKeys record_keys;            // the workspace's participants' keys, as the platform gave them
  std::set<std::string> keys_asked;  // codes whose keys are being computed
  bool keys_failed = false;          // the platform cannot compute keys (no Web Crypto)
  std::vector<Problem> key_problems;  // why a chosen key file was not taken (until the next files)
  bool key_taken = false;            // a chosen key file was taken (until the next files)
  bool confirm_clear = false;        // "Töm listan och tabellerna" asks first
  Programme programme_draft;         // the programme the coordinator sets up (kept in storage)
  std::optional<bool> link_copied;   // "Kopiera länken" worked (true) or not, until the next change
  bool sealing_keys_asked = false;   // the programme's key pair is being made
  bool sealing_failed = false;       // the platform cannot seal here (no Web Crypto): said on screen
  ReportFilter report_filter;
  int files_reading = 0;             // files chosen or dropped that are still being read
  // Counts every change that can change the tables (files, keys, filter, programme, language):
  // App keeps the tables made for one value and makes them again when it moves on.
  std::uint64_t tables_version = 0;
};

// What the platform tells the app.
namespace event {
using Loaded = StoredValues;  // at start: what a version before spaces kept unsealed (mostly nothing)
using SpaceOpened = platform::SpaceOpened;  // opening a space gave this
struct CourseFetched {  // a course's content arrived (App put it in the catalogue: `ok`), or did not
  std::string module_id;
  bool ok = false;
};
struct ShareDone {  // the share sheet closed: the file was sent, or the person cancelled
  std::string name;
  bool sent = false;
};
struct SealingKeysMade {  // the programme's new key pair (base64url), or empty ones when it failed
  std::string public_key, private_key;
};
struct Sealed {  // a result file sealed for handing out (SealAndHandOut), or not (no Web Crypto)
  bool ok = false;  // when false nothing left the device
  HandOut how = HandOut::download;
  std::string slot;        // a hand-in's place in the device's outbox
  std::string name, text;  // the file's name and the sealed file's text
};
struct OutboxLoaded {  // at start: what the device's outbox holds, by slot
  std::map<std::string, platform::OutboxFile> files;
};
struct FilesUnsealed {  // sealed files opened with the workspace's key, and those that did not open
  std::vector<NamedFile> opened;
  std::vector<std::string> failed;
};
struct Copied {  // the clipboard took the text (or refused it)
  bool ok = false;
};
struct SpeechEnded {};  // the device finished reading aloud (or was stopped)
struct Tick {};  // about every half minute while the page is open: a space left alone locks itself
struct OpenLink {  // the page's address without its fragment, and the fragment ("" or "#program=…")
  std::string page_url, fragment;
  bool coordinator_page = false;  // opened as the coordinator's page (`?samordnare`)
};
struct FilesReading {  // files chosen or dropped are being read
  int count = 0;
};
struct FilesReceived {  // files chosen in the picker or dropped on the page
  std::vector<NamedFile> files;
};
struct KeysReceived {  // record keys the platform computed for `secret`
  std::string secret;
  std::vector<std::pair<std::string, RecordKey>> keys;
};
struct KeysFailed {};  // the platform cannot compute record keys here
struct ProgressSavedElsewhere {  // another tab saved progress: this text
  std::string text;
};
struct Activity {};  // the person acted (pointer, key, scroll)
struct Visibility {  // the page was shown or hidden (another tab, a locked screen, closing)
  bool visible = true;
};
}  // namespace event

using Input = std::variant<ui::UiAction, event::Loaded, event::OpenLink, event::FilesReading,
                           event::FilesReceived, event::KeysReceived, event::KeysFailed,
                           event::ProgressSavedElsewhere, event::Activity, event::Visibility,
                           event::SpaceOpened, event::Tick, event::ShareDone,
                           event::Copied, event::SealingKeysMade, event::Sealed, event::FilesUnsealed,
                           event::OutboxLoaded, event::CourseFetched, event::SpeechEnded>;

// What App carries out after a change.
namespace effect {
struct Save {  // keep `value` under `key` (storage_key)
  std::string key, value;
};
struct Download {  // hand a file to the person
  std::string name, mime, bytes;
};
struct RequestKeys {  // start computing the record keys of `codes` under `secret`
  std::string secret;
  std::vector<std::string> codes;
};
struct ScrollToTop {};  // the screen changed: read it from the top
struct OpenSpace {  // open (or with `create`, make) the space of `code`; the answer is SpaceOpened
  std::string code;
  bool create = false;
};
struct CloseSpace {};      // lock the open space (its writes still land)
struct MakeSealingKeys {};  // a key pair for the programme; the answer is SealingKeysMade
struct SealAndHandOut {     // seal the file to the programme's key; the answer is Sealed (then handed out `how`)
  std::string public_key, programme, name, text;
  HandOut how = HandOut::download;
  std::string slot;        // a hand-in's place in the device's outbox (handed back with the answer)
};
struct HandIn {            // put a sealed file into the device's outbox at `slot` (replacing what was there)
  std::string slot;
  platform::OutboxFile file;
};
struct RemoveFromOutbox {  // the outbox file was saved: these slots are empty now
  std::vector<std::string> slots;
};
struct Unseal {  // open sealed files with the workspace's key; the answer is FilesUnsealed
  std::string private_key;
  std::vector<NamedFile> files;
};
struct CopyText {          // put `text` on the clipboard; the answer is Copied
  std::string text;
};
struct Share {             // open the device's share sheet with a file; the answer is ShareDone
  std::string name, mime, bytes;
};
struct ForgetUnsealed {};  // values kept before spaces are now in a space: remove the unsealed copy
struct FetchCourse {       // fetch a course's content (`file` under content/); the answer is CourseFetched
  std::string module_id, file;
};
// The person's page has no coordinator's part: load the page that has it (`coordinator`), or from
// the coordinator's welcome, the page staff use.
struct OpenCoordinatorPage {
  bool coordinator = true;
};
struct SetLargerText {     // the device's "Större text" choice (the page keeps it and scales the app)
  bool on;
};
struct Speak {             // read aloud with the device's voice of `lang`; the page answers SpeechEnded
  std::string text;
  Lang lang = Lang::sv;
};
struct StopSpeaking {};
struct PrintCard {         // print a card (the browser's print dialog; no file is made): a heading, lines
  std::string heading;
  std::vector<std::string> lines;
};
}  // namespace effect
using Effect = std::variant<effect::Save, effect::Download, effect::RequestKeys, effect::ScrollToTop,
                            effect::OpenSpace, effect::CloseSpace, effect::ForgetUnsealed, effect::Share,
                            effect::CopyText, effect::MakeSealingKeys, effect::SealAndHandOut, effect::Unseal,
                            effect::HandIn, effect::RemoveFromOutbox, effect::PrintCard, effect::FetchCourse,
                            effect::OpenCoordinatorPage, effect::SetLargerText, effect::Speak,
                            effect::StopSpeaking>;

// What reduce reads from outside the state: the content, the clock and randomness.
struct Env {
  const Catalog& full_catalog;             // all content (programme set-up, result files)
  Date today;                              // the device's local date (due dates; never exported)
  std::int64_t now_ms = 0;                 // milliseconds (Date.now), for active time
  std::function<std::uint64_t()> random;   // cryptographic randomness (codes, secrets)
};

struct Step {
  AppState state;
  std::vector<Effect> effects;
};

// The screens that show a course's pages or what they hold (the overview prints the talk guide):
// a course with only its head (Module::complete) is fetched first.
bool needs_course_text(ui::Screen screen);

// The one function that changes the app's state. `state` is taken by value: App moves its state
// in and the next one out, so the workspace is never copied.
Step reduce(AppState state, const Input& input, const Env& env);

// The setup of the coordinator's tables for this state: record keys, the names, courses and
// follow-up of the coordinator's own programme, the quarter now.
ReportSetup report_setup(const AppState& state, Period now);

}  // namespace dl
