// The widget kit every view draws with: large, calm, touch-friendly ImGui widgets that each record
// an accessibility node (a11y_tree.hpp). Views never call ImGui widgets directly, so nothing a
// person can see or press is missing from the DOM mirror.
#pragma once
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "a11y_tree.hpp"

namespace dl::ui {

enum class ButtonKind { primary, secondary };
enum class Tone { info, success, warning };  // for message boxes

class Ui {
 public:
  // `activations`: ids the page asked to activate since the last frame (keyboard or screen
  // reader pressed a mirrored button); consumed by the widget with that id this frame.
  explicit Ui(std::set<std::uint32_t> activations = {});

  // ---- text ----
  void heading(const std::string& text, int level = 1);
  void paragraph(const std::string& text);                 // wrapped to the column
  void muted(const std::string& text);                     // secondary, smaller contrast (still AA)
  void bullet(const std::string& text);                    // a list item
  void message(const std::string& text, Tone tone, bool urgent = false);  // box; status or alert
  // ---- input ----
  bool button(const std::string& label, ButtonKind kind = ButtonKind::primary, bool enabled = true);
  bool link(const std::string& label);                     // small, underlined text button
  void file_button(const std::string& label);              // the page opens a multi-file picker
  void radio_group_begin(const std::string& label);        // label drawn as the group's question
  bool radio(const std::string& label, bool selected);     // true when pressed this frame
  void radio_group_end();
  // ---- figures ----
  void progress(float fraction, const std::string& value_text);  // bar + "Sida 3 av 6" under it
  void score_bar(const std::string& label, int score, const std::string& value_text);  // 0..100
  void table(const std::string& caption, const std::vector<std::vector<std::string>>& cells);
  // ---- layout ----
  void space(float css_px = 16);
  void same_line();      // the next widget goes on the same row (e.g. "Föregående" and "Nästa")
  void push_id(const std::string& id);  // for repeated labels (one id scope per statement, …)
  void pop_id();

  A11yTree& tree() { return tree_; }

 private:
  bool take_activation(std::uint32_t id);
  std::set<std::uint32_t> activations_;
  A11yTree tree_;
  std::string current_group_;
  // Layout state of this frame (widgets.cpp).
  bool same_line_ = false;      // same_line() was called; the next widget joins the row if it fits
  int unnamed_count_ = 0;       // numbers the nodes that have no ImGui id (text, bars)
  std::size_t group_node_ = 0;  // index in tree_.nodes of the open radio group
};

}  // namespace dl::ui
