// The programme's tables from the coordinator's workspace (report.hpp): each person's figures are
// read once, the tables are counted for the filter and for every coarser filter, and then the
// suppression rules run: primary (count_cell, mean_cell), differencing, secondary, and figures
// that rest on a hidden count hidden with it.
#include "report.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <set>

#include "background.hpp"
#include "round.hpp"
#include "scoring.hpp"
#include "suppression.hpp"

namespace dl {
namespace {

// ---- Words --------------------------------------------------------------------------------------

constexpr Phrase kTotal{"Totalt", "Total"};
constexpr Phrase kNotAnswered{"Ej besvarat", "Not answered"};
constexpr Phrase kNotGiven{"Ej angiven", "Not given"};
constexpr Phrase kParticipants{"Deltagare", "Participants"};
constexpr Phrase kStarted{"Påbörjat", "Started"};
constexpr Phrase kCompleted{"Slutfört", "Completed"};
constexpr Phrase kHoursInAll{"Timmar sammanlagt", "Hours in all"};
constexpr Phrase kHoursEach{"Timmar per deltagare", "Hours per participant"};
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
constexpr Phrase kDropOut{"Bortfall sedan föregående omgång", "Drop-out since the previous round"};
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
const TableWords kOrganisationTable{
    "deltagare-organisation",
    {"Deltagare efter organisation", "Participants by organisation"},
    {"Antal personer per organisation i programmet.", "Number of people per organisation in the programme."}};
const TableWords kCourses{
    "kurser",
    {"Kurser: påbörjade och slutförda", "Courses: started and completed"},
    {"Antal personer som har börjat och slutfört varje kurs, och deras aktiva tid i kursen. Raden "
     "Totalt räknar en person en gång för varje kurs.",
     "Number of people who started and completed each course, and their active time in it. The "
     "Total row counts a person once for each course."}};
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
    {"Medelpoäng från 0 till 100 för dem som har svarat vid varje tillfälle: T0 före kurserna, T1 "
     "efter kursen, T2 uppföljningen. Svaret Ej aktuellt räknas inte.",
     "Mean score from 0 to 100 for those who answered at each round: T0 before the courses, T1 "
     "after the course, T2 the follow-up. The answer Not relevant does not count."}};
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
    {"Hur många av deltagarna som har gjort självskattningen vid varje tillfälle, och hur många som "
     "svarade förra gången men inte den här gången.",
     "How many of the participants did the self-assessment at each round, and how many answered "
     "the time before but not this time."}};

// ---- Each person's figures, read once -------------------------------------------------------------

struct RoundFacts {
  const AssessmentRound* round = nullptr;
  std::array<std::optional<int>, kAreaCount> scores;
};

struct Person {
  const ResultFile* file = nullptr;
  std::array<RoundFacts, 3> rounds;  // by Round; round == nullptr when not done
};

std::vector<Person> read_people(const Workspace& workspace, const Catalog& catalog) {
  std::vector<Person> people;
  people.reserve(workspace.participants.size());
  for (const auto& [code, file] : workspace.participants) {
    Person person;
    person.file = &file;
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
    if (!filter.organisation.empty() && file.organisation.value_or("") != filter.organisation) continue;
    if (!filter.role_family.empty() && file.background.role_family != filter.role_family) continue;
    if (filter.period && !active_in(person, *filter.period)) continue;
    selection.people.push_back(&person);
  }
  return selection;
}

// ---- Tables as counted, before differencing and secondary suppression ---------------------------

// A figure computed from counts: hidden whenever one of them is.
struct Dependency {
  CellRef derived;
  std::vector<CellRef> basis;
};

struct Counted {
  ReportTable table;
  std::vector<Dependency> dependencies;
  std::vector<std::pair<CellRef, CellRef>> copies;  // (from, to): the same figure shown twice
  std::vector<CellRef> everyone;                    // cells that count every participant
};

struct Context {
  const Catalog& catalog;
  Lang lang;
  std::vector<std::string> organisations;  // codes in the workspace, sorted
  std::vector<std::string> organisation_labels;  // the same, as shown (organisation_label)
};

Counted start_table(const TableWords& words, Lang lang, Phrase head) {
  Counted counted;
  counted.table.id = words.id;
  counted.table.title = tr(lang, words.title);
  counted.table.note = tr(lang, words.note);
  counted.table.columns.push_back(tr(lang, head));
  return counted;
}

// A total that may count a person more than once (a person per course): hidden when it rests on
// 1–4 people, shown "x" when the sum itself is 5 or more.
Cell sum_cell(int people, long long sum) {
  Cell cell = count_cell(people);
  if (people > 0) cell.value = static_cast<double>(sum);
  if (cell.suppressed && sum >= kMinGroupSize) cell.secondary = true;
  return cell;
}

Cell mean_of(int n, double sum) { return mean_cell(n, n > 0 ? sum / n : 0.0); }

// The sums of a table whose last row and (when `columns` > 1) last column are totals.
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

Counted gender_age(const Context& ctx, const Selection& s) {
  const BackgroundQuestion& gender = background_question("gender");
  const BackgroundQuestion& age = background_question("age_band");
  const std::size_t rows = gender.options.size() + 1;
  const std::size_t columns = age.options.size() + 1;
  std::vector<std::vector<int>> n(rows + 1, std::vector<int>(columns + 1, 0));
  for (const Person* p : s.people) {
    const std::size_t g = option_index(gender, p->file->background.gender);
    const std::size_t a = option_index(age, p->file->background.age_band);
    ++n[g][a];
    ++n[g][columns];
    ++n[rows][a];
    ++n[rows][columns];
  }
  Counted counted = start_table(kGenderAge, ctx.lang, gender.prompt);
  for (const auto& o : age.options) counted.table.columns.push_back(tr(ctx.lang, o.label));
  counted.table.columns.push_back(tr(ctx.lang, kNotAnswered));
  counted.table.columns.push_back(tr(ctx.lang, kTotal));
  for (std::size_t r = 0; r <= rows; ++r) {
    ReportRow row;
    row.label = r < gender.options.size() ? tr(ctx.lang, gender.options[r].label)
                                          : tr(ctx.lang, r == rows ? kTotal : kNotAnswered);
    row.total = r == rows;
    for (std::size_t c = 0; c <= columns; ++c) row.cells.push_back(count_cell(n[r][c]));
    counted.table.rows.push_back(std::move(row));
  }
  add_line_sums(counted.table, rows + 1, columns + 1, true);
  counted.everyone.push_back(CellRef{rows, columns});
  return counted;
}

// One column of people per category, "no answer" and a total.
Counted people_by(const TableWords& words, Phrase head, const Context& ctx, const Selection& s,
                  const std::vector<std::string>& labels, Phrase none,
                  const std::function<std::size_t(const ResultFile&)>& category) {
  std::vector<int> n(labels.size() + 2, 0);
  for (const Person* p : s.people) {
    ++n[category(*p->file)];
    ++n.back();
  }
  Counted counted = start_table(words, ctx.lang, head);
  counted.table.columns.push_back(tr(ctx.lang, kParticipants));
  for (std::size_t r = 0; r < n.size(); ++r) {
    ReportRow row;
    row.label = r < labels.size() ? labels[r] : tr(ctx.lang, r + 1 == n.size() ? kTotal : none);
    row.total = r + 1 == n.size();
    row.cells.push_back(count_cell(n[r]));
    counted.table.rows.push_back(std::move(row));
  }
  add_line_sums(counted.table, n.size(), 1, false);
  counted.everyone.push_back(CellRef{n.size() - 1, 0});
  return counted;
}

Counted role_families(const Context& ctx, const Selection& s) {
  const BackgroundQuestion& role = background_question("role_family");
  std::vector<std::string> labels;
  for (const auto& o : role.options) labels.push_back(tr(ctx.lang, o.label));
  return people_by(kRoleFamily, role.prompt, ctx, s, labels, kNotAnswered,
                   [&role](const ResultFile& f) { return option_index(role, f.background.role_family); });
}

std::size_t organisation_index(const Context& ctx, const ResultFile& file) {
  if (!file.organisation) return ctx.organisations.size();
  const auto it = std::lower_bound(ctx.organisations.begin(), ctx.organisations.end(), *file.organisation);
  return static_cast<std::size_t>(it - ctx.organisations.begin());
}

Counted organisations(const Context& ctx, const Selection& s) {
  return people_by(kOrganisationTable, kOrganisation, ctx, s, ctx.organisation_labels, kNotGiven,
                   [&ctx](const ResultFile& f) { return organisation_index(ctx, f); });
}

Counted courses(const Context& ctx, const Selection& s) {
  const std::size_t count = ctx.catalog.modules.size();
  std::vector<int> started(count, 0), completed(count, 0);
  std::vector<double> hours(count, 0.0);
  int anyone_started = 0, anyone_completed = 0;
  for (const Person* p : s.people) {
    bool did_start = false, did_complete = false;
    for (const ModuleRecord& m : p->file->modules) {
      const auto it = std::find_if(ctx.catalog.modules.begin(), ctx.catalog.modules.end(),
                                   [&m](const Module& module) { return module.id == m.module_id; });
      if (it == ctx.catalog.modules.end()) continue;
      const auto i = static_cast<std::size_t>(it - ctx.catalog.modules.begin());
      if (s.started(m)) {
        ++started[i];
        hours[i] += m.hours;
        did_start = true;
      }
      if (s.completed(m)) {
        ++completed[i];
        did_complete = true;
      }
    }
    anyone_started += did_start ? 1 : 0;
    anyone_completed += did_complete ? 1 : 0;
  }
  Counted counted = start_table(kCourses, ctx.lang, kCourse);
  for (Phrase head : {kStarted, kCompleted, kHoursInAll, kHoursEach}) counted.table.columns.push_back(tr(ctx.lang, head));
  long long starts = 0, completions = 0;
  double all_hours = 0.0;
  for (std::size_t i = 0; i <= count; ++i) {
    ReportRow row;
    row.total = i == count;
    if (i < count) {
      row.label = ctx.catalog.modules[i].title.in(ctx.lang);
      row.cells = {count_cell(started[i]), count_cell(completed[i]), mean_cell(started[i], hours[i]),
                   mean_of(started[i], hours[i])};
      starts += started[i];
      completions += completed[i];
      all_hours += hours[i];
    } else {
      row.label = tr(ctx.lang, kTotal);
      row.cells = {sum_cell(anyone_started, starts), sum_cell(anyone_completed, completions),
                   mean_cell(anyone_started, all_hours), mean_of(anyone_started, all_hours)};
    }
    for (std::size_t c : {std::size_t{2}, std::size_t{3}}) {
      counted.dependencies.push_back(Dependency{CellRef{i, c}, {CellRef{i, 0}}});
    }
    counted.table.rows.push_back(std::move(row));
  }
  add_line_sums(counted.table, count + 1, 2, false);
  return counted;
}

Counted hours_by_organisation(const Context& ctx, const Selection& s) {
  const std::size_t count = ctx.organisations.size() + 1;
  std::vector<int> n(count + 1, 0);
  std::vector<double> hours(count + 1, 0.0);
  for (const Person* p : s.people) {
    double h = 0.0;
    for (const ModuleRecord& m : p->file->modules) {
      if (s.started(m) || s.completed(m)) h += m.hours;
    }
    const std::size_t i = organisation_index(ctx, *p->file);
    ++n[i];
    ++n[count];
    hours[i] += h;
    hours[count] += h;
  }
  Counted counted = start_table(kHours, ctx.lang, kOrganisation);
  for (Phrase head : {kParticipants, kHoursInAll, kHoursEach}) counted.table.columns.push_back(tr(ctx.lang, head));
  for (std::size_t i = 0; i <= count; ++i) {
    ReportRow row;
    row.total = i == count;
    row.label = i < ctx.organisations.size() ? ctx.organisation_labels[i] : tr(ctx.lang, row.total ? kTotal : kNotGiven);
    row.cells = {count_cell(n[i]), mean_cell(n[i], hours[i]), mean_of(n[i], hours[i])};
    counted.dependencies.push_back(Dependency{CellRef{i, 1}, {CellRef{i, 0}}});
    counted.dependencies.push_back(Dependency{CellRef{i, 2}, {CellRef{i, 0}}});
    counted.table.rows.push_back(std::move(row));
  }
  add_line_sums(counted.table, count + 1, 1, false);
  counted.everyone.push_back(CellRef{count, 0});
  return counted;
}

// "T0 antal": the rounds by their short names, so eight columns fit on a page; the table's note
// says what T0, T1 and T2 are.
std::string round_head(Lang lang, Round round, Phrase what) {
  return std::string(round_id(round)) + " " + tr(lang, what);
}

Counted self_assessment(const Context& ctx, const Selection& s) {
  Counted counted = start_table(kSelfAssessment, ctx.lang, kArea);
  for (Round round : kAllRounds) {
    counted.table.columns.push_back(round_head(ctx.lang, round, kRespondents));
    counted.table.columns.push_back(round_head(ctx.lang, round, kMean));
  }
  for (Area area : kAllAreas) {
    const auto a = static_cast<std::size_t>(area);
    ReportRow row;
    row.label = tr(ctx.lang, area_name(area));
    for (Round round : kAllRounds) {
      int n = 0;
      double sum = 0.0;
      for (const Person* p : s.people) {
        const RoundFacts* facts = s.round(*p, round);
        if (facts == nullptr || !facts->scores[a]) continue;
        ++n;
        sum += *facts->scores[a];
      }
      row.cells.push_back(count_cell(n));
      row.cells.push_back(mean_of(n, sum));
      const std::size_t column = row.cells.size() - 1;
      counted.dependencies.push_back(Dependency{CellRef{a, column}, {CellRef{a, column - 1}}});
    }
    counted.table.rows.push_back(std::move(row));
  }
  return counted;
}

Counted change(const Context& ctx, const Selection& s) {
  Counted counted = start_table(kChangeTable, ctx.lang, kArea);
  const std::array<Round, 2> later = {Round::t1, Round::t2};
  for (Round round : later) {
    const std::string pair = std::string(round_id(Round::t0)) + "–" + round_id(round);
    for (Phrase what : {kRespondents, kMeanBefore, kMeanAfter, kChange}) {
      counted.table.columns.push_back(pair + " " + tr(ctx.lang, what));
    }
  }
  for (Area area : kAllAreas) {
    const auto a = static_cast<std::size_t>(area);
    ReportRow row;
    row.label = tr(ctx.lang, area_name(area));
    for (Round round : later) {
      int n = 0;
      double before = 0.0, after = 0.0;
      for (const Person* p : s.people) {
        const RoundFacts* first = s.round(*p, Round::t0);
        const RoundFacts* second = s.round(*p, round);
        if (first == nullptr || second == nullptr || !first->scores[a] || !second->scores[a]) continue;
        ++n;
        before += *first->scores[a];
        after += *second->scores[a];
      }
      const std::size_t base = row.cells.size();
      row.cells.push_back(count_cell(n));
      row.cells.push_back(mean_of(n, before));
      row.cells.push_back(mean_of(n, after));
      row.cells.push_back(mean_of(n, after - before));
      for (std::size_t c = base + 1; c < base + 4; ++c) {
        counted.dependencies.push_back(Dependency{CellRef{a, c}, {CellRef{a, base}}});
      }
    }
    counted.table.rows.push_back(std::move(row));
  }
  return counted;
}

// A share of n in per cent; hidden also when the people it counts are 1–4.
Cell share_cell(int n, int part) {
  Cell cell = mean_cell(n, n > 0 ? 100.0 * part / n : 0.0);
  if (part >= 1 && part < kMinGroupSize) cell.suppressed = true;
  return cell;
}

Counted evaluation(const Context& ctx, const Selection& s) {
  Counted counted = start_table(kEvaluation, ctx.lang, kEvaluationItem);
  const std::array<Round, 2> rounds = {Round::t1, Round::t2};
  for (Round round : rounds) {
    counted.table.columns.push_back(round_head(ctx.lang, round, kRespondents));
    counted.table.columns.push_back(round_head(ctx.lang, round, kTopTwo));
  }
  if (!ctx.catalog.instrument) return counted;
  for (const EvaluationItem& item : ctx.catalog.instrument->evaluation) {
    ReportRow row;
    row.label = item.text.in(ctx.lang);
    for (Round round : rounds) {
      int n = 0, top = 0;
      for (const Person* p : s.people) {
        const RoundFacts* facts = s.round(*p, round);
        if (facts == nullptr) continue;
        const auto it = facts->round->evaluation.find(item.id);
        if (it == facts->round->evaluation.end()) continue;
        ++n;
        top += it->second >= 4 ? 1 : 0;
      }
      row.cells.push_back(count_cell(n));
      row.cells.push_back(share_cell(n, top));
      const std::size_t r = counted.table.rows.size();
      counted.dependencies.push_back(Dependency{CellRef{r, row.cells.size() - 1}, {CellRef{r, row.cells.size() - 2}}});
    }
    counted.table.rows.push_back(std::move(row));
  }
  return counted;
}

Counted manager_indicators(const Context& ctx, const Selection& s) {
  Counted counted = start_table(kManager, ctx.lang, kQuestionAnswer);
  for (Phrase head : {kManagersAnswered, kChose, kShare}) counted.table.columns.push_back(tr(ctx.lang, head));
  if (!ctx.catalog.manager_survey) return counted;
  for (const SurveyQuestion& question : ctx.catalog.manager_survey->questions) {
    int answered = 0;
    std::vector<int> chose(question.options.size(), 0);
    for (const Person* p : s.people) {
      const ManagerRecord* manager = s.manager(*p);
      if (manager == nullptr) continue;
      const auto it = manager->answers.find(question.id);
      if (it == manager->answers.end()) continue;
      ++answered;
      for (std::size_t o = 0; o < question.options.size(); ++o) {
        if (std::find(it->second.begin(), it->second.end(), question.options[o].id) != it->second.end()) ++chose[o];
      }
    }
    const std::size_t first = counted.table.rows.size();
    TableSum sum{{}, CellRef{first, 0}};
    for (std::size_t o = 0; o < question.options.size(); ++o) {
      const std::size_t r = first + o;
      ReportRow row;
      row.label = question.prompt.in(ctx.lang) + ": " + question.options[o].text.in(ctx.lang);
      row.cells = {count_cell(answered), count_cell(chose[o]), share_cell(answered, chose[o])};
      counted.dependencies.push_back(Dependency{CellRef{r, 2}, {CellRef{r, 0}, CellRef{r, 1}}});
      if (o > 0) counted.copies.emplace_back(CellRef{first, 0}, CellRef{r, 0});
      sum.parts.push_back(CellRef{r, 1});
      counted.table.rows.push_back(std::move(row));
    }
    // One answer each: the options add up to those who answered.
    if (!question.multiple) counted.table.sums.push_back(std::move(sum));
  }
  return counted;
}

Counted response(const Context& ctx, const Selection& s) {
  Counted counted = start_table(kResponse, ctx.lang, kRound);
  for (Phrase head : {kParticipants, kAnswered, kShare, kDropOut, kDropOutShare}) {
    counted.table.columns.push_back(tr(ctx.lang, head));
  }
  const int everyone = static_cast<int>(s.people.size());
  for (std::size_t r = 0; r < kAllRounds.size(); ++r) {
    int answered = 0, dropped = 0, before = 0;
    for (const Person* p : s.people) {
      const bool now = s.round(*p, kAllRounds[r]) != nullptr;
      const bool then = r > 0 && s.round(*p, kAllRounds[r - 1]) != nullptr;
      answered += now ? 1 : 0;
      before += then ? 1 : 0;
      dropped += then && !now ? 1 : 0;
    }
    ReportRow row;
    row.label = tr(ctx.lang, round_name(kAllRounds[r]));
    row.cells = {count_cell(everyone), count_cell(answered), share_cell(everyone, answered),
                 count_cell(dropped), share_cell(before, dropped)};
    counted.dependencies.push_back(Dependency{CellRef{r, 2}, {CellRef{r, 0}, CellRef{r, 1}}});
    std::vector<CellRef> basis = {CellRef{r, 3}};
    if (r > 0) basis.push_back(CellRef{r - 1, 1});
    counted.dependencies.push_back(Dependency{CellRef{r, 4}, basis});
    counted.everyone.push_back(CellRef{r, 0});
    counted.table.rows.push_back(std::move(row));
  }
  return counted;
}

std::vector<Counted> count_tables(const Context& ctx, const Selection& s) {
  std::vector<Counted> tables;
  tables.push_back(gender_age(ctx, s));
  tables.push_back(role_families(ctx, s));
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

// Every filter with some of `filter`'s choices left out (not `filter` itself).
std::vector<ReportFilter> coarser_filters(const ReportFilter& filter) {
  std::vector<ReportFilter> out;
  for (int mask = 0; mask < 8; ++mask) {
    ReportFilter coarser;
    if (mask & 1) coarser.organisation = filter.organisation;
    if (mask & 2) coarser.role_family = filter.role_family;
    if (mask & 4) coarser.period = filter.period;
    if (coarser == filter) continue;
    if (std::find(out.begin(), out.end(), coarser) == out.end()) out.push_back(coarser);
  }
  return out;
}

void hide_differences(std::vector<Counted>& tables, const std::vector<Counted>& coarser) {
  for (std::size_t t = 0; t < tables.size(); ++t) {
    auto& rows = tables[t].table.rows;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      for (std::size_t c = 0; c < rows[r].cells.size(); ++c) {
        hide_difference(rows[r].cells[c], coarser[t].table.rows[r].cells[c]);
      }
    }
  }
}

// Secondary suppression in every table; a table that cannot be protected is withheld. The count
// of all participants stands in several tables: when one table must hide it, it is hidden in all
// of them and the tables are protected again (`everyone_hidden` says so).
std::vector<Counted> protect_tables(const std::vector<Counted>& counted, Lang lang, bool& everyone_hidden) {
  std::vector<Counted> tables = counted;
  for (Counted& t : tables) {
    if (everyone_hidden) {
      for (const CellRef& ref : t.everyone) hide_as_secondary(t.table.at(ref));
    }
    if (t.table.sums.empty() || suppress_secondary(t.table)) continue;
    withhold(t.table, lang);
    t.dependencies.clear();
    t.copies.clear();
    t.everyone.clear();
  }
  if (everyone_hidden) return tables;
  const bool before = counted.front().table.at(counted.front().everyone.front()).suppressed;
  for (const Counted& t : tables) {
    for (const CellRef& ref : t.everyone) {
      if (t.table.at(ref).suppressed != before) {
        everyone_hidden = true;
        return protect_tables(counted, lang, everyone_hidden);
      }
    }
  }
  return tables;
}

void hide_dependent(Counted& t) {
  for (const auto& [from, to] : t.copies) t.table.at(to) = t.table.at(from);
  for (const Dependency& d : t.dependencies) {
    for (const CellRef& basis : d.basis) {
      if (t.table.at(basis).suppressed) hide_as_secondary(t.table.at(d.derived));
    }
  }
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
      if (!mean.suppressed && mean.n > 0) bar.score = mean.value;
      bars.push_back(std::move(bar));
    }
  }
  return bars;
}

}  // namespace

FilterChoices filter_choices(const Workspace& workspace) {
  std::set<std::string> organisations;
  std::set<std::string> roles;
  std::set<Period> periods;
  for (const auto& [code, file] : workspace.participants) {
    if (file.organisation) organisations.insert(*file.organisation);
    if (!file.background.role_family.empty()) roles.insert(file.background.role_family);
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
  choices.periods.assign(periods.begin(), periods.end());
  return choices;
}

std::string organisation_label(const std::string& code, const OrganisationNames& names) {
  const auto it = names.find(code);
  if (it == names.end() || it->second.empty()) return code;
  return it->second + " (" + code + ")";
}

Report make_report(const Workspace& workspace, const Catalog& catalog, const ReportFilter& filter, Lang lang,
                   const OrganisationNames& organisation_names) {
  const std::vector<Person> people = read_people(workspace, catalog);
  FilterChoices choices = filter_choices(workspace);
  Context ctx{catalog, lang, choices.organisations, {}};
  for (const std::string& code : ctx.organisations) {
    ctx.organisation_labels.push_back(organisation_label(code, organisation_names));
  }
  std::vector<Counted> counted = count_tables(ctx, select(people, filter));
  for (const ReportFilter& coarser : coarser_filters(filter)) {
    hide_differences(counted, count_tables(ctx, select(people, coarser)));
  }
  bool everyone_hidden = false;
  std::vector<Counted> tables = protect_tables(counted, lang, everyone_hidden);

  Report report;
  report.lang = lang;
  report.filter = filter;
  report.choices = std::move(choices);
  report.organisation_names = organisation_names;
  for (const ImportEntry& entry : workspace.log) {
    if (entry.outcome != ImportOutcome::rejected) ++report.files_read;
  }
  report.participants = counted.front().table.at(counted.front().everyone.front());
  if (everyone_hidden) hide_as_secondary(report.participants);
  for (Counted& t : tables) {
    hide_dependent(t);
    report.tables.push_back(std::move(t.table));
  }
  report.chart = chart_of(report.tables[5], lang);
  return report;
}

}  // namespace dl
