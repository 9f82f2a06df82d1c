// The coordinator's screen: read many result files, see what became of each, and one table of
// participants and mean self-assessment score per DigComp area with small groups hidden.
#include "core/aggregate.hpp"
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {
namespace {

std::string entry_line(const ImportEntry& entry, Lang lang) {
  if (!entry.accepted) {
    const std::string reason = entry.problems.empty() ? std::string() : describe(entry.problems.front(), lang);
    return fill(tr(lang, text::file_bad), {entry.file_name, reason});
  }
  return fill(tr(lang, entry.replaced_earlier ? text::file_replaced : text::file_ok), {entry.file_name});
}

std::vector<std::vector<std::string>> area_cells(const AreaTable& table, Lang lang) {
  std::vector<std::vector<std::string>> cells;
  cells.push_back({tr(lang, text::col_area), tr(lang, text::col_participants), tr(lang, text::col_mean)});
  for (const AreaRow& row : table.rows) {
    cells.push_back({tr(lang, area_name(row.area)), cell_text(row.participants, lang),
                     cell_text(row.mean_score, lang)});
  }
  return cells;
}

}  // namespace

void view_coordinator(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  ui.heading(tr(lang, text::coordinator), 1);
  ui.paragraph(tr(lang, text::coordinator_intro));
  ui.file_button(tr(lang, text::choose_files));
  ui.muted(tr(lang, text::drop_files));

  const Workspace& workspace = model.workspace;
  if (workspace.log.empty()) {
    ui.paragraph(tr(lang, text::no_files_yet));
    return;
  }
  ui.space(16);
  ui.heading(tr(lang, text::files_read), 2);
  for (const ImportEntry& entry : workspace.log) ui.bullet(entry_line(entry, lang));

  ui.space(16);
  ui.heading(tr(lang, text::summary), 2);
  if (!model.catalog.instrument) {
    ui.message(tr(lang, text::assessment_missing), Tone::warning);
  } else {
    const AreaTable table = summarize_areas(workspace.files, *model.catalog.instrument);
    ui.paragraph(fill(tr(lang, text::participant_count), {cell_text(table.participants, lang)}));
    ui.table(tr(lang, text::table_caption), area_cells(table, lang));
    ui.muted(tr(lang, text::suppression_rule));
  }
  ui.space(16);
  if (ui.button(tr(lang, text::clear_list), ButtonKind::secondary)) out.push_back(ClearWorkspace{});
}

}  // namespace dl::ui
