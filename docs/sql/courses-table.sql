-- The courses table's "Påbörjat" (started) and "Slutfört" (completed) columns, as digilyft-report
-- and the page publish them for the whole workspace (no filter), from the flat export alone
-- (docs/flat-export.md). Runs on DuckDB as it is; other SQL engines need only their own names for
-- the 128-bit sum and the shift.
--   duckdb -c ".read docs/sql/courses-table.sql"    (with digilyft-svar.csv in the current folder)

-- 1. The export: every column read as text (no guessing of types), then the record key as an
--    unsigned 64-bit number.
CREATE OR REPLACE VIEW answers AS
SELECT * FROM read_csv('digilyft-svar.csv', header = true, all_varchar = true);
CREATE OR REPLACE VIEW keyed AS SELECT CAST(record_key AS UBIGINT) AS key, * EXCLUDE (record_key) FROM answers;

-- 2. The published perturbation table (docs/privacy.md): the chance of each noise d, in 65,536ths,
--    for a true count of 0, 1, 2 and 3 or more, as running totals.
CREATE OR REPLACE TABLE perturbation AS
SELECT n, d, SUM(weight) OVER (PARTITION BY n ORDER BY d) AS up_to
FROM (VALUES
  (0, -3, 0), (0, -2, 0), (0, -1, 0), (0, 0, 65536), (0, 1, 0), (0, 2, 0), (0, 3, 0),
  (1, -3, 0), (1, -2, 0), (1, -1, 31701), (1, 0, 15611), (1, 1, 8722), (1, 2, 5527), (1, 3, 3975),
  (2, -3, 0), (2, -2, 8511), (2, -1, 15110), (2, 0, 18294), (2, 1, 15110), (2, 2, 8511), (2, 3, 0),
  (3, -3, 1175), (3, -2, 5832), (3, -1, 15253), (3, 0, 21016), (3, 1, 15253), (3, 2, 5832), (3, 3, 1175)
) AS t(n, d, weight);

-- 3. The table's inputs: for each course (and all courses together, course = 'total') the number
--    of starts and completions and the cell key, the sum of the record keys modulo 2^64.
CREATE OR REPLACE VIEW course_cells AS
WITH course_rows AS (SELECT key, item, completed <> '' AND completed IS NOT NULL AS done FROM keyed WHERE kind = 'course')
SELECT course, figure, COUNT(*) AS n, CAST(SUM(CAST(key AS HUGEINT)) % 18446744073709551616 AS UBIGINT) AS cell_key
FROM (
  SELECT key, item AS course, 'started' AS figure FROM course_rows
  UNION ALL SELECT key, 'total', 'started' FROM course_rows
  UNION ALL SELECT key, item, 'completed' FROM course_rows WHERE done
  UNION ALL SELECT key, 'total', 'completed' FROM course_rows WHERE done
)
GROUP BY course, figure;

-- 4. What is published: the count plus the noise the cell key's top 16 bits pick from the row of
--    its count, never below 0; shown only from 5 on ('..' below; a course nobody started is '..').
SELECT c.course, c.figure, c.n, c.cell_key,
       CASE WHEN GREATEST(0, c.n + p.d) >= 5 THEN CAST(GREATEST(0, c.n + p.d) AS VARCHAR) ELSE '..' END AS published
FROM course_cells c
JOIN perturbation p ON p.n = LEAST(c.n, 3)
WHERE p.d = (SELECT MIN(q.d) FROM perturbation q WHERE q.n = LEAST(c.n, 3) AND (c.cell_key >> 48) < q.up_to)
ORDER BY c.course, c.figure;
