// The authoring rules of a course and the statements' teaching (authoring_rules.hpp).
#include "authoring_rules.hpp"

#include <set>

#include "json_reader.hpp"

namespace dl {
namespace {

Problem authoring(const std::string& file, const std::string& pointer, const std::string& detail) {
  return Problem{"content.authoring", file, pointer, detail};
}

std::string range(int low, int high) { return std::to_string(low) + "–" + std::to_string(high); }

}  // namespace

std::vector<Problem> authoring_problems(const Module& module, const std::string& file) {
  std::vector<Problem> out;
  if (module.minutes < kMinCourseMinutes || module.minutes > kMaxCourseMinutes) {
    out.push_back(authoring(file, "/minutes",
                            range(kMinCourseMinutes, kMaxCourseMinutes) + " minutes: " + std::to_string(module.minutes)));
  }
  if (module.pages.size() < kMinCoursePages || module.pages.size() > kMaxCoursePages) {
    out.push_back(authoring(file, "/pages",
                            range(kMinCoursePages, kMaxCoursePages) + " pages: " + std::to_string(module.pages.size())));
  }
  const int questions = module.question_count();
  if (questions < kMinCourseQuestions || questions > kMaxCourseQuestions) {
    out.push_back(authoring(file, "/pages",
                            range(kMinCourseQuestions, kMaxCourseQuestions) + " questions: " + std::to_string(questions)));
  }
  std::set<QuestionKind> kinds;
  bool scenario = false, reflection = false;
  for (const Page& page : module.pages) {
    for (const PagePart& part : page.parts) {
      if (part.question) kinds.insert(part.question->kind);
      scenario = scenario || part.kind == PagePart::Kind::scenario;
      reflection = reflection || part.kind == PagePart::Kind::reflection;
    }
  }
  if (kinds.size() < kMinQuestionKinds) {
    out.push_back(authoring(file, "/pages",
                            "questions of at least " + std::to_string(kMinQuestionKinds) + " kinds: " +
                                std::to_string(kinds.size())));
  }
  if (!scenario) out.push_back(authoring(file, "/pages", "a scenario (a case to choose in)"));
  if (!reflection) out.push_back(authoring(file, "/pages", "a reflection (a prompt for the group talk)"));
  if (module.sources.empty()) out.push_back(authoring(file, "/sources", "the sources of the course's facts"));
  if (!module.checked) out.push_back(authoring(file, "/checked", "the day the facts were checked (YYYY-MM-DD)"));
  return out;
}

std::vector<Problem> teaching_problems(const Catalog& catalog, const std::map<std::string, std::string>& module_files,
                                       const std::string& instrument_file) {
  std::vector<Problem> out;
  if (!catalog.instrument) return out;
  const Instrument& instrument = *catalog.instrument;
  std::set<std::string> taught;
  for (const Module& module : catalog.modules) {
    const auto file = module_files.find(module.id);
    const std::string& path = file == module_files.end() ? module.id : file->second;
    for (std::size_t i = 0; i < module.teaches.size(); ++i) {
      const std::string& id = module.teaches[i];
      const Statement* statement = instrument.find_statement(id);
      if (statement == nullptr) {
        out.push_back(Problem{"content.unknown_statement", path, json_read::child("/teaches", i), id});
      } else if (!statement->taught) {
        out.push_back(Problem{"content.taught_anyway", path, json_read::child("/teaches", i),
                              id + " is marked \"taught\": false in the instrument"});
      } else {
        taught.insert(id);
      }
    }
  }
  for (std::size_t i = 0; i < instrument.statements.size(); ++i) {
    const Statement& statement = instrument.statements[i];
    if (statement.taught && taught.count(statement.id) == 0) {
      out.push_back(Problem{"content.not_taught", instrument_file, json_read::child("/statements", i),
                            statement.id + ": no course teaches it (a module's \"teaches\"), nor is it marked "
                                           "\"taught\": false"});
    }
  }
  return out;
}

}  // namespace dl
