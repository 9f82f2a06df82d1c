// reduce (app_state.hpp), the coordinator's side: the workspace (files in, one programme, its
// secret and the record keys the platform computes), the programme being set up, the tables'
// filter, and the files they take away (CSV, the printable report, the poster, the key file).
#include <array>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/outbox.hpp"
#include "core/sealed_file.hpp"
#include "app/reduce_parts.hpp"
#include "core/json_reader.hpp"
#include "core/overloaded.hpp"
#include "core/programme_poster.hpp"
#include "core/workspace_key.hpp"

namespace dl {

ReportSetup report_setup(const AppState& state, Period now) {
  ReportSetup setup;
  setup.keys = &state.record_keys;
  setup.now = now;
  // The coordinator's own programme, set up on this device, names its organisation codes (the
  // files hold only codes) and says which courses it has and when its follow-up comes.
  const Programme& draft = state.programme_draft;
  for (const Organisation& org : draft.organisations) {
    if (!org.code.empty()) setup.organisation_names.emplace(org.code, org.name);
  }
  if (!draft.id.empty() && draft.id == state.workspace.programme) {
    setup.programme_modules = draft.module_ids;
    setup.t2_interval_months = draft.t2_interval_months;
  }
  return setup;
}

namespace reducing {
namespace {

// The programme draft as it is kept between visits: the same fields as a link, as JSON.
nlohmann::ordered_json draft_to_json(const Programme& p) {
  nlohmann::ordered_json orgs = nlohmann::ordered_json::array();
  for (const Organisation& o : p.organisations) orgs.push_back({o.code, o.name});
  return {{"id", p.id},
          {"name", p.name},
          {"organisations", orgs},
          {"modules", p.module_ids},
          {"instruments", p.instrument_ids},
          {"t2", p.t2_interval_months},
          {"key", p.public_key}};
}

// The kept draft, or nothing when it is not one this version wrote (then a new one is started).
// Every value is checked before it is read: nothing here throws (the page is built without
// exceptions).
std::optional<Programme> draft_from_json(const std::string& text) {
  const nlohmann::ordered_json j = json_read::parse(text).value_or(nlohmann::ordered_json());
  if (!j.is_object()) return std::nullopt;
  const auto text_at = [&j](const char* key) -> const std::string* {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? &it->get_ref<const std::string&>() : nullptr;
  };
  const auto texts_at = [&j](const char* key, std::vector<std::string>& out) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_array()) return false;
    for (const auto& v : *it) {
      if (!v.is_string()) return false;
      out.push_back(v.get<std::string>());
    }
    return true;
  };
  Programme p;
  const std::string* id = text_at("id");
  const std::string* name = text_at("name");
  const auto organisations = j.find("organisations");
  const auto t2 = j.find("t2");
  if (id == nullptr || name == nullptr || organisations == j.end() || !organisations->is_array() || t2 == j.end() ||
      !t2->is_number_integer() || !texts_at("modules", p.module_ids) || !texts_at("instruments", p.instrument_ids)) {
    return std::nullopt;
  }
  p.id = *id;
  p.name = *name;
  for (const auto& o : *organisations) {
    if (!o.is_array() || o.size() != 2 || !o[0].is_string() || !o[1].is_string()) return std::nullopt;
    p.organisations.push_back({o[0].get<std::string>(), o[1].get<std::string>()});
  }
  p.t2_interval_months = t2->get<int>();
  if (const std::string* key = text_at("key")) p.public_key = *key;  // none before sealing
  return p;
}

void save_workspace(Ctx& c) {
  ++c.state.tables_version;
  c.save(storage_key::workspace, workspace_to_json(c.state.workspace));
}

// A workspace without a secret gets one: 32 bytes of the platform's cryptographic randomness.
void ensure_secret(Ctx& c) {
  if (!c.state.workspace.secret.empty()) return;
  std::array<std::uint64_t, 4> random{};
  for (std::uint64_t& word : random) word = c.env.random();
  c.state.workspace.secret = workspace_secret(random);
}

// Asks the platform for the keys the workspace's participants still lack.
void request_record_keys(Ctx& c) {
  AppState& s = c.state;
  std::vector<std::string> codes;
  for (const auto& [code, file] : s.workspace.participants) {
    if (s.record_keys.count(code) == 0 && s.keys_asked.insert(code).second) codes.push_back(code);
  }
  if (!codes.empty()) c.effects.push_back(effect::RequestKeys{s.workspace.secret, std::move(codes)});
}

// A key file chosen among the result files: taken into an empty workspace (or one with the same
// key); refused, with the reason on screen, when files read under another key are there.
void take_key_file(Ctx& c, const NamedFile& file) {
  AppState& s = c.state;
  std::vector<Problem> problems;
  const std::optional<WorkspaceKey> key = parse_key_file(file.bytes, problems);
  if (key && key->secret != s.workspace.secret) {
    if (!s.workspace.participants.empty()) {
      problems.push_back(Problem{"key.other_workspace", file.name, "", ""});
    } else if (!key->programme.empty() && !s.workspace.programme.empty() && key->programme != s.workspace.programme) {
      problems.push_back(Problem{"key.other_programme", file.name, "", ""});
    }
  }
  if (!problems.empty()) {
    for (Problem& p : problems) p.file = file.name;
    s.key_problems = std::move(problems);
    return;
  }
  if (s.workspace.programme.empty()) s.workspace.programme = key->programme;
  s.workspace.secret = key->secret;
  if (!key->sealing_key.empty()) s.workspace.sealing_key = key->sealing_key;
  s.record_keys.clear();
  s.keys_asked.clear();
  s.key_taken = true;
  save_workspace(c);
}

void download_tables(Ctx& c, const ui::UiAction& action) {
  AppState& s = c.state;
  const Report tables =
      make_report(s.workspace, c.env.full_catalog, s.report_filter, s.progress.lang, report_setup(s, c.now()));
  if (const auto* table = std::get_if<ui::DownloadTable>(&action)) {
    for (const ReportTable& t : tables.tables) {
      if (t.id == table->table_id) c.download(table_csv_name(t, tables.filter), "text/csv", table_csv(t, tables));
    }
  } else if (!tables.tables.empty()) {
    c.download(report_html_name(tables.filter), "text/html", report_html(tables, s.programme_draft.name));
  }
}

}  // namespace

bool coordinator_here() { return true; }

void load_coordinator(Ctx& c, const event::Loaded& loaded) {
  AppState& s = c.state;
  if (loaded.workspace) {
    std::vector<Problem> problems;
    if (std::optional<Workspace> workspace = workspace_from_json(*loaded.workspace, c.env.full_catalog, problems)) {
      s.workspace = std::move(*workspace);
    }
  }
  if (loaded.programme_draft) {
    if (std::optional<Programme> draft = draft_from_json(*loaded.programme_draft)) s.programme_draft = std::move(*draft);
  }
  if (s.workspace.log.empty()) return;
  if (s.workspace.secret.empty()) {  // kept by a version before the protected tables
    ensure_secret(c);
    save_workspace(c);
  }
  request_record_keys(c);
}

bool coordinator_action(Ctx& c, const ui::UiAction& action) {
  AppState& s = c.state;
  bool mine = true;
  std::visit(Overloaded{
                 [&](const ui::EditProgramme& edit) {
                   s.programme_draft = edit_programme(std::move(s.programme_draft), edit.edit, c.env.full_catalog);
                   s.link_copied.reset();  // the link changed
                   ++s.tables_version;  // the tables name organisations as the programme does
                   c.save(storage_key::programme_draft, draft_to_json(s.programme_draft).dump());
                 },
                 [&](const ui::SetReportFilter& set) {
                   if (set.filter == s.report_filter) return;
                   s.report_filter = set.filter;
                   ++s.tables_version;
                 },
                 [&](const ui::DownloadTable&) { download_tables(c, action); },
                 [&](const ui::DownloadReport&) { download_tables(c, action); },
                 [&](const ui::CopyLink&) {
                   if (!check_programme(s.programme_draft, c.env.full_catalog).empty() || s.page_url.empty()) return;
                   c.effects.push_back(effect::CopyText{programme_link(s.page_url, s.programme_draft, c.env.full_catalog)});
                 },
                 [&](const ui::DownloadPoster&) {
                   if (!check_programme(s.programme_draft, c.env.full_catalog).empty()) return;
                   c.download(programme_poster_file_name(s.programme_draft), "text/html",
                              programme_poster_html(s.programme_draft, programme_link(s.page_url, s.programme_draft, c.env.full_catalog),
                                                    s.progress.lang));
                 },
                 [&](const ui::ConfirmClearWorkspace& confirm) { s.confirm_clear = confirm.ask; },
                 [&](const ui::ClearWorkspace&) {
                   // The secret stays: the same files read again give the same tables, so nothing
                   // published before is contradicted by a second noise (docs/privacy.md).
                   Workspace cleared;
                   cleared.secret = s.workspace.secret;
                   s.workspace = std::move(cleared);
                   s.confirm_clear = false;
                   s.record_keys.clear();
                   s.keys_asked.clear();
                   s.key_problems.clear();
                   s.key_taken = false;
                   s.report_filter = ReportFilter{};
                   save_workspace(c);
                 },
                 [&](const ui::SetWithoutProgramme& set) {
                   if (s.workspace.without_programme == set.read) return;
                   s.workspace.without_programme = set.read;
                   ensure_secret(c);
                   save_workspace(c);
                 },
                 [&](const ui::DownloadKey&) {
                   ensure_secret(c);
                   save_workspace(c);
                   const WorkspaceKey key{s.workspace.programme, s.workspace.secret, s.workspace.sealing_key};
                   c.download(key_file_name(key), "application/json", key_file_json(key));
                 },
                 [&](const auto&) { mine = false; },
             },
             action);
  return mine;
}

void files_reading(Ctx& c, const event::FilesReading& reading) {
  c.state.files_reading = std::max(0, reading.count);
  if (c.state.files_reading > 0 && c.state.screen != ui::Screen::coordinator) {
    navigate(c, ui::Navigate{ui::Screen::coordinator, {}});
  }
}

void files_received(Ctx& c, const event::FilesReceived& received) {
  AppState& s = c.state;
  s.files_reading = 0;
  if (received.files.empty()) return;
  s.confirm_clear = false;
  if (s.screen != ui::Screen::coordinator) navigate(c, ui::Navigate{ui::Screen::coordinator, {}});
  s.key_problems.clear();
  s.key_taken = false;
  // The coordinator's own programme, once it is complete, is the one this workspace reads.
  if (s.workspace.programme.empty() && s.workspace.participants.empty() &&
      check_programme(s.programme_draft, c.env.full_catalog).empty()) {
    s.workspace.programme = s.programme_draft.id;
  }
  for (const NamedFile& file : received.files) {  // a key file first: result files are then read under it
    if (is_key_file(file.bytes)) take_key_file(c, file);
  }
  ensure_secret(c);
  std::vector<NamedFile> sealed;
  for (const NamedFile& file : received.files) {
    if (is_key_file(file.bytes)) continue;
    if (is_outbox_file(file.bytes)) {  // several people's sealed files, handed in on one device
      std::vector<Problem> problems;
      if (const auto handed_in = parse_outbox_file(file.bytes, file.name, problems)) {
        for (const HandedIn& one : *handed_in) {
          const NamedFile inner{one.name, sealed_file_json(one.sealed)};
          if (sealed_file_to_open(s.workspace, inner.name, inner.bytes)) sealed.push_back(inner);
        }
      } else {
        log_refused(s.workspace, file.name, problems.front());
      }
    } else if (is_sealed_file(file.bytes)) {
      if (sealed_file_to_open(s.workspace, file.name, file.bytes)) sealed.push_back(file);
    } else {
      import_result(s.workspace, file.name, file.bytes, c.env.full_catalog);
    }
  }
  save_workspace(c);
  request_record_keys(c);
  if (!sealed.empty()) {
    s.files_reading = static_cast<int>(sealed.size());  // opened next: still being read
    c.effects.push_back(effect::Unseal{s.workspace.sealing_key, std::move(sealed)});
  }
}

void files_unsealed(Ctx& c, const event::FilesUnsealed& unsealed) {
  AppState& s = c.state;
  s.files_reading = 0;
  for (const std::string& name : unsealed.failed) {
    log_refused(s.workspace, name, Problem{"result.sealed_wrong_key", name, "", ""});
  }
  for (const NamedFile& file : unsealed.opened) import_result(s.workspace, file.name, file.bytes, c.env.full_catalog);
  save_workspace(c);
  request_record_keys(c);
}

void sealing_keys_made(Ctx& c, const event::SealingKeysMade& made) {
  AppState& s = c.state;
  s.sealing_keys_asked = false;
  if (made.public_key.empty() || made.private_key.empty()) {
    s.sealing_failed = true;  // no Web Crypto here: the set-up says so
    return;
  }
  if (!s.programme_draft.public_key.empty()) return;  // made twice: the first stands
  s.programme_draft.public_key = made.public_key;
  s.workspace.sealing_key = made.private_key;
  ensure_secret(c);
  c.save(storage_key::programme_draft, draft_to_json(s.programme_draft).dump());
  save_workspace(c);
}

void keys_received(Ctx& c, const event::KeysReceived& received) {
  AppState& s = c.state;
  if (received.secret != s.workspace.secret) return;  // asked under a key the workspace no longer has
  for (const auto& [code, key] : received.keys) {
    s.keys_asked.erase(code);
    if (s.workspace.participants.count(code) > 0) s.record_keys[code] = key;
  }
  ++s.tables_version;
}

void keys_failed(Ctx& c) {
  c.state.keys_failed = true;
  c.state.keys_asked.clear();
  ++c.state.tables_version;
}

}  // namespace reducing
}  // namespace dl
