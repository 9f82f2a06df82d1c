// Shared test fixtures: a small valid module, a second module, a module with every part and
// question kind, an instrument with every area, a catalog over the first two and the instrument,
// and helpers that change one value in a JSON text.
#pragma once
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "core/content.hpp"

namespace dl::test {

inline const char* const kModuleJson = R"({
  "format": "digilyft-module",
  "version": 1,
  "id": "saker-inloggning",
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

inline const char* const kInstrumentJson = R"({
  "format": "digilyft-instrument",
  "version": 1,
  "id": "digcomp-omsorg",
  "title": {"sv": "Självskattning", "en": "Self-assessment"},
  "intro": {"sv": "Det finns inga fel svar."},
  "statements": [
    {"id": "info-1", "area": "information", "text": {"sv": "Jag kan hitta en rutin på intranätet."}},
    {"id": "info-2", "area": "information", "text": {"sv": "Jag kan avgöra om en sida går att lita på."}},
    {"id": "comm-1", "area": "communication", "text": {"sv": "Jag kan skicka ett säkert meddelande."}},
    {"id": "content-1", "area": "content", "text": {"sv": "Jag kan skriva en anteckning."}},
    {"id": "safety-1", "area": "safety", "text": {"sv": "Jag kan känna igen ett falskt mejl."}},
    {"id": "prob-1", "area": "problem-solving", "text": {"sv": "Jag kan starta om en platta som hänger sig."}}
  ]
})";

inline const char* const kCatalogJson = R"({
  "format": "digilyft-catalog",
  "version": 1,
  "modules": ["modules/saker-inloggning/module.json", "modules/videosamtal/module.json"],
  "instruments": ["instruments/digcomp-omsorg/instrument.json"]
})";

using Files = std::map<std::string, std::string>;

inline Files fixture_files() {
  return {{"catalog.json", kCatalogJson},
          {"modules/saker-inloggning/module.json", kModuleJson},
          {"modules/videosamtal/module.json", kModule2Json},
          {"instruments/digcomp-omsorg/instrument.json", kInstrumentJson}};
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

// `json_text` without the value at `pointer`.
inline std::string without(const std::string& json_text, const std::string& pointer) {
  auto doc = nlohmann::json::parse(json_text);
  const nlohmann::json::json_pointer p(pointer);
  doc[p.parent_pointer()].erase(p.back());
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
