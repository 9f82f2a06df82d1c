// What a view returns: the person's intent, carried out by the app. Views never change state.
#pragma once
#include <string>
#include <variant>

#include "core/progress.hpp"

namespace dl::ui {

enum class Screen { start, courses, module, module_done, self_assessment, profile, coordinator };

struct Navigate { Screen screen; std::string module_id; };
struct Change { Action action; };          // a change to the person's progress (saved at once)
struct ExportResult {};                    // download the anonymised result file
struct ClearWorkspace {};                  // coordinator: forget the files read in

using UiAction = std::variant<Navigate, Change, ExportResult, ClearWorkspace>;

}  // namespace dl::ui
