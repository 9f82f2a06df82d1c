// What one drawn frame shows, described for assistive technology and browser tests.
// The widget kit records a node for every widget and line of text; the platform layer mirrors the
// list into the page's DOM with the same roles, labels and positions. No ImGui types here.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/markup.hpp"

namespace dl::ui {

enum class Role {
  heading,      // level 1..3
  text,         // a paragraph or line of text
  button,
  link,         // navigation that leaves the current screen (e.g. "Till startsidan")
  radiogroup,   // a group; radios that follow it with the same `group` belong to it
  radio,
  checkbox,     // checked; in a `group` node when drawn inside radio_group_begin/end
  group,        // a group of checkboxes (radio_group_begin/end holding checkboxes), or a chart
                // (round_bars) holding one text per bar; members name the group in `group`
  progressbar,  // value/min/max, value_text e.g. "Sida 3 av 6"
  image,        // a drawn chart bar etc.; label says what it shows. With `src`: a picture the
                // page itself shows over the box (label = its alt text)
  table,        // cells: first row holds the column headers
  status,       // a polite live message (feedback, "Filen är sparad")
  alert,        // an assertive message (storage blocked, errors)
  textbox,      // a text field: the page shows a real <input> over the frame (value_text = its text)
};
const char* role_name(Role role);  // the ARIA role: "heading", "paragraph", "button", ...

struct A11yNode {
  std::uint32_t id = 0;  // stable across frames while the widget stays (ImGui id)
  Role role = Role::text;
  std::string label;     // the visible label or text (plain: no ** marks)
  std::string name;      // accessible name when it differs from the label (aria-label); it
                         // contains the label's words, e.g. "Flytta upp: Tvätta händerna"
  std::vector<TextSpan> spans;  // the label in spans of plain and bold text, when some is bold
                                // (rich_text; core/markup.hpp read the marks)
  std::string src;       // image: a picture file relative to the site ("content/…/bild.svg")
  float x = 0, y = 0, w = 0, h = 0;  // CSS px in document coordinates (scroll included)
  int level = 0;         // heading level
  bool checked = false;  // radio, checkbox
  int expanded = -1;     // button that shows or hides a section (a disclosure): 1 open, 0 shut
  bool disabled = false;
  bool read_only = false;  // textbox: shown and selectable (to copy), not editable
  float value = 0, min = 0, max = 0;  // progressbar; textbox: max = the most characters
  std::string value_text;             // progressbar aria-valuetext
  std::string group;                  // radio, checkbox, a chart's text: id of its group node
  std::string action;                 // "pick-files": the page opens a file picker itself;
                                      // "choose-on-space": a radiogroup whose arrow keys only move
  std::vector<std::vector<std::string>> cells;  // table
};

struct A11yTree {
  std::vector<A11yNode> nodes;  // in reading order
  float content_height = 0;     // CSS px of the whole screen's content
  std::string lang = "sv";
  bool new_view = false;        // a new screen or page opened this frame: focus and announce it
};

// Compact JSON handed to the page each drawn frame.
std::string to_json(const A11yTree& tree);

}  // namespace dl::ui
