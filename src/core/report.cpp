// The programme's tables (report.hpp), built one merged participant at a time: each table is a
// tally that adds a selected person and builds its table at the end, so a workspace (make_report)
// and a stream of participants (digilyft-report) go through the same code. Each person's figures
// are read once with their record key; every cell gathers the people it rests on as a Group (count
// and cell key) or a Magnitude (a sum of hours or scores), and cell_key.hpp turns those into the
// perturbed figures shown. No cell is hidden to protect another: the noise does that.
//
// [SECTION] Words
// [SECTION] Each person's figures, read once
// [SECTION] Tables: participants, courses and hours, self-assessment, evaluation, managers, response
// [SECTION] The report
#include "report.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <set>

#include "background.hpp"
#include "calendar.hpp"
#include "measurement.hpp"
#include "round.hpp"
#include "scoring.hpp"

namespace dl {
namespace {

// ---- [SECTION] Words ---------------------------------------------------------------------------

constexpr Phrase kTotal{"Totalt", "Total"};
constexpr Phrase kNotAnswered{"Ej besvarat", "Not answered"};
constexpr Phrase kNotGiven{"Ej angiven", "Not given"};
constexpr Phrase kWithoutProgramme{"Utan program", "Without a programme"};
constexpr Phrase kParticipants{"Deltagare", "Participants"};
constexpr Phrase kStarted{"Påbörjat", "Started"};
constexpr Phrase kCompleted{"Slutfört", "Completed"};
constexpr Phrase kHoursInAll{"Timmar sammanlagt", "Hours in all"};
constexpr Phrase kHoursEach{"Timmar per deltagare", "Hours per participant"};
constexpr Phrase kHoursPerStart{"Timmar per påbörjad kurs", "Hours per course started"};
constexpr Phrase kRespondents{"antal", "number"};
constexpr Phrase kMean{"medel", "mean"};
constexpr Phrase kMeanBefore{"före", "before"};
constexpr Phrase kMeanAfter{"efter", "after"};
constexpr Phrase kChange{"förändring", "change"};
constexpr Phrase kTopTwo{"andel 4–5 (%)", "share 4–5 (%)"};
constexpr Phrase kManagersAnswered{"Svarande", "Respondents"};
constexpr Phrase kChose{"Antal valt", "Number who chose"};
constexpr Phrase kShare{"Andel (%)", "Share (%)"};
constexpr Phrase kAnswered{"Svarat", "Answered"};
constexpr Phrase kCouldAnswer{"Kunde ha svarat", "Could have answered"};
constexpr Phrase kDropOut{"Bortfall", "Drop-out"};
constexpr Phrase kDropOutShare{"Bortfall (%)", "Drop-out (%)"};
constexpr Phrase kArea{"Kompetensområde", "Competence area"};
constexpr Phrase kCourse{"Kurs", "Course"};
constexpr Phrase kOrganisation{"Organisation", "Organisation"};
constexpr Phrase kQuestionAnswer{"Fråga: svar", "Question: answer"};
constexpr Phrase kEvaluationItem{"Påstående", "Statement"};
constexpr Phrase kRound{"Mättillfälle", "Round"};

struct TableWords {
  const char* id;
  Phrase title;
  Phrase note;
};

const TableWords kGenderAge{
    "deltagare-kon-alder",
    {"Deltagare efter kön och ålder", "Participants by gender and age"},
    {"Antal personer. Varje person räknas en gång, också när hen har skickat flera filer.",
     "Number of people. Each person counts once, also when they sent several files."}};
const TableWords kRoleFamily{
    "deltagare-yrkesgrupp",
    {"Deltagare efter yrkesgrupp", "Participants by occupational group"},
    {"Antal personer per yrkesgrupp, så som de själva har svarat.",
     "Number of people per occupational group, as they answered themselves."}};
const TableWords kWorkSetting{
    "deltagare-arbetsplats",
    {"Deltagare efter arbetsplats", "Participants by kind of workplace"},
    {"Antal personer per slags arbetsplats, så som de själva har svarat.",
     "Number of people per kind of workplace, as they answered themselves."}};
const TableWords kOrganisationTable{
    "deltagare-organisation",
    {"Deltagare efter organisation", "Participants by organisation"},
    {"Antal personer per organisation i programmet.", "Number of people per organisation in the programme."}};
const TableWords kCourses{
    "kurser",
    {"Kurser: påbörjade och slutförda", "Courses: started and completed"},
    {"Antal personer som har börjat och slutfört varje kurs, och deras aktiva tid i kursen. Raden "
     "Totalt räknar en person en gång för varje kurs. – betyder att kursen inte ingår i programmet.",
     "Number of people who started and completed each course, and their active time in it. The "
     "Total row counts a person once for each course. – means the course is not in the programme."}};
const TableWords kHours{
    "timmar",
    {"Aktiv tid i kurserna", "Active time in the courses"},
    {"Timmar av aktiv tid i kurserna, avrundat till kvartar. Per deltagare: delat med alla deltagare "
     "i organisationen.",
     "Hours of active time in the courses, rounded to quarter hours. Per participant: divided by "
     "all participants in the organisation."}};
const TableWords kSelfAssessment{
    "sjalvskattning",
    {"Självskattning per kompetensområde", "Self-assessment per competence area"},
    {"Medelpoäng från 0 till 100 vid varje tillfälle, för dem som svarade då: T0 före kurserna, T1 "
     "efter kursen, T2 uppföljningen. Svaret Ej aktuellt räknas inte.",
     "Mean score from 0 to 100 at each round, for those who answered then: T0 before the courses, "
     "T1 after the course, T2 the follow-up. The answer Not relevant does not count."}};
const TableWords kChangeTable{
    "sjalvskattning-forandring",
    {"Förändring i självskattningen", "Change in the self-assessment"},
    {"Bara personer som har svarat vid båda tillfällena (T0 före kurserna, T1 efter kursen, T2 "
     "uppföljningen). Förändringen är skillnaden i medelpoäng.",
     "Only people who answered at both rounds (T0 before the courses, T1 after the course, T2 the "
     "follow-up). The change is the difference in mean score."}};
const TableWords kEvaluation{
    "kursutvardering",
    {"Kursutvärdering", "Course evaluation"},
    {"Andel som har svarat 4 eller 5 på en skala från 1 (Stämmer inte alls) till 5 (Stämmer helt).",
     "Share who answered 4 or 5 on a scale from 1 (Not true at all) to 5 (Completely true)."}};
const TableWords kManager{
    "chefsindikatorer",
    {"Chefsenkät", "Manager survey"},
    {"Chefer som har svarat på frågan och hur många av dem som valde varje svar. Där flera svar "
     "går att välja kan andelarna bli mer än 100 tillsammans.",
     "Managers who answered the question and how many of them chose each answer. Where several "
     "answers can be chosen the shares can add up to more than 100."}};
const TableWords kResponse{
    "svarsfrekvens",
    {"Svarsfrekvens och bortfall", "Response rate and drop-out"},
    {"Hur många av deltagarna som har gjort självskattningen vid varje tillfälle. Kunde ha svarat: "
     "efter kursen de som har slutfört en kurs, vid uppföljningen de som svarade efter kursen och "
     "vars uppföljning har öppnat. Bortfall: de som kunde ha svarat men inte har gjort det.",
     "How many of the participants did the self-assessment at each round. Could have answered: "
     "after the course those who completed a course, at the follow-up those who answered after the "
     "course and whose follow-up has opened. Drop-out: those who could have answered but have not."}};
constexpr Phrase kResponseByPeriod{
    " Bortfallet visas bara utan periodurval: det räknar över hela programmet.",
    " Drop-out is shown only without a period filter: it counts over the whole programme."};

// ---- [SECTION] Each person's figures, read once -------------------------------------------------

struct RoundFacts {
  const AssessmentRound* round = nullptr;
  std::array<std::optional<int>, kAreaCount> scores;
};

// One participant as the tallies see them, while they are added.
struct Person {
  const ResultFile* file = nullptr;
  RecordKey key = 0;
  std::array<RoundFacts, 3> rounds;  // by Round; round == nullptr when not done
};

Person read_person(const ResultFile& file, RecordKey key, const Catalog& catalog) {
  Person person;
  person.file = &file;
  person.key = key;
  for (const AssessmentRound& round : file.rounds) {
    if (!catalog.instrument || round.instrument_id != catalog.instrument->id) continue;
    RoundFacts& facts = person.rounds[static_cast<std::size_t>(round.round)];
    facts.round = &round;
    for (const AreaScore& score : score_areas(round.answers, *catalog.instrument)) {
      facts.scores[static_cast<std::size_t>(score.area)] = score.score;
    }
  }
  return person;
}

// Which rounds, courses and answers of a selected person count under the filter's period.
struct Selection {
  std::optional<Period> period;
  bool in(Period p) const { return !period || *period == p; }
  const RoundFacts* round(const Person& person, Round r) const {
    const RoundFacts& facts = person.rounds[static_cast<std::size_t>(r)];
    return facts.round != nullptr && in(facts.round->period) ? &facts : nullptr;
  }
  bool started(const ModuleRecord& m) const { return in(m.started); }
  bool completed(const ModuleRecord& m) const { return m.completed && in(*m.completed); }
  const ManagerRecord* manager(const Person& person) const {
    const auto& manager = person.file->manager;
    return manager && in(manager->period) ? &*manager : nullptr;
  }
};

bool active_in(const Person& person, Period period) {
  const ResultFile& file = *person.file;
  for (const AssessmentRound& round : file.rounds) {
    if (round.period == period) return true;
  }
  for (const ModuleRecord& m : file.modules) {
    if (m.started == period || m.completed == period) return true;
  }
  return file.manager && file.manager->period == period;
}

// Whether the filter keeps the person.
bool selected(const Person& person, const ReportFilter& filter) {
  const ResultFile& file = *person.file;
  if (!filter.organisation.empty() && (!file.programme || file.organisation.value_or("") != filter.organisation)) {
    return false;
  }
  if (!filter.role_family.empty() && file.background.role_family != filter.role_family) return false;
  if (!filter.work_setting.empty() && file.background.work_setting != filter.work_setting) return false;
  return !filter.period || active_in(person, *filter.period);
}

// ---- [SECTION] Tables ---------------------------------------------------------------------------
// Each table is a tally: `add` takes one selected person, `finish` builds the table from what was
// added. A tally's cells are the Groups and Magnitudes of cell_key.hpp, so the figures do not
// depend on how the people came (a workspace or a stream).

struct Context {
  const Catalog& catalog;
  Lang lang;
  const ReportSetup& setup;
  const ReportFilter& filter;
  Selection selection;                           // the filter's period
  std::string period_tag;                        // "" or "@2026-Q4": hours differ by period
  // Known at `finish` only: every participant has been seen then.
  std::vector<std::string> organisations;        // codes: the programme's and those in files, sorted
  std::vector<std::string> organisation_labels;  // the same, as shown (organisation_label)
  bool without_programme = false;                // a row for files made without a programme
};

ReportTable start_table(const TableWords& words, Lang lang, Phrase head) {
  ReportTable table;
  table.id = words.id;
  table.title = tr(lang, words.title);
  table.note = tr(lang, words.note);
  table.columns.push_back(tr(lang, head));
  return table;
}

// The sums of a table whose last row and (with `row_totals`) last column are totals.
void add_line_sums(ReportTable& table, std::size_t rows, std::size_t columns, bool row_totals) {
  for (std::size_t c = 0; c < columns; ++c) {
    TableSum sum{{}, CellRef{rows - 1, c}};
    for (std::size_t r = 0; r + 1 < rows; ++r) sum.parts.push_back(CellRef{r, c});
    table.sums.push_back(std::move(sum));
  }
  if (!row_totals) return;
  for (std::size_t r = 0; r < rows; ++r) {
    TableSum sum{{}, CellRef{r, columns - 1}};
    for (std::size_t c = 0; c + 1 < columns; ++c) sum.parts.push_back(CellRef{r, c});
    table.sums.push_back(std::move(sum));
  }
}

const BackgroundQuestion& background_question(const char* id) {
  for (const auto& q : background_questions()) {
    if (std::string(q.id) == id) return q;
  }
  return background_questions().front();
}

// Index of the person's answer among the question's options; options.size() when not answered.
std::size_t option_index(const BackgroundQuestion& question, const std::string& answer) {
  for (std::size_t i = 0; i < question.options.size(); ++i) {
    if (answer == question.options[i].id) return i;
  }
  return question.options.size();
}

class GenderAgeTally {
 public:
  void add(const Person& p) {
    const std::size_t g = option_index(gender_, p.file->background.gender);
    const std::size_t a = option_index(age_, p.file->background.age_band);
    for (std::size_t r : {g, rows_}) {
      for (std::size_t c : {a, columns_}) groups_[r][c].add(p.key);
    }
  }

  ReportTable finish(const Context& ctx) const {
    ReportTable table = start_table(kGenderAge, ctx.lang, gender_.prompt);
    for (const auto& o : age_.options) table.columns.push_back(tr(ctx.lang, o.label));
    table.columns.push_back(tr(ctx.lang, kNotAnswered));
    table.columns.push_back(tr(ctx.lang, kTotal));
    for (std::size_t r = 0; r <= rows_; ++r) {
      ReportRow row;
      row.label = r < gender_.options.size() ? tr(ctx.lang, gender_.options[r].label)
                                             : tr(ctx.lang, r == rows_ ? kTotal : kNotAnswered);
      row.total = r == rows_;
      for (std::size_t c = 0; c <= columns_; ++c) row.cells.push_back(count_cell(groups_[r][c]));
      table.rows.push_back(std::move(row));
    }
    add_line_sums(table, rows_ + 1, columns_ + 1, true);
    return table;
  }

 private:
  const BackgroundQuestion& gender_ = background_question("gender");
  const BackgroundQuestion& age_ = background_question("age_band");
  std::size_t rows_ = gender_.options.size() + 1;  // options and "not answered"
  std::size_t columns_ = age_.options.size() + 1;
  std::vector<std::vector<Group>> groups_{rows_ + 1, std::vector<Group>(columns_ + 1)};
};

// One column of people per row (`groups`, the last one the total). When the filter keeps one row
// (`only`), the other rows are empty by definition ("–").
ReportTable people_table(const TableWords& words, Phrase head, const Context& ctx,
                         const std::vector<std::string>& labels, const std::vector<Group>& groups,
                         std::optional<std::size_t> only) {
  ReportTable table = start_table(words, ctx.lang, head);
  table.columns.push_back(tr(ctx.lang, kParticipants));
  for (std::size_t r = 0; r < groups.size(); ++r) {
    ReportRow row;
    row.total = r == labels.size();
    row.label = row.total ? tr(ctx.lang, kTotal) : labels[r];
    row.cells.push_back(!row.total && only && *only != r ? none_cell() : count_cell(groups[r]));
    table.rows.push_back(std::move(row));
  }
  add_line_sums(table, groups.size(), 1, false);
  return table;
}

// People by their answer to a background question: its options as rows, then "not answered" and
// the total.
class AnswerTally {
 public:
  AnswerTally(const TableWords& words, const char* question_id)
      : words_(words), question_(background_question(question_id)), groups_(question_.options.size() + 2) {}

  void add(const Person& p) {
    const std::string* answer = p.file->background.field(question_.id);
    groups_[option_index(question_, answer ? *answer : std::string())].add(p.key);
    groups_.back().add(p.key);
  }

  // `chosen`: the filter's option ("" = all).
  ReportTable finish(const Context& ctx, const std::string& chosen) const {
    std::vector<std::string> labels;
    for (const auto& o : question_.options) labels.push_back(tr(ctx.lang, o.label));
    labels.push_back(tr(ctx.lang, kNotAnswered));
    std::optional<std::size_t> only;
    if (!chosen.empty()) only = option_index(question_, chosen);
    return people_table(words_, question_.prompt, ctx, labels, groups_, only);
  }

 private:
  const TableWords& words_;
  const BackgroundQuestion& question_;
  std::vector<Group> groups_;
};

// Organisation rows: the codes, "not given" (a programme file without a code), "without a
// programme" (when the workspace reads such files).
std::vector<std::string> organisation_rows(const Context& ctx) {
  std::vector<std::string> labels = ctx.organisation_labels;
  labels.push_back(tr(ctx.lang, kNotGiven));
  if (ctx.without_programme) labels.push_back(tr(ctx.lang, kWithoutProgramme));
  return labels;
}

// The organisation row the filter keeps, if it has one.
std::optional<std::size_t> filtered_organisation(const Context& ctx) {
  if (ctx.filter.organisation.empty()) return std::nullopt;
  const auto it = std::lower_bound(ctx.organisations.begin(), ctx.organisations.end(), ctx.filter.organisation);
  return static_cast<std::size_t>(it - ctx.organisations.begin());
}

// A cell's people (or their hours) per organisation: by code while people come, as the rows of
// organisation_rows once every code is known; the last one is the total.
template <typename Tally>
class ByOrganisation {
 public:
  Tally& row(const ResultFile& file) {
    if (!file.programme) return without_programme_;
    if (!file.organisation) return not_given_;
    return by_code_[*file.organisation];
  }
  Tally& total() { return total_; }

  std::vector<Tally> rows(const Context& ctx) const {
    std::vector<Tally> rows;
    for (const std::string& code : ctx.organisations) {
      const auto it = by_code_.find(code);
      rows.push_back(it == by_code_.end() ? Tally{} : it->second);
    }
    rows.push_back(not_given_);
    if (ctx.without_programme) rows.push_back(without_programme_);
    rows.push_back(total_);
    return rows;
  }

 private:
  std::map<std::string, Tally> by_code_;  // as many as organisations, not people
  Tally not_given_, without_programme_, total_;
};

class OrganisationTally {
 public:
  void add(const Person& p) {
    people_.row(*p.file).add(p.key);
    people_.total().add(p.key);
  }
  ReportTable finish(const Context& ctx) const {
    return people_table(kOrganisationTable, kOrganisation, ctx, organisation_rows(ctx), people_.rows(ctx),
                        filtered_organisation(ctx));
  }

 private:
  ByOrganisation<Group> people_;
};

Quantity hours_quantity(const Context& ctx, const std::string& what) {
  return Quantity{"hours" + what + ctx.period_tag, kHoursNoiseFloor};
}

// A sum of self-assessment scores: each 0..100 points.
Magnitude scores() { return Magnitude{0.0, 100.0, {}, 0.0, 0.0, {}, {}}; }

bool in_programme(const Context& ctx, const std::string& module_id) {
  const auto& modules = ctx.setup.programme_modules;
  return modules.empty() || std::find(modules.begin(), modules.end(), module_id) != modules.end();
}

class CoursesTally {
 public:
  explicit CoursesTally(const Catalog& catalog)
      : count_(catalog.modules.size()), started_(count_ + 1), completed_(count_ + 1), hours_(count_ + 1) {}

  void add(const Context& ctx, const Person& p) {
    const Selection& s = ctx.selection;
    for (const ModuleRecord& m : p.file->modules) {
      const auto it = std::find_if(ctx.catalog.modules.begin(), ctx.catalog.modules.end(),
                                   [&m](const Module& module) { return module.id == m.module_id; });
      if (it == ctx.catalog.modules.end()) continue;
      const auto i = static_cast<std::size_t>(it - ctx.catalog.modules.begin());
      if (s.started(m)) {
        for (std::size_t row : {i, count_}) {
          started_[row].add(p.key);
          hours_[row].add(p.key, m.hours);
        }
      }
      if (s.completed(m)) {
        completed_[i].add(p.key);
        completed_[count_].add(p.key);
      }
    }
  }

  ReportTable finish(const Context& ctx) const {
    ReportTable table = start_table(kCourses, ctx.lang, kCourse);
    for (Phrase head : {kStarted, kCompleted, kHoursInAll, kHoursPerStart}) table.columns.push_back(tr(ctx.lang, head));
    for (std::size_t i = 0; i <= count_; ++i) {
      ReportRow row;
      row.total = i == count_;
      row.label = row.total ? tr(ctx.lang, kTotal) : ctx.catalog.modules[i].title.in(ctx.lang);
      if (!row.total && !in_programme(ctx, ctx.catalog.modules[i].id)) {
        row.cells.assign(4, none_cell());
      } else {
        const Quantity q = hours_quantity(ctx, row.total ? ":courses" : ":" + ctx.catalog.modules[i].id);
        row.cells = {count_cell(started_[i]), count_cell(completed_[i]), sum_cell(hours_[i], q),
                     mean_cell(hours_[i], q)};
      }
      table.rows.push_back(std::move(row));
    }
    add_line_sums(table, count_ + 1, 2, false);
    return table;
  }

 private:
  std::size_t count_;
  std::vector<Group> started_, completed_;
  std::vector<Magnitude> hours_;
};

class HoursTally {
 public:
  void add(const Context& ctx, const Person& p) {
    double h = 0.0;
    for (const ModuleRecord& m : p.file->modules) {
      if (ctx.selection.started(m) || ctx.selection.completed(m)) h += m.hours;
    }
    hours_.row(*p.file).add(p.key, h);
    hours_.total().add(p.key, h);
  }

  ReportTable finish(const Context& ctx) const {
    const std::vector<std::string> labels = organisation_rows(ctx);
    const std::vector<Magnitude> hours = hours_.rows(ctx);
    ReportTable table = start_table(kHours, ctx.lang, kOrganisation);
    for (Phrase head : {kParticipants, kHoursInAll, kHoursEach}) table.columns.push_back(tr(ctx.lang, head));
    const Quantity q = hours_quantity(ctx, "");
    const std::optional<std::size_t> only = filtered_organisation(ctx);
    for (std::size_t i = 0; i < hours.size(); ++i) {
      ReportRow row;
      row.total = i == labels.size();
      row.label = row.total ? tr(ctx.lang, kTotal) : labels[i];
      if (!row.total && only && *only != i) {
        row.cells.assign(3, none_cell());
      } else {
        row.cells = {count_cell(hours[i].group), sum_cell(hours[i], q), mean_cell(hours[i], q)};
      }
      table.rows.push_back(std::move(row));
    }
    add_line_sums(table, hours.size(), 1, false);
    return table;
  }

 private:
  ByOrganisation<Magnitude> hours_;
};

// "T0 antal": the rounds by their short names, so eight columns fit on a page; the table's note
// says what T0, T1 and T2 are.
std::string round_head(Lang lang, Round round, Phrase what) {
  return std::string(round_id(round)) + " " + tr(lang, what);
}

Quantity score_quantity(Round round, Area area) {
  return Quantity{std::string("score:") + round_id(round) + ":" + std::to_string(area_number(area)), kScoreNoiseFloor};
}

template <typename T, std::size_t N>
using PerArea = std::array<std::array<T, N>, kAreaCount>;

template <std::size_t N>
PerArea<Magnitude, N> score_tallies() {
  PerArea<Magnitude, N> tallies;
  for (auto& area : tallies) area.fill(scores());
  return tallies;
}

class SelfAssessmentTally {
 public:
  void add(const Context& ctx, const Person& p) {
    for (std::size_t r = 0; r < kAllRounds.size(); ++r) {
      const RoundFacts* facts = ctx.selection.round(p, kAllRounds[r]);
      if (facts == nullptr) continue;
      for (std::size_t a = 0; a < kAreaCount; ++a) {
        if (facts->scores[a]) answered_[a][r].add(p.key, *facts->scores[a]);
      }
    }
  }

  ReportTable finish(const Context& ctx) const {
    ReportTable table = start_table(kSelfAssessment, ctx.lang, kArea);
    for (Round round : kAllRounds) {
      table.columns.push_back(round_head(ctx.lang, round, kRespondents));
      table.columns.push_back(round_head(ctx.lang, round, kMean));
    }
    for (Area area : kAllAreas) {
      const auto a = static_cast<std::size_t>(area);
      ReportRow row;
      row.label = tr(ctx.lang, area_name(area));
      for (std::size_t r = 0; r < kAllRounds.size(); ++r) {
        row.cells.push_back(count_cell(answered_[a][r].group));
        row.cells.push_back(mean_cell(answered_[a][r], score_quantity(kAllRounds[r], area)));
      }
      table.rows.push_back(std::move(row));
    }
    return table;
  }

 private:
  PerArea<Magnitude, 3> answered_ = score_tallies<3>();  // by area, then round
};

class ChangeTally {
 public:
  void add(const Context& ctx, const Person& p) {
    const RoundFacts* first = ctx.selection.round(p, Round::t0);
    if (first == nullptr) return;
    for (std::size_t r = 0; r < kLater.size(); ++r) {
      const RoundFacts* second = ctx.selection.round(p, kLater[r]);
      if (second == nullptr) continue;
      for (std::size_t a = 0; a < kAreaCount; ++a) {
        if (!first->scores[a] || !second->scores[a]) continue;
        before_[a][r].add(p.key, *first->scores[a]);
        after_[a][r].add(p.key, *second->scores[a]);
      }
    }
  }

  ReportTable finish(const Context& ctx) const {
    ReportTable table = start_table(kChangeTable, ctx.lang, kArea);
    for (Round round : kLater) {
      const std::string pair = std::string(round_id(Round::t0)) + "–" + round_id(round);
      for (Phrase what : {kRespondents, kMeanBefore, kMeanAfter, kChange}) {
        table.columns.push_back(pair + " " + tr(ctx.lang, what));
      }
    }
    for (Area area : kAllAreas) {
      const auto a = static_cast<std::size_t>(area);
      ReportRow row;
      row.label = tr(ctx.lang, area_name(area));
      for (std::size_t r = 0; r < kLater.size(); ++r) {
        const Cell mean_before = mean_cell(before_[a][r], score_quantity(Round::t0, area));
        const Cell mean_after = mean_cell(after_[a][r], score_quantity(kLater[r], area));
        row.cells.push_back(count_cell(before_[a][r].group));
        row.cells.push_back(mean_before);
        row.cells.push_back(mean_after);
        row.cells.push_back(difference_cell(mean_after, mean_before));
      }
      table.rows.push_back(std::move(row));
    }
    return table;
  }

 private:
  static constexpr std::array<Round, 2> kLater = {Round::t1, Round::t2};
  PerArea<Magnitude, 2> before_ = score_tallies<2>(), after_ = score_tallies<2>();  // by area, then later round
};

class EvaluationTally {
 public:
  explicit EvaluationTally(const Catalog& catalog)
      : items_(catalog.instrument ? catalog.instrument->evaluation.size() : 0) {}

  void add(const Context& ctx, const Person& p) {
    for (std::size_t r = 0; r < kRounds.size(); ++r) {
      const RoundFacts* facts = ctx.selection.round(p, kRounds[r]);
      if (facts == nullptr) continue;
      for (std::size_t i = 0; i < items_.size(); ++i) {
        const EvaluationItem& item = ctx.catalog.instrument->evaluation[i];
        if (!round_asks_item(kRounds[r], item)) continue;
        const auto it = facts->round->evaluation.find(item.id);
        if (it == facts->round->evaluation.end()) continue;
        items_[i][r].answered.add(p.key);
        if (it->second >= 4) items_[i][r].top.add(p.key);
      }
    }
  }

  ReportTable finish(const Context& ctx) const {
    ReportTable table = start_table(kEvaluation, ctx.lang, kEvaluationItem);
    for (Round round : kRounds) {
      table.columns.push_back(round_head(ctx.lang, round, kRespondents));
      table.columns.push_back(round_head(ctx.lang, round, kTopTwo));
    }
    for (std::size_t i = 0; i < items_.size(); ++i) {
      const EvaluationItem& item = ctx.catalog.instrument->evaluation[i];
      ReportRow row;
      row.label = item.text.in(ctx.lang);
      for (std::size_t r = 0; r < kRounds.size(); ++r) {
        if (!round_asks_item(kRounds[r], item)) {  // T2 asks only the use items again
          row.cells.insert(row.cells.end(), 2, none_cell());
          continue;
        }
        row.cells.push_back(count_cell(items_[i][r].answered));
        row.cells.push_back(share_cell(items_[i][r].top, items_[i][r].answered));
      }
      table.rows.push_back(std::move(row));
    }
    return table;
  }

 private:
  static constexpr std::array<Round, 2> kRounds = {Round::t1, Round::t2};
  struct Answers {
    Group answered, top;
  };
  std::vector<std::array<Answers, 2>> items_;  // by evaluation item, then round
};

class ManagerTally {
 public:
  explicit ManagerTally(const Catalog& catalog) {
    if (!catalog.manager_survey) return;
    for (const SurveyQuestion& question : catalog.manager_survey->questions) {
      questions_.push_back(Answers{{}, std::vector<Group>(question.options.size())});
    }
  }

  void add(const Context& ctx, const Person& p) {
    const ManagerRecord* manager = ctx.selection.manager(p);
    if (manager == nullptr) return;
    for (std::size_t q = 0; q < questions_.size(); ++q) {
      const SurveyQuestion& question = ctx.catalog.manager_survey->questions[q];
      const auto it = manager->answers.find(question.id);
      // Files from before a question was made to follow another may answer it where it is not asked.
      if (it == manager->answers.end() ||
          !survey_question_asked(*ctx.catalog.manager_survey, question, manager->answers)) {
        continue;
      }
      questions_[q].answered.add(p.key);
      for (std::size_t o = 0; o < question.options.size(); ++o) {
        if (std::find(it->second.begin(), it->second.end(), question.options[o].id) != it->second.end()) {
          questions_[q].chose[o].add(p.key);
        }
      }
    }
  }

  ReportTable finish(const Context& ctx) const {
    ReportTable table = start_table(kManager, ctx.lang, kQuestionAnswer);
    for (Phrase head : {kManagersAnswered, kChose, kShare}) table.columns.push_back(tr(ctx.lang, head));
    for (std::size_t q = 0; q < questions_.size(); ++q) {
      const SurveyQuestion& question = ctx.catalog.manager_survey->questions[q];
      const Answers& answers = questions_[q];
      const std::size_t first = table.rows.size();
      TableSum sum{{}, CellRef{first, 0}};
      for (std::size_t o = 0; o < question.options.size(); ++o) {
        ReportRow row;
        const std::string& prompt = question.prompt.in(ctx.lang);
        const bool punctuated = !prompt.empty() && (prompt.back() == '?' || prompt.back() == '.');
        row.label = prompt + (punctuated ? " " : ": ") + question.options[o].text.in(ctx.lang);
        row.cells = {count_cell(answers.answered), count_cell(answers.chose[o]),
                     share_cell(answers.chose[o], answers.answered)};
        sum.parts.push_back(CellRef{first + o, 1});
        table.rows.push_back(std::move(row));
      }
      // One answer each: the options add up to those who answered.
      if (!question.multiple) table.sums.push_back(std::move(sum));
    }
    return table;
  }

 private:
  struct Answers {
    Group answered;
    std::vector<Group> chose;  // by option
  };
  std::vector<Answers> questions_;  // by survey question
};

// The quarter from which a follow-up is due for everyone who answered T1 in `t1`: T1 may have been
// finished on the quarter's last day, so the follow-up opens by the end of that month + interval.
Period follow_up_due(Period t1, int months) {
  const int month_index = t1.year * 12 + (t1.quarter * 3 - 1) + months;  // 0-based months since year 0
  return period_from_month(month_index / 12, month_index % 12 + 1);
}

class ResponseTally {
 public:
  void add(const Context& ctx, const Person& p) {
    everyone_.add(p.key);
    for (std::size_t r = 0; r < kAllRounds.size(); ++r) {
      const Round round = kAllRounds[r];
      const bool now = ctx.selection.round(p, round) != nullptr;
      if (now) rounds_[r].answered.add(p.key);
      bool eligible = false;
      if (round == Round::t1) {
        for (const ModuleRecord& m : p.file->modules) eligible = eligible || m.completed.has_value();
      } else if (round == Round::t2) {
        const RoundFacts& t1 = p.rounds[static_cast<std::size_t>(Round::t1)];
        eligible = t1.round != nullptr &&
                   !(ctx.setup.now < follow_up_due(t1.round->period, ctx.setup.t2_interval_months));
      }
      if (!eligible) continue;
      rounds_[r].could.add(p.key);
      if (!now) rounds_[r].dropped.add(p.key);
    }
  }

  ReportTable finish(const Context& ctx) const {
    ReportTable table = start_table(kResponse, ctx.lang, kRound);
    for (Phrase head : {kParticipants, kAnswered, kShare, kCouldAnswer, kDropOut, kDropOutShare}) {
      table.columns.push_back(tr(ctx.lang, head));
    }
    const bool by_period = ctx.selection.period.has_value();
    if (by_period) table.note += tr(ctx.lang, kResponseByPeriod);
    for (std::size_t r = 0; r < kAllRounds.size(); ++r) {
      const Round round = kAllRounds[r];
      const Answers& a = rounds_[r];
      ReportRow row;
      row.label = tr(ctx.lang, round_name(round));
      row.cells = {count_cell(everyone_), count_cell(a.answered), share_cell(a.answered, everyone_)};
      if (by_period || round == Round::t0) {
        row.cells.insert(row.cells.end(), 3, none_cell());
      } else {
        row.cells.push_back(count_cell(a.could));
        row.cells.push_back(count_cell(a.dropped));
        row.cells.push_back(share_cell(a.dropped, a.could));
      }
      table.rows.push_back(std::move(row));
    }
    return table;
  }

 private:
  struct Answers {
    Group answered, could, dropped;
  };
  Group everyone_;
  std::array<Answers, 3> rounds_;  // by round
};

// The filters' options: every participant's values, whatever the filter.
class ChoicesTally {
 public:
  void add(const ResultFile& file) {
    if (file.programme && file.organisation) organisations_.insert(*file.organisation);
    if (!file.background.role_family.empty()) roles_.insert(file.background.role_family);
    if (!file.background.work_setting.empty()) settings_.insert(file.background.work_setting);
    for (const AssessmentRound& round : file.rounds) periods_.insert(round.period);
    for (const ModuleRecord& m : file.modules) {
      periods_.insert(m.started);
      if (m.completed) periods_.insert(*m.completed);
    }
    if (file.manager) periods_.insert(file.manager->period);
  }

  FilterChoices finish() const {
    FilterChoices choices;
    choices.organisations.assign(organisations_.begin(), organisations_.end());
    for (const auto& option : background_question("role_family").options) {
      if (roles_.count(option.id) > 0) choices.role_families.push_back(option.id);
    }
    for (const auto& option : background_question("work_setting").options) {
      if (settings_.count(option.id) > 0) choices.work_settings.push_back(option.id);
    }
    choices.periods.assign(periods_.begin(), periods_.end());
    return choices;
  }

 private:
  std::set<std::string> organisations_, roles_, settings_;
  std::set<Period> periods_;
};

std::vector<ChartBar> chart_of(const ReportTable& self_assessment, Lang lang) {
  std::vector<ChartBar> bars;
  for (Area area : kAllAreas) {
    const ReportRow& row = self_assessment.rows[static_cast<std::size_t>(area)];
    for (std::size_t r = 0; r < kAllRounds.size(); ++r) {
      const Cell& mean = row.cells[2 * r + 1];
      ChartBar bar;
      bar.area = tr(lang, area_name(area));
      bar.round = kAllRounds[r];
      if (mean.shown()) bar.score = mean.value;
      bars.push_back(std::move(bar));
    }
  }
  return bars;
}

}  // namespace

// ---- [SECTION] The report ------------------------------------------------------------------------

// Every table's tally, and what the rows and the filter's check need at the end.
struct ReportTally::Tallies {
  Tallies(const Catalog& catalog, const ReportFilter& filter_, Lang lang, const ReportSetup& setup_,
          bool without_programme)
      : filter(filter_),
        setup(setup_),
        ctx{catalog, lang, setup, filter, Selection{filter.period}, "", {}, {}, without_programme},
        courses(catalog),
        evaluation(catalog),
        managers(catalog) {
    setup.keys = nullptr;  // the keys come with each participant
    if (filter.period) ctx.period_tag = "@" + to_string(*filter.period);
  }

  ReportFilter filter;
  ReportSetup setup;
  Context ctx;
  ChoicesTally choices;
  Group everyone;  // the selected participants
  GenderAgeTally gender_age;
  AnswerTally role_families{kRoleFamily, "role_family"};
  AnswerTally work_settings{kWorkSetting, "work_setting"};
  OrganisationTally organisations;
  CoursesTally courses;
  HoursTally hours;
  SelfAssessmentTally self_assessment;
  ChangeTally change;
  EvaluationTally evaluation;
  ManagerTally managers;
  ResponseTally response;
};

ReportTally::ReportTally(const Catalog& catalog, const ReportFilter& filter, Lang lang, const ReportSetup& setup,
                         bool without_programme)
    : tallies_(std::make_unique<Tallies>(catalog, filter, lang, setup, without_programme)) {}
ReportTally::ReportTally(ReportTally&&) noexcept = default;
ReportTally& ReportTally::operator=(ReportTally&&) noexcept = default;
ReportTally::~ReportTally() = default;

void ReportTally::add(const ResultFile& participant, RecordKey key) {
  Tallies& t = *tallies_;
  const Context& ctx = t.ctx;
  t.choices.add(participant);
  t.ctx.without_programme = t.ctx.without_programme || !participant.programme;
  const Person person = read_person(participant, key, ctx.catalog);
  if (!selected(person, t.filter)) return;
  t.everyone.add(key);
  t.gender_age.add(person);
  t.role_families.add(person);
  t.work_settings.add(person);
  t.organisations.add(person);
  t.courses.add(ctx, person);
  t.hours.add(ctx, person);
  t.self_assessment.add(ctx, person);
  t.change.add(ctx, person);
  t.evaluation.add(ctx, person);
  t.managers.add(ctx, person);
  t.response.add(ctx, person);
}

Report ReportTally::finish() const {
  const Tallies& t = *tallies_;
  Report report;
  report.lang = t.ctx.lang;
  report.filter = t.filter;
  report.choices = t.choices.finish();
  report.organisation_names = t.setup.organisation_names;

  Context ctx = t.ctx;
  std::set<std::string> codes(report.choices.organisations.begin(), report.choices.organisations.end());
  for (const auto& [code, name] : t.setup.organisation_names) codes.insert(code);
  ctx.organisations.assign(codes.begin(), codes.end());
  for (const std::string& code : ctx.organisations) {
    ctx.organisation_labels.push_back(organisation_label(code, t.setup.organisation_names));
  }

  report.participants = count_cell(t.everyone);
  if (t.filter.any() && t.everyone.perturbed() < kSmallestFilteredReport) {
    report.too_small = true;
    return report;
  }
  report.tables.push_back(t.gender_age.finish(ctx));
  report.tables.push_back(t.role_families.finish(ctx, t.filter.role_family));
  report.tables.push_back(t.work_settings.finish(ctx, t.filter.work_setting));
  report.tables.push_back(t.organisations.finish(ctx));
  report.tables.push_back(t.courses.finish(ctx));
  report.tables.push_back(t.hours.finish(ctx));
  report.tables.push_back(t.self_assessment.finish(ctx));
  report.tables.push_back(t.change.finish(ctx));
  report.tables.push_back(t.evaluation.finish(ctx));
  report.tables.push_back(t.managers.finish(ctx));
  report.tables.push_back(t.response.finish(ctx));
  report.chart = chart_of(report.tables[6], report.lang);
  return report;
}

FilterChoices filter_choices(const Workspace& workspace) {
  ChoicesTally choices;
  for (const auto& [code, file] : workspace.participants) choices.add(file);
  return choices.finish();
}

std::string organisation_label(const std::string& code, const OrganisationNames& names) {
  const auto it = names.find(code);
  if (it == names.end() || it->second.empty()) return code;
  return it->second + " (" + code + ")";
}

Report make_report(const Workspace& workspace, const Catalog& catalog, const ReportFilter& filter, Lang lang,
                   const ReportSetup& setup) {
  const RecordKeys no_keys;
  const RecordKeys& keys = setup.keys ? *setup.keys : no_keys;
  for (const auto& [code, file] : workspace.participants) {
    if (keys.count(code) > 0) continue;
    Report report;  // the page computes the keys after reading files: no tables until then
    report.lang = lang;
    report.filter = filter;
    report.choices = filter_choices(workspace);
    report.organisation_names = setup.organisation_names;
    report.keys_missing = true;
    return report;
  }
  ReportTally tally(catalog, filter, lang, setup, workspace.without_programme);
  for (const auto& [code, file] : workspace.participants) tally.add(file, keys.at(code));
  return tally.finish();
}

}  // namespace dl
