// Before the result file is saved, the person sees what it holds, in plain words, and saves it
// (again whenever they like: each new file replaces the earlier one at the coordinator's).
#include "core/result_file.hpp"
#include "core/result_summary.hpp"
#include "ui/strings_coordinator.hpp"
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {

namespace ct = coordinator_text;

void view_export_preview(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  ui.heading(tr(lang, ct::preview_heading), 1);
  const bool sealed = model.progress.programme && !model.progress.programme->public_key.empty();
  ui.paragraph(tr(lang, sealed ? ct::file_sealed : ct::file_not_sealed));
  ui.paragraph(tr(lang, ct::preview_intro));
  const ResultFile file = make_result_file(model.progress, model.catalog, model.now);
  ProgrammeNames names;
  if (model.progress.programme) {
    names.programme = model.progress.programme->name;
    for (const Organisation& org : model.progress.programme->organisations) {
      if (org.code == model.progress.organisation) names.organisation = org.name;
    }
  }
  for (const std::string& line : describe_result_file(file, model.catalog, names, lang)) {
    ui.bullet(line);
  }
  ui.space(16);
  // On a device several people use, handing in here is the one next step: the file is sealed into
  // the device's outbox and nothing is left in a downloads folder.
  const bool hand_in_first = model.can_hand_in && model.shared_device;
  if (hand_in_first) {
    ui.paragraph(tr(lang, ct::hand_in_hint));
    if (ui.button(tr(lang, ct::hand_in_here))) out.push_back(HandInHere{});
    ui.space(8);
    if (model.can_share && ui.button(tr(lang, ct::send_file), ButtonKind::secondary)) out.push_back(ShareResult{});
    if (ui.button(tr(lang, ct::save_instead), ButtonKind::secondary)) out.push_back(ExportResult{});
  } else if (model.can_share) {
    // Where the device has a share sheet, sending is the one next step: the file goes straight to
    // e-mail or chat and is not left in a downloads folder others can open.
    ui.paragraph(tr(lang, ct::send_hint));
    if (ui.button(tr(lang, ct::send_file))) out.push_back(ShareResult{});
    ui.space(8);
    if (ui.button(tr(lang, ct::save_instead), ButtonKind::secondary)) out.push_back(ExportResult{});
  } else if (ui.button(tr(lang, ct::save_file))) {
    out.push_back(ExportResult{});
  }
  if (model.can_hand_in && !hand_in_first) {
    ui.space(8);
    ui.paragraph(tr(lang, ct::hand_in_hint));
    if (ui.button(tr(lang, ct::hand_in_here), ButtonKind::secondary)) out.push_back(HandInHere{});
  }
  if (!model.handed_in_file.empty()) ui.message(tr(lang, ct::handed_in), Tone::success);
  if (model.sealing_failed) ui.message(tr(lang, ct::not_sealed_here), Tone::warning, true);
  if (!model.shared_file.empty()) {
    ui.message(fill(tr(lang, ct::sent), {model.shared_file}), Tone::success);
  }
  if (!model.exported_file.empty()) {
    ui.message(fill(tr(lang, text::exported), {model.exported_file}), Tone::success);
    ui.heading(tr(lang, ct::saved_where), 2);
    ui.bullet(tr(lang, ct::saved_computer));
    ui.bullet(tr(lang, ct::saved_mobile));
    ui.bullet(tr(lang, ct::saved_shared));
  }
  ui.muted(tr(lang, hand_in_first ? ct::hand_in_again_hint : ct::save_again_hint));
}

}  // namespace dl::ui
