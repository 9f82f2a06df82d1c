// The person's page, built without the coordinator's part (src/app/coordinator_elsewhere.cpp):
// "Samordnare" keeps the place and asks for the coordinator's page; a coordinator's place opens on
// the start page here; what a space holds for the coordinator is never read or written here.
#include <gtest/gtest.h>

#include "app_fixture.hpp"

namespace dl::test {
namespace {

class PersonPage : public AppFixture {};

TEST_F(PersonPage, SamordnareKeepsThePlaceAndAsksForTheCoordinatorsPage) {
  auto app = start_app();
  app->handle(ui::Navigate{ui::Screen::coordinator, {}});
  EXPECT_EQ(coordinator_pages, 1);
  EXPECT_EQ(app->screen(), ui::Screen::start) << "the start page stays while the other page loads";
  const auto place = nlohmann::json::parse(saved(storage_key::place).value_or("{}"));
  EXPECT_EQ(place.value("screen", ""), "coordinator") << "the coordinator's page opens the space there";

  app->handle(ui::Navigate{ui::Screen::programme_setup, {}});
  EXPECT_EQ(coordinator_pages, 2);
  EXPECT_FALSE(saved(storage_key::programme_draft)) << "no programme is started on this page";
}

TEST_F(PersonPage, ACoordinatorsPlaceOpensOnTheStartPage) {
  auto app = start_app();
  app->handle(ui::Navigate{ui::Screen::coordinator, {}});
  app = start_app();  // the plain link again, with the same code
  EXPECT_EQ(app->screen(), ui::Screen::start);
  EXPECT_EQ(coordinator_pages, 1) << "nothing is loaded without the person asking";
}

TEST_F(PersonPage, TheCoordinatorsValuesInASpaceStayAsTheyAre) {
  auto app = start_app();
  storage.save(storage_key::workspace, "{\"kept\":\"by the coordinator's page\"}");
  storage.save(storage_key::programme_draft, "{\"id\":\"draft\"}");
  app = start_app();
  app->receive_files({{"result.json", "{}"}});  // dropped on this page: not read
  app->handle(ui::Navigate{ui::Screen::courses, {}});
  EXPECT_EQ(app->screen(), ui::Screen::courses);
  EXPECT_TRUE(app->workspace().log.empty());
  EXPECT_EQ(saved(storage_key::workspace).value_or(""), "{\"kept\":\"by the coordinator's page\"}");
  EXPECT_EQ(saved(storage_key::programme_draft).value_or(""), "{\"id\":\"draft\"}");
}

}  // namespace
}  // namespace dl::test
