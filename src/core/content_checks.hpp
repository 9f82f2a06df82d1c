// Checks of the self-assessment instrument and the manager survey that authors must pass but the
// app does not need to run them: every text also in English (content.missing_english; the app
// shows Swedish where English is missing) and plain Swedish (LIX). Used by digilyft-validate and
// the tests over the shipped content.
#pragma once
#include <string>
#include <vector>

#include "content.hpp"
#include "problem.hpp"
#include "readability.hpp"

namespace dl {

// One content.missing_english per text without English, pointing at the text object
// (e.g. "/statements/3/text"); `file` is the file's path as listed in the catalog.
std::vector<Problem> missing_english(const Instrument& instrument, const std::string& file);
std::vector<Problem> missing_english(const Survey& survey, const std::string& file);

// LIX of the Swedish statements and evaluation items (what a person reads while answering).
LixResult instrument_lix(const Instrument& instrument);
// LIX of every Swedish text of the survey: title, intro, prompts and options.
LixResult survey_lix(const Survey& survey);
// Both are kept at kMaxModuleLix (40) or below, like the modules.

}  // namespace dl
