// The widget kit's newer widgets drawn headless (ImGui without a backend, as headless_screen.hpp
// does) and checked through the accessibility nodes they record: role, label, state, accessible
// name, picture source, and sizes a finger can hit.
#include <algorithm>
#include <cctype>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "imgui.h"
#include "ui/a11y_tree.hpp"
#include "ui/theme.hpp"
#include "ui/widget_parts.hpp"
#include "ui/widgets.hpp"

namespace dl::ui {
namespace {

class Widgets : public ::testing::Test {
 protected:
  Widgets() {
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1024, 768);
    theme::build_fonts(theme::builtin_font_only(), 1.0f);
    theme::apply_style();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  }
  ~Widgets() override { ImGui::DestroyContext(context_); }

  // One frame drawing `body`; `activate` = ids pressed through the mirror.
  const A11yTree& frame(const std::function<void(Ui&)>& body, std::set<std::uint32_t> activate = {}) {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    theme::begin_page(0);
    Ui ui(std::move(activate));
    body(ui);
    tree_ = ui.tree();
    tree_.content_height = theme::end_page();
    ImGui::Render();
    return tree_;
  }
  void set_width(float w) { ImGui::GetIO().DisplaySize = ImVec2(w, 768); }

  const A11yNode* find(Role role, const std::string& label) const {
    for (const A11yNode& n : tree_.nodes)
      if (n.role == role && n.label == label) return &n;
    return nullptr;
  }
  std::vector<const A11yNode*> all(Role role) const {
    std::vector<const A11yNode*> out;
    for (const A11yNode& n : tree_.nodes)
      if (n.role == role) out.push_back(&n);
    return out;
  }

  // The horizontal extent of everything the last frame drew in `color` (opaque vertices only, so
  // anti-aliased fringes do not count); {0, 0} when nothing was.
  std::pair<float, float> drawn_extent(std::uint32_t color) const {
    float lo = 1e9f, hi = -1e9f;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int l = 0; data != nullptr && l < data->CmdListsCount; ++l)
      for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer)
        if (v.col == color) {
          lo = std::min(lo, v.pos.x);
          hi = std::max(hi, v.pos.x);
        }
    return lo > hi ? std::pair<float, float>{0, 0} : std::pair<float, float>{lo, hi};
  }

  ImGuiContext* context_ = nullptr;
  A11yTree tree_;
};

constexpr float kColumnLeft = (1024 - theme::kColumnMaxWidth) / 2;

TEST_F(Widgets, CheckboxIsAFullWidthRowWithItsStateAndMakesItsGroupAPlainGroup) {
  bool pressed_a = false;
  auto draw = [&](Ui& ui) {
    ui.radio_group_begin("Vilka stämmer?");
    pressed_a = ui.checkbox("Tvätta händerna", true);
    ui.checkbox("Byt handskar##2", false);
    ui.radio_group_end();
    ui.checkbox("Ensam ruta", false);
  };
  frame(draw);
  const A11yNode* group = find(Role::group, "Vilka stämmer?");
  ASSERT_NE(group, nullptr);
  const A11yNode* a = find(Role::checkbox, "Tvätta händerna");
  const A11yNode* b = find(Role::checkbox, "Byt handskar");
  const A11yNode* alone = find(Role::checkbox, "Ensam ruta");
  ASSERT_TRUE(a && b && alone);
  EXPECT_TRUE(a->checked);
  EXPECT_FALSE(b->checked);
  EXPECT_EQ(a->group, std::to_string(group->id));
  EXPECT_EQ(b->group, std::to_string(group->id));
  EXPECT_TRUE(alone->group.empty());
  EXPECT_GE(a->h, 44);
  EXPECT_FLOAT_EQ(a->w, theme::kColumnMaxWidth);
  EXPECT_GT(b->y, a->y + a->h - 1);
  EXPECT_GE(group->y + group->h, b->y + b->h - 0.5f);  // the group covers its boxes

  const std::uint32_t id = a->id;
  frame(draw, {id});
  EXPECT_TRUE(pressed_a);
  EXPECT_NE(to_json(tree_).find("\"role\":\"group\""), std::string::npos);
}

TEST_F(Widgets, RadioGroupsStayRadioGroups) {
  frame([](Ui& ui) {
    ui.radio_group_begin("Fråga");
    ui.radio("Ja", false);
    ui.radio("Nej", true);
    ui.radio_group_end();
  });
  EXPECT_NE(find(Role::radiogroup, "Fråga"), nullptr);
  ASSERT_NE(find(Role::radio, "Nej"), nullptr);
  EXPECT_TRUE(find(Role::radio, "Nej")->checked);
}

TEST_F(Widgets, RichTextMakesParagraphsAndBulletsWithEmphasisMarkup) {
  frame([](Ui& ui) {
    ui.rich_text("Tvätta **alltid** händerna\nföre och efter.\n\n- Ett\n- **Två** saker\n\n"
                 "Tryck på **Logga ut**. **Klart.**");
  });
  const auto texts = all(Role::text);
  ASSERT_EQ(texts.size(), 4u);
  using Spans = std::vector<TextSpan>;
  EXPECT_EQ(texts[3]->spans, (Spans{{"Tryck på ", false}, {"Logga ut", true}, {". ", false}, {"Klart.", true}}));
  EXPECT_EQ(texts[0]->label, "Tvätta alltid händerna före och efter.");
  EXPECT_EQ(texts[0]->spans, (Spans{{"Tvätta ", false}, {"alltid", true}, {" händerna före och efter.", false}}));
  EXPECT_EQ(texts[1]->label, "Ett");
  EXPECT_TRUE(texts[1]->spans.empty());
  EXPECT_EQ(texts[2]->label, "Två saker");
  EXPECT_EQ(texts[2]->spans, (Spans{{"Två", true}, {" saker", false}}));
  EXPECT_EQ(texts[3]->label, "Tryck på Logga ut. Klart.");
  EXPECT_GT(texts[1]->y, texts[0]->y);
  EXPECT_GT(texts[2]->y, texts[1]->y);
  EXPECT_GT(texts[3]->y, texts[2]->y);
  // Bullets of one list sit closer together than a list and the paragraph after it.
  const float in_list = texts[2]->y - (texts[1]->y + texts[1]->h);
  const float after = texts[3]->y - (texts[2]->y + texts[2]->h);
  EXPECT_LT(in_list, after);
  EXPECT_NE(to_json(tree_).find("\"spans\":[[\"Två\",true],[\" saker\",false]]"), std::string::npos);
}

TEST_F(Widgets, RichTextWrapsLongTextWithinTheColumn) {
  std::string long_text;
  for (int i = 0; i < 40; ++i) long_text += i % 5 == 0 ? "**viktigt** " : "ord ";
  frame([&](Ui& ui) { ui.rich_text(long_text); });
  const auto texts = all(Role::text);
  ASSERT_EQ(texts.size(), 1u);
  EXPECT_LE(texts[0]->w, theme::kColumnMaxWidth);
  EXPECT_GT(texts[0]->h, 40);  // more than one line
}

TEST_F(Widgets, PictureKeepsItsAspectRatioIsCentredAndNamesItsSource) {
  frame([](Ui& ui) {
    ui.picture("content/modules/m/bilder/p.svg", "En surfplatta i laddaren", "Bild: laddaren", 400, 300);
    ui.picture("content/modules/m/bilder/bred.svg", "Bred bild", "", 2000, 1000);
  });
  const A11yNode* p = find(Role::image, "En surfplatta i laddaren");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->src, "content/modules/m/bilder/p.svg");
  EXPECT_NEAR(p->w, 400 - 3, 1);
  EXPECT_NEAR(p->h, 300 - 3, 1);
  const float centre = kColumnLeft + theme::kColumnMaxWidth / 2;
  EXPECT_NEAR(p->x + p->w / 2, centre, 1);
  const A11yNode* caption = find(Role::text, "Bild: laddaren");
  ASSERT_NE(caption, nullptr);
  EXPECT_GT(caption->y, p->y + p->h);
  const A11yNode* wide = find(Role::image, "Bred bild");
  ASSERT_NE(wide, nullptr);
  EXPECT_LE(wide->w, theme::kColumnMaxWidth);  // never wider than the column
  EXPECT_NEAR(wide->w / wide->h, 2.0f, 0.05f);
  EXPECT_NE(to_json(tree_).find("\"src\":\"content/modules/m/bilder/p.svg\""), std::string::npos);
}

TEST_F(Widgets, CalloutHeadingIsOneLevelBelowTheHeadingItFollows) {
  frame([](Ui& ui) {
    ui.heading("Bra jobbat!", 1);
    ui.callout("Berätta hur det gick", "Text");
    ui.heading("Avsnitt", 2);
    ui.callout("Prata om i gruppen", "Text");
  });
  EXPECT_EQ(find(Role::heading, "Berätta hur det gick")->level, 2);  // no h3 straight under the h1
  EXPECT_EQ(find(Role::heading, "Prata om i gruppen")->level, 3);
}

TEST_F(Widgets, CalloutHasALevelThreeHeadingAndTextInsideItsBox) {
  frame([](Ui& ui) {
    ui.heading("Sida", 2);
    ui.paragraph("Före");
    ui.callout("Prata om i gruppen", "Hur gör ni när **någon** glömmer?\n\n- Fråga ett\n- Fråga två");
    ui.paragraph("Efter");
  });
  const A11yNode* heading = find(Role::heading, "Prata om i gruppen");
  ASSERT_NE(heading, nullptr);
  EXPECT_EQ(heading->level, 3);
  const A11yNode* text = find(Role::text, "Hur gör ni när någon glömmer?");
  ASSERT_NE(text, nullptr);
  EXPECT_EQ(text->spans, (std::vector<TextSpan>{{"Hur gör ni när ", false}, {"någon", true}, {" glömmer?", false}}));
  EXPECT_NE(find(Role::text, "Fråga två"), nullptr);
  EXPECT_GT(text->y, heading->y + heading->h - 0.5f);
  EXPECT_GT(text->x, kColumnLeft);  // padded inside the box
  const A11yNode* before = find(Role::text, "Före");
  const A11yNode* after = find(Role::text, "Efter");
  EXPECT_LT(before->y + before->h, heading->y);
  EXPECT_GT(after->y, find(Role::text, "Fråga två")->y + 20);
}

TEST_F(Widgets, ChipsFlowOnOneRowWrapWhenNarrowAndActLikeRadios) {
  const std::vector<std::string> labels = {"Alla", "Omsorg", "Hemtjänst", "Funktionsstöd",
                                           "Chef", "Grundläggande", "Medel", "Avancerad"};
  int pressed = -1;
  auto draw = [&](Ui& ui) {
    ui.radio_group_begin("Roll");
    for (std::size_t i = 0; i < labels.size(); ++i)
      if (ui.chip(labels[i], i == 0)) pressed = static_cast<int>(i);
    ui.radio_group_end();
    ui.paragraph("Under");
  };
  frame(draw);
  const A11yNode* group = find(Role::radiogroup, "Roll");
  ASSERT_NE(group, nullptr);
  const auto chips = all(Role::radio);
  ASSERT_EQ(chips.size(), labels.size());
  EXPECT_TRUE(chips[0]->checked);
  for (const A11yNode* c : chips) {
    EXPECT_GE(c->h, 44);
    EXPECT_LT(c->w, 300);
    EXPECT_EQ(c->group, std::to_string(group->id));
  }
  EXPECT_FLOAT_EQ(chips[1]->y, chips[0]->y);  // side by side
  EXPECT_GT(chips[1]->x, chips[0]->x + chips[0]->w);
  EXPECT_GT(find(Role::text, "Under")->y, chips.back()->y + chips.back()->h);

  const std::uint32_t id = chips[2]->id;
  frame(draw, {id});
  EXPECT_EQ(pressed, 2);

  set_width(360);  // a phone: chips wrap onto more rows, each within the column
  frame(draw);
  float rows = 1;
  const auto narrow = all(Role::radio);
  for (std::size_t i = 1; i < narrow.size(); ++i)
    if (narrow[i]->y > narrow[i - 1]->y) ++rows;
  EXPECT_GE(rows, 3);
  for (const A11yNode* c : narrow) EXPECT_LE(c->x + c->w, 360 - theme::kSideMargin + 0.5f);
}

TEST_F(Widgets, ButtonsCarryAnAccessibleNameAndSmallButtonsStayTouchSized) {
  bool pressed = false;
  auto draw = [&](Ui& ui) {
    pressed = ui.button("Upp##3", ButtonKind::small, true, "Flytta upp: Tvätta händerna");
    ui.same_line();
    ui.button("Ner##3", ButtonKind::small, false, "Flytta ner: Tvätta händerna");
    ui.button("Nästa");
  };
  frame(draw);
  const A11yNode* up = find(Role::button, "Upp");
  const A11yNode* down = find(Role::button, "Ner");
  const A11yNode* next = find(Role::button, "Nästa");
  ASSERT_TRUE(up && down && next);
  EXPECT_EQ(up->name, "Flytta upp: Tvätta händerna");
  // Label in name (WCAG 2.5.3): the visible words are in the spoken name, case aside.
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  EXPECT_NE(lower(up->name).find(lower(up->label)), std::string::npos);
  EXPECT_TRUE(down->disabled);
  EXPECT_TRUE(next->name.empty());
  EXPECT_GE(up->h, 44);
  EXPECT_GE(up->w, 44);
  EXPECT_LT(up->h, next->h + 0.5f);
  EXPECT_LT(up->w, next->w);
  EXPECT_FLOAT_EQ(down->y, up->y);
  EXPECT_NE(to_json(tree_).find("\"name\":\"Flytta upp: Tvätta händerna\""), std::string::npos);
  const std::uint32_t id = up->id;
  frame(draw, {id});
  EXPECT_TRUE(pressed);
}

TEST_F(Widgets, ItemRowPutsButtonsRightOfTheTextAndUnderItOnAPhone) {
  int pressed = -2;
  auto draw = [&](Ui& ui) {
    for (const char* text : {"Tvätta händerna", "Ta på handskar"}) {
      const int p = ui.item_row(text, {{"Upp", true, std::string("Flytta upp: ") + text},
                                       {"Ner", true, std::string("Flytta ner: ") + text}});
      if (p >= 0) pressed = p;
    }
  };
  frame(draw);
  const A11yNode* text = find(Role::text, "Tvätta händerna");
  ASSERT_NE(text, nullptr);
  std::vector<const A11yNode*> ups;
  for (const A11yNode* b : all(Role::button))
    if (b->label == "Upp") ups.push_back(b);
  ASSERT_EQ(ups.size(), 2u);
  EXPECT_NE(ups[0]->id, ups[1]->id);
  EXPECT_EQ(ups[0]->name, "Flytta upp: Tvätta händerna");
  EXPECT_GE(ups[0]->h, 44);
  EXPECT_GT(ups[0]->x, text->x + text->w);          // beside the text, on the right
  EXPECT_LT(ups[0]->y, text->y + text->h);
  EXPECT_GT(ups[1]->y, ups[0]->y + ups[0]->h);      // the next item is below

  const std::uint32_t id = ups[1]->id;
  frame(draw, {id});
  EXPECT_EQ(pressed, 0);

  set_width(320);
  frame(draw);
  text = find(Role::text, "Tvätta händerna");
  const A11yNode* up = nullptr;
  for (const A11yNode* b : all(Role::button))
    if (b->name == "Flytta upp: Tvätta händerna") up = b;
  ASSERT_TRUE(text && up);
  EXPECT_GE(up->y, text->y + text->h);  // under the text on a narrow phone
}

// Very narrow (200 % zoom, large text): buttons that do not fit side by side go one under the
// other, each as tall as its wrapped label, and every one inside the row's frame.
TEST_F(Widgets, ItemRowButtonsStayInsideTheirRowWhenTheColumnIsNarrow) {
  set_width(150);
  frame([](Ui& ui) {
    ui.item_row("Tvätta händerna", {{"Upp", true, "Flytta upp"}, {"Ner", true, "Flytta ner"}});
    ui.item_row("Omsorg, Medel", {{"Ändra urvalet av kurser", true, "Ändra urvalet av kurser"}});
  });
  const float right = 150 - theme::kSideMargin + 0.5f;
  const A11yNode* up = nullptr;
  const A11yNode* down = nullptr;
  const A11yNode* change = nullptr;
  for (const A11yNode* b : all(Role::button)) {
    EXPECT_LE(b->x + b->w, right) << b->label;
    EXPECT_GE(b->h, 44) << b->label;
    if (b->label == "Upp") up = b;
    if (b->label == "Ner") down = b;
    if (b->label == "Ändra urvalet av kurser") change = b;
  }
  ASSERT_TRUE(up && down && change);
  EXPECT_GE(down->y, up->y + up->h) << "one under the other";
  // The long label wraps, and the button grows with it.
  EXPECT_GT(change->h, 60) << change->h;
}

// A word longer than the column (large text on a phone) breaks at the edge with a hyphen: nothing
// is drawn past the column, in plain text, in a list and in a callout.
TEST_F(Widgets, AWordLongerThanTheColumnBreaksAtTheEdge) {
  set_width(200);
  const std::string word = "Integritetsskyddsmyndighetensdataskyddsförordningen";
  frame([&](Ui& ui) {
    ui.rich_text("Fråga " + word + " om **" + word + "** i dag.\n\n- " + word);
    ui.callout("Prata om", word);
  });
  int texts = 0;
  for (const A11yNode* node : all(Role::text)) {
    ++texts;
    EXPECT_LE(node->x + node->w, 200 - theme::kSideMargin + 0.5f) << node->label;
  }
  EXPECT_EQ(texts, 3);
  ASSERT_NE(find(Role::text, "Fråga " + word + " om " + word + " i dag."), nullptr);  // read whole
}

TEST_F(Widgets, CardFramesItsContentAndTextRowSplitsLeftAndRight) {
  frame([](Ui& ui) {
    ui.card_begin();
    ui.paragraph("I kortet");
    ui.card_end();
    ui.paragraph("Efter kortet");
    ui.text_row("Tid", "1 h 20 min");
  });
  const A11yNode* inside = find(Role::text, "I kortet");
  const A11yNode* after = find(Role::text, "Efter kortet");
  ASSERT_TRUE(inside && after);
  EXPECT_NEAR(inside->x, kColumnLeft + theme::kCardPad, 0.5f);
  EXPECT_GE(after->y, inside->y + inside->h + theme::kCardPad);
  EXPECT_NEAR(after->x, kColumnLeft, 0.5f);
  const A11yNode* left = find(Role::text, "Tid");
  const A11yNode* right = find(Role::text, "1 h 20 min");
  ASSERT_TRUE(left && right);
  EXPECT_FLOAT_EQ(left->y, right->y);
  EXPECT_NEAR(right->x + right->w, kColumnLeft + theme::kColumnMaxWidth, 0.5f);
}

TEST_F(Widgets, RoundBarsAreAGroupNamedByTheAreaWithOneTextPerBarAndBarsAsLongAsTheScores) {
  frame([](Ui& ui) {
    ui.round_bars("Säkerhet", {{"Före kurserna: Medel", 45, 0},
                               {"Efter kursen: Medel", 60, 1},
                               {"Uppföljning: Inget värde – du svarade Ej aktuellt", -1, 2}});
    ui.paragraph("Under");
  });
  const A11yNode* group = find(Role::group, "Säkerhet");
  ASSERT_NE(group, nullptr);
  std::vector<const A11yNode*> members;
  for (const A11yNode& n : tree_.nodes)
    if (n.group == std::to_string(group->id)) members.push_back(&n);
  ASSERT_EQ(members.size(), 3u);
  EXPECT_EQ(members[0]->label, "Före kurserna: Medel");
  EXPECT_EQ(members[1]->label, "Efter kursen: Medel");
  EXPECT_EQ(members[2]->label, "Uppföljning: Inget värde – du svarade Ej aktuellt");
  for (const A11yNode* m : members) {
    EXPECT_EQ(m->role, Role::text);
    EXPECT_GE(m->y, group->y);
    EXPECT_LE(m->y + m->h, group->y + group->h + 0.5f);
  }
  EXPECT_GT(members[1]->y, members[0]->y + members[0]->h - 0.5f);
  EXPECT_GT(members[2]->y, members[1]->y + members[1]->h - 0.5f);
  EXPECT_LT(members[2]->h, members[0]->h);  // no value: the text alone, no bar
  EXPECT_GT(find(Role::text, "Under")->y, group->y + group->h);
  EXPECT_FLOAT_EQ(group->w, theme::kColumnMaxWidth);

  // Each bar starts at the column's left edge and is as long as its score on a 0–100 scale.
  const auto before = drawn_extent(series_color(0));
  const auto after = drawn_extent(series_color(1));
  EXPECT_NEAR(before.first, kColumnLeft, 1.5f);
  EXPECT_NEAR(before.second - before.first, 0.45f * theme::kColumnMaxWidth, 1.5f);
  EXPECT_NEAR(after.second - after.first, 0.60f * theme::kColumnMaxWidth, 1.5f);
  EXPECT_EQ(drawn_extent(series_color(2)), (std::pair<float, float>{0, 0}));  // no value, no bar
  EXPECT_NE(to_json(tree_).find("\"group\":\"" + std::to_string(group->id) + "\""), std::string::npos);
}

TEST_F(Widgets, RoundBarsShowAZeroAsAStubAndWrapLongLabelsOnAPhone) {
  const std::string long_label = "Före kurserna: 0 av 100, Här börjar du – en lång rad som får brytas";
  auto draw = [&](Ui& ui) { ui.round_bars("Problemlösning", {{long_label, 0, 0}}); };
  frame(draw);
  const auto stub = drawn_extent(series_color(0));
  EXPECT_GT(stub.second - stub.first, 1.0f);  // the round's colour shows even at 0
  EXPECT_LT(stub.second - stub.first, 8.0f);
  const float wide_h = find(Role::text, long_label)->h;

  set_width(360);
  frame(draw);
  const A11yNode* text = find(Role::text, long_label);
  ASSERT_NE(text, nullptr);
  EXPECT_GT(text->h, wide_h + 20);  // the label took more lines
  EXPECT_LE(text->x + text->w, 360 - theme::kSideMargin + 0.5f);
}

TEST_F(Widgets, LegendIsOneTextWithEveryNameAndSwatchesInTheSeriesColours) {
  auto draw = [](Ui& ui) {
    ui.legend("Färgerna:", {{"Före kurserna", 0}, {"Efter kursen", 1}, {"Uppföljning", 2}});
  };
  frame(draw);
  const A11yNode* legend = find(Role::text, "Färgerna: Före kurserna, Efter kursen, Uppföljning");
  ASSERT_NE(legend, nullptr);
  for (int series = 0; series < 3; ++series) {
    const auto swatch = drawn_extent(series_color(series));
    EXPECT_NEAR(swatch.second - swatch.first, 18, 1.5f) << "series " << series;
  }
  EXPECT_LT(drawn_extent(series_color(0)).first, drawn_extent(series_color(1)).first);
  const float one_row = legend->h;

  set_width(300);
  frame(draw);
  EXPECT_GT(find(Role::text, "Färgerna: Före kurserna, Efter kursen, Uppföljning")->h, one_row * 1.5f);
}

TEST_F(Widgets, ATableTooWideForAPhoneBecomesOneCardPerRowAndKeepsItsCells) {
  const std::vector<std::vector<std::string>> cells = {
      {"Kön", "29 år eller yngre", "30–54 år", "55 år eller äldre", "Ej besvarat", "Totalt"},
      {"Kvinna", "34", "28", "29", "5", "96"},
      {"Annat eller vill ej uppge", "31", "..", "–", "6", "96"}};
  const auto draw = [&](Ui& ui) { ui.table("Deltagare efter kön och ålder", cells); };
  frame(draw);
  const A11yNode* table = find(Role::table, "Deltagare efter kön och ålder");
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->cells, cells);
  EXPECT_GT(drawn_extent(theme::kTableHeader).second, 0);  // a grid with its heading row
  const float grid_height = table->h;

  set_width(390);
  frame(draw);
  table = find(Role::table, "Deltagare efter kön och ålder");
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->cells, cells);  // read the same by a screen reader and a test
  EXPECT_EQ(drawn_extent(theme::kTableHeader), (std::pair<float, float>{0, 0}));  // no squeezed grid
  const auto [left, right] = drawn_extent(theme::kCardBorder);
  EXPECT_NEAR(left, theme::kSideMargin, 2.0f);  // cards as wide as the column
  EXPECT_NEAR(right, 390 - theme::kSideMargin, 2.0f);
  EXPECT_GT(table->h, grid_height);  // a line per figure
  // Two columns always fit as a grid.
  frame([](Ui& ui) { ui.table("Två kolumner", {{"Omgång", "Svar"}, {"Före kurserna", "120"}}); });
  EXPECT_GT(drawn_extent(theme::kTableHeader).second, 0);
}

}  // namespace
}  // namespace dl::ui

namespace dl::ui {
namespace {

using detail::Lines;
using detail::hyphen_point;
using detail::line_width;
using detail::wrap;

// Lines of text in the regular font, as the widgets wrap them (an ImGui context with the fonts).
class WrapTest : public ::testing::Test {
 protected:
  void SetUp() override {
    context_ = ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    theme::build_fonts(theme::builtin_font_only(), 1.0f);
    style = detail::text_style(theme::Font::regular, 0);
  }
  void TearDown() override { ImGui::DestroyContext(context_); }
  detail::TextStyle style;

 private:
  ImGuiContext* context_ = nullptr;
};

TEST_F(WrapTest, ALongFileNameBreaksAfterADashNeverInsideTheCode) {
  const std::string name = "digilyft-resultat-2026-Q4-R3SS39J6.json";
  const std::string text = "Filen är sparad: " + name + ". Du hittar den bland dina hämtade filer.";
  for (float width = 120; width <= 420; width += 10) {
    const Lines lines = wrap(style, text, width);
    for (const auto& [begin, end] : lines.spans) {
      const std::string line(begin, end);
      EXPECT_LE(line_width(style, {begin, end}), width + 0.5f) << line;
      const bool code_split = line.find("R3SS39J6") == std::string::npos &&
                              (line.find("R3SS") != std::string::npos || line.find("39J6") != std::string::npos);
      EXPECT_FALSE(code_split) << width << ": " << line;
    }
    std::string joined;
    for (const auto& [begin, end] : lines.spans) joined += std::string(begin, end);
    EXPECT_NE(joined.find("R3SS39J6"), std::string::npos) << width;
  }
}

// A word of plain letters wider than the line breaks with a hyphen drawn after its first part;
// the line with the hyphen still fits, and no letter is lost.
TEST_F(WrapTest, ALongWordBreaksWithAHyphenThatFits) {
  const float hyphen = line_width(style, {"-", "-" + 1});
  const std::string text = "Informationssäkerhet i vardagen";
  bool saw_hyphen = false;
  for (float width = 60; width <= 200; width += 10) {
    const Lines lines = wrap(style, text, width);
    ASSERT_EQ(lines.hyphen.size(), lines.spans.size());
    std::string joined;
    for (std::size_t i = 0; i < lines.spans.size(); ++i) {
      const auto& span = lines.spans[i];
      EXPECT_LE(line_width(style, span) + (lines.hyphen[i] ? hyphen : 0), width + 0.5f) << width;
      if (lines.hyphen[i]) {
        saw_hyphen = true;
        EXPECT_NE(static_cast<unsigned char>(*span.second) & 0xC0, 0x80u) << "not inside a letter";
      }
      if (!joined.empty() && !lines.hyphen[i - 1]) joined += ' ';
      joined += std::string(span.first, span.second);
    }
    EXPECT_EQ(joined, text) << width;
  }
  EXPECT_TRUE(saw_hyphen);
  // A known compound breaks at its join: "Informations-säkerhet" when "Informationssäk" would fit.
  const std::string word = "Informationssäkerhet";
  const std::string fits = "Informationssäk";
  const Lines joined = wrap(style, word, line_width(style, {fits.data(), fits.data() + fits.size()}) + hyphen + 1);
  ASSERT_EQ(joined.spans.size(), 2u);
  EXPECT_EQ(std::string(joined.spans[0].first, joined.spans[0].second), "Informations");
  EXPECT_TRUE(joined.hyphen[0]);
  // Another word by syllable, before a consonant a vowel follows, three letters or more on each side.
  const std::string other = "Dokumentationen";
  const std::string other_fits = "Dokumentatio";
  const Lines syllable = wrap(style, other, line_width(style, {other_fits.data(), other_fits.data() + other_fits.size()}) + hyphen + 1);
  ASSERT_EQ(syllable.spans.size(), 2u);
  EXPECT_EQ(std::string(syllable.spans[0].first, syllable.spans[0].second), "Dokumentatio");  // -nen
  EXPECT_TRUE(syllable.hyphen[0]);
  const std::string label = "Kontrollera";  // the lines point into it: it must outlive them
  const Lines button = wrap(style, label, line_width(style, {"Kontrolle", "Kontrolle" + 9}) + hyphen + 1);
  ASSERT_EQ(button.spans.size(), 2u);
  EXPECT_EQ(std::string(button.spans[1].first, button.spans[1].second), "lera") << "never one letter alone";
  // No line starts with a comma or a closing bracket: the word before it goes down with it.
  const std::string listed = "Handläggning (biståndshandläggare, utvecklingsledare) och chefer.";
  for (float width = 80; width <= 400; width += 5) {
    for (const auto& [begin, end] : wrap(style, listed, width).spans) {
      if (begin != end) {
        EXPECT_EQ(std::string(",.)").find(*begin), std::string::npos) << width << ": " << std::string(begin, end);
      }
    }
  }
  // A code is never hyphenated: it has no lowercase letters.
  const std::string code_text = "K7QM4XPDK7QM4XPD";
  const Lines code = wrap(style, code_text, 60);
  for (bool h : code.hyphen) EXPECT_FALSE(h);
}

// The joins of compounds come before syllables (walk 4: "självs-kattningen" on the start page's
// button), the last that fits; a capital first letter and å ä ö read as their lowercase.
TEST(HyphenPoint, ACompoundBreaksAtItsLastJoinThatFits) {
  const auto first_part = [](const std::string& word, std::size_t at) {
    return word.substr(0, static_cast<std::size_t>(hyphen_point(word.data(), word.data() + at, word.data() + word.size()) - word.data()));
  };
  EXPECT_EQ(first_part("självskattningen", 14), "själv");
  EXPECT_EQ(first_part("Självskattningen", 14), "Själv");
  EXPECT_EQ(first_part("Välfärdsteknik", 12), "Välfärds");
  EXPECT_EQ(first_part("Integritetsskyddsmyndigheten", 24), "Integritetsskydds");
  EXPECT_EQ(first_part("Integritetsskyddsmyndigheten", 15), "Integritets");
  EXPECT_EQ(first_part("Personuppgiftsansvarig", 20), "Personuppgifts");
  EXPECT_EQ(first_part("Digitaliseringsombudet", 20), "Digitaliserings");
  EXPECT_EQ(first_part("Översättningstjänster", 20), "Översättnings");
  // A line that goes on with a word broken above still sees the whole word's joins (walk 5).
  const std::string broken = "Dataskyddsombudet";
  const char* const line = broken.data() + 4;  // "skyddsombudet", after "Data-"
  EXPECT_EQ(std::string(line, hyphen_point(line, broken.data() + 14, broken.data() + broken.size(), broken.data())), "skydds");
  EXPECT_EQ(std::string(line, hyphen_point(line, broken.data() + 14, broken.data() + broken.size())), "skyddsombu")
      << "without the text's start the join cannot be seen";
  // No join fits before `at`: by syllable.
  EXPECT_EQ(first_part("Digitaliseringsombudet", 10), "Digitalise");
  EXPECT_EQ(first_part("Kontrollera", 9), "Kontrol");
}

}  // namespace
}  // namespace dl::ui

namespace dl::ui {
namespace {

// The frame that opens a new screen says so, once, for the mirror to move focus and announce it.
TEST(A11yTreeJson, NewViewIsSaidOnlyInTheFrameThatOpensIt) {
  A11yTree tree;
  EXPECT_EQ(to_json(tree).find("newView"), std::string::npos);
  tree.new_view = true;
  EXPECT_NE(to_json(tree).find("\"newView\":true"), std::string::npos);
}

}  // namespace
}  // namespace dl::ui
