// The rules that keep small groups out of the coordinator's tables (domain.md, "Anonymity"):
// differencing against the same table with fewer filters, and secondary suppression, so that no
// hidden cell can be worked out from the totals a table publishes. Primary suppression (a cell
// resting on 1–4 people) is in count_cell and mean_cell (aggregate.hpp).
#pragma once
#include "report.hpp"

namespace dl {

// Hides `filtered` (shown "x") when the same cell with fewer filters, minus it, rests on 1–4
// people: publishing both would give away that small group.
void hide_difference(Cell& filtered, const Cell& coarser);

// Hides `cell` (shown "x") unless it is hidden already.
void hide_as_secondary(Cell& cell);

// Whether a reader who sees the table and knows the rule ("<5" is 1 to 4, "x" is 0 or 5 and
// more) could still think the hidden cell `target` holds another value than its own, given every
// published cell and every sum of the table. True only with a witness: another set of values for
// the hidden cells that fits everything. (A search that runs out of steps says false, which only
// ever hides more.)
bool hidden_value_can_differ(const ReportTable& table, CellRef target);

// Hides further count cells of `table` (as "x") until every hidden cell in its sums could hold
// another value (hidden_value_can_differ). Prefers the smallest published count beside the
// exposed cell, so as little as possible is lost. `false` when no more hiding helps: four groups
// of one under a total of four are each 1 whatever is hidden. Such a table must be withheld.
bool suppress_secondary(ReportTable& table);

// Takes every figure out of `table` (no rows, no sums) and says why in its note.
void withhold(ReportTable& table, Lang lang);

}  // namespace dl
