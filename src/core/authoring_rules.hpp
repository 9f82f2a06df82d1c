// The authoring rules a course must keep, which the app does not need to run it: 10–20 minutes,
// 4–6 pages, 4–8 questions of at least three kinds, a case to discuss and a talk prompt, its
// sources and the day they were checked; and that every self-assessment statement is taught by a
// course (a module's "teaches") or marked "taught": false. Used by digilyft-validate and the tests
// over the shipped content (docs/content-format.md, "Authoring rules").
#pragma once
#include <map>
#include <string>
#include <vector>

#include "content.hpp"
#include "problem.hpp"

namespace dl {

constexpr int kMinCourseMinutes = 10, kMaxCourseMinutes = 20;
constexpr std::size_t kMinCoursePages = 4, kMaxCoursePages = 6;
constexpr int kMinCourseQuestions = 4, kMaxCourseQuestions = 8;
constexpr std::size_t kMinQuestionKinds = 3;

// content.authoring problems of one whole module; `file` is its path as the catalog lists it.
std::vector<Problem> authoring_problems(const Module& module, const std::string& file);

// content.not_taught for each statement no module teaches and not marked "taught": false;
// content.unknown_statement for a module's "teaches" id the instrument does not have;
// content.taught_anyway for a statement marked "taught": false that a module teaches.
// `module_files`: module id -> path, for the problems' file.
std::vector<Problem> teaching_problems(const Catalog& catalog, const std::map<std::string, std::string>& module_files,
                                       const std::string& instrument_file);

}  // namespace dl
