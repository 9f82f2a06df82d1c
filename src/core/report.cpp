// The programme's tables from the coordinator's workspace (report.hpp). Each person's figures are
// read once with their record key; every cell gathers the people it rests on as a Group (count
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
#include <functional>
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

struct Person {
  const ResultFile* file = nullptr;
  RecordKey key = 0;
  std::array<RoundFacts, 3> rounds;  // by Round; round == nullptr when not done
};

// Each participant with their record key; `missing` when some participant has none.
std::vector<Person> read_people(const Workspace& workspace, const Catalog& catalog, const RecordKeys& keys,
                                bool& missing) {
  std::vector<Person> people;
  people.reserve(workspace.participants.size());
  for (const auto& [code, file] : workspace.participants) {
    const auto key = keys.find(code);
    if (key == keys.end()) {
      missing = true;
      continue;
    }
    Person person;
    person.file = &file;
    person.key = key->second;
    for (const AssessmentRound& round : file.rounds) {
      if (!catalog.instrument || round.instrument_id != catalog.instrument->id) continue;
      RoundFacts& facts = person.rounds[static_cast<std::size_t>(round.round)];
      facts.round = &round;
      for (const AreaScore& score : score_areas(round.answers, *catalog.instrument)) {
        facts.scores[static_cast<std::size_t>(score.area)] = score.score;
      }
    }
    people.push_back(person);
  }
  return people;
}

// The people a filter keeps, and which of their rounds, courses and answers count.
struct Selection {
  std::vector<const Person*> people;
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

Selection select(const std::vector<Person>& people, const ReportFilter& filter) {
  Selection selection;
  selection.period = filter.period;
  for (const Person& person : people) {
    const ResultFile& file = *person.file;
    if (!filter.organisation.empty() && (!file.programme || file.organisation.value_or("") != filter.organisation)) {
      continue;
    }
    if (!filter.role_family.empty() && file.background.role_family != filter.role_family) continue;
    if (!filter.work_setting.empty() && file.background.work_setting != filter.work_setting) continue;
    if (filter.period && !active_in(person, *filter.period)) continue;
    selection.people.push_back(&person);
  }
  return selection;
}

// ---- [SECTION] Tables ---------------------------------------------------------------------------

struct Context {
  const Catalog& catalog;
  Lang lang;
  const ReportSetup& setup;
  const ReportFilter& filter;
  std::vector<std::string> organisations;        // codes: the programme's and those in files, sorted
  std::vector<std::string> organisation_labels;  // the same, as shown (organisation_label)
  bool without_programme = false;                // a row for files made without a programme
  std::string period_tag;                        // "" or "@2026-Q4": hours differ by period
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

ReportTable gender_age(const Context& ctx, const Selection& s) {
  const BackgroundQuestion& gender = background_question("gender");
  const BackgroundQuestion& age = background_question("age_band");
  const std::size_t rows = gender.options.size() + 1;     // options and "not answered"
  const std::size_t columns = age.options.size() + 1;
  std::vector<std::vector<Group>> groups(rows + 1, std::vector<Group>(columns + 1));
  for (const Person* p : s.people) {
    const std::size_t g = option_index(gender, p->file->background.gender);
    const std::size_t a = option_index(age, p->file->background.age_band);
    for (std::size_t r : {g, rows}) {
      for (std::size_t c : {a, columns}) groups[r][c].add(p->key);
    }
  }
  ReportTable table = start_table(kGenderAge, ctx.lang, gender.prompt);
  for (const auto& o : age.options) table.columns.push_back(tr(ctx.lang, o.label));
  table.columns.push_back(tr(ctx.lang, kNotAnswered));
  table.columns.push_back(tr(ctx.lang, kTotal));
  for (std::size_t r = 0; r <= rows; ++r) {
    ReportRow row;
    row.label = r < gender.options.size() ? tr(ctx.lang, gender.options[r].label)
                                          : tr(ctx.lang, r == rows ? kTotal : kNotAnswered);
    row.total = r == rows;
    for (std::size_t c = 0; c <= columns; ++c) row.cells.push_back(count_cell(groups[r][c]));
    table.rows.push_back(std::move(row));
  }
  add_line_sums(table, rows + 1, columns + 1, true);
  return table;
}

// One column of people per category, then `extra` rows (e.g. "not answered") and a total. When
// the filter keeps one category (`only`), the other rows are empty by definition ("–").
ReportTable people_by(const TableWords& words, Phrase head, const Context& ctx, const Selection& s,
                      const std::vector<std::string>& labels,
                      const std::function<std::size_t(const ResultFile&)>& category,
                      std::optional<std::size_t> only = std::nullopt) {
  std::vector<Group> groups(labels.size() + 1);
  for (const Person* p : s.people) {
    groups[category(*p->file)].add(p->key);
    groups.back().add(p->key);
  }
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

// A background question's options as row labels, then "not answered"; `chosen` is the filter's
// option ("" = all).
ReportTable people_by_answer(const TableWords& words, const char* question_id, const Context& ctx,
                             const Selection& s, const std::string& chosen) {
  const BackgroundQuestion& question = background_question(question_id);
  std::vector<std::string> labels;
  for (const auto& o : question.options) labels.push_back(tr(ctx.lang, o.label));
  labels.push_back(tr(ctx.lang, kNotAnswered));
  std::optional<std::size_t> only;
  if (!chosen.empty()) only = option_index(question, chosen);
  return people_by(
      words, question.prompt, ctx, s, labels,
      [&question](const ResultFile& f) {
        const std::string* answer = f.background.field(question.id);
        return option_index(question, answer ? *answer : std::string());
      },
      only);
}

// Organisation rows: the codes, "not given" (a programme file without a code), "without a
// programme" (when the workspace reads such files).
std::vector<std::string> organisation_rows(const Context& ctx) {
  std::vector<std::string> labels = ctx.organisation_labels;
  labels.push_back(tr(ctx.lang, kNotGiven));
  if (ctx.without_programme) labels.push_back(tr(ctx.lang, kWithoutProgramme));
  return labels;
}

std::size_t organisation_index(const Context& ctx, const ResultFile& file) {
  if (!file.programme) return ctx.organisations.size() + 1;
  if (!file.organisation) return ctx.organisations.size();
  const auto it = std::lower_bound(ctx.organisations.begin(), ctx.organisations.end(), *file.organisation);
  return static_cast<std::size_t>(it - ctx.organisations.begin());
}

// The organisation row the filter keeps, if it has one.
std::optional<std::size_t> filtered_organisation(const Context& ctx) {
  if (ctx.filter.organisation.empty()) return std::nullopt;
  const auto it = std::lower_bound(ctx.organisations.begin(), ctx.organisations.end(), ctx.filter.organisation);
  return static_cast<std::size_t>(it - ctx.organisations.begin());
}

ReportTable organisations(const Context& ctx, const Selection& s) {
  return people_by(
      kOrganisationTable, kOrganisation, ctx, s, organisation_rows(ctx),
      [&ctx](const ResultFile& f) { return organisation_index(ctx, f); }, filtered_organisation(ctx));
}

Quantity hours_quantity(const Context& ctx, const std::string& what) {
  return Quantity{"hours" + what + ctx.period_tag, kHoursNoiseFloor};
}

// A sum of self-assessment scores: each 0..100 points.
Magnitude scores() { return Magnitude{0.0, 100.0, {}, 0.0, 0.0, {}, {}}; }

bool in_programme(const Context& ctx, const std::string& module_id) {
  const auto& modules = ctx.setup.programme_modules;
  return modules.empty() || std::find(modules.begin(), modules.end(), module_id) != modules.end();
}

ReportTable courses(const Context& ctx, const Selection& s) {
  const std::size_t count = ctx.catalog.modules.size();
  std::vector<Group> started(count + 1), completed(count + 1);
  std::vector<Magnitude> hours(count + 1);
  for (const Person* p : s.people) {
    for (const ModuleRecord& m : p->file->modules) {
      const auto it = std::find_if(ctx.catalog.modules.begin(), ctx.catalog.modules.end(),
                                   [&m](const Module& module) { return module.id == m.module_id; });
      if (it == ctx.catalog.modules.end()) continue;
      const auto i = static_cast<std::size_t>(it - ctx.catalog.modules.begin());
      if (s.started(m)) {
        for (std::size_t row : {i, count}) {
          started[row].add(p->key);
          hours[row].add(p->key, m.hours);
        }
      }
      if (s.completed(m)) {
        completed[i].add(p->key);
        completed[count].add(p->key);
      }
    }
  }
  ReportTable table = start_table(kCourses, ctx.lang, kCourse);
  for (Phrase head : {kStarted, kCompleted, kHoursInAll, kHoursPerStart}) table.columns.push_back(tr(ctx.lang, head));
  for (std::size_t i = 0; i <= count; ++i) {
    ReportRow row;
    row.total = i == count;
    row.label = row.total ? tr(ctx.lang, kTotal) : ctx.catalog.modules[i].title.in(ctx.lang);
    if (!row.total && !in_programme(ctx, ctx.catalog.modules[i].id)) {
      row.cells.assign(4, none_cell());
    } else {
      const Quantity q = hours_quantity(ctx, row.total ? ":courses" : ":" + ctx.catalog.modules[i].id);
      row.cells = {count_cell(started[i]), count_cell(completed[i]), sum_cell(hours[i], q), mean_cell(hours[i], q)};
    }
    table.rows.push_back(std::move(row));
  }
  add_line_sums(table, count + 1, 2, false);
  return table;
}

ReportTable hours_by_organisation(const Context& ctx, const Selection& s) {
  const std::vector<std::string> labels = organisation_rows(ctx);
  std::vector<Magnitude> hours(labels.size() + 1);
  for (const Person* p : s.people) {
    double h = 0.0;
    for (const ModuleRecord& m : p->file->modules) {
      if (s.started(m) || s.completed(m)) h += m.hours;
    }
    hours[organisation_index(ctx, *p->file)].add(p->key, h);
    hours.back().add(p->key, h);
  }
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

// "T0 antal": the rounds by their short names, so eight columns fit on a page; the table's note
// says what T0, T1 and T2 are.
std::string round_head(Lang lang, Round round, Phrase what) {
  return std::string(round_id(round)) + " " + tr(lang, what);
}

Quantity score_quantity(Round round, Area area) {
  return Quantity{std::string("score:") + round_id(round) + ":" + std::to_string(area_number(area)), kScoreNoiseFloor};
}

ReportTable self_assessment(const Context& ctx, const Selection& s) {
  ReportTable table = start_table(kSelfAssessment, ctx.lang, kArea);
  for (Round round : kAllRounds) {
    table.columns.push_back(round_head(ctx.lang, round, kRespondents));
    table.columns.push_back(round_head(ctx.lang, round, kMean));
  }
  for (Area area : kAllAreas) {
    const auto a = static_cast<std::size_t>(area);
    ReportRow row;
    row.label = tr(ctx.lang, area_name(area));
    for (Round round : kAllRounds) {
      Magnitude answered = scores();
      for (const Person* p : s.people) {
        const RoundFacts* facts = s.round(*p, round);
        if (facts != nullptr && facts->scores[a]) answered.add(p->key, *facts->scores[a]);
      }
      row.cells.push_back(count_cell(answered.group));
      row.cells.push_back(mean_cell(answered, score_quantity(round, area)));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

ReportTable change(const Context& ctx, const Selection& s) {
  ReportTable table = start_table(kChangeTable, ctx.lang, kArea);
  const std::array<Round, 2> later = {Round::t1, Round::t2};
  for (Round round : later) {
    const std::string pair = std::string(round_id(Round::t0)) + "–" + round_id(round);
    for (Phrase what : {kRespondents, kMeanBefore, kMeanAfter, kChange}) {
      table.columns.push_back(pair + " " + tr(ctx.lang, what));
    }
  }
  for (Area area : kAllAreas) {
    const auto a = static_cast<std::size_t>(area);
    ReportRow row;
    row.label = tr(ctx.lang, area_name(area));
    for (Round round : later) {
      Magnitude before = scores(), after = scores();
      for (const Person* p : s.people) {
        const RoundFacts* first = s.round(*p, Round::t0);
        const RoundFacts* second = s.round(*p, round);
        if (first == nullptr || second == nullptr || !first->scores[a] || !second->scores[a]) continue;
        before.add(p->key, *first->scores[a]);
        after.add(p->key, *second->scores[a]);
      }
      const Cell mean_before = mean_cell(before, score_quantity(Round::t0, area));
      const Cell mean_after = mean_cell(after, score_quantity(round, area));
      row.cells.push_back(count_cell(before.group));
      row.cells.push_back(mean_before);
      row.cells.push_back(mean_after);
      row.cells.push_back(difference_cell(mean_after, mean_before));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

ReportTable evaluation(const Context& ctx, const Selection& s) {
  ReportTable table = start_table(kEvaluation, ctx.lang, kEvaluationItem);
  const std::array<Round, 2> rounds = {Round::t1, Round::t2};
  for (Round round : rounds) {
    table.columns.push_back(round_head(ctx.lang, round, kRespondents));
    table.columns.push_back(round_head(ctx.lang, round, kTopTwo));
  }
  if (!ctx.catalog.instrument) return table;
  for (const EvaluationItem& item : ctx.catalog.instrument->evaluation) {
    ReportRow row;
    row.label = item.text.in(ctx.lang);
    for (Round round : rounds) {
      if (!round_asks_item(round, item)) {  // T2 asks only the use items again
        row.cells.insert(row.cells.end(), 2, none_cell());
        continue;
      }
      Group answered, top;
      for (const Person* p : s.people) {
        const RoundFacts* facts = s.round(*p, round);
        if (facts == nullptr) continue;
        const auto it = facts->round->evaluation.find(item.id);
        if (it == facts->round->evaluation.end()) continue;
        answered.add(p->key);
        if (it->second >= 4) top.add(p->key);
      }
      row.cells.push_back(count_cell(answered));
      row.cells.push_back(share_cell(top, answered));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

ReportTable manager_indicators(const Context& ctx, const Selection& s) {
  ReportTable table = start_table(kManager, ctx.lang, kQuestionAnswer);
  for (Phrase head : {kManagersAnswered, kChose, kShare}) table.columns.push_back(tr(ctx.lang, head));
  if (!ctx.catalog.manager_survey) return table;
  for (const SurveyQuestion& question : ctx.catalog.manager_survey->questions) {
    Group answered;
    std::vector<Group> chose(question.options.size());
    for (const Person* p : s.people) {
      const ManagerRecord* manager = s.manager(*p);
      if (manager == nullptr) continue;
      const auto it = manager->answers.find(question.id);
      if (it == manager->answers.end()) continue;
      answered.add(p->key);
      for (std::size_t o = 0; o < question.options.size(); ++o) {
        if (std::find(it->second.begin(), it->second.end(), question.options[o].id) != it->second.end()) {
          chose[o].add(p->key);
        }
      }
    }
    const std::size_t first = table.rows.size();
    TableSum sum{{}, CellRef{first, 0}};
    for (std::size_t o = 0; o < question.options.size(); ++o) {
      ReportRow row;
      const std::string& prompt = question.prompt.in(ctx.lang);
      const bool punctuated = !prompt.empty() && (prompt.back() == '?' || prompt.back() == '.');
      row.label = prompt + (punctuated ? " " : ": ") + question.options[o].text.in(ctx.lang);
      row.cells = {count_cell(answered), count_cell(chose[o]), share_cell(chose[o], answered)};
      sum.parts.push_back(CellRef{first + o, 1});
      table.rows.push_back(std::move(row));
    }
    // One answer each: the options add up to those who answered.
    if (!question.multiple) table.sums.push_back(std::move(sum));
  }
  return table;
}

// The quarter from which a follow-up is due for everyone who answered T1 in `t1`: T1 may have been
// finished on the quarter's last day, so the follow-up opens by the end of that month + interval.
Period follow_up_due(Period t1, int months) {
  const int month_index = t1.year * 12 + (t1.quarter * 3 - 1) + months;  // 0-based months since year 0
  return period_from_month(month_index / 12, month_index % 12 + 1);
}

ReportTable response(const Context& ctx, const Selection& s) {
  ReportTable table = start_table(kResponse, ctx.lang, kRound);
  for (Phrase head : {kParticipants, kAnswered, kShare, kCouldAnswer, kDropOut, kDropOutShare}) {
    table.columns.push_back(tr(ctx.lang, head));
  }
  const bool by_period = s.period.has_value();
  if (by_period) table.note += tr(ctx.lang, kResponseByPeriod);
  Group everyone;
  for (const Person* p : s.people) everyone.add(p->key);
  for (Round round : kAllRounds) {
    Group answered, could, dropped;
    for (const Person* p : s.people) {
      const bool now = s.round(*p, round) != nullptr;
      if (now) answered.add(p->key);
      bool eligible = false;
      if (round == Round::t1) {
        for (const ModuleRecord& m : p->file->modules) eligible = eligible || m.completed.has_value();
      } else if (round == Round::t2) {
        const RoundFacts& t1 = p->rounds[static_cast<std::size_t>(Round::t1)];
        eligible = t1.round != nullptr &&
                   !(ctx.setup.now < follow_up_due(t1.round->period, ctx.setup.t2_interval_months));
      }
      if (!eligible) continue;
      could.add(p->key);
      if (!now) dropped.add(p->key);
    }
    ReportRow row;
    row.label = tr(ctx.lang, round_name(round));
    row.cells = {count_cell(everyone), count_cell(answered), share_cell(answered, everyone)};
    if (by_period || round == Round::t0) {
      row.cells.insert(row.cells.end(), 3, none_cell());
    } else {
      row.cells.push_back(count_cell(could));
      row.cells.push_back(count_cell(dropped));
      row.cells.push_back(share_cell(dropped, could));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

std::vector<ReportTable> make_tables(const Context& ctx, const Selection& s) {
  std::vector<ReportTable> tables;
  tables.push_back(gender_age(ctx, s));
  tables.push_back(people_by_answer(kRoleFamily, "role_family", ctx, s, ctx.filter.role_family));
  tables.push_back(people_by_answer(kWorkSetting, "work_setting", ctx, s, ctx.filter.work_setting));
  tables.push_back(organisations(ctx, s));
  tables.push_back(courses(ctx, s));
  tables.push_back(hours_by_organisation(ctx, s));
  tables.push_back(self_assessment(ctx, s));
  tables.push_back(change(ctx, s));
  tables.push_back(evaluation(ctx, s));
  tables.push_back(manager_indicators(ctx, s));
  tables.push_back(response(ctx, s));
  return tables;
}

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

FilterChoices filter_choices(const Workspace& workspace) {
  std::set<std::string> organisations;
  std::set<std::string> roles;
  std::set<std::string> settings;
  std::set<Period> periods;
  for (const auto& [code, file] : workspace.participants) {
    if (file.programme && file.organisation) organisations.insert(*file.organisation);
    if (!file.background.role_family.empty()) roles.insert(file.background.role_family);
    if (!file.background.work_setting.empty()) settings.insert(file.background.work_setting);
    for (const AssessmentRound& round : file.rounds) periods.insert(round.period);
    for (const ModuleRecord& m : file.modules) {
      periods.insert(m.started);
      if (m.completed) periods.insert(*m.completed);
    }
    if (file.manager) periods.insert(file.manager->period);
  }
  FilterChoices choices;
  choices.organisations.assign(organisations.begin(), organisations.end());
  for (const auto& option : background_question("role_family").options) {
    if (roles.count(option.id) > 0) choices.role_families.push_back(option.id);
  }
  for (const auto& option : background_question("work_setting").options) {
    if (settings.count(option.id) > 0) choices.work_settings.push_back(option.id);
  }
  choices.periods.assign(periods.begin(), periods.end());
  return choices;
}

std::string organisation_label(const std::string& code, const OrganisationNames& names) {
  const auto it = names.find(code);
  if (it == names.end() || it->second.empty()) return code;
  return it->second + " (" + code + ")";
}

Report make_report(const Workspace& workspace, const Catalog& catalog, const ReportFilter& filter, Lang lang,
                   const ReportSetup& setup) {
  Report report;
  report.lang = lang;
  report.filter = filter;
  report.choices = filter_choices(workspace);
  report.organisation_names = setup.organisation_names;

  const RecordKeys no_keys;
  bool missing = false;
  const std::vector<Person> people = read_people(workspace, catalog, setup.keys ? *setup.keys : no_keys, missing);
  if (missing) {
    report.keys_missing = true;
    return report;
  }

  Context ctx{catalog, lang, setup, filter, {}, {}, workspace.without_programme, ""};
  for (const Person& p : people) ctx.without_programme = ctx.without_programme || !p.file->programme;
  std::set<std::string> codes(report.choices.organisations.begin(), report.choices.organisations.end());
  for (const auto& [code, name] : setup.organisation_names) codes.insert(code);
  ctx.organisations.assign(codes.begin(), codes.end());
  for (const std::string& code : ctx.organisations) {
    ctx.organisation_labels.push_back(organisation_label(code, setup.organisation_names));
  }
  if (filter.period) ctx.period_tag = "@" + to_string(*filter.period);

  const Selection selection = select(people, filter);
  Group everyone;
  for (const Person* p : selection.people) everyone.add(p->key);
  report.participants = count_cell(everyone);
  if (filter.any() && everyone.perturbed() < kSmallestFilteredReport) {
    report.too_small = true;
    return report;
  }
  report.tables = make_tables(ctx, selection);
  report.chart = chart_of(report.tables[6], lang);
  return report;
}

}  // namespace dl
