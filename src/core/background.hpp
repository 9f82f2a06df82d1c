// Coarse background categories, the only facts about a person a result file may carry.
// They are fixed here, not in content, because they are part of the anonymity rules.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "i18n.hpp"

namespace dl {

struct BackgroundOption {
  const char* id;  // stored and exported value
  Phrase label;
};
struct BackgroundQuestion {
  const char* id;  // "gender", "age_band", "role_family", "work_setting"
  Phrase prompt;
  std::vector<BackgroundOption> options;
};

// gender: kvinna | man | annat ; age_band: upto-29 | 30-54 | 55-plus ;
// role_family: omsorg | funktionsstod | halso-sjukvard | handlaggning-utveckling | chef ;
// work_setting: hemtjanst | sarskilt-boende | funktionsstod | personlig-assistans |
//               halso-sjukvard | annat
const std::vector<BackgroundQuestion>& background_questions();
bool is_valid_background_answer(std::string_view question_id, std::string_view option_id);
// The option's words in `lang` ("Hemtjänst"), or the id itself when the question has no such option.
std::string background_option_label(std::string_view question_id, const std::string& option_id, Lang lang);

// A person's answers; an empty string means not answered (every question is optional).
struct Background {
  std::string gender;
  std::string age_band;
  std::string role_family;
  std::string work_setting;
  std::string* field(std::string_view question_id);  // nullptr for unknown ids
  const std::string* field(std::string_view question_id) const;
  bool operator==(const Background& o) const {
    return gender == o.gender && age_band == o.age_band && role_family == o.role_family &&
           work_setting == o.work_setting;
  }
};

}  // namespace dl
