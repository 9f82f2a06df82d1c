// A problem found in a file a person or an author gave us: a stable code, where it is, and a text a
// person can read in their own language. Used for content validation and for imported result files.
#pragma once
#include <string>
#include <vector>

#include "i18n.hpp"

namespace dl {

struct Problem {
  std::string code;     // stable id, e.g. "content.duplicate_id", "result.future_version"
  std::string file;     // file name or content path the problem is in ("" when not known)
  std::string pointer;  // JSON pointer to the place, e.g. "/pages/3/question/choices"; "" = whole file
  std::string detail;   // the offending value or id, for the message; never shown without `code`
};

// One line for a person: what is wrong, in plain words, in `lang` (Swedish by default).
std::string describe(const Problem& problem, Lang lang);

// One line for an author or a log: "file#/pointer: code: detail".
std::string format_for_author(const Problem& problem);

// The one list of problem codes: every code the parsers and checks report, each with its sentence
// in both languages (core/problem.cpp). A code not in it is described as "Något är fel i filen."
const std::vector<std::string>& problem_codes();
bool is_problem_code(const std::string& code);

}  // namespace dl
