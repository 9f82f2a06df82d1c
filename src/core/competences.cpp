// The 21 DigComp 2.2 competences (ids "1.1" .. "5.4") with their areas and names, and the level
// bands a module is written for. Module files name competences by id; the areas follow from them.
#include "content.hpp"

namespace dl {

const std::vector<Competence>& digcomp_competences() {
  // Swedish names follow the Swedish translations of DigComp, in plain words.
  static const std::vector<Competence> table = {
      {"1.1", Area::information, {"Söka, hitta och filtrera data, information och digitalt innehåll",
                                  "Browsing, searching and filtering data, information and digital content"}},
      {"1.2", Area::information, {"Värdera data, information och digitalt innehåll",
                                  "Evaluating data, information and digital content"}},
      {"1.3", Area::information, {"Hantera data, information och digitalt innehåll",
                                  "Managing data, information and digital content"}},
      {"2.1", Area::communication, {"Interagera med hjälp av digital teknik",
                                    "Interacting through digital technologies"}},
      {"2.2", Area::communication, {"Dela med hjälp av digital teknik", "Sharing through digital technologies"}},
      {"2.3", Area::communication, {"Delta i samhället med hjälp av digital teknik",
                                    "Engaging in citizenship through digital technologies"}},
      {"2.4", Area::communication, {"Samarbeta med hjälp av digital teknik",
                                    "Collaborating through digital technologies"}},
      {"2.5", Area::communication, {"Nätetikett", "Netiquette"}},
      {"2.6", Area::communication, {"Hantera digital identitet", "Managing digital identity"}},
      {"3.1", Area::content_creation, {"Utveckla digitalt innehåll", "Developing digital content"}},
      {"3.2", Area::content_creation, {"Integrera och bearbeta digitalt innehåll",
                                       "Integrating and re-elaborating digital content"}},
      {"3.3", Area::content_creation, {"Upphovsrätt och licenser", "Copyright and licences"}},
      {"3.4", Area::content_creation, {"Programmering", "Programming"}},
      {"4.1", Area::safety, {"Skydda enheter", "Protecting devices"}},
      {"4.2", Area::safety, {"Skydda personuppgifter och integritet", "Protecting personal data and privacy"}},
      {"4.3", Area::safety, {"Skydda hälsa och välbefinnande", "Protecting health and well-being"}},
      {"4.4", Area::safety, {"Skydda miljön", "Protecting the environment"}},
      {"5.1", Area::problem_solving, {"Lösa tekniska problem", "Solving technical problems"}},
      {"5.2", Area::problem_solving, {"Identifiera behov och tekniska lösningar",
                                      "Identifying needs and technological responses"}},
      {"5.3", Area::problem_solving, {"Använda digital teknik kreativt", "Creatively using digital technologies"}},
      {"5.4", Area::problem_solving, {"Identifiera luckor i den egna digitala kompetensen",
                                      "Identifying digital competence gaps"}},
  };
  return table;
}

const Competence* find_competence(std::string_view id) {
  for (const Competence& c : digcomp_competences()) {
    if (id == c.id) return &c;
  }
  return nullptr;
}

}  // namespace dl
