// The fixed background questions and their options (part of the anonymity rules, not content).
#include "background.hpp"

namespace dl {

const std::vector<BackgroundQuestion>& background_questions() {
  static const std::vector<BackgroundQuestion> questions = {
      {"gender",
       {"Kön", "Gender"},
       {{"kvinna", {"Kvinna", "Woman"}},
        {"man", {"Man", "Man"}},
        {"annat", {"Annat eller vill ej uppge", "Other or prefer not to say"}}}},
      {"age_band",
       {"Ålder", "Age"},
       {{"upto-29", {"29 år eller yngre", "29 or younger"}},
        {"30-54", {"30–54 år", "30–54"}},
        {"55-plus", {"55 år eller äldre", "55 or older"}}}},
      {"role_family",
       {"Yrkesgrupp", "Occupational group"},
       {{"omsorg", {"Omsorg (undersköterska, vårdbiträde)", "Care (assistant nurse, care aide)"}},
        {"funktionsstod",
         {"Funktionsstöd (personlig assistent, boendestödjare, stödpedagog, stödassistent)",
          "Disability support (personal assistant, housing support worker, support educator, "
          "support assistant)"}},
        {"halso-sjukvard", {"Hälso- och sjukvård (sjuksköterska)", "Health care (nurse)"}},
        {"handlaggning-utveckling",
         {"Handläggning och utveckling (biståndshandläggare, utvecklingsledare)",
          "Case management and development (care needs assessor, development lead)"}},
        {"chef", {"Chef", "Manager"}}}},
      // Where the person works, coarse enough that it never names a unit.
      {"work_setting",
       {"Arbetsplats", "Workplace"},
       {{"hemtjanst", {"Hemtjänst", "Home care"}},
        {"sarskilt-boende", {"Särskilt boende (äldreboende)", "Residential care home"}},
        {"funktionsstod",
         {"Boende eller daglig verksamhet inom funktionsstöd",
          "Housing or daily activities in disability support"}},
        {"personlig-assistans", {"Personlig assistans", "Personal assistance"}},
        {"halso-sjukvard",
         {"Hälso- och sjukvård, till exempel hemsjukvård", "Health care, for example home health care"}},
        {"annat", {"Annat", "Other"}}}},
  };
  return questions;
}

bool is_valid_background_answer(std::string_view question_id, std::string_view option_id) {
  for (const auto& q : background_questions()) {
    if (question_id != q.id) continue;
    for (const auto& o : q.options) {
      if (option_id == o.id) return true;
    }
  }
  return false;
}

std::string background_option_label(std::string_view question_id, const std::string& option_id, Lang lang) {
  for (const auto& q : background_questions()) {
    if (question_id != q.id) continue;
    for (const auto& o : q.options) {
      if (option_id == o.id) return tr(lang, o.label);
    }
  }
  return option_id;
}

std::string* Background::field(std::string_view question_id) {
  if (question_id == "gender") return &gender;
  if (question_id == "age_band") return &age_band;
  if (question_id == "role_family") return &role_family;
  if (question_id == "work_setting") return &work_setting;
  return nullptr;
}

const std::string* Background::field(std::string_view question_id) const {
  return const_cast<Background*>(this)->field(question_id);
}

}  // namespace dl
