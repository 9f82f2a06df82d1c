// The widget kit every view draws with: large, calm, touch-friendly ImGui widgets that each record
// an accessibility node (a11y_tree.hpp). Views never call ImGui widgets directly, so nothing a
// person can see or press is missing from the DOM mirror.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "a11y_tree.hpp"
#include "core/programme.hpp"

namespace dl::ui {

// small: a compact secondary button (≥ 44 px tall, less padding), e.g. "Upp"/"Ner" by order items.
enum class ButtonKind { primary, secondary, small };
enum class Tone { info, success, warning };  // for message boxes
// The colour (ImGui's packed ABGR) of a round_bars / legend series 0..2: calm grey, blue, orange.
std::uint32_t series_color(int series);

class Ui {
 public:
  // `activations`: ids the page asked to activate since the last frame (keyboard or screen
  // reader pressed a mirrored button); consumed by the widget with that id this frame.
  // `text_inputs`: text fields the person typed in since the last frame (field id -> its text).
  explicit Ui(std::set<std::uint32_t> activations = {},
              std::map<std::uint32_t, std::string> text_inputs = {});

  // ---- text ----
  void heading(const std::string& text, int level = 1);
  void paragraph(const std::string& text);                 // wrapped to the column
  void muted(const std::string& text);                     // secondary, smaller contrast (still AA)
  void bullet(const std::string& text);                    // a list item
  void message(const std::string& text, Tone tone, bool urgent = false);  // box; status or alert
  // Markup-lite text: blocks separated by a blank line; lines starting with "- " are bullets (one
  // per line); **emphasis** is drawn bold. Mirrored as one text node per paragraph and per bullet.
  void rich_text(const std::string& text);
  // A calm tinted box with a bold heading (level 3 in the mirror) and rich text under it: for
  // "Prata om i gruppen" prompts and a scenario's story. Not a feedback message.
  void callout(const std::string& heading, const std::string& text);
  // A picture shipped in the site (src relative to it, e.g. "content/modules/x/bilder/y.svg"):
  // a centred box of the picture's aspect ratio, at most the column and `width` CSS px wide. The
  // page shows the picture itself over the box (an <img> with `alt`); `caption` (may be empty)
  // goes under it as muted text.
  void picture(const std::string& src, const std::string& alt, const std::string& caption,
               int width, int height);
  // ---- input ----
  // `accessible_name` (optional) is what a screen reader says instead of the label; it must
  // contain the visible label's words ("Upp" -> "Flytta upp: Tvätta händerna").
  bool button(const std::string& label, ButtonKind kind = ButtonKind::primary, bool enabled = true,
              const std::string& accessible_name = "");
  // A full-width row that shows or hides the section under it (WAI-ARIA disclosure): a triangle
  // points right while shut and down while open; the mirror says aria-expanded. True when pressed.
  bool disclosure(const std::string& label, bool open);
  bool link(const std::string& label);                     // small, underlined text button
  void file_button(const std::string& label);              // the page opens a multi-file picker
  // label drawn as the group's question. `choose_on_space`: in the page's mirror the arrow keys
  // move focus only and Space or Enter chooses, for a group where a choice changes the screen
  // (a match row closes once paired), so moving through the options does not choose each one.
  void radio_group_begin(const std::string& label, bool choose_on_space = false);
  bool radio(const std::string& label, bool selected);     // true when pressed this frame
  // A compact pill-shaped radio (filters "Alla", "Omsorg", …): chips flow left to right and wrap.
  bool chip(const std::string& label, bool selected);      // true when pressed this frame
  void radio_group_end();
  // An option row with a square box and a tick; true when pressed this frame (the caller flips
  // its state). Between radio_group_begin/end the group becomes a plain group (role "group").
  bool checkbox(const std::string& label, bool checked);
  // A one-line text field under its label. The page lays a real <input> over the frame, so typing,
  // on-screen keyboards, pasting and screen readers work as on any web page. Returns true when the
  // person changed the text since the last frame; `edited` then holds the new text (at most
  // `max_chars` characters). `read_only`: shows a text to select and copy (a link).
  bool text_field(const std::string& label, const std::string& value, std::string& edited,
                  std::size_t max_chars, bool read_only = false);
  // ---- figures ----
  // A QR code as a square of dark modules on white with a quiet zone, at most `css_size` px wide;
  // mirrored as an image named `alt`.
  void qr_code(const QrCode& code, const std::string& alt, float css_size);
  void progress(float fraction, const std::string& value_text);  // bar + "Sida 3 av 6" under it
  void score_bar(const std::string& label, int score, const std::string& value_text);  // 0..100
  // A chart of one area's scores, one horizontal bar per self-assessment round on a 0–100 scale.
  // Each bar has its text over it, so colour is never the only cue. The mirror shows a group named
  // `title` holding one text per bar (its label), which a screen reader reads in order.
  struct RoundBar {
    std::string label;  // "Före kurserna: Medel"; drawn and read as it is
    int score = -1;     // 0..100; -1 = no value (only the label is drawn)
    int series = 0;     // 0..2: the bar's colour, the same for a round in every chart and legend
  };
  void round_bars(const std::string& title, const std::vector<RoundBar>& bars);
  // The colour key of round_bars: the caption, then a swatch and a name per entry, in a row that
  // wraps. Mirrored as one text: "Färgerna: Före kurserna, Efter kursen".
  struct LegendEntry {
    std::string name;  // "Före kurserna"
    int series = 0;    // as RoundBar::series
  };
  void legend(const std::string& caption, const std::vector<LegendEntry>& entries);
  // `show_caption` false: the caption is the mirror's only (a fold above says the same title).
  void table(const std::string& caption, const std::vector<std::vector<std::string>>& cells,
             bool show_caption = true);
  // ---- framed groups ----
  // A white framed box around the widgets drawn between begin and end (not nested).
  void card_begin();
  void card_end();
  // A put-in-order item: a card with `text` on the left and small buttons on the right (under
  // the text on a narrow screen). Returns the index of the button pressed this frame, or -1.
  struct ItemButton {
    std::string label;            // "Upp"
    bool enabled = true;
    std::string accessible_name;  // "Flytta upp: Tvätta händerna"
  };
  int item_row(const std::string& text, const std::vector<ItemButton>& buttons);
  // One line with `left` (bold) and `right` (regular) at the right edge; under it when narrow.
  void text_row(const std::string& left, const std::string& right);
  // ---- layout ----
  void space(float css_px = 16);
  void same_line();      // the next widget goes on the same row (e.g. "Föregående" and "Nästa")
  void push_id(const std::string& id);  // for repeated labels (one id scope per statement, …)
  void pop_id();

  A11yTree& tree() { return tree_; }

 private:
  bool take_activation(std::uint32_t id);
  bool option_row(const std::string& label, bool on, Role role);  // radio and checkbox rows
  std::set<std::uint32_t> activations_;
  std::map<std::uint32_t, std::string> text_inputs_;
  A11yTree tree_;
  std::string current_group_;
  // Layout state of this frame (widgets.cpp).
  bool same_line_ = false;      // same_line() was called; the next widget joins the row if it fits
  int unnamed_count_ = 0;       // numbers the nodes that have no ImGui id (text, bars)
  std::size_t group_node_ = 0;  // index in tree_.nodes of the open radio group
  bool group_has_checkbox_ = false;  // the open group holds checkboxes: role "group"
  bool last_was_chip_ = false;  // the previous widget in the open group was a chip
  struct Card {
    bool open = false;
    float top = 0, left = 0, width = 0;  // screen coordinates of the frame
    float saved_work_max = 0, saved_content_max = 0;
  } card_;
};

}  // namespace dl::ui
