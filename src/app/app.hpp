// The application: holds the screen, the person's progress and the coordinator's workspace; draws
// the current view and carries out the actions it returns (apply to progress, save, export).
// Everything outside (time, randomness, storage, downloads) is passed in, so it runs natively in tests.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/activity_clock.hpp"
#include "core/aggregate.hpp"
#include "core/calendar.hpp"
#include "core/content.hpp"
#include "core/period.hpp"
#include "core/programme.hpp"
#include "core/progress.hpp"
#include "core/report.hpp"
#include "platform/storage.hpp"
#include "ui/actions.hpp"
#include "ui/widgets.hpp"

namespace dl {

struct Services {
  std::function<Date()> today;                    // the device's local date; the quarter follows
  std::function<std::uint64_t()> random;          // cryptographic randomness
  std::function<std::int64_t()> clock_ms;         // milliseconds (Date.now), for active time
  std::function<void(const std::string& name, const std::string& mime, const std::string& bytes)>
      download;                                   // hand a file to the person
  // Start computing the record keys (HMAC-SHA-256 of each participant code under the workspace's
  // secret: Web Crypto in the page, OpenSSL natively); the platform hands them back later through
  // App::receive_record_keys, or calls App::record_keys_failed.
  std::function<void(const std::string& secret, const std::vector<std::string>& codes)> record_keys;
  platform::Storage* storage = nullptr;
};

struct NamedFile {
  std::string name;
  std::string bytes;
};

class App {
 public:
  explicit App(Services services);

  // Content files by path relative to content/ (catalog.json and what it lists); then start().
  void add_content_file(const std::string& path, std::string text);
  // Loads the catalogue and the saved progress (or makes a new participant code).
  void start();

  // One frame: draws the current screen into `ui` and carries out what the person did.
  void draw(ui::Ui& ui);
  // Carry out one action (also used by tests, without drawing).
  void handle(const ui::UiAction& action);
  // The page's address: `page_url` without the fragment (for the programme links the coordinator
  // makes) and the fragment it was opened with ("" or "#program=…"). A programme link makes the
  // person join that programme; a broken one is explained on the start page and changes nothing.
  void open_link(const std::string& page_url, const std::string& fragment);
  // `count` files were chosen or dropped and are being read: the coordinator's screen says so
  // until receive_files (10,000 files take the browser a few seconds).
  void files_reading(int count);
  // Files chosen in the picker or dropped on the page (used on the coordinator screen).
  void receive_files(std::vector<NamedFile> files);
  // Record keys the platform computed for participant codes (Services::record_keys), for the
  // secret they were asked for; keys for another secret (the workspace was cleared) are dropped.
  void receive_record_keys(const std::string& secret, const std::vector<std::pair<std::string, RecordKey>>& keys);
  // The platform cannot compute record keys here (no Web Crypto: not a secure context).
  void record_keys_failed();
  // Another tab saved progress: take it over so the two tabs do not overwrite each other.
  void reload_progress();
  // The person acted (pointer, key, scroll): time in a module counts from here for a few minutes.
  void note_activity();
  // The page was hidden (another tab, locked screen, closed) or shown again. Hiding saves the
  // active time counted so far, so a closed tab loses none of it.
  void on_visibility(bool visible);

  // True once after the screen changed, so the page scrolls to the top.
  bool take_scroll_to_top();

  const ProgressState& progress() const { return progress_; }
  const Catalog& catalog() const { return catalog_; }
  const Workspace& workspace() const { return workspace_; }
  const Programme& programme_draft() const { return programme_draft_; }
  const std::vector<Problem>& link_problems() const { return link_problems_; }
  const Report& report();  // the coordinator's tables for the current filter (made when needed)
  ui::Screen screen() const { return screen_; }
  Lang lang() const { return progress_.lang; }

 private:
  void change(const Action& action);  // apply + save
  void save();
  void save_place();   // the screen and open module, so a reload opens where the person was
  void restore_place();
  void refresh_catalog();  // the person's view of the content after joining a programme
  void save_workspace();
  void ensure_secret();         // a workspace without a secret gets one (32 random bytes)
  void request_record_keys();   // asks the platform for the keys the workspace still lacks
  void take_key_file(const NamedFile& file);  // a key file chosen among the result files
  ReportSetup report_setup() const;
  void download_report_file(const ui::UiAction& action);
  // Moves active time counted in the open module into its progress: at once with `force`, else
  // when five seconds have gathered (kActiveTimeFlushMs; so not every pointer move writes to storage).
  void flush_active_time(bool force);
  std::int64_t clock_ms() const;
  Date today() const;   // the device's local date (round due dates; never exported)
  Period now() const;   // its quarter (what leaves the device)

  Services services_;
  std::map<std::string, std::string> content_files_;
  Catalog full_catalog_;  // all content: programme set-up and reading result files
  Catalog catalog_;       // what the person sees: their programme's part of full_catalog_
  ProgressState progress_;
  Workspace workspace_;
  Programme programme_draft_;         // the programme the coordinator sets up (kept in storage)
  std::string page_url_;              // the page's address without fragment, for programme links
  std::vector<Problem> link_problems_;  // why the link the page was opened with could not be used
  ReportFilter report_filter_;
  int files_reading_ = 0;             // files_reading until receive_files
  std::optional<Report> report_;      // made from workspace_ and report_filter_; reset on change
  RecordKeys record_keys_;            // the workspace's participants' keys, as the platform gave them
  std::set<std::string> keys_asked_;  // codes whose keys are being computed
  bool keys_failed_ = false;          // the platform cannot compute keys (no Web Crypto)
  std::vector<Problem> key_problems_; // why a chosen key file was not taken (shown until the next files)
  bool key_taken_ = false;            // a chosen key file was taken (shown until the next files)
  bool confirm_clear_ = false;        // the coordinator is asked whether to clear the workspace
  ui::Screen screen_ = ui::Screen::start;
  std::string open_module_;
  ActivityClock activity_;
  std::int64_t pending_active_ms_ = 0;
  ui::CatalogFilter filter_;  // the course list's role and level filters (for this visit)
  std::string exported_file_;  // name of the file just exported, shown until the screen changes
  bool scroll_to_top_ = false;
};

}  // namespace dl
