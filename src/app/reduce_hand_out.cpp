// reduce (app_state.hpp), how a result file leaves the person: downloaded, sent through the share
// sheet, or handed in to the device's outbox ("Lämna in här"), sealed for the programme's
// coordinator first when the programme has a key; and the outbox saved as one file from the welcome.
#include <utility>

#include "app/reduce_parts.hpp"
#include "core/i18n.hpp"
#include "ui/strings_space.hpp"
#include "core/participant_code.hpp"
#include "core/result_file.hpp"
#include "core/sealed_file.hpp"

namespace dl::reducing {

namespace {

bool can_seal(const AppState& s) { return s.progress.programme && !s.progress.programme->public_key.empty(); }

}  // namespace

void hand_out(Ctx& c, HandOut how) {
  AppState& s = c.state;
  // Only a sealed file may lie in the device's outbox: anyone on the device could read it otherwise.
  if (how == HandOut::hand_in && !can_seal(s)) return;
  const ResultFile file = make_result_file(s.progress, s.catalog, c.now());
  const std::string name = result_file_name(file, c.env.random());
  s.sealing_failed = false;
  s.exported_file.clear();
  s.shared_file.clear();
  s.handed_in_file.clear();
  if (can_seal(s)) {
    std::string slot;
    if (how == HandOut::hand_in) {
      // One place per person, kept in their space: a new hand-in replaces their earlier one.
      if (s.hand_in_slot.empty()) {
        s.hand_in_slot = make_participant_code(c.env.random());
        c.save(storage_key::hand_in_slot, s.hand_in_slot);
      }
      slot = s.hand_in_slot;
    }
    if (how == HandOut::download) s.exported_file = name;
    c.effects.push_back(effect::SealAndHandOut{s.progress.programme->public_key, s.progress.programme->id, name,
                                               result_to_json(file), how, std::move(slot)});
    return;
  }
  if (how == HandOut::share) {
    c.effects.push_back(effect::Share{name, "application/json", result_to_json(file)});
    return;
  }
  s.exported_file = name;
  c.download(name, "application/json", result_to_json(file));
}

void sealed(Ctx& c, const event::Sealed& sealed) {
  AppState& s = c.state;
  std::vector<Problem> problems;
  if (!sealed.ok || !parse_sealed_file(sealed.text, sealed.name, problems)) {
    if (s.space != SpaceStatus::open) return;
    s.sealing_failed = true;  // nothing left the device
    s.exported_file.clear();
    return;
  }
  switch (sealed.how) {
    case HandOut::download: c.download(sealed.name, "application/json", sealed.text); break;
    case HandOut::share: c.effects.push_back(effect::Share{sealed.name, "application/json", sealed.text}); break;
    case HandOut::hand_in:
      // Lands even when the space was locked meanwhile: the person asked for it.
      s.outbox[sealed.slot] = HandedIn{sealed.name, *parse_sealed_file(sealed.text, sealed.name, problems)};
      c.effects.push_back(effect::HandIn{sealed.slot, {sealed.name, sealed.text}});
      if (s.space == SpaceStatus::open) s.handed_in_file = sealed.name;
      break;
  }
}

void outbox_loaded(Ctx& c, const event::OutboxLoaded& loaded) {
  for (const auto& [slot, file] : loaded.files) {
    std::vector<Problem> problems;
    // A damaged entry is left where it is: it is not readable by anyone, and saving the rest goes on.
    if (std::optional<SealedFile> envelope = parse_sealed_file(file.text, file.name, problems)) {
      c.state.outbox[slot] = HandedIn{file.name, std::move(*envelope)};
    }
  }
}

// A card to keep in a wallet or a locker: the code, where it is used, and that it is the person's
// own. Printed, never saved: on a shared device a file with the code would be there for everyone.
effect::PrintCard code_card(const ProgressState& progress, const std::string& page_url) {
  const Lang lang = progress.lang;
  effect::PrintCard card;
  card.heading = tr(lang, ui::space_text::card_heading);
  card.lines.push_back(code_for_people(progress.participant_code));
  card.lines.push_back(tr(lang, ui::space_text::card_use));
  if (!page_url.empty()) card.lines.push_back(fill(tr(lang, ui::space_text::card_address), {page_url}));
  card.lines.push_back(tr(lang, ui::space_text::card_keep));
  return card;
}

// The outbox as one file for the coordinator. What it holds stays on the device until the person
// says the file is there (forget_saved_outbox): a download that did not happen loses nothing, and a
// file saved twice is read once by the coordinator's workspace.
void save_outbox(Ctx& c) {
  AppState& s = c.state;
  if (s.outbox.empty()) return;
  std::vector<HandedIn> files;
  s.outbox_saved_slots.clear();
  for (const auto& [slot, file] : s.outbox) {
    files.push_back(file);
    s.outbox_saved_slots.push_back(slot);
  }
  s.outbox_saved = outbox_file_name(files.size());
  c.download(s.outbox_saved, "application/json", outbox_file_json(files));
}

void forget_saved_outbox(Ctx& c) {
  AppState& s = c.state;
  if (s.outbox_saved_slots.empty()) return;
  // Only what the saved file holds: a hand-in made since then stays.
  for (const std::string& slot : s.outbox_saved_slots) s.outbox.erase(slot);
  c.effects.push_back(effect::RemoveFromOutbox{std::move(s.outbox_saved_slots)});
  s.outbox_saved_slots.clear();
  s.outbox_saved.clear();
  s.outbox_forgotten = true;
}

}  // namespace dl::reducing
