// What "Lyssna" reads aloud (the device's speech synthesis, for people reading Swedish as a second
// language): a course page or a self-assessment statement as plain sentences, without markup, in
// the language the screen shows them in. Nothing that gives an answer away: the steps of an order
// question in the order they are first shown, a match question's left texts only.
#pragma once
#include <string>

#include "content.hpp"

namespace dl {

struct SpeechText {
  std::string text;  // sentences, one per line
  Lang lang = Lang::sv;
};

// The page's title and every text on it (text, key points, picture captions, a scenario's story,
// question and options, a reflection prompt, a question's prompt and its choices): English only
// when the page is shown wholly in English, else Swedish, as the screen shows it.
SpeechText page_speech(const Page& page, Lang lang);
// One self-assessment statement.
SpeechText statement_speech(const Statement& statement, Lang lang);

}  // namespace dl
