// The measuring design's rules (measurement.hpp): round status on a given day, the T2 due date,
// each round's pages and what is still unanswered. apply() in progress.cpp obeys these.
#include "measurement.hpp"

#include <algorithm>

namespace dl {
namespace {

bool is_finished(const ProgressState& state, Round round) {
  const RoundProgress* progress = find_round(state, round);
  return progress != nullptr && progress->finished.has_value();
}

bool is_begun(const ProgressState& state, Round round) {
  const RoundProgress* progress = find_round(state, round);
  return progress != nullptr && progress->started();
}

// A completed module counts only while the module is still in the catalogue.
bool any_module_completed(const ProgressState& state, const Catalog& catalog) {
  return std::any_of(state.modules.begin(), state.modules.end(), [&](const auto& entry) {
    return entry.second.completed.has_value() && catalog.find_module(entry.first) != nullptr;
  });
}

bool answered_level(const std::map<std::string, int>& answers, const std::string& id) {
  const auto it = answers.find(id);
  return it != answers.end() && is_valid_level(it->second);
}

bool answered_agreement(const std::map<std::string, int>& answers, const std::string& id) {
  const auto it = answers.find(id);
  return it != answers.end() && is_valid_agreement(it->second);
}

int statements_left(const RoundProgress& progress, const Instrument& instrument) {
  int left = 0;
  for (const Statement& statement : instrument.statements) {
    if (!answered_level(progress.answers, statement.id)) ++left;
  }
  return left;
}

int then_left(const RoundProgress& progress, Round round, const Instrument& instrument) {
  if (!round_asks_then(round)) return 0;
  int left = 0;
  for (const Statement* statement : instrument.then_now_statements()) {
    if (!answered_level(progress.then_answers, statement->id)) ++left;
  }
  return left;
}

int evaluation_left(const RoundProgress& progress, Round round, const Instrument& instrument) {
  int left = 0;
  for (const EvaluationItem& item : instrument.evaluation) {
    if (round_asks_item(round, item) && !answered_agreement(progress.evaluation, item.id)) ++left;
  }
  return left;
}

}  // namespace

bool round_asks_then(Round round) { return round == Round::t1; }

bool round_asks_item(Round round, const EvaluationItem& item) {
  return round == Round::t1 || (round == Round::t2 && item.use);
}

RoundStatus round_status(const ProgressState& state, const Catalog& catalog, Round round, const Date& today) {
  if (is_finished(state, round)) return RoundStatus::done;
  if (!catalog.instrument) return RoundStatus::not_yet;
  switch (round) {
    case Round::t0:
      // A "before" measure taken after the courses began, or once "after" is under way, would
      // not measure before.
      if (is_begun(state, Round::t1) || is_finished(state, Round::t1)) return RoundStatus::closed;
      if (any_module_completed(state, catalog) && !is_begun(state, Round::t0)) return RoundStatus::closed;
      return RoundStatus::open;
    case Round::t1:
      return any_module_completed(state, catalog) ? RoundStatus::open : RoundStatus::not_yet;
    case Round::t2: {
      const std::optional<Date> due = t2_due_date(state);
      return due && day_number(today) >= day_number(*due) ? RoundStatus::open : RoundStatus::not_yet;
    }
  }
  return RoundStatus::not_yet;
}

std::optional<Date> t2_due_date(const ProgressState& state) {
  const RoundProgress* t1 = find_round(state, Round::t1);
  if (t1 == nullptr || !t1->finished || !t1->finished_on) return std::nullopt;
  return add_months(*t1->finished_on, std::clamp(state.plan.t2_interval_months, 1, 24));
}

std::optional<Round> open_round(const ProgressState& state, const Catalog& catalog, const Date& today) {
  for (Round round : kAllRounds) {
    if (round_status(state, catalog, round, today) == RoundStatus::open) return round;
  }
  return std::nullopt;
}

std::optional<Round> latest_finished_round(const ProgressState& state) {
  for (Round round : {Round::t2, Round::t1, Round::t0}) {
    if (is_finished(state, round)) return round;
  }
  return std::nullopt;
}

namespace {

std::vector<const EvaluationItem*> asked_items(Round round, const Instrument& instrument) {
  std::vector<const EvaluationItem*> items;
  for (const EvaluationItem& item : instrument.evaluation) {
    if (round_asks_item(round, item)) items.push_back(&item);
  }
  return items;
}

// A part of `questions` questions as pages of at most kMostQuestionsPerPage, the larger pages first:
// 7 gives 3 + 2 + 2, not 3 + 3 + 1. A part with none gives no page.
void add_part(std::vector<AssessmentPage>& pages, AssessmentPage::Kind kind, Area area, int questions) {
  if (questions <= 0) return;
  const int count = (questions + kMostQuestionsPerPage - 1) / kMostQuestionsPerPage;
  int first = 0;
  for (int i = 0; i < count; ++i) {
    const int size = questions / count + (i < questions % count ? 1 : 0);
    pages.push_back({kind, area, first, size});
    first += size;
  }
}

template <typename T>
std::vector<const T*> slice(const std::vector<const T*>& all, const AssessmentPage& page) {
  const auto size = static_cast<int>(all.size());
  const int first = std::clamp(page.first, 0, size);
  const int last = std::clamp(page.first + page.count, first, size);
  return {all.begin() + first, all.begin() + last};
}

template <typename T>
int left_of(const std::vector<const T*>& questions, const std::map<std::string, int>& answers, bool agreement) {
  int left = 0;
  for (const T* question : questions) {
    if (!(agreement ? answered_agreement(answers, question->id) : answered_level(answers, question->id))) ++left;
  }
  return left;
}

}  // namespace

// A page with nothing to answer is left out (an instrument without then/now statements has no
// then/now page); the validator makes sure every area has statements.
std::vector<AssessmentPage> assessment_pages(Round round, const ProgressState& state,
                                             const Instrument& instrument) {
  std::vector<AssessmentPage> pages;
  if (round == Round::t0 || (round == Round::t1 && !is_finished(state, Round::t0))) {
    pages.push_back({AssessmentPage::Kind::background, Area::information});
  }
  for (Area area : kAllAreas) {
    add_part(pages, AssessmentPage::Kind::area, area, static_cast<int>(instrument.statements_in(area).size()));
  }
  if (round_asks_then(round)) {
    add_part(pages, AssessmentPage::Kind::then_now, Area::information,
             static_cast<int>(instrument.then_now_statements().size()));
  }
  add_part(pages, AssessmentPage::Kind::evaluation, Area::information,
           static_cast<int>(asked_items(round, instrument).size()));
  return pages;
}

std::vector<const Statement*> page_statements(const AssessmentPage& page, const Instrument& instrument) {
  switch (page.kind) {
    case AssessmentPage::Kind::area: return slice(instrument.statements_in(page.area), page);
    case AssessmentPage::Kind::then_now: return slice(instrument.then_now_statements(), page);
    default: return {};
  }
}

std::vector<const EvaluationItem*> page_items(const AssessmentPage& page, Round round, const Instrument& instrument) {
  if (page.kind != AssessmentPage::Kind::evaluation) return {};
  return slice(asked_items(round, instrument), page);
}

int answers_left(const RoundProgress& progress, Round round, const Instrument& instrument) {
  return statements_left(progress, instrument) + then_left(progress, round, instrument) +
         evaluation_left(progress, round, instrument);
}

int answers_left_on_page(const RoundProgress& progress, const AssessmentPage& page, Round round,
                         const Instrument& instrument) {
  switch (page.kind) {
    case AssessmentPage::Kind::background: return 0;  // background questions are optional
    case AssessmentPage::Kind::area: return left_of(page_statements(page, instrument), progress.answers, false);
    case AssessmentPage::Kind::then_now:
      if (!round_asks_then(round)) return 0;
      return left_of(page_statements(page, instrument), progress.then_answers, false);
    case AssessmentPage::Kind::evaluation:
      return left_of(page_items(page, round, instrument), progress.evaluation, true);
  }
  return 0;
}

bool round_complete(const RoundProgress& progress, Round round, const Instrument& instrument) {
  return answers_left(progress, round, instrument) == 0;
}

std::vector<FinishedRound> finished_rounds(const ProgressState& state, const Instrument& instrument) {
  std::vector<FinishedRound> out;
  for (Round round : kAllRounds) {
    const RoundProgress* progress = find_round(state, round);
    if (progress != nullptr && progress->finished) out.push_back({round, progress, score_areas(progress->answers, instrument)});
  }
  return out;
}

int months_since_after_course(const ProgressState& state, const Date& today) {
  int months = state.plan.t2_interval_months;
  const RoundProgress* t1 = find_round(state, Round::t1);
  if (t1 != nullptr && t1->finished_on) months = std::max(months, whole_months_between(*t1->finished_on, today));
  return months;
}

bool offer_before_round(const ProgressState& state, const Catalog& catalog, const Date& today) {
  if (!catalog.instrument || state.before_round_declined) return false;
  if (round_status(state, catalog, Round::t0, today) != RoundStatus::open) return false;
  const RoundProgress* t0 = find_round(state, Round::t0);
  if (t0 != nullptr && (t0->started() || t0->current_page > 0)) return false;
  for (const auto& [id, module] : state.modules) {
    if (!module.current_page.empty()) return false;
  }
  return true;
}

}  // namespace dl
