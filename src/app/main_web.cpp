// The page's entry point: the functions web/js/main.js calls (dl_*), wiring the App to the browser.
// The page hands in content, fonts and saved values, then calls dl_start; after that it calls
// dl_frame from requestAnimationFrame only when something changed (input, scroll, resize, storage,
// files), and dl_frame says how many more frames it needs. See web/js/main.js for the other side.
#include <emscripten/emscripten.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "app/app.hpp"
#include "core/calendar.hpp"
#include "imgui.h"
#include "platform/web/browser.hpp"
#include "platform/web/imgui_web_backend.hpp"
#include "platform/web/indexeddb_storage.hpp"
#include "ui/a11y_tree.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace {
namespace web = dl::platform::web;
namespace theme = dl::ui::theme;

constexpr int kSettleFrames = 3;  // after input: hover/active states and queued events settle
constexpr int kMaxPasses = 4;     // ImGui passes in one frame (dl_frame)

struct FontBytes {  // a font file the page fetched; lives as long as the page
  int kind = 0;     // 0 regular, 1 bold, 2 extra glyphs
  void* data = nullptr;
  std::size_t size = 0;
};

struct Page {
  web::IndexedDbStorage storage;
  web::ImGuiWebBackend backend;
  std::unique_ptr<dl::App> app;
  std::vector<std::pair<std::string, std::string>> content;  // handed in before dl_start
  std::vector<FontBytes> fonts;
  std::set<std::uint32_t> activations;  // mirrored widgets pressed by keyboard or screen reader
  std::map<std::uint32_t, std::string> text_inputs;  // text fields typed in since the last frame
  std::vector<dl::NamedFile> incoming;  // files between dl_files_begin and dl_files_end
  std::vector<dl::NamedFile> unsealed;  // sealed files opened, between dl_unsealed_begin and _end
  std::vector<std::string> unseal_failed;
  std::string published;                // the mirror JSON the page has now
  bool can_share = false;               // the page has a share sheet for the result file
  bool larger_text = false;             // the page draws the app larger ("Större text", kept by the page)
  unsigned voices = 0;                  // languages the device has a voice of its own for (bit 1 << Lang)
  int settle = 0;
};

Page& page() {
  static Page p;
  return p;
}

// False when the page has no font to draw with (the font files did not arrive, or are not fonts).
bool build_fonts() {
  Page& p = page();
  theme::FontFiles files;
  for (const FontBytes& f : p.fonts) {
    const theme::FontFile file{f.data, f.size};
    if (f.kind == 0) files.regular = file;
    else if (f.kind == 1) files.bold = file;
    else files.extra_glyphs.push_back(file);
  }
  // A very dense screen could need an atlas larger than the GPU allows: lower the density.
  float density = p.backend.pixel_ratio();
  while (true) {
    if (!theme::build_fonts(files, density)) return false;
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    if ((atlas.TexWidth <= p.backend.max_texture_size() &&
         atlas.TexHeight <= p.backend.max_texture_size()) || density <= 1)
      break;
    density = std::max(1.0f, density - 0.5f);
  }
  p.backend.upload_font_atlas();
  return true;
}

dl::Services make_services() {
  dl::Services services;
  services.today = [] {
    const web::LocalDate date = web::local_date();
    return dl::Date{date.year, date.month, date.day};
  };
  services.random = web::random64;
  services.clock_ms = web::now_ms;
  services.download = web::download;
  services.record_keys = web::request_record_keys;
  services.share = web::share;
  services.copy_text = web::copy_text;
  services.print_card = [](const dl::effect::PrintCard& card) { web::print_card(card.heading, card.lines); };
  services.fetch_content = web::fetch_content;
  services.open_coordinator_page = web::open_coordinator_page;
  services.make_sealing_keys = web::make_sealing_keys;
  services.seal = [](const dl::effect::SealAndHandOut& file) {
    web::seal(file.public_key, file.programme, file.name, file.text, static_cast<int>(file.how), file.slot);
  };
  services.unseal = [](const std::string& private_key, const std::vector<dl::NamedFile>& files) {
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const dl::NamedFile& f : files) pairs.emplace_back(f.name, f.bytes);
    web::unseal(private_key, pairs);
  };
  services.can_share = [] { return page().can_share; };
  services.larger_text = [] { return page().larger_text; };
  services.set_larger_text = web::set_larger_text;
  services.voices = [] { return page().voices; };
  services.speak = [](const std::string& text, dl::Lang lang) { web::speak(text, dl::lang_code(lang)); };
  services.stop_speaking = web::stop_speaking;
  services.storage = &page().storage;
  return services;
}

}  // namespace

extern "C" {

// ---- Before start ----

// A content file by its path relative to content/ (catalog.json and what it lists), UTF-8.
EMSCRIPTEN_KEEPALIVE void dl_content_add(const char* path, const char* text) {
  page().content.emplace_back(path, text);
}

// A font file in memory from malloc; wasm owns it from now on. kind: 0 regular, 1 bold, 2 extra.
EMSCRIPTEN_KEEPALIVE void dl_font_add(int kind, void* data, int size) {
  page().fonts.push_back({kind, data, static_cast<std::size_t>(size)});
}

// Fonts added after dl_start (the bold one comes after the first frame): build the fonts again.
EMSCRIPTEN_KEEPALIVE void dl_fonts_changed() {
  Page& p = page();
  if (!p.app) return;
  build_fonts();
  p.settle = kSettleFrames;
}

// A value a version before spaces kept unsealed in IndexedDB (moved into a space at start).
EMSCRIPTEN_KEEPALIVE void dl_storage_seed(const char* key, const char* value) {
  page().storage.seed(key, value);
}

// 0 ok, 1 unavailable (no IndexedDB, blocked, private window), 2 write_failed.
EMSCRIPTEN_KEEPALIVE void dl_storage_set_health(int health) {
  page().storage.set_health(health == 0   ? dl::platform::StorageHealth::ok
                            : health == 2 ? dl::platform::StorageHealth::write_failed
                                          : dl::platform::StorageHealth::unavailable);
}

// Creates the WebGL2 context on #canvas, builds the fonts and starts the app. 1: started; 0: no
// WebGL2; 2: no font to draw with (the font files did not arrive).
EMSCRIPTEN_KEEPALIVE int dl_start(double css_width, double css_height, double pixel_ratio) {
  Page& p = page();
  if (p.app) return 1;
  if (!p.backend.init("#canvas", static_cast<float>(css_width), static_cast<float>(css_height),
                      static_cast<float>(pixel_ratio)))
    return 0;
  theme::apply_style();
  if (!build_fonts()) return 2;
  p.app = std::make_unique<dl::App>(make_services());
  for (auto& [path, text] : p.content) p.app->add_content_file(path, std::move(text));
  p.content.clear();
  p.app->start();
  return 1;
}

// ---- While running ----

// The viewport changed (CSS px) or the device pixel ratio did (zoom, another screen).
EMSCRIPTEN_KEEPALIVE void dl_resize(double css_width, double css_height, double pixel_ratio) {
  Page& p = page();
  if (!p.app) return;
  if (p.backend.resize(static_cast<float>(css_width), static_cast<float>(css_height),
                       static_cast<float>(pixel_ratio)))
    build_fonts();
}

// The WebGL context came back after the browser dropped it.
EMSCRIPTEN_KEEPALIVE void dl_gl_restored() {
  Page& p = page();
  if (!p.app) return;
  p.backend.restore_gl();
  build_fonts();
}

// A pointer event in CSS px of the viewport. type: 0 move, 1 down, 2 up, 3 cancel, 4 leave;
// button: the DOM's (0 main); source: 0 mouse, 1 touch, 2 pen.
EMSCRIPTEN_KEEPALIVE void dl_pointer(int type, double x, double y, int button, int source) {
  Page& p = page();
  if (!p.app) return;
  p.backend.pointer(static_cast<web::PointerEvent>(std::clamp(type, 0, 4)),
                    static_cast<float>(x), static_cast<float>(y), button,
                    static_cast<web::PointerSource>(std::clamp(source, 0, 2)));
  if (type == 1) p.app->note_activity();  // a press (mouse, touch, pen) is the person acting
  p.settle = kSettleFrames;
}

// The page lost focus (another window, a dialog): release held buttons.
EMSCRIPTEN_KEEPALIVE void dl_blur() {
  Page& p = page();
  if (!p.app) return;
  p.backend.release_pointer();
  p.settle = kSettleFrames;
}

// A mirrored widget was activated by keyboard or screen reader: it acts as if pressed next frame.
EMSCRIPTEN_KEEPALIVE void dl_a11y_activate(std::uint32_t id) {
  Page& p = page();
  p.activations.insert(id);
  if (p.app) p.app->note_activity();
  p.settle = kSettleFrames;
}

// The page's address without the fragment, and the fragment (at start and when it changes): a
// programme link makes the person join the programme.
EMSCRIPTEN_KEEPALIVE void dl_open_link(const char* page_url, const char* fragment, int coordinator_page) {
  Page& p = page();
  if (p.app) p.app->open_link(page_url, fragment, coordinator_page != 0);
  p.settle = kSettleFrames;
}

// The person typed in a mirrored text field: the field shows `text` from the next frame.
EMSCRIPTEN_KEEPALIVE void dl_text_input(std::uint32_t id, const char* text) {
  Page& p = page();
  p.text_inputs[id] = text;
  if (p.app) p.app->note_activity();
  p.settle = kSettleFrames;
}

// The person acted without a pointer press: a key, the wheel, a scroll (the page sends at most
// about one a second). Counts for active time; nothing is drawn for it.
EMSCRIPTEN_KEEPALIVE void dl_activity() {
  Page& p = page();
  if (p.app) p.app->note_activity();
}

// The page became visible (1) or hidden (0: another tab, a locked screen, the tab closing). Hiding
// stops the active-time count and saves what was counted.
EMSCRIPTEN_KEEPALIVE void dl_visibility(int visible) {
  Page& p = page();
  if (p.app) p.app->on_visibility(visible != 0);
  p.settle = kSettleFrames;
}

// Files picked or dropped: `count` of them are being read (the screen says so meanwhile).
EMSCRIPTEN_KEEPALIVE void dl_files_reading(int count) {
  Page& p = page();
  if (p.app) p.app->files_reading(count);
  p.settle = kSettleFrames;
}
// Then begin, one add per file (name, UTF-8 text), end hands them all over.
EMSCRIPTEN_KEEPALIVE void dl_files_begin() { page().incoming.clear(); }
EMSCRIPTEN_KEEPALIVE void dl_files_add(const char* name, const char* text) {
  page().incoming.push_back({name, text});
}
EMSCRIPTEN_KEEPALIVE void dl_files_end() {
  Page& p = page();
  if (p.app) p.app->receive_files(std::exchange(p.incoming, {}));
  p.settle = kSettleFrames;
}

// Record keys for `secret` (web/js/keys.js): one "CODE hex" line per participant code, the hex the
// first 8 bytes of its HMAC-SHA-256 digest.
EMSCRIPTEN_KEEPALIVE void dl_record_keys(const char* secret, const char* lines) {
  Page& p = page();
  if (!p.app) return;
  std::vector<std::pair<std::string, dl::RecordKey>> keys;
  const std::string text = lines;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    const std::size_t space = text.find(' ', at);
    if (space != std::string::npos && space < end && end - space - 1 == 16) {
      unsigned char digest[8];
      for (std::size_t i = 0; i < 8; ++i) {
        digest[i] = static_cast<unsigned char>(std::strtoul(text.substr(space + 1 + 2 * i, 2).c_str(), nullptr, 16));
      }
      keys.emplace_back(text.substr(at, space - at), dl::record_key_from_digest(digest, sizeof digest));
    }
    at = end + 1;
  }
  p.app->receive_record_keys(secret, keys);
  p.settle = kSettleFrames;
}

// Web Crypto is not there (not a secure context): the tables cannot be protected, the screen says so.
EMSCRIPTEN_KEEPALIVE void dl_record_keys_failed() {
  Page& p = page();
  if (p.app) p.app->record_keys_failed();
  p.settle = kSettleFrames;
}

// The outcome of the latest IndexedDB write (1 ok, 0 failed).
EMSCRIPTEN_KEEPALIVE void dl_storage_result(int ok) { page().storage.on_write_result(ok != 0); }

// Another tab with the same space open saved `key`: take the value over (progress is reloaded).
EMSCRIPTEN_KEEPALIVE void dl_storage_changed(const char* key, const char* value) {
  Page& p = page();
  if (p.app && std::string(key) == "progress") p.app->progress_saved_elsewhere(value);
  p.settle = kSettleFrames;
}

// The browser can share the result file through the device's share sheet (Web Share with files).
EMSCRIPTEN_KEEPALIVE void dl_set_can_share(int can) { page().can_share = can != 0; }
EMSCRIPTEN_KEEPALIVE void dl_set_larger_text(int on) { page().larger_text = on != 0; }
// The device's voices: bit 0 Swedish, bit 1 English (web/js/speech.js).
EMSCRIPTEN_KEEPALIVE void dl_set_voices(int mask) { page().voices = static_cast<unsigned>(mask); }
EMSCRIPTEN_KEEPALIVE void dl_speech_ended() {
  Page& p = page();
  if (p.app) p.app->speech_ended();
  p.settle = kSettleFrames;
}

// The programme's new key pair (base64url), or two empty texts when Web Crypto cannot make one.
EMSCRIPTEN_KEEPALIVE void dl_sealing_keys(const char* public_key, const char* private_key) {
  Page& p = page();
  if (p.app) p.app->sealing_keys_made(public_key, private_key);
  p.settle = kSettleFrames;
}

// A result file sealed (dl_js_seal): how it leaves (HandOut), its place in the outbox, its name, the
// sealed file's text.
EMSCRIPTEN_KEEPALIVE void dl_sealed(int how, const char* slot, const char* name, const char* text) {
  Page& p = page();
  if (!p.app || how < 0 || how > static_cast<int>(dl::HandOut::hand_in)) return;
  dl::effect::SealAndHandOut request;
  request.how = static_cast<dl::HandOut>(how);
  request.slot = slot;
  request.name = name;
  p.app->sealed(request, text);
  p.settle = kSettleFrames;
}

// What the device's outbox holds, read before start: one call per sealed file.
EMSCRIPTEN_KEEPALIVE void dl_outbox_seed(const char* slot, const char* name, const char* text) {
  page().storage.seed_outbox(slot, {name, text});
}

// A result file could not be sealed (no Web Crypto): nothing was downloaded or shared.
EMSCRIPTEN_KEEPALIVE void dl_seal_failed() {
  Page& p = page();
  if (p.app) p.app->seal_failed();
  p.settle = kSettleFrames;
}

// Sealed files opened (dl_js_unseal_*): begin, one add per file (the name, and its text or, when it
// did not open, nothing with opened 0), end hands them over.
EMSCRIPTEN_KEEPALIVE void dl_unsealed_begin() {
  page().unsealed.clear();
  page().unseal_failed.clear();
}
EMSCRIPTEN_KEEPALIVE void dl_unsealed_add(const char* name, const char* text, int opened) {
  if (opened != 0) page().unsealed.push_back({name, text});
  else page().unseal_failed.emplace_back(name);
}
EMSCRIPTEN_KEEPALIVE void dl_unsealed_end() {
  Page& p = page();
  if (p.app) p.app->files_unsealed(std::exchange(p.unsealed, {}), std::exchange(p.unseal_failed, {}));
  p.settle = kSettleFrames;
}

// The clipboard took the text (1) or refused it (0).
// A content file asked for by dl_js_fetch_content (a course when it opens), or it could not be fetched.
EMSCRIPTEN_KEEPALIVE void dl_content_fetched(const char* path, const char* text) {
  Page& p = page();
  if (p.app) p.app->content_fetched(path, std::string(text));
  p.settle = kSettleFrames;
}

EMSCRIPTEN_KEEPALIVE void dl_content_failed(const char* path) {
  Page& p = page();
  if (p.app) p.app->content_fetched(path, std::nullopt);
  p.settle = kSettleFrames;
}

EMSCRIPTEN_KEEPALIVE void dl_copied(int ok) {
  Page& p = page();
  if (p.app) p.app->copied(ok != 0);
  p.settle = kSettleFrames;
}

// The share sheet closed: 1 sent, 0 cancelled or failed.
EMSCRIPTEN_KEEPALIVE void dl_share_done(const char* name, int sent) {
  Page& p = page();
  if (p.app) p.app->share_done(name, sent != 0);
  p.settle = kSettleFrames;
}

// How many spaces the device holds (before start, and after a space was made).
EMSCRIPTEN_KEEPALIVE void dl_storage_set_spaces(int count) { page().storage.set_space_count(count); }

// The space the app asked to open (dl_js_space_open): each of its values, then the outcome
// (0 opened, 1 no space has this code, 2 could not be read).
EMSCRIPTEN_KEEPALIVE void dl_space_value(const char* key, const char* value) {
  page().storage.space_value(key, value);
}
EMSCRIPTEN_KEEPALIVE void dl_space_opened(const char* code, int outcome) {
  Page& p = page();
  using Outcome = dl::platform::SpaceOpened::Outcome;
  dl::platform::SpaceOpened opened = p.storage.space_done(
      code, outcome == 0 ? Outcome::opened : outcome == 1 ? Outcome::not_found : Outcome::failed);
  if (p.app) p.app->space_opened(std::move(opened));
  p.settle = kSettleFrames;
}

// About every half minute: a space left alone locks itself. Returns 1 when the screen changed.
EMSCRIPTEN_KEEPALIVE int dl_tick() {
  Page& p = page();
  if (!p.app) return 0;
  const auto before = p.app->state().space;
  p.app->tick();
  if (p.app->state().space == before) return 0;
  p.settle = kSettleFrames;
  return 1;
}

// Draws one frame with the document scrolled to `scroll_y` (CSS px) and refreshes the mirror.
// Returns how many more frames the page should draw (0: idle until something happens).
EMSCRIPTEN_KEEPALIVE int dl_frame(double scroll_y) {
  Page& p = page();
  if (!p.app) return 0;
  // A tap brings its press and release together, and ImGui takes one per frame; what the tap does
  // changes the state only after the frame that drew the old one. So a frame runs ImGui again, without
  // showing it, while input is left or the state just changed: the tap's answer is painted in this
  // frame, not two or three frames later (each frame shown costs the browser a full paint).
  std::optional<dl::ui::Ui> ui;
  for (int pass = 1;; ++pass) {
    const std::uint64_t steps = p.app->steps();
    p.backend.new_frame();
    ui.emplace(std::exchange(p.activations, {}), std::exchange(p.text_inputs, {}));
    ui->tree().lang = dl::lang_code(p.app->lang());
    theme::begin_page(static_cast<float>(scroll_y));
    p.app->draw(*ui);
    ui->tree().content_height = theme::end_page();
    if (pass == kMaxPasses || (!p.backend.input_pending() && p.app->steps() == steps)) break;
    ImGui::EndFrame();
  }
  p.backend.render(theme::kBackground);

  int more = 0;
  if (p.app->take_scroll_to_top()) {  // a new screen or page: read from its top
    web::scroll_to_top();
    ui->tree().new_view = true;  // the mirror moves focus to its heading and announces it
    more = 1;
  }
  std::string json = dl::ui::to_json(ui->tree());
  if (json != p.published) {  // the screen changed: draw until it holds still
    web::publish_mirror(json);
    p.published = std::move(json);
    more = 1;
  }
  if (p.backend.input_pending()) more = 1;
  if (p.settle > 0) more = std::max(more, p.settle--);
  return more;
}

}  // extern "C"

// Nothing happens until the page has handed content and fonts in and calls dl_start.
int main() { return 0; }
