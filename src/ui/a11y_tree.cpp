// Serialises a frame's accessibility tree to the compact JSON the page's mirror (web/js/mirror.js)
// reads. Fields with their default value are left out; rects are rounded to 0.1 CSS px.
//
// {"lang":"sv","height":1234,"nodes":[{"id":1,"role":"button","label":"Kurser","x":..,"y":..,
//   "w":..,"h":.., "level":1, "checked":true, "expanded":false, "disabled":true, "value":50,"min":0,"max":100,
//   "valuetext":"Sida 3 av 6", "group":"123", "action":"pick-files", "cells":[["..",".."]],
//   "name":"Flytta upp: Tvätta händerna", "spans":[["Tvätta ",false],["alltid",true],[" händerna",false]],
//   "src":"content/modules/x/bilder/y.svg"}]}
#include "ui/a11y_tree.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

namespace dl::ui {

const char* role_name(Role role) {
  switch (role) {
    case Role::heading: return "heading";
    case Role::text: return "paragraph";
    case Role::button: return "button";
    case Role::link: return "link";
    case Role::radiogroup: return "radiogroup";
    case Role::radio: return "radio";
    case Role::checkbox: return "checkbox";
    case Role::group: return "group";
    case Role::progressbar: return "progressbar";
    case Role::image: return "img";
    case Role::table: return "table";
    case Role::status: return "status";
    case Role::alert: return "alert";
    case Role::textbox: return "textbox";
  }
  return "paragraph";
}

namespace {
double tenth(float v) { return std::round(static_cast<double>(v) * 10) / 10; }
}  // namespace

std::string to_json(const A11yTree& tree) {
  nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
  for (const A11yNode& n : tree.nodes) {
    nlohmann::ordered_json j = {{"id", n.id},        {"role", role_name(n.role)}, {"label", n.label},
                        {"x", tenth(n.x)},   {"y", tenth(n.y)},           {"w", tenth(n.w)},
                        {"h", tenth(n.h)}};
    if (n.level) j["level"] = n.level;
    if (n.role == Role::radio || n.role == Role::checkbox) j["checked"] = n.checked;
    if (n.disabled) j["disabled"] = true;
    if (n.expanded >= 0) j["expanded"] = n.expanded == 1;
    if (n.role == Role::progressbar) {
      j["value"] = n.value;
      j["min"] = n.min;
      j["max"] = n.max;
    }
    if (n.role == Role::textbox) {
      j["value"] = n.value_text;
      j["maxlength"] = n.max;
      if (n.read_only) j["readonly"] = true;
    } else if (!n.value_text.empty()) {
      j["valuetext"] = n.value_text;
    }
    if (!n.group.empty()) j["group"] = n.group;
    if (!n.action.empty()) j["action"] = n.action;
    if (!n.cells.empty()) j["cells"] = n.cells;
    if (!n.name.empty()) j["name"] = n.name;
    if (!n.spans.empty()) {
      nlohmann::ordered_json spans = nlohmann::ordered_json::array();
      for (const TextSpan& span : n.spans) spans.push_back({span.text, span.bold});
      j["spans"] = std::move(spans);
    }
    if (!n.src.empty()) j["src"] = n.src;
    nodes.push_back(std::move(j));
  }
  nlohmann::ordered_json out = {{"lang", tree.lang}, {"height", tenth(tree.content_height)},
                        {"nodes", std::move(nodes)}};
  if (tree.new_view) out["newView"] = true;
  // Invalid UTF-8 in content must not stop the page: replace it rather than throw.
  return out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace dl::ui
