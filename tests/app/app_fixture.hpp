// Test fixture for the app controller: the shipped content, memory storage, a fixed date (tests move
// it on), fixed randomness, a record of downloads, and record keys from OpenSSL's HMAC-SHA-256 (the
// same the page gets from Web Crypto), handed back at once or, with `hold_keys`, when the test says.
// A "reload" is a new App on the same storage.
#pragma once
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/app.hpp"
#include "platform/native/openssl_keys.hpp"
#include "platform/native/openssl_seal.hpp"

namespace dl::test {

struct Download {
  std::string name, mime, bytes;
};

inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The right answer to a question, whatever its kind (from the content, as a person would learn it).
inline Answer right_answer(const Question& q) {
  Answer answer;
  switch (q.kind) {
    case QuestionKind::single:
    case QuestionKind::multiple:
      for (const Choice& c : q.choices) {
        if (c.correct) answer.push_back(c.id);
      }
      if (q.kind == QuestionKind::single) answer.resize(1);
      break;
    case QuestionKind::true_false: answer = {q.true_answer ? "true" : "false"}; break;
    case QuestionKind::order:
      for (const OrderItem& item : q.items) answer.push_back(item.id);
      break;
    case QuestionKind::match:
      for (const MatchPair& pair : q.pairs) answer.push_back(pair.id);
      break;
  }
  return answer;
}

// Gives `answer` the way the page does: at once for single and true/false, else draft + check.
inline void give_answer(App& app, const Module& module, const Question& q, const Answer& answer) {
  if (q.kind == QuestionKind::single || q.kind == QuestionKind::true_false) {
    app.handle(ui::Change{action::AnswerQuestion{module.id, q.id, answer}});
  } else {
    app.handle(ui::Change{action::SetDraft{module.id, q.id, answer}});
    app.handle(ui::Change{action::CheckAnswer{module.id, q.id}});
  }
}

class AppFixture : public ::testing::Test {
 protected:
  platform::MemoryStorage storage;
  std::vector<Download> downloads;
  Date today{2026, 11, 23};  // the device's local date; tests move it to reach due dates
  std::uint64_t random_value = 0x0123456789abcdefULL;
  std::int64_t clock_ms = 1'000'000;  // moved on by tests that count active time
  App* current_app = nullptr;          // the app the record keys go back to
  bool hold_keys = false;              // keep key requests until deliver_keys (the page's async work)
  std::vector<std::pair<std::string, std::vector<std::string>>> key_requests;
  std::vector<Download> shared;        // files handed to the share sheet
  bool can_share = false;              // the device has a share sheet (Web Share with files)
  std::vector<std::string> clipboard;  // texts put on the clipboard
  std::vector<effect::PrintCard> printed;  // cards sent to the print dialog
  bool open_person_space = true;  // start_app opens the person's space (see open_space)
  std::string person_code;        // the code the person was given, once they have one
  bool course_before_questions = true;  // a new person declines the offer to answer T0 before a course
  // The page's way: the courses' heads at start (as the site build writes them), a course's file
  // when it opens (fetched: recorded in `fetched`, handed over by the test with deliver_course).
  bool with_heads = false;
  std::vector<std::string> fetched;
  int coordinator_pages = 0;  // times the person's page asked to load the coordinator's page
  int staff_pages = 0;        // times the coordinator's welcome asked to load the page staff use
  bool* larger_text = nullptr;               // the page's "Större text" state, when a test gives one
  std::vector<bool>* text_size_asked = nullptr;  // each "Större text" choice the app asked the page for
  unsigned voices = 0;                       // languages with a voice on the device (bit 1 << Lang)
  std::vector<std::pair<std::string, Lang>> spoken;  // what "Lyssna" asked the device to read

  // Computes the held requests' keys and hands them to the app, as the page does when Web Crypto is done.
  void deliver_keys() {
    for (const auto& [secret, codes] : std::exchange(key_requests, {})) {
      std::vector<std::pair<std::string, RecordKey>> keys;
      for (const std::string& code : codes) keys.emplace_back(code, platform::native::record_key(secret, code));
      if (current_app != nullptr) current_app->receive_record_keys(secret, keys);
    }
  }

  Services services() {
    Services s;
    s.today = [this] { return today; };
    s.random = [this] { return random_value++; };
    s.clock_ms = [this] { return clock_ms; };
    s.download = [this](const std::string& n, const std::string& m, const std::string& b) {
      downloads.push_back({n, m, b});
    };
    s.record_keys = [this](const std::string& secret, const std::vector<std::string>& codes) {
      key_requests.emplace_back(secret, codes);
      if (!hold_keys) deliver_keys();
    };
    s.share = [this](const std::string& n, const std::string& m, const std::string& b) {
      shared.push_back({n, m, b});
    };
    s.can_share = [this] { return can_share; };
    s.copy_text = [this](const std::string& text) { clipboard.push_back(text); };
    s.print_card = [this](const effect::PrintCard& card) { printed.push_back(card); };
    // Sealing with OpenSSL, answered at once (the page's Web Crypto answers later; the same scheme).
    s.make_sealing_keys = [this] {
      const auto keys = platform::native::new_sealing_keys();
      if (current_app != nullptr) current_app->sealing_keys_made(keys->public_key, keys->private_key);
    };
    s.seal = [this](const effect::SealAndHandOut& file) {
      const auto sealed = platform::native::seal(file.public_key, file.programme, file.text);
      if (sealed) current_app->sealed(file, sealed_file_json(*sealed));
      else current_app->seal_failed();
    };
    s.unseal = [this](const std::string& private_key, const std::vector<NamedFile>& files) {
      std::vector<NamedFile> opened;
      std::vector<std::string> failed;
      for (const NamedFile& file : files) {
        std::vector<Problem> problems;
        const auto envelope = parse_sealed_file(file.bytes, file.name, problems);
        const auto text = envelope ? platform::native::unseal(private_key, *envelope) : std::nullopt;
        if (text) opened.push_back({file.name, *text});
        else failed.push_back(file.name);
      }
      current_app->files_unsealed(std::move(opened), std::move(failed));
    };
    s.fetch_content = [this](const std::string& path) { fetched.push_back(path); };
    s.open_coordinator_page = [this](bool coordinator) { ++(coordinator ? coordinator_pages : staff_pages); };
    s.larger_text = [this] { return larger_text != nullptr && *larger_text; };
    s.voices = [this] { return voices; };
    s.speak = [this](const std::string& text, Lang lang) { spoken.emplace_back(text, lang); };
    s.set_larger_text = [this](bool on) {
      if (text_size_asked != nullptr) text_size_asked->push_back(on);
    };
    s.storage = &storage;
    return s;
  }

  // Starts an app with every file of the shipped content folder, as the page does.
  Period quarter() const { return period_of(today); }

  std::unique_ptr<App> start_app() {
    auto app = std::make_unique<App>(services());
    current_app = app.get();
    const std::filesystem::path root = DL_CONTENT_DIR;
    const nlohmann::json heads = with_heads ? module_heads() : nlohmann::json::object();
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file()) continue;
      const std::string path = entry.path().lexically_relative(root).generic_string();
      app->add_content_file(path, heads.contains(path) ? heads[path].dump() : read_text(entry.path()));
    }
    storage.close_space();  // a reload: the page's memory is gone, the stored spaces stay
    app->start();
    if (open_person_space) open_space(*app);
    return app;
  }

  // The heads tools/module-heads.mjs wrote for the shipped content, by path (DL_MODULE_HEADS).
  static nlohmann::json module_heads() {
    const std::string file = DL_MODULE_HEADS;
    if (file.empty()) return nlohmann::json::object();
    const nlohmann::json doc = nlohmann::json::parse(read_text(file), nullptr, false);
    return doc.is_object() && doc.contains("heads") ? doc["heads"] : nlohmann::json::object();
  }

  // The page's answer to a fetch: the course file as it is in content/ (or nothing: no network).
  void deliver_course(App& app, bool arrives = true) {
    for (const std::string& path : std::exchange(fetched, {})) {
      app.content_fetched(path, arrives ? std::optional<std::string>(read_text(std::filesystem::path(DL_CONTENT_DIR) / path))
                                        : std::nullopt);
    }
  }

  // A reload where nobody opens a space: the welcome, as the next person on a shared device sees it.
  std::unique_ptr<App> start_app_at_welcome() {
    open_person_space = false;
    auto app = start_app();
    open_person_space = true;
    return app;
  }

  // What the person's space holds under `key` now.
  std::optional<std::string> saved(const std::string& key) const { return storage.in_space(person_code, key); }

  // Opens the person's space as they would: the first time "Jag är ny här" (the code is shown and
  // noted down), after that with the code they wrote down, typed into the welcome.
  void open_space(App& app) {
    if (person_code.empty()) {
      app.handle(ui::StartNew{});
      ASSERT_EQ(app.state().space, SpaceStatus::open);
      ASSERT_EQ(app.screen(), ui::Screen::your_code);
      person_code = app.progress().participant_code;
      app.handle(ui::Navigate{ui::Screen::start, {}});
      // Most tests open a course at once: the person has chosen the course before the questions
      // before the courses (the offer has tests of its own, with this off).
      if (course_before_questions) app.handle(ui::Change{action::DeclineBeforeRound{}});
      return;
    }
    app.handle(ui::TypeCode{person_code});
    app.handle(ui::OpenWithCode{});
    ASSERT_EQ(app.state().space, SpaceStatus::open) << person_code;
  }
};

}  // namespace dl::test
