// Shared test fixtures: a small valid module, a second module, an instrument with every area, a
// catalog over them, and helpers that change one value in a JSON text.
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
  "areas": ["safety", "information"],
  "pages": [
    {
      "id": "varfor",
      "title": {"sv": "Varför det spelar roll"},
      "paragraphs": [{"sv": "Ditt konto skyddar brukarnas uppgifter.", "en": "Your account protects data."}],
      "key_points": [{"sv": "Dela aldrig ditt lösenord."}]
    },
    {
      "id": "losenord",
      "title": {"sv": "Lösenord"},
      "paragraphs": [{"sv": "Ett bra lösenord är långt."}],
      "question": {
        "id": "fraga-losenord",
        "prompt": {"sv": "Vilket lösenord är bäst?"},
        "choices": [
          {"id": "a", "text": {"sv": "123456"}, "correct": false, "feedback": {"sv": "För kort och vanligt."}},
          {"id": "b", "text": {"sv": "blå-katt-dansar-i-regn"}, "correct": true, "feedback": {"sv": "Rätt, långt och lätt att minnas."}},
          {"id": "c", "text": {"sv": "mittnamn"}, "feedback": {"sv": "Lätt att gissa."}}
        ]
      }
    }
  ]
})";

// A module with two questions, so cross-page rules can be tested.
inline const char* const kModule2Json = R"({
  "format": "digilyft-module",
  "version": 1,
  "id": "videosamtal",
  "title": {"sv": "Videosamtal"},
  "summary": {"sv": "Hjälp en brukare att ringa video."},
  "minutes": 10,
  "areas": ["communication"],
  "pages": [
    {
      "id": "start",
      "title": {"sv": "Start"},
      "paragraphs": [{"sv": "Ett videosamtal kan bryta ensamhet."}],
      "question": {
        "id": "q1",
        "prompt": {"sv": "Vad behövs?"},
        "choices": [
          {"id": "ja", "text": {"sv": "Nät"}, "correct": true, "feedback": {"sv": "Ja."}},
          {"id": "nej", "text": {"sv": "Fax"}, "correct": false, "feedback": {"sv": "Nej."}}
        ]
      }
    },
    {
      "id": "slut",
      "title": {"sv": "Slut"},
      "paragraphs": [{"sv": "Bra jobbat."}],
      "question": {
        "id": "q2",
        "prompt": {"sv": "Vem bestämmer?"},
        "choices": [
          {"id": "brukaren", "text": {"sv": "Brukaren"}, "correct": true, "feedback": {"sv": "Ja."}},
          {"id": "jag", "text": {"sv": "Jag"}, "correct": false, "feedback": {"sv": "Nej."}}
        ]
      }
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
