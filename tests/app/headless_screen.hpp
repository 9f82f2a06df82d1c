// Draws the app's screens headless (ImGui with no backend, as imgui_impl_null does) and works them
// through the accessibility tree, the way a person uses the page's DOM mirror: find a widget by
// role and visible label, activate it, read what the next frame shows.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "app/app.hpp"
#include "imgui.h"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace dl::test {

class HeadlessScreen {
 public:
  HeadlessScreen() {
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1024, 768);
    ui::theme::build_fonts(ui::theme::builtin_font_only(), 1.0f);  // ImGui's built-in font: no files natively
    ui::theme::apply_style();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  }
  ~HeadlessScreen() { ImGui::DestroyContext(context_); }
  HeadlessScreen(const HeadlessScreen&) = delete;
  HeadlessScreen& operator=(const HeadlessScreen&) = delete;

  // One frame, as the page draws it; `activate` = ids pressed through the mirror, `typed` = text
  // fields typed in (id -> their text).
  const ui::A11yTree& frame(App& app, std::set<std::uint32_t> activate = {},
                            std::map<std::uint32_t, std::string> typed = {}) {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    ui::theme::begin_page(0);
    ui::Ui ui(std::move(activate), std::move(typed));
    app.draw(ui);
    tree_ = ui.tree();
    tree_.content_height = ui::theme::end_page();
    ImGui::Render();
    return tree_;
  }

  const ui::A11yTree& tree() const { return tree_; }

  // The first node with this role whose visible label or accessible name is `label`, after the
  // node labelled `after` when that is given (e.g. the check button of one question).
  const ui::A11yNode* find(ui::Role role, const std::string& label, const std::string& after = "") const {
    bool past = after.empty();
    for (const ui::A11yNode& node : tree_.nodes) {
      if (!past) {
        past = node.label == after;
        continue;
      }
      if (node.role == role && (node.label == label || node.name == label)) return &node;
    }
    return nullptr;
  }
  bool has_text(const std::string& part) const {
    for (const ui::A11yNode& node : tree_.nodes) {
      if (node.label.find(part) != std::string::npos) return true;
    }
    return false;
  }

  // The progress bar's text ("Sida 3 av 6"), or "" when the screen has none.
  std::string progress_text() const {
    for (const ui::A11yNode& node : tree_.nodes) {
      if (node.role == ui::Role::progressbar) return node.value_text;
    }
    return {};
  }

  // Presses the widget with this role and label (it must be on the current screen and enabled),
  // then draws the following frames so the change shows.
  void press(App& app, ui::Role role, const std::string& label, const std::string& after = "") {
    frame(app);
    const ui::A11yNode* node = find(role, label, after);
    ASSERT_NE(node, nullptr) << "no " << ui::role_name(role) << " named '" << label << "'";
    ASSERT_FALSE(node->disabled) << "'" << label << "' is disabled";
    frame(app, {node->id});
    frame(app);
  }
  // Opens every folded section on the screen (a disclosure button that is shut), as a person
  // tapping each, then draws the next frame.
  void open_folds(App& app) {
    frame(app);
    std::set<std::uint32_t> shut;
    for (const ui::A11yNode& node : tree().nodes) {
      if (node.role == ui::Role::button && node.expanded == 0) shut.insert(node.id);
    }
    if (shut.empty()) return;
    frame(app, shut);
    frame(app);
  }
  // Types `text` into the text field labelled `label` (replacing what it held), as the page's
  // <input> hands each change over, then draws the following frames.
  void type(App& app, const std::string& label, const std::string& text, const std::string& after = "") {
    frame(app);
    const ui::A11yNode* node = find(ui::Role::textbox, label, after);
    ASSERT_NE(node, nullptr) << "no text field named '" << label << "'";
    frame(app, {}, {{node->id, text}});
    frame(app);
  }
  // The text a text field shows now ("" when there is no such field).
  std::string field_text(const std::string& label) const {
    const ui::A11yNode* node = find(ui::Role::textbox, label);
    return node != nullptr ? node->value_text : std::string();
  }
  // The radio `label` inside the radio group `group`.
  void choose(App& app, const std::string& group, const std::string& label) {
    frame(app);
    std::string group_id;
    for (const ui::A11yNode& node : tree_.nodes) {
      if ((node.role == ui::Role::radiogroup || node.role == ui::Role::group) && node.label == group) {
        group_id = std::to_string(node.id);
      }
    }
    ASSERT_FALSE(group_id.empty()) << "no radio group '" << group << "'";
    for (const ui::A11yNode& node : tree_.nodes) {
      if ((node.role == ui::Role::radio || node.role == ui::Role::checkbox) && node.group == group_id &&
          node.label == label) {
        frame(app, {node.id});
        frame(app);
        return;
      }
    }
    FAIL() << "no radio '" << label << "' in group '" << group << "'";
  }

 private:
  ImGuiContext* context_ = nullptr;
  ui::A11yTree tree_;
};

}  // namespace dl::test
