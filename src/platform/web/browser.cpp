// The browser services of browser.hpp, as calls into web/js/lib_digilyft.js.
#include "platform/web/browser.hpp"

extern "C" {
int dl_js_local_date();  // year * 10000 + month * 100 + day
double dl_js_now_ms();   // Date.now()
void dl_js_random_fill(void* data, int size);
void dl_js_download(const char* name, const char* mime, const void* data, int size);
void dl_js_copy_text(const char* text);
void dl_js_set_larger_text(int on);
void dl_js_speak(const char* text, const char* lang);
void dl_js_stop_speaking();
void dl_js_print_card(const char* heading, const char* lines);
void dl_js_fetch_content(const char* path);
void dl_js_open_coordinator_page(int coordinator);
void dl_js_make_sealing_keys();
void dl_js_seal(const char* public_key, const char* programme, const char* name, const char* text, int how,
                const char* slot);
void dl_js_unseal_begin(const char* private_key);
void dl_js_unseal_add(const char* name, const char* text);
void dl_js_unseal_end();
void dl_js_share(const char* name, const char* mime, const void* data, int size);
void dl_js_publish(const char* tree_json);
void dl_js_scroll_to_top();
void dl_js_record_keys(const char* secret, const char* codes);
}

namespace dl::platform::web {

LocalDate local_date() {
  const int value = dl_js_local_date();
  return {value / 10000, value / 100 % 100, value % 100};
}

std::int64_t now_ms() { return static_cast<std::int64_t>(dl_js_now_ms()); }

std::uint64_t random64() {
  std::uint64_t value = 0;
  dl_js_random_fill(&value, sizeof value);
  return value;
}

void copy_text(const std::string& text) { dl_js_copy_text(text.c_str()); }

void set_larger_text(bool on) { dl_js_set_larger_text(on ? 1 : 0); }

void speak(const std::string& text, const char* lang) { dl_js_speak(text.c_str(), lang); }

void stop_speaking() { dl_js_stop_speaking(); }

void print_card(const std::string& heading, const std::vector<std::string>& lines) {
  std::string joined;
  for (const std::string& line : lines) joined += line + "\n";
  dl_js_print_card(heading.c_str(), joined.c_str());
}

void fetch_content(const std::string& path) { dl_js_fetch_content(path.c_str()); }

void open_coordinator_page(bool coordinator) { dl_js_open_coordinator_page(coordinator ? 1 : 0); }

void make_sealing_keys() { dl_js_make_sealing_keys(); }

void seal(const std::string& public_key, const std::string& programme, const std::string& name, const std::string& text,
          int how, const std::string& slot) {
  dl_js_seal(public_key.c_str(), programme.c_str(), name.c_str(), text.c_str(), how, slot.c_str());
}

void unseal(const std::string& private_key, const std::vector<std::pair<std::string, std::string>>& files) {
  dl_js_unseal_begin(private_key.c_str());
  for (const auto& [name, text] : files) dl_js_unseal_add(name.c_str(), text.c_str());
  dl_js_unseal_end();
}

void share(const std::string& name, const std::string& mime, const std::string& bytes) {
  dl_js_share(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void download(const std::string& name, const std::string& mime, const std::string& bytes) {
  dl_js_download(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void publish_mirror(const std::string& tree_json) { dl_js_publish(tree_json.c_str()); }

void scroll_to_top() { dl_js_scroll_to_top(); }

void request_record_keys(const std::string& secret, const std::vector<std::string>& codes) {
  std::string lines;
  for (const std::string& code : codes) {
    if (!lines.empty()) lines += '\n';
    lines += code;
  }
  dl_js_record_keys(secret.c_str(), lines.c_str());
}

}  // namespace dl::platform::web
