// The application: holds the app's state (app_state.hpp), draws the current screen from it, and
// runs every input — what the person did in a view, what the platform tells — through reduce(),
// then carries out the effects reduce asks for (storage, downloads, record keys, scrolling).
// Everything outside (time, randomness, storage, downloads, keys) is passed in as Services, so it
// runs natively in tests.
#pragma once
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/app_state.hpp"
#include "platform/storage.hpp"
#include "ui/widgets.hpp"

namespace dl {
namespace ui {
struct ViewModel;  // ui/views.hpp
}

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
  // The device's share sheet (Web Share with files), when it has one for the result file; the page
  // answers through App::share_done.
  std::function<void(const std::string& name, const std::string& mime, const std::string& bytes)> share;
  std::function<bool()> can_share;
  // Sealing (Web Crypto in the page, OpenSSL natively; docs/result-file.md): a key pair for the
  // programme (answered through App::sealing_keys_made), a result file sealed to the programme's
  // public key (answered through App::sealed, or App::seal_failed), sealed files opened with the
  // workspace's private key (App::files_unsealed).
  std::function<void()> make_sealing_keys;
  std::function<void(const effect::SealAndHandOut& file)> seal;
  std::function<void(const std::string& private_key, const std::vector<NamedFile>& files)> unseal;
  // The clipboard (navigator.clipboard.writeText); the page answers through App::copied.
  std::function<void(const std::string& text)> copy_text;
  // The browser's print dialog with a small card (the person's code): printed, never saved as a file.
  std::function<void(const effect::PrintCard& card)> print_card;
  // A content file by its path under content/ (a course when it opens: the start page has only the
  // courses' heads); the page answers through App::content_fetched.
  std::function<void(const std::string& path)> fetch_content;
  // The page with the coordinator's part (the person's page is built without it): the page loads it
  // once what it is writing has landed.
  std::function<void(bool coordinator)> open_coordinator_page;  // false: the page staff use
  // "Större text": whether the page draws the app larger on this device (a device setting, not the
  // person's: it is no answer and it holds for the welcome too), and the choice changed.
  std::function<bool()> larger_text;
  std::function<void(bool on)> set_larger_text;
  // "Lyssna": the languages the device has a voice of its own for (bit 1 << Lang; none on the
  // device means no "Lyssna"), reading a text aloud (the page answers through App::speech_ended)
  // and stopping.
  std::function<unsigned()> voices;
  std::function<void(const std::string& text, Lang lang)> speak;
  std::function<void()> stop_speaking;
  platform::Storage* storage = nullptr;
};

class App {
 public:
  explicit App(Services services);

  // Content files by path relative to content/ (catalog.json and what it lists); then start().
  void add_content_file(const std::string& path, std::string text);
  // Loads the catalogue and what storage kept (progress, place, workspace, programme draft), or
  // makes a new participant code.
  void start();

  // One frame: draws the current screen into `ui` and carries out what the person did.
  void draw(ui::Ui& ui);
  // Carries out what the person did (also used by tests, without drawing).
  void handle(const ui::UiAction& action) { step(Input{action}); }
  // Runs one input through reduce() and carries out its effects.
  void step(const Input& input);
  // How many inputs have gone through reduce() so far: a frame that sees it grow changed the state.
  std::uint64_t steps() const { return steps_; }

  // What the platform tells, as events for reduce():
  // the page's address without the fragment, and the fragment it was opened with ("" or
  // "#program=…"); a programme link makes the person join that programme.
  // `coordinator_page`: the page was opened as the coordinator's page (`?samordnare`).
  void open_link(const std::string& page_url, const std::string& fragment, bool coordinator_page = false);
  // `count` files were chosen or dropped and are being read (10,000 take the browser seconds).
  void files_reading(int count);
  // Files chosen in the picker or dropped on the page (used on the coordinator screen).
  void receive_files(std::vector<NamedFile> files);
  // Record keys the platform computed for `secret` (Services::record_keys).
  void receive_record_keys(const std::string& secret, const std::vector<std::pair<std::string, RecordKey>>& keys);
  // The platform cannot compute record keys here (no Web Crypto: not a secure context).
  void record_keys_failed();
  // Another tab with the same space open saved progress: take it over so the two tabs do not
  // overwrite each other.
  void progress_saved_elsewhere(std::string text);
  // The platform opened a space (Storage::open_space answered later).
  void space_opened(platform::SpaceOpened opened);
  // The programme's key pair (empty when the platform cannot make one).
  void sealing_keys_made(const std::string& public_key, const std::string& private_key);
  // The result file of `request`, sealed (the sealed file's text); or sealing failed (nothing left
  // the device).
  void sealed(const effect::SealAndHandOut& request, std::string sealed_text);
  void seal_failed();
  // Sealed files the workspace's key opened, and the names of those it did not.
  void files_unsealed(std::vector<NamedFile> opened, std::vector<std::string> failed);
  // The clipboard took the text (ok) or refused it.
  void copied(bool ok);
  void speech_ended();  // the device finished reading aloud
  // The share sheet closed: `sent` when the person sent the file somewhere.
  void share_done(const std::string& name, bool sent);
  // A course's content file arrived (its text), or could not be fetched (nothing): it takes the
  // place of the course's head.
  void content_fetched(const std::string& path, std::optional<std::string> text);
  // About every half minute: a space left alone locks itself.
  void tick();
  // The person acted (pointer, key, scroll): time in a module counts from here for a few minutes.
  void note_activity();
  // The page was hidden (another tab, locked screen, closed) or shown again. Hiding saves the
  // active time counted so far, so a closed tab loses none of it.
  void on_visibility(bool visible);

  // True once after the screen changed, so the page scrolls to the top.
  bool take_scroll_to_top();

  const AppState& state() const { return state_; }
  const ProgressState& progress() const { return state_.progress; }
  const Catalog& catalog() const { return state_.catalog; }
  const Workspace& workspace() const { return state_.workspace; }
  const Programme& programme_draft() const { return state_.programme_draft; }
  const std::vector<Problem>& link_problems() const { return state_.link_problems; }
  const Report& report();  // the coordinator's tables for the current filter (made when needed; app_coordinator.cpp)
  ui::Screen screen() const { return state_.screen; }
  Lang lang() const { return state_.progress.lang; }

 private:
  Env env() const;
  void run(const Effect& effect);
  bool larger_text() const { return services_.larger_text && services_.larger_text(); }
  // The coordinator's screens (app_coordinator.cpp; in the person's page, coordinator_elsewhere.cpp).
  void draw_coordinator(ui::Ui& ui, const ui::ViewModel& model, std::vector<ui::UiAction>& actions);

  Services services_;
  std::map<std::string, std::string> content_files_;
  Catalog full_catalog_;  // all content: programme set-up and reading result files
  AppState state_;
  // The tables, made for one tables_version and language of the state (they take a while for
  // 10,000 people, so not every frame).
  std::optional<Report> report_;
  std::uint64_t report_version_ = 0;
  bool scroll_to_top_ = false;
  std::deque<Input> queued_;  // inputs that arrive while one is being carried out
  bool stepping_ = false;
  std::uint64_t steps_ = 0;
};

}  // namespace dl
