// Plain-language sentences for every problem code (klarspråk: short, everyday words) and the
// one-line form for authors and logs.
#include "problem.hpp"

#include <algorithm>

namespace dl {
namespace {

// A table in the wasm's data, not a std::map built at start: the map's initialiser was ~5 kB of code.
struct Sentence {
  const char* code;
  Phrase phrase;
};
constexpr Sentence kSentences[] = {
      // Content files (read by authors through the validator, and by the app at start).
      {"content.not_json", {"Filen går inte att läsa som JSON.", "The file cannot be read as JSON."}},
      {"content.wrong_format", {"Filen är inte en innehållsfil av rätt sort.",
                                "The file is not the right kind of content file."}},
      {"content.future_version", {"Filen kommer från en nyare version av Digilyft. Uppdatera sidan och försök igen.",
                                  "The file comes from a newer version of Digilyft. Reload the page and try again."}},
      {"content.missing_field", {"En uppgift saknas i filen.", "Some information is missing in the file."}},
      {"content.wrong_type", {"En uppgift i filen har fel form.", "A value in the file has the wrong form."}},
      {"content.empty_list", {"En lista i filen är tom eller för kort.", "A list in the file is empty or too short."}},
      {"content.duplicate_id", {"Samma id används två gånger.", "The same id is used twice."}},
      {"content.no_correct_choice", {"En fråga har inget rätt svar.", "A question has no correct answer."}},
      {"content.unknown_area", {"Filen nämner ett kompetensområde som inte finns.",
                                "The file names a competence area that does not exist."}},
      {"content.text_too_long", {"En text är för lång.", "A text is too long."}},
      {"content.missing_swedish", {"En text saknar svensk version.", "A text has no Swedish version."}},
      {"content.file_missing", {"En fil saknas.", "A file is missing."}},
      {"content.bad_value", {"Ett värde i filen är inte tillåtet.", "A value in the file is not allowed."}},
      {"content.list_too_long", {"En lista i filen har för många delar.", "A list in the file has too many entries."}},
      {"content.too_many_correct", {"En fråga med ett svar har mer än ett rätt svar.",
                                    "A question with one answer has more than one correct answer."}},
      {"content.duplicate_text", {"Två svar i samma fråga har samma text.", "Two answers in the same question have the same text."}},
      {"content.missing_alt", {"En bild saknar alt-text, en text som beskriver bilden.",
                               "A picture has no alt text that describes it."}},
      {"content.missing_file", {"En bildfil saknas.", "A picture file is missing."}},
      {"content.unknown_competence", {"Filen nämner en kompetens som inte finns i DigComp.",
                                      "The file names a competence that is not in DigComp."}},
      {"content.unknown_role", {"Filen nämner en yrkesgrupp som inte finns.", "The file names an occupational group that does not exist."}},
      {"content.bad_markup", {"En text har ** utan slut. Fet stil ska börja och sluta med ** på samma rad.",
                              "A text has ** without an end. Bold text starts and ends with ** on the same line."}},
      {"content.unexpected_field", {"Filen har en uppgift som inte hör hemma där. Kontrollera stavningen.",
                                    "The file has a field that does not belong there. Check the spelling."}},
      {"content.lix_too_high", {"Texten är för svår att läsa (LIX över 40). Skriv kortare meningar och ord.",
                                "The text is too hard to read (LIX above 40). Write shorter sentences and words."}},
      {"content.authoring", {"En kurs följer inte reglerna för kurser: 10–20 minuter, 4–6 sidor, 4–8 frågor av minst tre slag, ett fall, ett samtal, källor och ett datum.",
                             "A course does not keep the rules for courses: 10–20 minutes, 4–6 pages, 4–8 questions of at least three kinds, a case, a talk, sources and a date."}},
      {"content.not_taught", {"Ingen kurs lär ut ett påstående i självskattningen, och det är inte märkt \"taught\": false.",
                              "No course teaches a self-assessment statement, and it is not marked \"taught\": false."}},
      {"content.unknown_statement", {"En kurs säger att den lär ut ett påstående som inte finns i självskattningen.",
                                     "A course says it teaches a statement the self-assessment does not have."}},
      {"content.taught_anyway", {"En kurs lär ut ett påstående som är märkt \"taught\": false.",
                                 "A course teaches a statement that is marked \"taught\": false."}},
      {"content.statement_form", {"Ett påstående börjar inte med \"Jag kan\" (på engelska \"I can\").",
                                  "A statement does not start with \"Jag kan\" (in English \"I can\")."}},
      {"content.too_few_in_area", {"Ett kompetensområde har för få påståenden (minst 3).",
                                   "A competence area has too few statements (at least 3)."}},
      {"content.too_few_in_care_topic", {"Ett område i omsorgsarbetet har för få påståenden (minst 2).",
                                         "A care topic has too few statements (at least 2)."}},
      {"content.too_few_then_now", {"För få påståenden frågar hur det var före kursen (minst 4).",
                                    "Too few statements ask how it was before the course (at least 4)."}},
      {"content.no_use_item", {"Utvärderingen saknar en fråga om att använda digitala verktyg.",
                               "The evaluation has no item about using digital tools."}},
      {"content.missing_topic", {"Chefsenkäten saknar frågor om ett av sina ämnen.",
                                 "The manager survey has no question on one of its topics."}},
      {"content.bad_condition", {"En fråga i chefsenkäten hänvisar till en fråga eller ett svar som inte finns före den.",
                                 "A manager survey question refers to a question or answer that does not come before it."}},
      {"content.missing_english", {"En text saknar engelsk version.", "A text has no English version."}},
      {"content.unknown_module", {"En kursordning nämner en kurs som inte finns.",
                                  "A learning path names a course that does not exist."}},
      {"content.missing_path", {"En yrkesgrupp saknar kursordning.", "An occupational group has no learning path."}},
      // Result files (read by coordinators).
      {"result.not_json", {"Filen går inte att läsa. Den kan vara skadad.",
                           "The file cannot be read. It may be damaged."}},
      {"result.too_large", {"Filen är för stor för att vara en resultatfil.",
                            "The file is too large to be a result file."}},
      {"result.foreign_file", {"Filen är inte en resultatfil från Digilyft.",
                               "The file is not a Digilyft result file."}},
      {"result.future_version", {"Filen kommer från en nyare version av Digilyft. Uppdatera sidan och försök igen.",
                                 "The file comes from a newer version of Digilyft. Reload the page and try again."}},
      {"result.missing_field", {"Något saknas i filen. Den kan vara ändrad eller skadad.",
                                "Something is missing in the file. It may have been changed or damaged."}},
      {"result.wrong_type", {"Något i filen har fel form. Den kan vara ändrad eller skadad.",
                             "Something in the file has the wrong form. It may have been changed or damaged."}},
      {"result.bad_value", {"Filen har ett värde som inte är tillåtet. Den kan vara ändrad.",
                            "The file has a value that is not allowed. It may have been changed."}},
      {"result.unknown_instrument", {"Filen har svar på en annan självskattning än den som finns här.",
                                     "The file has answers to another self-assessment than the one here."}},
      {"result.unknown_statement", {"Filen har svar på påståenden som inte finns här.",
                                    "The file has answers to statements that do not exist here."}},
      {"result.unknown_module", {"Filen nämner en kurs som inte finns här.",
                                 "The file names a course that does not exist here."}},
      {"result.unexpected_field", {"Filen har uppgifter som inte får finnas i en resultatfil, till exempel namn eller fritext. Den läses inte in.",
                                   "The file has information a result file must not have, such as names or free text. It is not read."}},
      {"result.duplicate_round", {"Filen har samma mättillfälle två gånger.",
                                   "The file has the same round twice."}},
      {"result.round_order", {"Mättillfällena i filen står i fel ordning.",
                               "The rounds in the file are in the wrong order."}},
      {"result.not_in_round", {"Filen har svar som inte hör till det mättillfället.",
                                "The file has answers that do not belong to that round."}},
      {"result.not_then_now", {"Filen har svar om hur det var före kursen på ett påstående som inte frågar det.",
                                "The file has a 'before the course' answer to a statement that does not ask it."}},
      {"result.unknown_evaluation_item", {"Filen har svar på utvärderingsfrågor som inte finns här.",
                                           "The file has answers to evaluation items that do not exist here."}},
      {"result.not_use_item", {"Filen har svar på en utvärderingsfråga som inte ställs vid uppföljningen.",
                                "The file has an answer to an evaluation item the follow-up does not ask."}},
      {"result.unknown_survey", {"Filen har svar på en annan chefsenkät än den som finns här.",
                                  "The file has answers to another manager survey than the one here."}},
      {"result.unknown_survey_question", {"Filen har svar på frågor i chefsenkäten som inte finns här.",
                                           "The file has answers to manager survey questions that do not exist here."}},
      {"result.bad_survey_answer", {"Filen har ett svar i chefsenkäten som frågan inte tillåter.",
                                     "The file has a manager survey answer the question does not allow."}},
      {"result.no_checksum", {"Filen saknar kontrollen som visar att den inte har ändrats. Be personen spara en ny fil.",
                              "The file lacks the check that shows it is unchanged. Ask the person to save a new file."}},
      {"result.bad_checksum", {"Filen har ändrats efter att den sparades. Be personen spara en ny fil.",
                               "The file has been changed since it was saved. Ask the person to save a new file."}},
      {"programme.bad_key", {"Programmets nyckel i länken är skadad. Be om en ny länk.",
                             "The programme's key in the link is damaged. Ask for a new link."}},
      {"result.outbox_damaged", {"Filen med inlämnade resultat är skadad eller ändrad. Spara den igen på enheten där de lämnades in.",
                                 "The file of handed-in results is damaged or changed. Save it again on the device where they were handed in."}},
      {"result.sealed_damaged", {"Den låsta filen är skadad eller ändrad. Be personen att skicka filen igen.",
                                 "The locked file is damaged or changed. Ask the person to send the file again."}},
      {"result.sealed_no_key", {"Filen är låst för samordnaren av ett program. Här finns inte programmets nyckel. Läs in nyckelfilen först.",
                                "The file is locked for the coordinator of a programme. This programme's key is not here. Read in the key file first."}},
      {"result.sealed_other_programme", {"Filen är låst för ett annat program än det här. Den kan bara öppnas där.",
                                         "The file is locked for another programme than this one. It can only be opened there."}},
      {"result.sealed_wrong_key", {"Den låsta filen går inte att öppna med det här programmets nyckel.",
                                   "The locked file cannot be opened with this programme's key."}},
      {"result.other_programme", {"Filen hör till ett annat program än det här. Den räknas inte in i det här programmets tabeller.",
                                  "The file belongs to another programme than this one. It is not counted in this programme's tables."}},
      {"result.no_programme", {"Filen hör inte till något program. Vill du räkna in den: välj Läs också filer utan program och läs in filen igen.",
                               "The file belongs to no programme. To count it in: choose Also read files without a programme and read the file again."}},
      // Programme links (set up by a coordinator, opened by staff).
      {"programme.bad_id", {"Programmets kod är inte giltig. Skapa länken på nytt.",
                            "The programme's code is not valid. Make the link again."}},
      {"programme.no_name", {"Programmet behöver ett namn.", "The programme needs a name."}},
      {"programme.name_too_long", {"Programmets namn är för långt (högst 80 tecken).",
                                   "The programme's name is too long (at most 80 characters)."}},
      {"programme.bad_text", {"Ett namn har tecken som inte går att visa. Skriv om det.",
                              "A name has characters that cannot be shown. Type it again."}},
      {"programme.no_organisation", {"Lägg till minst en organisation som personalen kan välja.",
                                     "Add at least one organisation the staff can choose."}},
      {"programme.too_many_organisations", {"Programmet har för många organisationer (högst 60).",
                                            "The programme has too many organisations (at most 60)."}},
      {"programme.bad_organisation_code",
       {"En organisationskod får bara ha a–z, siffror och bindestreck, högst 16 tecken.",
        "An organisation code may only have a–z, digits and hyphens, at most 16 characters."}},
      {"programme.duplicate_organisation", {"Två organisationer har samma kod.",
                                            "Two organisations have the same code."}},
      {"programme.bad_organisation_name", {"En organisation saknar namn eller har för långt namn (högst 60 tecken).",
                                           "An organisation has no name or too long a name (at most 60 characters)."}},
      {"programme.no_module", {"Välj minst en kurs till programmet.", "Choose at least one course for the programme."}},
      {"programme.unknown_module", {"Programmet nämner en kurs som inte finns här.",
                                    "The programme names a course that does not exist here."}},
      {"programme.unknown_instrument", {"Programmet nämner en självskattning eller enkät som inte finns här.",
                                        "The programme names a self-assessment or survey that does not exist here."}},
      {"programme.duplicate_content", {"Samma kurs eller enkät finns två gånger i programmet.",
                                       "The same course or survey is in the programme twice."}},
      {"programme.bad_interval", {"Tiden till uppföljningen ska vara 1 till 24 månader.",
                                  "The time until the follow-up must be 1 to 24 months."}},
      {"programme.link_too_long", {"Länken blir för lång för en QR-kod. Ta bort organisationer eller gör namnen kortare.",
                                   "The link gets too long for a QR code. Remove organisations or make the names shorter."}},
      {"programme.bad_link", {"Länken går inte att läsa. Den kan vara avklippt eller ändrad. Be om en ny länk.",
                              "The link cannot be read. It may be cut off or changed. Ask for a new link."}},
      {"programme.newer_link", {"Länken kommer från en nyare version av Digilyft. Uppdatera sidan och öppna länken igen.",
                                "The link comes from a newer version of Digilyft. Reload the page and open the link again."}},
      // The coordinator's workspace kept in the browser.
      {"workspace.unreadable", {"De sparade resultaten går inte att läsa. Läs in filerna igen.",
                                "The saved results cannot be read. Read the files in again."}},
      // The key file that gives digilyft-report the same protected tables as the page.
      {"key.unreadable", {"Filen är inte en nyckelfil från Digilyft.", "The file is not a Digilyft key file."}},
      {"key.future_version", {"Nyckelfilen kommer från en nyare version av Digilyft. Uppdatera sidan och försök igen.",
                              "The key file comes from a newer version of Digilyft. Reload the page and try again."}},
      {"key.bad_secret", {"Nyckeln i filen är skadad eller ändrad.", "The key in the file is damaged or changed."}},
      {"key.other_workspace", {"Filerna i listan har redan en egen nyckel. Töm listan och tabellerna först om du vill använda nyckeln i filen.",
                               "The files in the list already have a key of their own. Clear the list and tables first to use the key in the file."}},
      {"key.other_programme", {"Nyckelfilen hör till ett annat program än resultatfilerna.",
                               "The key file belongs to another programme than the result files."}},
      // Progress saved in the browser.
      {"progress.not_json", {"Det sparade går inte att läsa. Det kan vara skadat.",
                             "The saved progress cannot be read. It may be damaged."}},
      {"progress.wrong_format", {"Det sparade är inte framsteg från Digilyft.",
                                 "The saved data is not Digilyft progress."}},
      {"progress.future_version", {"Framstegen sparades av en nyare version av Digilyft. Uppdatera sidan.",
                                   "The progress was saved by a newer version of Digilyft. Reload the page."}},
      {"progress.wrong_type", {"En del av det sparade gick inte att läsa och hoppades över.",
                               "Part of the saved progress could not be read and was skipped."}},
      {"progress.missing_field", {"En del av det sparade saknades och hoppades över.",
                                  "Part of the saved progress was missing and was skipped."}},
      {"progress.bad_value", {"En del av det sparade hade ett värde som inte går att använda och hoppades över.",
                              "Part of the saved progress had a value that cannot be used and was skipped."}},
};

const Phrase* find_sentence(const std::string& code) {
  for (const Sentence& sentence : kSentences) {
    if (code == sentence.code) return &sentence.phrase;
  }
  return nullptr;
}

}  // namespace

const std::vector<std::string>& problem_codes() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> out;
    for (const Sentence& sentence : kSentences) out.push_back(sentence.code);
    std::sort(out.begin(), out.end());
    return out;
  }();
  return codes;
}

bool is_problem_code(const std::string& code) { return find_sentence(code) != nullptr; }

std::string describe(const Problem& problem, Lang lang) {
  const Phrase* sentence = find_sentence(problem.code);
  if (sentence == nullptr) return tr(lang, Phrase{"Något är fel i filen.", "Something is wrong with the file."});
  return tr(lang, *sentence);
}

std::string format_for_author(const Problem& problem) {
  std::string line = problem.file + "#" + problem.pointer + ": " + problem.code;
  if (!problem.detail.empty()) line += ": " + problem.detail;
  return line;
}

}  // namespace dl
