// A course fetched when it opens: the page starts with the courses' heads (tools/module-heads.mjs,
// the same file the site build writes) and fetches a course's file when a person opens it.
#include "app_fixture.hpp"
#include "headless_screen.hpp"
#include "core/progress.hpp"

namespace dl::test {
namespace {

class CourseFetch : public AppFixture {
 protected:
  void SetUp() override {
    if (module_heads().empty()) GTEST_SKIP() << "no node: the courses' heads were not written";
    with_heads = true;
  }
};

std::vector<std::string> ids_of_questions(const Module& module) {
  std::vector<std::string> ids;
  for (const Question* q : module.questions()) ids.push_back(q->id);
  return ids;
}

TEST_F(CourseFetch, EveryHeadHasItsCoursesStructureWithoutItsTexts) {
  with_heads = false;
  auto whole = start_app();
  with_heads = true;
  auto app = start_app();
  EXPECT_TRUE(app->catalog().problems.empty());
  ASSERT_EQ(app->catalog().modules.size(), whole->catalog().modules.size());
  for (std::size_t i = 0; i < whole->catalog().modules.size(); ++i) {
    const Module& full = whole->catalog().modules[i];
    const Module& head = app->catalog().modules[i];
    SCOPED_TRACE(full.id);
    EXPECT_TRUE(full.complete);
    EXPECT_FALSE(head.complete);
    EXPECT_EQ(head.id, full.id);
    EXPECT_EQ(head.file, full.file);
    EXPECT_EQ(head.number, full.number);
    EXPECT_EQ(head.title.sv, full.title.sv);
    EXPECT_EQ(head.summary.en, full.summary.en);
    EXPECT_EQ(head.minutes, full.minutes);
    EXPECT_EQ(head.roles, full.roles);
    EXPECT_EQ(head.competences, full.competences);
    EXPECT_TRUE(head.goals.empty()) << "the goals are on the overview, which has the whole course";
    EXPECT_FALSE(full.goals.empty());
    EXPECT_EQ(head.mastery, full.mastery);
    ASSERT_EQ(head.pages.size(), full.pages.size());
    for (std::size_t p = 0; p < full.pages.size(); ++p) {
      EXPECT_EQ(head.pages[p].id, full.pages[p].id);
      EXPECT_TRUE(head.pages[p].title.sv.empty()) << "page titles are on the course's own pages";
      EXPECT_FALSE(full.pages[p].title.sv.empty());
    }
    EXPECT_EQ(ids_of_questions(head), ids_of_questions(full));
    for (const Question* q : full.questions()) {
      const Question* h = head.find_question(q->id);
      ASSERT_NE(h, nullptr) << q->id;
      EXPECT_EQ(h->kind, q->kind);
      EXPECT_EQ(right_answer(*h), right_answer(*q)) << q->id;
      EXPECT_TRUE(is_correct(*h, right_answer(*q))) << q->id;
      EXPECT_EQ(initial_order(*h), initial_order(*q)) << q->id;
      EXPECT_TRUE(h->prompt.sv.empty()) << "a head leaves the texts to the course file";
    }
  }
}

TEST_F(CourseFetch, ProgressMadeWithTheWholeCourseReadsTheSameFromItsHead) {
  with_heads = false;
  auto whole = start_app();
  const Module& module = whole->catalog().modules.front();
  whole->handle(ui::Navigate{ui::Screen::module, module.id});
  for (const Page& page : module.pages) {
    whole->handle(ui::Change{action::OpenPage{module.id, page.id, quarter()}});
    for (const Question* q : page.questions()) give_answer(*whole, module, *q, right_answer(*q));
  }
  whole->handle(ui::Navigate{ui::Screen::start, {}});
  const ModuleProgress& done = *find_progress(whole->progress(), module.id);

  with_heads = true;
  auto app = start_app();
  const Module& head = *app->catalog().find_module(module.id);
  ASSERT_FALSE(head.complete);
  const ModuleProgress& read = *find_progress(app->progress(), module.id);
  EXPECT_EQ(correct_answer_count(read, head), correct_answer_count(done, module));
  EXPECT_EQ(seen_page_count(read, head), static_cast<int>(module.pages.size()));
  EXPECT_TRUE(can_complete(read, head));
  EXPECT_TRUE(fetched.empty()) << "the start page needs no course file";
}

TEST_F(CourseFetch, OpeningACourseFetchesItsFileOnceAndShowsItsPages) {
  auto app = start_app();
  HeadlessScreen screen;
  const Module& head = app->catalog().modules.front();
  const std::string id = head.id;
  const std::string file = head.file;
  app->handle(ui::Navigate{ui::Screen::module, id});
  EXPECT_EQ(fetched, std::vector<std::string>{file});
  screen.frame(*app);
  EXPECT_TRUE(screen.has_text("Kursen hämtas …"));
  app->note_activity();  // nothing else asks again while it is on its way
  EXPECT_EQ(fetched.size(), 1u);

  deliver_course(*app);
  const Module& module = *app->catalog().find_module(id);
  EXPECT_TRUE(module.complete);
  EXPECT_FALSE(module.questions().front()->prompt.sv.empty());
  screen.frame(*app);
  EXPECT_FALSE(screen.has_text("Kursen hämtas …"));
  EXPECT_TRUE(screen.has_text(module.pages.front().title.sv));

  app->handle(ui::Navigate{ui::Screen::start, {}});
  app->handle(ui::Navigate{ui::Screen::module_overview, id});
  EXPECT_TRUE(fetched.empty()) << "fetched once per visit";
}

TEST_F(CourseFetch, ACourseThatDoesNotArriveSaysSoKeepsProgressAndCanBeFetchedAgain) {
  auto app = start_app();
  HeadlessScreen screen;
  const std::string id = app->catalog().modules.front().id;
  app->handle(ui::Navigate{ui::Screen::module, id});
  const ProgressState before = app->progress();
  deliver_course(*app, false);  // no network, and no copy in the service worker's cache
  screen.frame(*app);
  EXPECT_TRUE(screen.has_text("Kursen kunde inte hämtas"));
  EXPECT_EQ(app->progress(), before);
  EXPECT_TRUE(fetched.empty());

  screen.press(*app, ui::Role::button, "Försök igen");
  ASSERT_EQ(fetched.size(), 1u);
  deliver_course(*app);
  EXPECT_TRUE(app->catalog().find_module(id)->complete);
  screen.frame(*app);
  EXPECT_FALSE(screen.has_text("Kursen kunde inte hämtas"));
}

TEST_F(CourseFetch, AFileThatIsNotTheCourseItsHeadDescribesIsNotTaken) {
  auto app = start_app();
  const Module& first = app->catalog().modules.front();
  const Module& second = app->catalog().modules.back();
  const std::string id = first.id;
  const std::string other_file = second.file;
  app->handle(ui::Navigate{ui::Screen::module, id});
  ASSERT_EQ(fetched.size(), 1u);
  fetched.clear();
  app->content_fetched(app->catalog().find_module(id)->file,
                       read_text(std::filesystem::path(DL_CONTENT_DIR) / other_file));
  EXPECT_FALSE(app->catalog().find_module(id)->complete);
  EXPECT_EQ(app->state().course_fetch_failed.at(id), true);
  app->content_fetched(app->catalog().find_module(id)->file, std::string("{ not json"));
  EXPECT_FALSE(app->catalog().find_module(id)->complete);
}

}  // namespace
}  // namespace dl::test
