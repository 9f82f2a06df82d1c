// The coordinator sets up a programme: its name, the organisations staff choose from, its courses
// and questions, and when the follow-up comes. When everything fits, the screen shows the link, a
// QR code of it and the printable poster; until then it says, in plain words, what is missing.
#include <algorithm>
#include <optional>
#include <utility>

#include "ui/strings_coordinator.hpp"
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {
namespace {

namespace ct = coordinator_text;

constexpr int kIntervalChoices[] = {3, 4, 6, 9, 12};

bool contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Each change is one EditProgramme (core/programme.hpp says what it does to the draft); several
// in one frame (a fast paste, a form filler) are applied one after the other.
void edit(Actions& out, ProgrammeEdit change) { out.push_back(EditProgramme{std::move(change)}); }

// A field's own problems, right under it, once something is typed there (an empty field is named
// in the list above the link, so a new form is not red all over).
void field_problems(Ui& ui, const std::vector<Problem>& problems, const std::string& pointer,
                    const std::string& value, Lang lang) {
  if (value.empty()) return;
  for (const Problem& problem : problems) {
    if (problem.pointer == pointer) ui.message(describe(problem, lang), Tone::warning);
  }
}

// The code is typed into a field that holds more than a code may, so nothing is cut off unseen:
// the field says what is wrong instead.
constexpr std::size_t kCodeFieldChars = 64;

void draw_organisations(Ui& ui, const Programme& draft, const std::vector<Problem>& problems, Lang lang,
                        Actions& out) {
  namespace e = programme_edit;
  ui.heading(tr(lang, ct::organisations), 2);
  ui.muted(tr(lang, ct::organisations_hint));
  std::optional<std::size_t> removed;
  for (std::size_t i = 0; i < draft.organisations.size(); ++i) {
    const std::string number = std::to_string(i + 1);
    const Organisation& org = draft.organisations[i];
    ui.push_id("org" + number);
    ui.card_begin();
    const std::string pointer = "/organisations/" + std::to_string(i);
    std::string edited;
    if (ui.text_field(fill(tr(lang, ct::org_name), {number}), org.name, edited, kMaxOrganisationNameLength)) {
      edit(out, e::SetOrganisationName{i, edited});
    }
    field_problems(ui, problems, pointer + "/name", org.name, lang);
    if (ui.text_field(fill(tr(lang, ct::org_code), {number}), org.code, edited, kCodeFieldChars)) {
      edit(out, e::SetOrganisationCode{i, edited});
    }
    field_problems(ui, problems, pointer + "/code", org.code, lang);
    if (ui.button(tr(lang, ct::remove_org), ButtonKind::small, true, fill(tr(lang, ct::remove_org_name), {number}))) {
      removed = i;
    }
    ui.card_end();
    ui.pop_id();
  }
  // Removed last, so the edits above still find their organisation by its place.
  if (removed) edit(out, e::RemoveOrganisation{*removed});
  if (draft.organisations.size() < kMaxOrganisations && ui.button(tr(lang, ct::add_org), ButtonKind::secondary)) {
    edit(out, e::AddOrganisation{});
  }
}

void draw_contents(Ui& ui, const Programme& draft, const Catalog& catalog, Lang lang, Actions& out) {
  namespace e = programme_edit;
  ui.radio_group_begin(tr(lang, ct::modules_heading));
  for (const Module& module : catalog.modules) {
    if (ui.checkbox(module.title.in(lang), contains(draft.module_ids, module.id))) {
      edit(out, e::ToggleModule{module.id});
    }
  }
  ui.radio_group_end();

  std::vector<std::pair<std::string, std::string>> surveys;  // id, title
  if (catalog.instrument) surveys.emplace_back(catalog.instrument->id, tr(lang, text::self_assessment));
  if (catalog.manager_survey) surveys.emplace_back(catalog.manager_survey->id, catalog.manager_survey->title.in(lang));
  ui.radio_group_begin(tr(lang, ct::surveys_heading));
  for (const auto& [id, title] : surveys) {
    if (ui.checkbox(title, contains(draft.instrument_ids, id))) edit(out, e::ToggleInstrument{id});
  }
  ui.radio_group_end();

  ui.radio_group_begin(tr(lang, ct::follow_up_after));
  for (int months : kIntervalChoices) {
    if (ui.chip(fill(tr(lang, ct::months), {std::to_string(months)}), draft.t2_interval_months == months)) {
      edit(out, e::SetInterval{months});
    }
  }
  ui.radio_group_end();
}

// `problems`: check_programme's findings for the draft, worked out once per frame by the caller.
void draw_link(Ui& ui, const ViewModel& model, const ProgrammeSetupModel& setup,
               const std::vector<Problem>& problems, Actions& out) {
  const Lang lang = model.lang();
  const Programme& draft = setup.programme_draft;
  ui.heading(tr(lang, ct::link_and_qr), 2);
  if (setup.sealing_failed) {
    ui.message(tr(lang, ct::no_sealing_here), Tone::warning, true);
    return;
  }
  if (!problems.empty()) {
    ui.paragraph(tr(lang, ct::link_not_ready));
    for (const Problem& problem : problems) ui.bullet(describe(problem, lang));
    return;
  }
  if (setup.programme_link.empty()) {
    ui.muted(tr(lang, ct::making_key));
    return;
  }
  std::string unused;
  ui.text_field(tr(lang, ct::the_link), setup.programme_link, unused, setup.programme_link.size(), true);
  if (ui.button(tr(lang, ct::copy_link), ButtonKind::secondary)) out.push_back(CopyLink{});
  if (setup.link_copied) {
    ui.message(tr(lang, *setup.link_copied ? ct::link_copied : ct::link_not_copied),
               *setup.link_copied ? Tone::success : Tone::warning, !*setup.link_copied);
  }
  ui.muted(tr(lang, ct::link_tip));
  const QrCode code = make_qr_code(setup.programme_link);
  if (code.size > 0) ui.qr_code(code, fill(tr(lang, ct::qr_alt), {draft.name}), 360);
  if (ui.button(tr(lang, ct::save_poster))) out.push_back(DownloadPoster{});
  // Staff's result files are sealed to this programme's key: without the key file, losing this
  // browser's data would lose every file handed in.
  ui.space(16);
  ui.heading(tr(lang, ct::sealing_key_heading), 2);
  ui.paragraph(tr(lang, ct::sealing_key_text));
  if (ui.button(tr(lang, ct::save_key), ButtonKind::secondary)) out.push_back(DownloadKey{});
}

}  // namespace

void view_programme_setup(Ui& ui, const ViewModel& model, const ProgrammeSetupModel& setup, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out, false);
  if (ui.link(tr(lang, ct::back_to_coordinator))) out.push_back(Navigate{Screen::coordinator, {}});
  ui.heading(tr(lang, ct::setup_heading), 1);
  ui.paragraph(tr(lang, ct::setup_intro));
  const Programme& draft = setup.programme_draft;

  const std::vector<Problem> problems = check_programme(draft, setup.full_catalog);
  std::string edited;
  if (ui.text_field(tr(lang, ct::programme_name), draft.name, edited, kMaxProgrammeNameLength)) {
    edit(out, programme_edit::SetName{edited});
  }
  field_problems(ui, problems, "/name", draft.name, lang);
  draw_organisations(ui, draft, problems, lang, out);
  draw_contents(ui, draft, setup.full_catalog, lang, out);
  draw_link(ui, model, setup, problems, out);
}

}  // namespace dl::ui
