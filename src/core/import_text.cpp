// The plain-words line for one imported file (import_text.hpp).
#include "import_text.hpp"

namespace dl {
namespace {

constexpr Phrase kAdded{"{1}: Inläst.", "{1}: Read."};
constexpr Phrase kUpdated{"{1}: Inläst. Nya svar från en deltagare som redan fanns.",
                          "{1}: Read. New answers from a participant already read."};
constexpr Phrase kDuplicate{"{1}: Redan inläst ({2}). Räknas en gång.", "{1}: Already read ({2}). Counted once."};
constexpr Phrase kCountedOnce{"{1}: Inläst. {2} fanns redan och räknas en gång.",
                              "{1}: Read. {2} was already there and counts once."};
constexpr Phrase kRejected{"{1}: Inte inläst. {2}", "{1}: Not read. {2}"};

std::string rounds_text(const std::vector<Round>& rounds) {
  std::string text;
  for (Round round : rounds) text += (text.empty() ? "" : ", ") + std::string(round_id(round));
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
      return fill(tr(lang, kDuplicate), {entry.file_name, rounds_text(entry.rounds_counted_once)});
    case ImportOutcome::updated:
    case ImportOutcome::added:
      if (!entry.rounds_counted_once.empty()) {
        return fill(tr(lang, kCountedOnce), {entry.file_name, rounds_text(entry.rounds_counted_once)});
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
