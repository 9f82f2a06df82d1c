// What the app needs from the browser besides storage and drawing: the date, randomness, handing
// a file to the person, and the page's document (mirror, scrolling). Implemented by
// web/js/lib_digilyft.js, which forwards to the page's JavaScript.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace dl::platform::web {

struct LocalDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};
LocalDate local_date();        // today on the device's clock, in its time zone
std::uint64_t random64();      // crypto.getRandomValues
std::int64_t now_ms();         // Date.now(): milliseconds since 1970 (for active time)

// Fetches a content file (a course when it opens) by its path under content/; answered through
// dl_content_fetched, or dl_content_failed.
void fetch_content(const std::string& path);
// Loads the coordinator's page (`?samordnare`, the page built with the coordinator's part) once
// every write asked for has landed.
void open_coordinator_page(bool coordinator);
// Offers `bytes` as a file download named `name`.
void download(const std::string& name, const std::string& mime, const std::string& bytes);
// Sealing with Web Crypto (web/js/seal.js): a programme's key pair (answered through
// dl_sealing_keys), a result file sealed for its coordinator (answered through dl_sealed with `how`
// and `slot` handed back, or dl_seal_failed), sealed files opened (dl_unsealed_*).
void make_sealing_keys();
void seal(const std::string& public_key, const std::string& programme, const std::string& name, const std::string& text,
          int how, const std::string& slot);
void unseal(const std::string& private_key, const std::vector<std::pair<std::string, std::string>>& files);

// Prints a card (web/js/main.js: a print-only part of the page, emptied after printing): the
// heading, then one line each.
void print_card(const std::string& heading, const std::vector<std::string>& lines);

// Puts `text` on the clipboard (navigator.clipboard); the page answers through dl_copied.
void copy_text(const std::string& text);
// "Större text" on or off: the page keeps the choice on this device and draws the app larger.
void set_larger_text(bool on);
// "Lyssna": read `text` aloud with the device's own voice of `lang` ("sv" or "en"); the page calls
// dl_speech_ended when it is done or stopped.
void speak(const std::string& text, const char* lang);
void stop_speaking();
// Opens the device's share sheet with the file (web/js/share.js); the page answers through
// dl_share_done. Only when the page said it can (dl_set_can_share).
void share(const std::string& name, const std::string& mime, const std::string& bytes);

// Hands the frame's accessibility tree (ui::to_json) to the page's DOM mirror; its "height" sets
// the document's height, so the page scrolls natively.
void publish_mirror(const std::string& tree_json);
void scroll_to_top();

// Starts computing the record keys of `codes` under `secret` with Web Crypto (web/js/keys.js); the
// page hands them back through dl_record_keys, or calls dl_record_keys_failed.
void request_record_keys(const std::string& secret, const std::vector<std::string>& codes);

}  // namespace dl::platform::web
