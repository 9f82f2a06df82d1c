// What a view returns: the person's intent, carried out by the app. Views never change state.
#pragma once
#include <string>
#include <variant>

#include "core/progress.hpp"

namespace dl::ui {

enum class Screen {
  start, courses, module_overview, module, module_done, self_assessment, profile, about_you,
  manager_survey, coordinator
};

// The course list's filters: a role family id and a level id; "" = all.
struct CatalogFilter {
  std::string role;
  std::string level;
};

struct Navigate { Screen screen; std::string module_id; };
struct Change { Action action; };          // a change to the person's progress (saved at once)
struct ExportResult {};                    // download the anonymised result file
struct ClearWorkspace {};                  // coordinator: forget the files read in
struct DownloadGuide { std::string module_id; };  // the printable discussion guide of a module
struct SetCatalogFilter { CatalogFilter filter; };

using UiAction =
    std::variant<Navigate, Change, ExportResult, ClearWorkspace, DownloadGuide, SetCatalogFilter>;

}  // namespace dl::ui
