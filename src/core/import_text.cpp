// The plain-words line for one imported file (import_text.hpp).
#include "import_text.hpp"

namespace dl {
namespace {

constexpr Phrase kAdded{"{1}: Inläst.", "{1}: Read."};
constexpr Phrase kUpdated{"{1}: Inläst. Nya svar från en deltagare som redan fanns.",
                          "{1}: Read. New answers from a participant already read."};
constexpr Phrase kDuplicate{"{1}: Redan inläst. Svaren {2} räknas en gång.",
                            "{1}: Already read. The answers {2} count once."};
constexpr Phrase kCountedOnce{"{1}: Inläst. Svaren {2} fanns redan och räknas en gång.",
                              "{1}: Read. The answers {2} were already there and count once."};
// The rounds in plain words, as the answers they hold ("svaren före kurserna"), never "T0".
constexpr Phrase kRoundAnswers[] = {{"före kurserna", "before the courses"},
                                    {"efter kursen", "after the course"},
                                    {"vid uppföljningen", "at the follow-up"}};
constexpr Phrase kRejected{"{1}: Inte inläst. {2}", "{1}: Not read. {2}"};

std::string rounds_text(const std::vector<Round>& rounds, Lang lang) {
  std::string text;
  for (std::size_t i = 0; i < rounds.size(); ++i) {
    if (i > 0) text += i + 1 == rounds.size() ? tr(lang, {" och ", " and "}) : ", ";
    text += tr(lang, kRoundAnswers[static_cast<std::size_t>(rounds[i])]);
  }
  return text;
}

}  // namespace

std::string import_entry_text(const ImportEntry& entry, Lang lang) {
  switch (entry.outcome) {
    case ImportOutcome::rejected: {
      const std::string reason = entry.problems.empty() ? std::string() : describe(entry.problems.front(), lang);
      return fill(tr(lang, kRejected), {entry.file_name, reason});
    }
    case ImportOutcome::duplicate:
      return fill(tr(lang, kDuplicate), {entry.file_name, rounds_text(entry.rounds_counted_once, lang)});
    case ImportOutcome::updated:
    case ImportOutcome::added:
      if (!entry.rounds_counted_once.empty()) {
        return fill(tr(lang, kCountedOnce), {entry.file_name, rounds_text(entry.rounds_counted_once, lang)});
      }
      return fill(tr(lang, entry.outcome == ImportOutcome::added ? kAdded : kUpdated), {entry.file_name});
  }
  return entry.file_name;
}

std::string import_summary_text(const Workspace& workspace, Lang lang) {
  std::size_t rejected = 0;
  for (const ImportEntry& entry : workspace.log) rejected += entry.outcome == ImportOutcome::rejected ? 1 : 0;
  return import_summary_text(workspace.log.size(), workspace.participants.size(), rejected, lang);
}

std::string import_summary_text(std::size_t files, std::size_t participants, std::size_t rejected, Lang lang) {
  std::string text = count_words(files, lang, {"fil läst.", "file read."}, {"filer lästa.", "files read."});
  text += " " + count_words(participants, lang, {"deltagare.", "participant."}, {"deltagare.", "participants."});
  text += " ";
  if (rejected == 0) {
    text += tr(lang, {"Alla filer kunde läsas.", "Every file could be read."});
  } else {
    text += count_words(rejected, lang, {"fil kunde inte läsas.", "file could not be read."},
                        {"filer kunde inte läsas.", "files could not be read."});
  }
  return text;
}

}  // namespace dl
