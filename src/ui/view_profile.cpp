// The person's profile: which self-assessment round is open, a chart per DigComp area with a bar
// per finished round and the change in words, courses that suit the person and why, and a
// suggested order for their occupational group. A profile, never a pass or fail.
#include <optional>
#include <string>
#include <vector>

#include "core/background.hpp"
#include "core/measurement.hpp"
#include "core/recommend.hpp"
#include "core/round.hpp"
#include "core/scoring.hpp"
#include "ui/strings.hpp"
#include "ui/strings_profile.hpp"
#include "ui/views.hpp"

namespace dl::ui {
namespace {
namespace pt = profile_text;

// The folded sections (ToggleSection ids).
constexpr char kMoreSuggestions[] = "profile:more-suggestions";
constexpr char kPath[] = "profile:path";
constexpr char kBandsFold[] = "profile:bands";

// Colour of a round's bars: the same round keeps its colour for everyone.
int series_of(Round round) { return static_cast<int>(round); }

const pt::RoleWords* role_words(const std::string& family) {
  for (const pt::RoleWords& words : pt::role_words) {
    if (family == words.id) return &words;
  }
  return nullptr;
}

// The role family as the object of "för …" ("omsorg"); an unknown id shows its option label.
std::string family_group(const std::string& family, Lang lang) {
  if (const pt::RoleWords* words = role_words(family)) return tr(lang, words->group);
  for (const BackgroundQuestion& question : background_questions()) {
    if (std::string(question.id) != "role_family") continue;
    for (const BackgroundOption& option : question.options) {
      if (option.id == family) return tr(lang, option.label);
    }
  }
  return family;
}

std::string family_you(const std::string& family, Lang lang) {
  if (const pt::RoleWords* words = role_words(family)) return tr(lang, words->you);
  return family_group(family, lang);
}

void go_to_assessment(Ui& ui, const char* label, ButtonKind kind, Actions& out) {
  if (ui.button(label, kind)) out.push_back(Navigate{Screen::self_assessment, {}});
}

// The open round (or when the next one opens), near the top of the screen. True when a round is
// open: its button is then the screen's one next step.
bool draw_round_status(Ui& ui, const ViewModel& model, bool any_finished, Actions& out) {
  const Lang lang = model.lang();
  const ProgressState& progress = model.progress;
  const std::optional<Round> open = open_round(progress, model.catalog, model.today);
  if (open == Round::t1) {
    ui.callout(tr(lang, pt::after_course_heading), tr(lang, pt::after_course_text));
    go_to_assessment(ui, tr(lang, text::after_course), ButtonKind::primary, out);
  } else if (open == Round::t2) {
    ui.callout(tr(lang, text::follow_up), tr(lang, pt::follow_up_text));
    go_to_assessment(ui, tr(lang, pt::follow_up_button), ButtonKind::primary, out);
  } else if (open == Round::t0) {
    ui.paragraph(tr(lang, pt::no_round_yet));
    const RoundProgress* t0 = find_round(progress, Round::t0);
    const bool begun = t0 != nullptr && t0->started();
    go_to_assessment(ui, tr(lang, begun ? pt::continue_assessment : text::begin_assessment),
                     ButtonKind::primary, out);
  } else if (!any_finished) {
    ui.paragraph(tr(lang, pt::no_round_yet));
  }
  if (open) return true;
  const std::optional<Date> due = t2_due_date(progress);
  if (due && round_status(progress, model.catalog, Round::t2, model.today) == RoundStatus::not_yet) {
    ui.paragraph(fill(tr(lang, pt::follow_up_opens), {date_text(*due, lang)}));
  } else if (any_finished &&
             round_status(progress, model.catalog, Round::t1, model.today) == RoundStatus::not_yet) {
    ui.paragraph(tr(lang, pt::after_course_later));
  }
  return false;
}

// "Högre än före kurserna. Lägre än efter kursen." (in words: points read as a grade)
std::string change_text(int now, int before, Round earlier, Lang lang) {
  const char* than = tr(lang, earlier == Round::t0 ? pt::than_before : pt::than_after);
  const Phrase& phrase = now > before ? pt::more_than : now == before ? pt::same_as : pt::less_than;
  return fill(tr(lang, phrase), {than});
}

void draw_area(Ui& ui, Area area, const std::vector<FinishedRound>& rounds, Lang lang) {
  const auto index = static_cast<std::size_t>(area);
  std::vector<Ui::RoundBar> bars;
  for (const FinishedRound& finished : rounds) {
    const std::string round = tr(lang, round_name(finished.round));
    const std::optional<int>& score = finished.areas[index].score;
    Ui::RoundBar bar;
    bar.series = series_of(finished.round);
    if (score) {
      bar.score = *score;
      bar.label = fill(tr(lang, pt::bar_value), {round, tr(lang, band_name(band_for(*score)))});
    } else {
      bar.label = fill(tr(lang, pt::bar_no_value), {round});
    }
    bars.push_back(std::move(bar));
  }
  // One framed card per area, so its bars, level and change read as one piece.
  ui.push_id(area_id(area));
  ui.card_begin();
  ui.round_bars(tr(lang, area_plain_name(area)), bars);
  const std::optional<int>& latest = rounds.back().areas[index].score;
  if (latest) {
    // Each bar already says its round's level ("Efter kursen: Medel"), so no "Din nivå nu" repeats
    // the last one; what the levels mean is said once, below the cards.
    std::string changes;
    for (std::size_t i = 0; i + 1 < rounds.size(); ++i) {
      const std::optional<int>& before = rounds[i].areas[index].score;
      if (!before) continue;
      if (!changes.empty()) changes += ' ';
      changes += change_text(*latest, *before, rounds[i].round, lang);
    }
    if (!changes.empty()) ui.paragraph(changes);
  } else {
    ui.muted(tr(lang, pt::no_value_now));
  }
  ui.card_end();
  ui.pop_id();
}

void draw_areas(Ui& ui, const std::vector<FinishedRound>& rounds, Lang lang) {
  ui.heading(tr(lang, pt::areas_heading), 2);
  ui.paragraph(tr(lang, pt::intro));
  if (rounds.size() > 1) {
    std::vector<Ui::LegendEntry> entries;
    for (const FinishedRound& finished : rounds) {
      entries.push_back({tr(lang, round_name(finished.round)), series_of(finished.round)});
    }
    ui.legend(tr(lang, pt::legend_caption), entries);
  }
  for (Area area : kAllAreas) draw_area(ui, area, rounds, lang);
}

// What each level means, once for all the areas (folded: the cards come first).
void draw_band_meanings(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  const bool open = model.is_open(kBandsFold);
  if (ui.disclosure(std::string(tr(lang, pt::bands_fold)) + "##bands", open)) out.push_back(ToggleSection{kBandsFold});
  if (!open) return;
  for (Band band : {Band::starting, Band::foundation, Band::intermediate, Band::advanced}) {
    ui.rich_text(fill(tr(lang, pt::band_meaning), {tr(lang, band_name(band)), tr(lang, band_explanation(band))}));
  }
}

// "lägst" only when no other part has as low a score, "näst lägst" only when exactly one has a
// lower one and none the same; else "bland dem … lägst". `scores`: the latest round's, per area.
const Phrase& growth_reason_phrase(const RecommendationReason& reason, const std::vector<AreaScore>& scores) {
  int lower = 0, same = 0;
  for (const AreaScore& other : scores) {
    if (!other.score || other.area == reason.area) continue;
    if (*other.score < reason.score) ++lower;
    if (*other.score == reason.score) ++same;
  }
  if (same > 0 || lower > 1) return pt::reason_among_lowest;
  return lower == 0 ? pt::reason_lowest : pt::reason_second;
}

// One reason as plain sentences; growth areas also list the statements the person wants help with.
void draw_reason(Ui& ui, const RecommendationReason& reason, const std::vector<AreaScore>& scores,
                 const Instrument* instrument, Lang lang) {
  switch (reason.kind) {
    case RecommendationReason::Kind::growth_area: {
      ui.paragraph(fill(tr(lang, growth_reason_phrase(reason, scores)),
                        {tr(lang, area_plain_name(reason.area)), std::to_string(reason.score)}));
      std::vector<std::string> statements;
      for (const std::string& id : reason.statement_ids) {
        const Statement* statement = instrument ? instrument->find_statement(id) : nullptr;
        if (statement != nullptr) statements.push_back(statement->text.in(lang));
      }
      if (!statements.empty()) {
        ui.paragraph(tr(lang, pt::reason_help_with));
        for (const std::string& text : statements) ui.bullet(text);
      }
      break;
    }
    case RecommendationReason::Kind::level_fits:
      ui.paragraph(fill(tr(lang, pt::reason_level), {tr(lang, level_name(reason.level))}));
      break;
    case RecommendationReason::Kind::role:
      ui.paragraph(fill(tr(lang, pt::reason_role), {family_you(reason.role_family, lang)}));
      break;
    case RecommendationReason::Kind::path:
      ui.paragraph(fill(tr(lang, pt::reason_path), {family_group(reason.role_family, lang)}));
      break;
  }
}

// What the suggestions are drawn from: the modules suggested and the areas to grow in.
struct Suggestions {
  std::vector<Recommendation> list;
  std::vector<AreaScore> scores;  // the latest finished round's, per area (for "lägst")
  const Instrument* instrument = nullptr;
};

Suggestions suggestions_for(const ViewModel& model, const std::vector<FinishedRound>& rounds) {
  Suggestions s;
  s.instrument = model.catalog.instrument ? &*model.catalog.instrument : nullptr;
  for (const Recommendation& r : model.suggestions) {
    if (r.module != nullptr) s.list.push_back(r);
  }
  if (!rounds.empty()) s.scores = rounds.back().areas;
  return s;
}

// One suggested course as a card: its name, level and time, why it suits, and its button. The
// screen's next step (primary) has its button right under the name, on a phone's first screen.
void draw_suggestion(Ui& ui, const ViewModel& model, const Suggestions& suggestions,
                     const Recommendation& recommendation, ButtonKind kind, Actions& out) {
  const Lang lang = model.lang();
  const Module& module = *recommendation.module;
  const bool button_first = kind == ButtonKind::primary;
  ui.push_id("suggestion:" + module.id);
  ui.card_begin();
  ui.heading(module.title.in(lang), 3);
  ui.muted(fill(tr(lang, pt::level_and_minutes), {tr(lang, level_name(module.level)), std::to_string(module.minutes)}));
  if (button_first) draw_course_button(ui, module, find_progress(model.progress, module.id), model, out, kind);
  for (const RecommendationReason& reason : recommendation.reasons) {
    draw_reason(ui, reason, suggestions.scores, suggestions.instrument, lang);
  }
  if (!button_first) draw_course_button(ui, module, find_progress(model.progress, module.id), model, out, kind);
  ui.card_end();
  ui.pop_id();
}

// The suggested courses after `skip` (the first, when it is the screen's next step at the top),
// folded when the first is shown above: the screen stays short on a phone.
void draw_recommendations(Ui& ui, const ViewModel& model, const std::vector<FinishedRound>& rounds,
                          const Suggestions& suggestions, std::size_t skip, Actions& out) {
  const Lang lang = model.lang();
  const std::size_t more = suggestions.list.size() > skip ? suggestions.list.size() - skip : 0;
  if (more > 0 || (!rounds.empty() && skip == 0)) ui.heading(tr(lang, pt::suggestions_heading), 2);
  if (suggestions.list.empty() && !rounds.empty()) ui.paragraph(tr(lang, pt::no_suggestions));
  bool shown = skip == 0;
  if (more > 0 && skip > 0) {
    const std::string label =
        more == 1 ? tr(lang, pt::more_suggestion) : fill(tr(lang, pt::more_suggestions), {std::to_string(more)});
    shown = model.is_open(kMoreSuggestions);
    if (ui.disclosure(label + "##more-suggestions", shown)) out.push_back(ToggleSection{kMoreSuggestions});
  }
  if (shown) {
    for (std::size_t i = skip; i < suggestions.list.size(); ++i) {
      draw_suggestion(ui, model, suggestions, suggestions.list[i], ButtonKind::secondary, out);
    }
  }
  if (more > 0) ui.space(4);  // air between the last card and the line under it
  ui.paragraph(tr(lang, pt::free_choice));
  if (ui.button(tr(lang, pt::all_courses), ButtonKind::secondary))
    out.push_back(Navigate{Screen::courses, {}});
}

const Phrase& module_state(const ModuleProgress* progress) {
  if (progress != nullptr && progress->completed) return text::done;
  if (progress != nullptr && !progress->current_page.empty()) return pt::state_started;
  return text::not_started;
}

void draw_learning_path(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  const std::string& family = model.progress.background.role_family;
  const std::vector<const Module*> path = learning_path(model.catalog, family);
  if (path.empty()) {
    ui.heading(tr(lang, pt::path_heading_plain), 2);
    ui.paragraph(tr(lang, pt::path_needs_role));
    if (ui.button(tr(lang, text::about_you), ButtonKind::secondary)) out.push_back(Navigate{Screen::about_you, {}});
    return;
  }
  ui.heading(fill(tr(lang, pt::path_heading), {family_group(family, lang)}), 2);
  ui.paragraph(tr(lang, pt::path_intro));
  int done = 0;
  for (const Module* module : path) {
    const ModuleProgress* progress = find_progress(model.progress, module->id);
    if (progress != nullptr && progress->completed) ++done;
  }
  const bool shown = model.is_open(kPath);
  if (ui.disclosure(fill(tr(lang, pt::path_fold), {std::to_string(path.size()), std::to_string(done)}) + "##path",
                    shown)) {
    out.push_back(ToggleSection{kPath});
  }
  int number = 0;
  for (const Module* module : shown ? path : std::vector<const Module*>{}) {
    const ModuleProgress* progress = find_progress(model.progress, module->id);
    ui.push_id("path:" + module->id);
    ui.card_begin();
    ui.text_row(fill(tr(lang, pt::path_item), {std::to_string(++number), module->title.in(lang)}),
                tr(lang, module_state(progress)));
    draw_course_button(ui, *module, progress, model, out, ButtonKind::secondary);
    ui.card_end();
    ui.pop_id();
  }
  // The occupational group can change (a new job): the details stay open to change.
  if (ui.button(tr(lang, text::about_you_change), ButtonKind::secondary)) {
    out.push_back(Navigate{Screen::about_you, {}});
  }
}

}  // namespace

// One next step, at the top: the open round's button, or else the first suggested course with
// why it suits. Every other button on the screen is a quiet one.
void view_profile(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  ui.heading(tr(lang, text::your_profile), 1);
  std::vector<FinishedRound> rounds;
  bool round_is_next = false;
  if (model.catalog.instrument) {
    rounds = finished_rounds(model.progress, *model.catalog.instrument);
    round_is_next = draw_round_status(ui, model, !rounds.empty(), out);
  } else {
    ui.message(tr(lang, text::assessment_missing), Tone::warning);
  }
  const Suggestions suggestions = suggestions_for(model, rounds);
  std::size_t shown_first = 0;
  if (!round_is_next && !suggestions.list.empty()) {
    ui.heading(tr(lang, text::next_step), 2);
    draw_suggestion(ui, model, suggestions, suggestions.list.front(), ButtonKind::primary, out);
    shown_first = 1;
  }
  if (!rounds.empty()) {
    ui.space(8);
    draw_areas(ui, rounds, lang);
    draw_band_meanings(ui, model, out);
  }
  ui.space(16);
  draw_recommendations(ui, model, rounds, suggestions, shown_first, out);
  ui.space(16);
  draw_learning_path(ui, model, out);
  ui.space(16);
  ui.heading(tr(lang, pt::save_heading), 2);
  ui.muted(tr(lang, text::export_hint));
  if (ui.button(tr(lang, text::export_result), ButtonKind::secondary)) {
    out.push_back(Navigate{Screen::export_preview, {}});
  }
}

}  // namespace dl::ui
