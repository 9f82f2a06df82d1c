// Shared test fixtures: a small valid module, a second module, a module with every part and
// question kind, a valid instrument (36 statements, evaluation items), a manager survey, a catalog
// over the first two modules, the instrument, the survey and a path per role family, and helpers
// that change one value in a JSON text.
#pragma once
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content.hpp"

namespace dl::test {

inline const char* const kModuleJson = R"({
  "format": "digilyft-module",
  "version": 1,
  "id": "saker-inloggning",
  "number": 1,
  "title": {"sv": "Säker inloggning", "en": "Safe login"},
  "summary": {"sv": "Så loggar du in säkert på jobbet."},
  "minutes": 15,
  "level": "grundlaggande",
  "competences": ["4.2", "1.1"],
  "roles": ["omsorg", "funktionsstod"],
  "goals": [{"sv": "Du vet varför ditt konto är ditt."}, {"sv": "Du kan välja ett bra lösenord."}],
  "pages": [
    {
      "id": "varfor",
      "title": {"sv": "Varför det spelar roll"},
      "parts": [
        {"type": "text", "text": {"sv": "Ditt konto skyddar brukarnas uppgifter.", "en": "Your account protects data."}},
        {"type": "key_points", "points": [{"sv": "Dela aldrig ditt lösenord."}]}
      ]
    },
    {
      "id": "losenord",
      "title": {"sv": "Lösenord"},
      "parts": [
        {"type": "text", "text": {"sv": "Ett bra lösenord är långt."}},
        {
          "type": "question",
          "id": "fraga-losenord",
          "kind": "single",
          "prompt": {"sv": "Vilket lösenord är bäst?"},
          "choices": [
            {"id": "a", "text": {"sv": "123456"}, "correct": false, "feedback": {"sv": "För kort och vanligt."}},
            {"id": "b", "text": {"sv": "blå-katt-dansar-i-regn"}, "correct": true, "feedback": {"sv": "Rätt, långt och lätt att minnas."}},
            {"id": "c", "text": {"sv": "mittnamn"}, "feedback": {"sv": "Lätt att gissa."}}
          ]
        }
      ]
    }
  ]
})";

// A module with two questions and a mastery rule of 1 of 2, so cross-page rules can be tested.
inline const char* const kModule2Json = R"({
  "format": "digilyft-module",
  "version": 1,
  "id": "videosamtal",
  "number": 2,
  "title": {"sv": "Videosamtal"},
  "summary": {"sv": "Hjälp en brukare att ringa video."},
  "minutes": 10,
  "level": "medel",
  "competences": ["2.1"],
  "roles": ["omsorg"],
  "goals": [{"sv": "Du kan starta ett videosamtal."}, {"sv": "Du vet vem som bestämmer."}],
  "mastery": 1,
  "pages": [
    {
      "id": "start",
      "title": {"sv": "Start"},
      "parts": [
        {"type": "text", "text": {"sv": "Ett videosamtal kan bryta ensamhet."}},
        {
          "type": "question",
          "id": "q1",
          "kind": "single",
          "prompt": {"sv": "Vad behövs?"},
          "choices": [
            {"id": "ja", "text": {"sv": "Nät"}, "correct": true, "feedback": {"sv": "Ja."}},
            {"id": "nej", "text": {"sv": "Fax"}, "correct": false, "feedback": {"sv": "Nej."}}
          ]
        }
      ]
    },
    {
      "id": "slut",
      "title": {"sv": "Slut"},
      "parts": [
        {"type": "text", "text": {"sv": "Bra jobbat."}},
        {
          "type": "question",
          "id": "q2",
          "kind": "single",
          "prompt": {"sv": "Vem bestämmer?"},
          "choices": [
            {"id": "brukaren", "text": {"sv": "Brukaren"}, "correct": true, "feedback": {"sv": "Ja."}},
            {"id": "jag", "text": {"sv": "Jag"}, "correct": false, "feedback": {"sv": "Nej."}}
          ]
        }
      ]
    }
  ]
})";

// A module with every part type and every question kind (not in the fixture catalog; its picture
// is "modules/alla-delar/bilder/skarm.svg" when loaded through a catalog).
inline const char* const kFullModuleJson = R"({
  "format": "digilyft-module",
  "version": 1,
  "id": "alla-delar",
  "number": 3,
  "title": {"sv": "Alla delar", "en": "Every part"},
  "summary": {"sv": "En modul med allt som en modul kan ha."},
  "minutes": 20,
  "level": "avancerad",
  "competences": ["4.2", "1.1", "4.1", "2.4"],
  "roles": ["omsorg", "chef"],
  "goals": [{"sv": "Du känner igen ett falskt mejl."}, {"sv": "Du vet vad du gör."}, {"sv": "Du kan be om hjälp."}],
  "mastery": 4,
  "pages": [
    {
      "id": "start",
      "title": {"sv": "Start"},
      "parts": [
        {"type": "text", "text": {"sv": "Läs **noga**.\n\n- Ett\n- Två", "en": "Read **carefully**."}},
        {"type": "picture", "file": "bilder/skarm.svg", "width": 640, "height": 360,
         "alt": {"sv": "En skärm med ett mejl."}, "caption": {"sv": "Ett mejl som ser äkta ut."}},
        {"type": "key_points", "points": [{"sv": "Tänk efter."}, {"sv": "Fråga."}]}
      ]
    },
    {
      "id": "fall",
      "title": {"sv": "Ett fall"},
      "parts": [
        {"type": "scenario", "id": "fall-mejl", "story": {"sv": "Anna får ett mejl."}, "prompt": {"sv": "Vad gör Anna?"},
         "options": [
           {"id": "klicka", "text": {"sv": "Hon klickar."}, "outcome": {"sv": "Datorn får virus."}},
           {"id": "fraga", "text": {"sv": "Hon frågar chefen."}, "outcome": {"sv": "Chefen tackar."}}
         ]},
        {"type": "reflection", "prompt": {"sv": "Har ni fått sådana mejl?"}}
      ]
    },
    {
      "id": "fragor",
      "title": {"sv": "Frågor"},
      "parts": [
        {"type": "question", "id": "f-single", "kind": "single", "prompt": {"sv": "Vad gör du?"},
         "choices": [
           {"id": "a", "text": {"sv": "Klickar"}, "feedback": {"sv": "Nej, det är farligt."}},
           {"id": "b", "text": {"sv": "Frågar"}, "correct": true, "feedback": {"sv": "Ja, det är klokt."}}
         ]},
        {"type": "question", "id": "f-multiple", "kind": "multiple", "prompt": {"sv": "Vilka är tecken?"},
         "choices": [
           {"id": "a", "text": {"sv": "Bråttom"}, "correct": true, "feedback": {"sv": "Ja."}},
           {"id": "b", "text": {"sv": "Konstig avsändare"}, "correct": true, "feedback": {"sv": "Ja."}},
           {"id": "c", "text": {"sv": "Ditt namn"}, "correct": false, "feedback": {"sv": "Inte alltid."}}
         ],
         "feedback_right": {"sv": "Rätt."}, "feedback_wrong": {"sv": "Titta igen."}},
        {"type": "question", "id": "f-sant", "kind": "true_false", "prompt": {"sv": "Banken ber aldrig om koden."},
         "answer": true, "feedback_right": {"sv": "Rätt."}, "feedback_wrong": {"sv": "Banken ber aldrig om den."}}
      ]
    },
    {
      "id": "ordning",
      "title": {"sv": "Ordning"},
      "parts": [
        {"type": "question", "id": "f-ordning", "kind": "order", "prompt": {"sv": "I vilken ordning?"},
         "items": [{"id": "las", "text": {"sv": "Läs"}}, {"id": "tank", "text": {"sv": "Tänk"}}, {"id": "gor", "text": {"sv": "Gör"}}],
         "feedback_right": {"sv": "Rätt."}, "feedback_wrong": {"sv": "Läs först."}},
        {"type": "question", "id": "f-par", "kind": "match", "prompt": {"sv": "Para ihop."},
         "pairs": [
           {"id": "kod", "left": {"sv": "Kod"}, "right": {"sv": "Hemlig"}},
           {"id": "namn", "left": {"sv": "Namn"}, "right": {"sv": "Känt"}}
         ],
         "feedback_right": {"sv": "Rätt."}, "feedback_wrong": {"sv": "Koden är hemlig."}}
      ]
    }
  ]
})";

// One statement of the fixture instrument (a table is easier to read than 36 JSON objects).
struct FixtureStatement {
  const char* id;
  const char* competence;
  const char* care_topic;  // "" for none
  bool then_now;
  const char* sv;
  const char* en;
};

// 36 statements: information has exactly 3 (the minimum per area), "valfardsteknik" exactly 2 (the
// minimum per care topic) and exactly 4 are then/now items (the minimum), so each rule breaks with
// one change. Other tests use the ids info-1, info-2, comm-1, comm-2, content-1, content-2,
// safety-1, safety-2, prob-1, problem-1 and problem-2.
inline const std::vector<FixtureStatement>& fixture_statements() {
  static const std::vector<FixtureStatement> statements = {
      {"info-1", "1.1", "", true, "Jag kan hitta en rutin på intranätet.", "I can find a routine on the intranet."},
      {"info-2", "1.2", "", false, "Jag kan avgöra om en sida går att lita på.", "I can tell whether a page can be trusted."},
      {"info-3", "1.3", "dokumentation", false, "Jag kan söka i journalen efter en anteckning.",
       "I can search the care record for a note."},
      {"comm-1", "2.1", "", false, "Jag kan skicka ett säkert meddelande.", "I can send a secure message."},
      {"comm-2", "2.1", "", true, "Jag kan ringa ett videosamtal.", "I can make a video call."},
      {"comm-3", "2.4", "", false, "Jag kan dela en kalender med mina kollegor.", "I can share a calendar with my colleagues."},
      {"comm-4", "2.1", "valfardsteknik", false, "Jag kan hjälpa en brukare att ringa ett videosamtal.",
       "I can help a client make a video call."},
      {"comm-5", "2.5", "", false, "Jag kan skriva ett vänligt och tydligt mejl.", "I can write a kind and clear e-mail."},
      {"comm-6", "2.6", "", false, "Jag kan logga in med min e-legitimation.", "I can log in with my e-ID."},
      {"comm-7", "2.2", "", false, "Jag kan skicka en bild till en kollega på ett säkert sätt.",
       "I can send a picture to a colleague safely."},
      {"comm-8", "2.3", "", false, "Jag kan boka en tid hos vården på nätet.", "I can book a health care visit online."},
      {"content-1", "3.1", "dokumentation", true, "Jag kan skriva en anteckning.", "I can write a note."},
      {"content-2", "3.1", "", false, "Jag kan ta ett foto med plattan och spara det rätt.",
       "I can take a photo with the tablet and save it properly."},
      {"content-3", "3.2", "", false, "Jag kan ändra i ett dokument som en kollega har skrivit.",
       "I can edit a document a colleague wrote."},
      {"content-4", "3.3", "", false, "Jag kan se om jag får använda en bild.", "I can tell whether I may use a picture."},
      {"content-5", "3.2", "", false, "Jag kan göra en enkel lista i ett kalkylark.", "I can make a simple list in a spreadsheet."},
      {"content-6", "3.4", "", false, "Jag kan ställa in en påminnelse i telefonen.", "I can set a reminder on the phone."},
      {"content-7", "3.1", "dokumentation", false, "Jag kan dokumentera direkt i journalen i mobilen.",
       "I can write in the care record on the phone."},
      {"safety-1", "4.2", "informationssakerhet", true, "Jag kan känna igen ett falskt mejl.", "I can spot a fake e-mail."},
      {"safety-2", "4.1", "informationssakerhet", false, "Jag kan låsa plattan när jag går ifrån den.",
       "I can lock the tablet when I leave it."},
      {"safety-3", "4.2", "informationssakerhet", false, "Jag kan förklara varför brukarens uppgifter är hemliga.",
       "I can explain why a client's details are confidential."},
      {"safety-4", "4.3", "", false, "Jag kan ta pauser från skärmen.", "I can take breaks from the screen."},
      {"safety-5", "4.1", "", false, "Jag kan välja ett bra lösenord.", "I can choose a good password."},
      {"safety-6", "4.4", "", false, "Jag kan stänga av skärmen när jag inte använder den.",
       "I can turn off the screen when I do not use it."},
      {"safety-7", "4.2", "", false, "Jag kan dela uppgifter bara med den som ska ha dem.",
       "I can share details only with those who should have them."},
      {"safety-8", "4.1", "", false, "Jag kan uppdatera appar när plattan ber om det.",
       "I can update apps when the tablet asks."},
      {"safety-9", "4.3", "", false, "Jag kan ställa in skärmen så att den är lätt att läsa.",
       "I can set the screen so it is easy to read."},
      {"prob-1", "5.1", "", false, "Jag kan starta om en platta som hänger sig.", "I can restart a tablet that freezes."},
      {"problem-1", "5.1", "", false, "Jag kan lösa ett enkelt problem med skrivaren.",
       "I can solve a simple problem with the printer."},
      {"problem-2", "5.2", "valfardsteknik", false, "Jag kan välja ett digitalt hjälpmedel som passar en brukare.",
       "I can choose a digital aid that suits a client."},
      {"problem-3", "5.4", "", false, "Jag kan se vad jag behöver lära mig mer om.", "I can see what I need to learn more about."},
      {"problem-4", "5.3", "", false, "Jag kan pröva ett nytt sätt att göra en uppgift digitalt.",
       "I can try a new digital way to do a task."},
      {"problem-5", "5.1", "", false, "Jag kan be om rätt hjälp när tekniken krånglar.",
       "I can ask for the right help when technology fails."},
      {"problem-6", "5.4", "", false, "Jag kan lära mig en ny app på egen hand.", "I can learn a new app on my own."},
      {"problem-7", "5.2", "", false, "Jag kan föreslå en digital lösning för ett problem på jobbet.",
       "I can suggest a digital solution to a problem at work."},
      {"problem-8", "5.1", "", false, "Jag kan koppla plattan till det trådlösa nätet.",
       "I can connect the tablet to the wireless network."},
  };
  return statements;
}

// A valid instrument (format version 1, instrument v2 fields) with every text in English too.
inline std::string instrument_json() {
  nlohmann::json statements = nlohmann::json::array();
  for (const FixtureStatement& s : fixture_statements()) {
    nlohmann::json statement = {{"id", s.id}, {"competence", s.competence}, {"text", {{"sv", s.sv}, {"en", s.en}}}};
    if (s.care_topic[0] != '\0') statement["care_topic"] = s.care_topic;
    if (s.then_now) statement["then_now"] = true;
    statements.push_back(statement);
  }
  const nlohmann::json doc = {
      {"format", "digilyft-instrument"},
      {"version", 1},
      {"id", "digcomp-omsorg"},
      {"title", {{"sv", "Självskattning"}, {"en", "Self-assessment"}}},
      {"intro", {{"sv", "Det finns inga fel svar."}, {"en", "There are no wrong answers."}}},
      {"statements", statements},
      {"evaluation",
       nlohmann::json::array(
           {{{"id", "forstaelse"},
             {"text", {{"sv", "Jag förstår bättre hur digitala arbetssätt kan hjälpa brukarna."},
                       {"en", "I better understand how digital ways of working can help the clients."}}}},
            {{"id", "anvander-mer"},
             {"use", true},
             {"text", {{"sv", "Jag använder digitala verktyg mer i mitt arbete nu."},
                       {"en", "I use digital tools more in my work now."}}}},
            {{"id", "tryggare"},
             {"use", false},
             {"text", {{"sv", "Jag känner mig tryggare med tekniken."}, {"en", "I feel more confident with technology."}}}}})},
  };
  return doc.dump();
}

inline const std::string kInstrumentJson = instrument_json();

// A valid manager survey: one question per topic, single and multiple, every text in English.
inline const char* const kSurveyJson = R"({
  "format": "digilyft-survey",
  "version": 1,
  "id": "chefsenkat",
  "title": {"sv": "Chefsenkät", "en": "Manager survey"},
  "intro": {"sv": "Svaren stannar på plattan.", "en": "The answers stay on the tablet."},
  "questions": [
    {"id": "rutin-anpassad", "topic": "routines", "kind": "single",
     "prompt": {"sv": "Har du ändrat en rutin så att den passar ett digitalt arbetssätt?",
                "en": "Have you changed a routine to fit a digital way of working?"},
     "options": [
       {"id": "ja", "text": {"sv": "Ja", "en": "Yes"}},
       {"id": "planerar", "text": {"sv": "Nej, men jag planerar det", "en": "No, but I plan to"}},
       {"id": "nej", "text": {"sv": "Nej", "en": "No"}}
     ]},
    {"id": "forutsattningar", "topic": "prerequisites", "kind": "multiple",
     "prompt": {"sv": "Vad har personalen fått?", "en": "What have the staff been given?"},
     "options": [
       {"id": "enhet", "text": {"sv": "En platta eller telefon", "en": "A tablet or phone"}},
       {"id": "tid", "text": {"sv": "Tid under arbetsdagen", "en": "Time in the working day"}},
       {"id": "plats", "text": {"sv": "En lugn plats", "en": "A quiet place"}},
       {"id": "ombud", "text": {"sv": "Ett digitalt ombud", "en": "A digital champion"}}
     ]},
    {"id": "behov", "topic": "needs", "kind": "multiple",
     "prompt": {"sv": "Vad behöver gruppen lära sig mer om?", "en": "What does the team need to learn more about?"},
     "options": [
       {"id": "sakerhet", "text": {"sv": "Säkerhet", "en": "Safety"}},
       {"id": "dokumentation", "text": {"sv": "Dokumentation", "en": "Documentation"}},
       {"id": "valfardsteknik", "text": {"sv": "Välfärdsteknik", "en": "Welfare technology"}}
     ]}
  ]
})";

// Every role family gets a path; the fixture has two modules, so each path names both.
inline const char* const kCatalogJson = R"({
  "format": "digilyft-catalog",
  "version": 1,
  "modules": ["modules/saker-inloggning/module.json", "modules/videosamtal/module.json"],
  "instruments": ["instruments/digcomp-omsorg/instrument.json"],
  "surveys": ["instruments/chefsenkat/survey.json"],
  "paths": [
    {"role_family": "omsorg", "modules": ["saker-inloggning", "videosamtal"]},
    {"role_family": "funktionsstod", "modules": ["videosamtal", "saker-inloggning"]},
    {"role_family": "halso-sjukvard", "modules": ["saker-inloggning", "videosamtal"]},
    {"role_family": "handlaggning-utveckling", "modules": ["saker-inloggning", "videosamtal"]},
    {"role_family": "chef", "modules": ["videosamtal", "saker-inloggning"]}
  ]
})";

using Files = std::map<std::string, std::string>;

inline Files fixture_files() {
  return {{"catalog.json", kCatalogJson},
          {"modules/saker-inloggning/module.json", kModuleJson},
          {"modules/videosamtal/module.json", kModule2Json},
          {"instruments/digcomp-omsorg/instrument.json", kInstrumentJson},
          {"instruments/chefsenkat/survey.json", kSurveyJson}};
}

inline ReadFile reader_of(const Files& files) {
  return [files](const std::string& path) -> std::optional<std::string> {
    const auto it = files.find(path);
    if (it == files.end()) return std::nullopt;
    return it->second;
  };
}

inline Catalog fixture_catalog() { return load_catalog(reader_of(fixture_files())); }

// `json_text` with the value at `pointer` replaced (or added).
inline std::string with(const std::string& json_text, const std::string& pointer, const nlohmann::json& value) {
  auto doc = nlohmann::json::parse(json_text);
  doc[nlohmann::json::json_pointer(pointer)] = value;
  return doc.dump();
}

// `json_text` without the value at `pointer` (a member of an object or an entry of a list).
inline std::string without(const std::string& json_text, const std::string& pointer) {
  auto doc = nlohmann::json::parse(json_text);
  const nlohmann::json::json_pointer p(pointer);
  nlohmann::json& parent = doc[p.parent_pointer()];
  if (parent.is_array()) {
    parent.erase(parent.begin() + std::stol(p.back()));
  } else {
    parent.erase(p.back());
  }
  return doc.dump();
}

inline bool has_problem(const std::vector<Problem>& problems, const std::string& code, const std::string& pointer) {
  for (const auto& p : problems) {
    if (p.code == code && p.pointer == pointer) return true;
  }
  return false;
}

inline std::string list_problems(const std::vector<Problem>& problems) {
  std::string out;
  for (const auto& p : problems) out += format_for_author(p) + "\n";
  return out;
}

}  // namespace dl::test
