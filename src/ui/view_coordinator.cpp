// The coordinator's screen: the way to a programme link, reading many result files (what became
// of each), the tables with their filters, the chart per area and round, and the CSV and printable
// report downloads. Every figure comes from core/report.hpp, as in the command-line tool.
#include <algorithm>

#include "core/background.hpp"
#include "core/import_text.hpp"
#include "core/round.hpp"
#include "ui/strings_coordinator.hpp"
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {
namespace {

namespace ct = coordinator_text;

constexpr std::size_t kMaxListedFiles = 200;  // files with a remark (not read, counted once)
constexpr std::size_t kMaxQuietFiles = 20;    // plain "read" lines: a long list of them helps nobody
// The folded sections (ToggleSection ids): the plain file lines, and each table by its id.
constexpr char kQuietFiles[] = "coordinator:quiet-files";
std::string table_section(const ReportTable& table) { return "coordinator:table:" + table.id; }
constexpr char kFiltersFold[] = "coordinator:filters";

void draw_file_list(Ui& ui, const ViewModel& model, const Workspace& workspace, Actions& out) {
  const Lang lang = model.lang();
  ui.paragraph(import_summary_text(workspace, lang));
  // Files with something to say first (not read, counted once); the plain ones folded, up to a limit.
  std::size_t shown = 0, quiet = 0;
  for (const ImportEntry& entry : workspace.log) {
    const bool remark = entry.outcome == ImportOutcome::rejected || !entry.rounds_counted_once.empty();
    if (remark && shown < kMaxListedFiles) {
      ui.bullet(import_entry_text(entry, lang));
      ++shown;
    }
    if (!remark) ++quiet;
  }
  if (quiet == 0) return;
  if (workspace.log.size() > kMaxQuietFiles) {
    ui.muted(fill(tr(lang, ct::more_files), {count_text(static_cast<long long>(quiet), lang)}));
    return;
  }
  const bool open = model.is_open(kQuietFiles);
  if (ui.disclosure(fill(tr(lang, ct::read_files_fold), {std::to_string(quiet)}) + "##quiet-files", open)) {
    out.push_back(ToggleSection{kQuietFiles});
  }
  if (!open) return;
  for (const ImportEntry& entry : workspace.log) {
    const bool remark = entry.outcome == ImportOutcome::rejected || !entry.rounds_counted_once.empty();
    if (!remark) ui.bullet(import_entry_text(entry, lang));
  }
}

// One row of chips for a filter on a background answer ("" = all).
void draw_background_filter(Ui& ui, const ViewModel& model, const CoordinatorModel& c, Actions& out, Phrase heading, const char* question_id,
                            const std::vector<std::string>& choices, std::string ReportFilter::*field) {
  const Lang lang = model.lang();
  const ReportFilter& current = c.report.filter;
  ui.radio_group_begin(tr(lang, heading));
  if (ui.chip(tr(lang, ct::filter_all), (current.*field).empty())) {
    ReportFilter f = current;
    (f.*field).clear();
    out.push_back(SetReportFilter{f});
  }
  for (const std::string& id : choices) {
    if (ui.chip(background_option_label(question_id, id, lang), current.*field == id)) {
      ReportFilter f = current;
      f.*field = id;
      out.push_back(SetReportFilter{f});
    }
  }
  ui.radio_group_end();
}

// What the filters pick, in words: "alla deltagare", or the chosen organisation, group, workplace
// and period joined by commas.
std::string selection_words(const CoordinatorModel& c, Lang lang) {
  const ReportFilter& f = c.report.filter;
  std::vector<std::string> parts;
  if (!f.organisation.empty()) parts.push_back(organisation_label(f.organisation, c.report.organisation_names));
  if (!f.role_family.empty()) parts.push_back(background_option_label("role_family", f.role_family, lang));
  if (!f.work_setting.empty()) parts.push_back(background_option_label("work_setting", f.work_setting, lang));
  if (f.period) parts.push_back(to_string(*f.period));
  if (parts.empty()) return tr(lang, ct::filters_none);
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : ", ") + part;
  return out;
}

void draw_filters(Ui& ui, const ViewModel& model, const CoordinatorModel& c, Actions& out) {
  const Lang lang = model.lang();
  const ReportFilter& current = c.report.filter;
  const FilterChoices& choices = c.report.choices;
  // One row that says what the tables show; the chips under it when it is opened.
  const bool open = model.is_open(kFiltersFold);
  if (ui.disclosure(fill(tr(lang, ct::filters_fold), {selection_words(c, lang)}) + "##filters", open)) {
    out.push_back(ToggleSection{kFiltersFold});
  }
  if (!open) return;

  ui.radio_group_begin(tr(lang, ct::filter_org));
  if (ui.chip(tr(lang, ct::filter_all), current.organisation.empty())) {
    ReportFilter f = current;
    f.organisation.clear();
    out.push_back(SetReportFilter{f});
  }
  for (const std::string& code : choices.organisations) {
    if (ui.chip(organisation_label(code, c.report.organisation_names), current.organisation == code)) {
      ReportFilter f = current;
      f.organisation = code;
      out.push_back(SetReportFilter{f});
    }
  }
  ui.radio_group_end();

  draw_background_filter(ui, model, c, out, ct::filter_role, "role_family", choices.role_families,
                         &ReportFilter::role_family);
  draw_background_filter(ui, model, c, out, ct::filter_setting, "work_setting", choices.work_settings,
                         &ReportFilter::work_setting);

  ui.radio_group_begin(tr(lang, ct::filter_period));
  if (ui.chip(tr(lang, ct::filter_all), !current.period)) {
    ReportFilter f = current;
    f.period.reset();
    out.push_back(SetReportFilter{f});
  }
  for (const Period& period : choices.periods) {
    if (ui.chip(to_string(period), current.period == period)) {
      ReportFilter f = current;
      f.period = period;
      out.push_back(SetReportFilter{f});
    }
  }
  ui.radio_group_end();
}

void draw_chart(Ui& ui, const Report& report, Lang lang) {
  if (report.chart.empty()) return;
  ui.heading(tr(lang, ct::chart_heading), 3);
  std::vector<std::string> areas;
  for (const ChartBar& bar : report.chart) {
    if (std::find(areas.begin(), areas.end(), bar.area) == areas.end()) areas.push_back(bar.area);
  }
  for (const std::string& area : areas) {
    std::vector<Ui::RoundBar> bars;
    for (const ChartBar& bar : report.chart) {
      if (bar.area != area) continue;
      const std::string name = tr(lang, round_name(bar.round));
      const int series = static_cast<int>(bar.round);
      if (bar.score) {
        const int score = static_cast<int>(*bar.score + 0.5);
        bars.push_back({fill(tr(lang, ct::bar_value), {name, std::to_string(score)}), score, series});
      } else {
        bars.push_back({fill(tr(lang, ct::bar_hidden), {name}), -1, series});
      }
    }
    ui.round_bars(area, bars);
  }
  ui.legend(tr(lang, ct::chart_colours), {{tr(lang, round_name(Round::t0)), 0},
                                          {tr(lang, round_name(Round::t1)), 1},
                                          {tr(lang, round_name(Round::t2)), 2}});
}

std::vector<std::vector<std::string>> table_cells(const ReportTable& table, Lang lang) {
  std::vector<std::vector<std::string>> cells{table.columns};
  for (const ReportRow& row : table.rows) {
    std::vector<std::string> line{row.label};
    for (const Cell& cell : row.cells) line.push_back(cell_text(cell, lang));
    cells.push_back(std::move(line));
  }
  return cells;
}

// Whether the table hides every figure it could show: some cell is ".." and none shows a figure
// (a table of "–" alone, empty by definition, is drawn as it is).
bool every_figure_hidden(const ReportTable& table) {
  bool hidden = false;
  for (const ReportRow& row : table.rows) {
    for (const Cell& cell : row.cells) {
      if (cell.shown()) return false;
      hidden = hidden || cell.show == Cell::Show::hidden;
    }
  }
  return hidden;
}

void draw_tables(Ui& ui, const ViewModel& model, const CoordinatorModel& c, Actions& out) {
  const Lang lang = model.lang();
  const Report& report = c.report;
  ui.heading(tr(lang, ct::tables_heading), 2);
  if (report.keys_missing) {
    if (c.keys_failed) ui.message(tr(lang, ct::keys_failed), Tone::warning);
    else ui.message(tr(lang, ct::keys_coming), Tone::info);
    return;
  }
  draw_filters(ui, model, c, out);
  if (report.too_small) {
    ui.message(tr(lang, ct::too_small), Tone::info);
    if (ui.button(tr(lang, ct::remove_filters), ButtonKind::secondary)) out.push_back(SetReportFilter{ReportFilter{}});
    return;
  }
  // What the filters gave, right under them: on a phone the tables start screens further down.
  ui.paragraph(report.participants.shown()
                   ? fill(tr(lang, ct::selection_size), {cell_text(report.participants, lang)})
                   : std::string(tr(lang, ct::selection_size_hidden)));
  ui.message(tr(lang, ct::suppression_rule), Tone::info);
  draw_chart(ui, report, lang);
  // Each table folded under its title: on a phone a dozen tables run to tens of thousands of pixels.
  ui.space(12);
  ui.paragraph(tr(lang, ct::tables_folded));
  for (const ReportTable& table : report.tables) {
    ui.push_id(table.id);
    const bool open = model.is_open(table_section(table));
    if (ui.disclosure(table.title + "##fold", open)) out.push_back(ToggleSection{table_section(table)});
    if (open && every_figure_hidden(table)) {
      ui.paragraph(tr(lang, ct::table_all_hidden));
      ui.space(12);
    } else if (open) {
      ui.table(table.title, table_cells(table, lang), false);  // the fold above says the title
      if (!table.note.empty()) ui.muted(table.note);
      const std::string label = tr(lang, ct::save_csv);
      if (ui.button(label, ButtonKind::small, true, label + ": " + table.title)) {
        out.push_back(DownloadTable{table.id});
      }
      ui.space(12);
    }
    ui.pop_id();
  }
  ui.space(16);
  if (ui.button(tr(lang, ct::save_report))) out.push_back(DownloadReport{});
}

// Which programme the files belong to, and whether files without one are read too.
void draw_programme_choice(Ui& ui, const ViewModel& model, const CoordinatorModel& c, Actions& out) {
  const Lang lang = model.lang();
  const Workspace& workspace = c.workspace;
  if (!workspace.programme.empty()) {
    const Programme* own = &c.programme_draft;
    const std::string name = own != nullptr && own->id == workspace.programme && !own->name.empty()
                                 ? own->name + " (" + workspace.programme + ")"
                                 : fill(tr(lang, ct::programme_code), {workspace.programme});
    ui.paragraph(fill(tr(lang, ct::programme_of_workspace), {name}));
  }
  if (ui.checkbox(tr(lang, ct::read_without_programme), workspace.without_programme)) {
    out.push_back(SetWithoutProgramme{!workspace.without_programme});
  }
  ui.muted(tr(lang, ct::without_programme_hint));
}

void draw_key(Ui& ui, const ViewModel& model, const CoordinatorModel& c, Actions& out) {
  const Lang lang = model.lang();
  ui.heading(tr(lang, ct::key_heading), 2);
  ui.paragraph(tr(lang, ct::key_text));
  if (c.key_taken) ui.message(tr(lang, ct::key_taken), Tone::success);
  for (const Problem& problem : c.key_problems) {
    ui.message(fill(tr(lang, ct::key_not_taken), {problem.file, describe(problem, lang)}), Tone::warning);
  }
  if (ui.button(tr(lang, ct::save_key), ButtonKind::secondary)) out.push_back(DownloadKey{});
}

}  // namespace

void view_coordinator(Ui& ui, const ViewModel& model, const CoordinatorModel& c, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  ui.heading(tr(lang, text::coordinator), 1);
  ui.paragraph(tr(lang, ct::intro));

  ui.heading(tr(lang, ct::link_heading), 2);
  ui.paragraph(tr(lang, ct::link_hint));
  if (ui.button(tr(lang, ct::make_link), ButtonKind::secondary)) out.push_back(Navigate{Screen::programme_setup, {}});

  ui.heading(tr(lang, ct::files_heading), 2);
  ui.file_button(tr(lang, ct::choose_files));
  ui.muted(tr(lang, ct::drop_files));
  draw_programme_choice(ui, model, c, out);
  if (c.files_reading > 0) {
    ui.message(c.files_reading == 1 ? tr(lang, ct::reading_one_file)
                                        : fill(tr(lang, ct::reading_files), {count_text(c.files_reading, lang)}),
               Tone::info);
  }
  const Workspace& workspace = c.workspace;
  if (workspace.log.empty()) {
    ui.paragraph(tr(lang, ct::no_files_yet));
    for (const Problem& problem : c.key_problems) {
      ui.message(fill(tr(lang, ct::key_not_taken), {problem.file, describe(problem, lang)}), Tone::warning);
    }
    if (c.key_taken) ui.message(tr(lang, ct::key_taken), Tone::success);
    if (!workspace.sealing_key.empty()) draw_key(ui, model, c, out);  // the programme's key, before any file
    return;
  }
  draw_file_list(ui, model, workspace, out);
  draw_tables(ui, model, c, out);
  draw_key(ui, model, c, out);
  ui.space(24);
  if (!c.confirm_clear) {
    if (ui.button(tr(lang, ct::clear_workspace), ButtonKind::secondary)) out.push_back(ConfirmClearWorkspace{true});
    return;
  }
  ui.message(tr(lang, ct::confirm_clear), Tone::warning);
  if (ui.button(tr(lang, ct::clear_yes), ButtonKind::secondary)) out.push_back(ClearWorkspace{});
  ui.same_line();
  if (ui.button(tr(lang, ct::clear_no), ButtonKind::secondary)) out.push_back(ConfirmClearWorkspace{false});
}

}  // namespace dl::ui
