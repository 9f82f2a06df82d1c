// The measuring design as rules: which self-assessment round is open, when the T2 follow-up is due,
// which pages each round has, and when a round is complete. The app asks these; apply() obeys them.
//
//   T0 "before": open until finished, unless it was never begun before the first completed module
//      (then it would not measure "before") or T1 has been begun. Closed after that.
//   T1 "after the course": open once a module is completed; asks the statements again, then/now
//      items (how it was before) and the course evaluation (1–5).
//   T2 "follow-up": due plan.t2_interval_months after the day T1 was finished, by the device's
//      own clock; asks the statements and the use items again.
#pragma once
#include <optional>
#include <vector>

#include "calendar.hpp"
#include "content.hpp"
#include "digcomp.hpp"
#include "progress.hpp"
#include "round.hpp"
#include "scoring.hpp"

namespace dl {

enum class RoundStatus {
  open,     // can be answered now
  done,     // finished
  not_yet,  // will open later (T1: after a completed module; T2: on its due date)
  closed,   // will not open any more (T0 after the courses began without it)
};
RoundStatus round_status(const ProgressState& state, const Catalog& catalog, Round round, const Date& today);

// The day T2 opens: T1's finished_on + the plan's interval. Empty while T1 is not finished.
std::optional<Date> t2_due_date(const ProgressState& state);

// The round the person should answer now (the first open one), if any.
std::optional<Round> open_round(const ProgressState& state, const Catalog& catalog, const Date& today);
// The most recent finished round (T2 over T1 over T0): the one the profile and recommendations use.
std::optional<Round> latest_finished_round(const ProgressState& state);

// A finished round and its scores per area (the five areas in order): what the profile shows.
struct FinishedRound {
  Round round = Round::t0;
  const RoundProgress* progress = nullptr;
  std::vector<AreaScore> areas;
};
// The person's finished rounds, T0 before T1 before T2, each scored against `instrument`.
std::vector<FinishedRound> finished_rounds(const ProgressState& state, const Instrument& instrument);

// Whole months since the questions after the course (T1) were answered, and never fewer than the
// plan's interval (the follow-up opens only then): "Det har gått 5 månader sedan …".
// Opening a course for the first time: ask first whether to answer the questions before the courses
// (T0), so the programme keeps its baseline. True while T0 is open and not begun, no course has been
// begun and the person has not chosen the course first once (action::DeclineBeforeRound).
bool offer_before_round(const ProgressState& state, const Catalog& catalog, const Date& today);

int months_since_after_course(const ProgressState& state, const Date& today);

struct AssessmentPage {
  enum class Kind {
    background,  // the optional background questions (T0; T1 when T0 was never finished)
    area,        // statements of one DigComp area
    then_now,    // T1: how it was before the course, for the then/now statements
    evaluation,  // T1: every evaluation item; T2: the use items
  };
  Kind kind = Kind::area;
  Area area = Area::information;  // for Kind::area
  int first = 0;                  // the page's first question among its part's questions
  int count = 0;                  // how many questions it shows (0 on the background page)
  bool operator==(const AssessmentPage& o) const {
    return kind == o.kind && area == o.area && first == o.first && count == o.count;
  }
};
// A part with more questions is split into pages of nearly equal size, so a page with its five
// answers per question stays short on a phone (about 1,400 px at 390 px wide). Every device gets the
// same pages, so a saved place means the same page on the tablet and on the phone.
inline constexpr int kMostQuestionsPerPage = 3;
// T0: background, 5 areas. T1: [background], 5 areas, then/now, evaluation. T2: 5 areas, evaluation.
// Each part after the background as one or more pages of at most kMostQuestionsPerPage questions.
std::vector<AssessmentPage> assessment_pages(Round round, const ProgressState& state, const Instrument& instrument);

// What a round asks besides the statements: then/now items at T1 only; evaluation items at T1
// (all) and T2 (the use items), none at T0.
bool round_asks_then(Round round);
bool round_asks_item(Round round, const EvaluationItem& item);

// Answers still missing before the round can be finished (0 = complete). Every statement needs an
// answer (0–3 or "Ej aktuellt"); T1 also every then/now statement and evaluation item; T2 every use item.
int answers_left(const RoundProgress& progress, Round round, const Instrument& instrument);
// The questions a page shows: statements on an area or then/now page, items on an evaluation page.
std::vector<const Statement*> page_statements(const AssessmentPage& page, const Instrument& instrument);
std::vector<const EvaluationItem*> page_items(const AssessmentPage& page, Round round, const Instrument& instrument);

int answers_left_on_page(const RoundProgress& progress, const AssessmentPage& page, Round round,
                         const Instrument& instrument);
bool round_complete(const RoundProgress& progress, Round round, const Instrument& instrument);

}  // namespace dl
