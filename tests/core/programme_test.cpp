// Tests for the programme link: the rules of a programme (every problem code), the fragment written
// and read back (Swedish letters, reserved characters), strict reading of broken and newer links,
// the content a person in a programme sees, and the QR code of the link and its SVG.
#include "core/programme.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "core/recommend.hpp"
#include "fixtures/course_model.hpp"

namespace dl {
namespace {

Programme sample_programme() {
  Programme p;
  p.id = "K7QM4XPD";
  p.name = "Digilyft Norr";
  p.organisations = {{"kommun-a", "Kommun A, hemtjänst"}, {"kommun-b", "Kommun B"}};
  p.module_ids = {"digital-grund", "videosamtal"};
  p.instrument_ids = {"digcomp-omsorg", "chefsenkat"};
  p.t2_interval_months = 6;
  return p;
}

std::string codes(const std::vector<Problem>& problems) {
  std::string out;
  for (const auto& p : problems) out += p.code + " " + p.pointer + (p.detail.empty() ? "" : " (" + p.detail + ")") + "\n";
  return out;
}

std::string repeated(const std::string& text, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += text;
  return out;
}

class ProgrammeTest : public ::testing::Test {
 protected:
  Catalog catalog = test::course_catalog();

  // The problems of the sample programme after `change`: expected to be exactly one.
  template <typename Change>
  std::string only_problem(const Change& change) const {
    Programme p = sample_programme();
    change(p);
    return codes(check_programme(p, catalog));
  }

  std::optional<Programme> parse(const std::string& fragment, std::vector<Problem>& problems) const {
    return parse_programme_fragment(fragment, catalog, problems);
  }
  // The problems of a fragment that must not give a programme.
  std::string refused(const std::string& fragment) const {
    std::vector<Problem> problems;
    const auto programme = parse(fragment, problems);
    EXPECT_FALSE(programme.has_value()) << fragment;
    EXPECT_FALSE(problems.empty()) << fragment;
    return codes(problems);
  }
};

// ---- Rules -------------------------------------------------------------------------------------

TEST_F(ProgrammeTest, SampleProgrammeHasNoProblem) {
  EXPECT_EQ(codes(check_programme(sample_programme(), catalog)), "");
}

TEST_F(ProgrammeTest, EveryRuleHasItsOwnCode) {
  EXPECT_EQ(only_problem([](Programme& p) { p.id = "K7QM4XP0"; }), "programme.bad_id /id (K7QM4XP0)\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.id = ""; }), "programme.bad_id /id\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.name = "  "; }), "programme.no_name /name\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.name = repeated("å", 81); }),
            "programme.name_too_long /name (" + repeated("å", 81) + ")\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.name = "Lyft\tNorr"; }), "programme.bad_text /name (Lyft\tNorr)\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.name = "Lyft \xC3"; }), "programme.bad_text /name (Lyft \xC3)\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.organisations.clear(); }), "programme.no_organisation /organisations\n");
  EXPECT_EQ(only_problem([](Programme& p) {
              p.organisations.clear();
              for (int i = 0; i < 61; ++i) p.organisations.push_back({"org-" + std::to_string(i), "Enhet"});
            }),
            "programme.too_many_organisations /organisations (61)\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.organisations[1].code = "Kommun B"; }),
            "programme.bad_organisation_code /organisations/1/code (Kommun B)\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.organisations[1].code = repeated("b", 17); }),
            "programme.bad_organisation_code /organisations/1/code (" + repeated("b", 17) + ")\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.organisations[1].code = "kommun-a"; }),
            "programme.duplicate_organisation /organisations/1/code (kommun-a)\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.organisations[0].name = ""; }),
            "programme.bad_organisation_name /organisations/0/name\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.organisations[0].name = repeated("ö", 61); }),
            "programme.bad_organisation_name /organisations/0/name (" + repeated("ö", 61) + ")\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.organisations[0].name = "Kommun\x7f"; }),
            "programme.bad_text /organisations/0/name (Kommun\x7f)\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.module_ids.clear(); }), "programme.no_module /module_ids\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.module_ids[1] = "stickning"; }),
            "programme.unknown_module /module_ids/1 (stickning)\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.module_ids.push_back("videosamtal"); }),
            "programme.duplicate_content /module_ids/2 (videosamtal)\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.instrument_ids[0] = "digcomp-annan"; }),
            "programme.unknown_instrument /instrument_ids/0 (digcomp-annan)\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.instrument_ids[1] = "digcomp-omsorg"; }),
            "programme.duplicate_content /instrument_ids/1 (digcomp-omsorg)\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.t2_interval_months = 0; }),
            "programme.bad_interval /t2_interval_months (0)\n");
  EXPECT_EQ(only_problem([](Programme& p) { p.t2_interval_months = 25; }),
            "programme.bad_interval /t2_interval_months (25)\n");
}

TEST_F(ProgrammeTest, LimitsThemselvesAreAllowed) {
  EXPECT_EQ(only_problem([](Programme& p) {
              p.name = repeated("å", kMaxProgrammeNameLength);
              p.organisations = {{repeated("z", kMaxOrganisationCodeLength), repeated("ä", kMaxOrganisationNameLength)}};
              p.instrument_ids.clear();  // a programme of courses only
              p.t2_interval_months = 1;
            }),
            "");
  EXPECT_EQ(only_problem([](Programme& p) {
              p.organisations.clear();
              for (std::size_t i = 0; i < kMaxOrganisations; ++i) p.organisations.push_back({"org-" + std::to_string(i), "Enhet"});
              p.t2_interval_months = 24;
            }),
            "");
}

TEST_F(ProgrammeTest, TheLinkMustFitAQrCodeWithRoomForThePageAddress) {
  Programme p = sample_programme();
  p.organisations.clear();
  for (std::size_t i = 0; i < kMaxOrganisations; ++i) {
    p.organisations.push_back({"kommun-" + std::to_string(i), "Kommun nr " + std::to_string(i) + ", hemtjänst och boende"});
  }
  const std::vector<Problem> problems = check_programme(p, catalog);
  ASSERT_EQ(problems.size(), 1u) << codes(problems);
  EXPECT_EQ(problems[0].code, "programme.link_too_long");
  EXPECT_EQ(problems[0].detail, std::to_string(programme_fragment(p, catalog).size()));
  // Shorter names until it passes: then even a page address of the full allowance fits a QR code.
  while (!check_programme(p, catalog).empty()) p.organisations.pop_back();
  const std::string page(kPageAddressRoom, 'a');
  EXPECT_GT(make_qr_code(programme_link(page, p, catalog)).size, 0);
  EXPECT_EQ(make_qr_code(programme_link(page + std::string(200, 'a'), p, catalog)).size, 0);
}

TEST_F(ProgrammeTest, InstrumentsThatDidNotLoadAreUnknown) {
  catalog.manager_survey.reset();
  EXPECT_EQ(codes(check_programme(sample_programme(), catalog)), "programme.unknown_instrument /instrument_ids/1 (chefsenkat)\n");
}

// ---- The fragment ------------------------------------------------------------------------------

TEST_F(ProgrammeTest, FragmentReadsAsTheHeaderSays) {
  Programme p = sample_programme();
  p.name = "Lyft Åsele";
  p.organisations = {{"a", "Kommun A"}, {"b-2", "Boende B"}};
  p.instrument_ids = {"digcomp-omsorg"};
  p.t2_interval_months = 4;
  EXPECT_EQ(programme_fragment(p, catalog),
            "program=2&id=K7QM4XPD&name=Lyft%20%C3%85sele&org=a:Kommun%20A,b-2:Boende%20B&m=1-2&q=s&t2=4");
  p.module_ids = {"videosamtal"};
  p.instrument_ids = {"chefsenkat"};
  EXPECT_NE(programme_fragment(p, catalog).find("&m=2&q=m&"), std::string::npos);
}

// Courses go by their catalogue numbers as ascending runs, the instruments by letter; a page reads
// them back into the catalogue's ids, and still reads the first format that spelled every id out
// (printed posters carry it).
TEST_F(ProgrammeTest, CoursesGoByNumberAndTheFirstFormatIsStillRead) {
  Catalog many = catalog;
  for (int n : {3, 4, 5, 7, 9, 10}) {
    Module m = catalog.modules[1];
    m.id = "kurs-" + std::to_string(n);
    m.number = n;
    many.modules.push_back(m);
  }
  Programme p = sample_programme();
  p.module_ids = {"digital-grund", "videosamtal", "kurs-3", "kurs-5", "kurs-9", "kurs-10"};
  const std::string fragment = programme_fragment(p, many);
  EXPECT_NE(fragment.find("&m=1-3,5,9-10&q=sm&"), std::string::npos) << fragment;
  std::vector<Problem> problems;
  EXPECT_EQ(parse_programme_fragment(fragment, many, problems), p) << codes(problems);
  // Strict: runs ascending and apart, plain numbers.
  for (const char* m : {"2,1", "1-3,3", "3-1", "1-1", "1,,2", "a", "1-", "-2", "0x1"}) {
    std::string broken = fragment;
    broken.replace(broken.find("1-3,5,9-10"), 10, m);
    problems.clear();
    EXPECT_FALSE(parse_programme_fragment(broken, many, problems)) << m;
    EXPECT_EQ(codes(problems), "programme.bad_link  (m)\n") << m;
  }
  for (const char* q : {"ms", "x", "ss"}) {
    problems.clear();
    std::string broken = fragment;
    broken.replace(broken.find("q=sm"), 4, std::string("q=") + q);
    EXPECT_FALSE(parse_programme_fragment(broken, many, problems)) << q;
    EXPECT_EQ(codes(problems), "programme.bad_link  (q)\n") << q;
  }
  // A course number this page's content does not have: refused, naming the number.
  EXPECT_EQ(refused("program=2&id=K7QM4XPD&name=Lyft&org=a:A&m=1,6&q=&t2=4"),
            "programme.unknown_module /module_ids/1 (#6)\n");
  // The first format.
  problems.clear();
  const auto first = parse_programme_fragment(
      "program=1&id=K7QM4XPD&name=Digilyft%20Norr&org=kommun-a:Kommun%20A%2C%20hemtj%C3%A4nst,kommun-b:Kommun%20B"
      "&mod=digital-grund,videosamtal&inst=digcomp-omsorg,chefsenkat&t2=6",
      catalog, problems);
  EXPECT_EQ(first, sample_programme()) << codes(problems);
  // A first-format link may list them in any order: the programme is read in the catalogue's.
  problems.clear();
  const auto shuffled = parse_programme_fragment(
      "program=1&id=K7QM4XPD&name=Digilyft%20Norr&org=kommun-a:Kommun%20A%2C%20hemtj%C3%A4nst,kommun-b:Kommun%20B"
      "&mod=videosamtal,digital-grund&inst=chefsenkat,digcomp-omsorg&t2=6",
      catalog, problems);
  EXPECT_EQ(shuffled, sample_programme()) << codes(problems);
  EXPECT_EQ(parse_programme_fragment(programme_fragment(*shuffled, catalog), catalog, problems), shuffled);
}

TEST_F(ProgrammeTest, ReservedCharactersInNamesAreEncoded) {
  Programme p = sample_programme();
  p.name = "A,B:C&D=E+F#G%H/I?J~K_L.M-N";
  const std::string fragment = programme_fragment(p, catalog);
  EXPECT_NE(fragment.find("name=A%2CB%3AC%26D%3DE%2BF%23G%25H%2FI%3FJ~K_L.M-N&"), std::string::npos) << fragment;
}

TEST_F(ProgrammeTest, FragmentRoundTripsWithSwedishLettersAndReservedCharacters) {
  Programme p = sample_programme();
  p.name = "Digilyft i Härjedalen & Jämtland: 100 % = \"allt\"";
  p.organisations = {{"kommun-a", "Kommun Å, hemtjänst: natt & dag"}, {"b", "Boende #2, plan 3/4"},
                     {"c", "Ö-gården; äldreboende = bra?"}, {"d", "Café \xE2\x80\x93 personal 😀"}};
  std::vector<Problem> problems;
  const auto read = parse(programme_fragment(p, catalog), problems);
  ASSERT_TRUE(read.has_value()) << codes(problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(*read, p);
  // With the leading '#' as location.hash gives it, too.
  EXPECT_EQ(parse("#" + programme_fragment(p, catalog), problems), p);
}

TEST_F(ProgrammeTest, NamesAreTrimmedBothWays) {
  Programme p = sample_programme();
  p.name = "  Digilyft Norr ";
  p.organisations[0].name = " Kommun A ";
  EXPECT_NE(programme_fragment(p, catalog).find("name=Digilyft%20Norr&"), std::string::npos);
  std::vector<Problem> problems;
  const auto read = parse(programme_fragment(p, catalog), problems);
  ASSERT_TRUE(read.has_value()) << codes(problems);
  EXPECT_EQ(read->name, "Digilyft Norr");
  EXPECT_EQ(read->organisations[0].name, "Kommun A");
  const auto padded = parse("program=1&id=K7QM4XPD&name=%20%20Lyft%20&org=a:%20A%20&mod=videosamtal&inst=&t2=3", problems);
  ASSERT_TRUE(padded.has_value()) << codes(problems);
  EXPECT_EQ(padded->name, "Lyft");
  EXPECT_EQ(padded->organisations, (std::vector<Organisation>{{"a", "A"}}));
  EXPECT_TRUE(padded->instrument_ids.empty());
}

TEST_F(ProgrammeTest, LinkReplacesAnyFragmentOfThePage) {
  const Programme p = sample_programme();
  const std::string fragment = programme_fragment(p, catalog);
  EXPECT_EQ(programme_link("https://example.org/digilyft/", p, catalog), "https://example.org/digilyft/#" + fragment);
  EXPECT_EQ(programme_link("https://example.org/digilyft/?x=1#old=2", p, catalog), "https://example.org/digilyft/?x=1#" + fragment);
}

TEST_F(ProgrammeTest, FragmentWithoutProgramIsAnOrdinaryVisit) {
  for (const char* fragment : {"", "#", "#top", "#mod=videosamtal", "#programme=1", "#program", "#xprogram=1"}) {
    std::vector<Problem> problems;
    EXPECT_FALSE(parse(fragment, problems).has_value()) << fragment;
    EXPECT_TRUE(problems.empty()) << fragment << "\n" << codes(problems);
  }
}

TEST_F(ProgrammeTest, ADecodedOrUnencodedLinkStillReads) {
  // A mail program may show (and pass on) the letters decoded; the browser encodes them again, but
  // the page takes either.
  std::vector<Problem> problems;
  const auto read = parse("program=1&id=K7QM4XPD&name=Lyft Åsele&org=a:Kommun A&mod=videosamtal&inst=&t2=4", problems);
  ASSERT_TRUE(read.has_value()) << codes(problems);
  EXPECT_EQ(read->name, "Lyft Åsele");
  EXPECT_EQ(read->organisations[0].name, "Kommun A");
  const auto lower_hex = parse("program=1&id=K7QM4XPD&name=Lyft%20%c3%85sele&org=a:A&mod=videosamtal&inst=&t2=4", problems);
  ASSERT_TRUE(lower_hex.has_value()) << codes(problems);
  EXPECT_EQ(lower_hex->name, "Lyft Åsele");
}

TEST_F(ProgrammeTest, BrokenLinksAreRefusedWithTheirReason) {
  const std::string good = programme_fragment(sample_programme(), catalog);
  const auto replaced = [&](const std::string& from, const std::string& to) {
    std::string text = good;
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return text.replace(at, from.size(), to);
  };
  EXPECT_EQ(refused(good + "&x=1"), "programme.bad_link  (x=1)\n");                   // unknown key
  EXPECT_EQ(refused(good + "&t2=5"), "programme.bad_link  (t2=5)\n");                 // a key twice
  EXPECT_EQ(refused(good + "&"), "programme.bad_link \n");                             // an empty pair
  EXPECT_EQ(refused(replaced("&t2=6", "")), "programme.bad_link  (t2)\n");            // a key missing
  EXPECT_EQ(refused(replaced("&t2=6", "&t2")), "programme.bad_link  (t2)\n");         // no '='
  EXPECT_EQ(refused(replaced("&t2=6", "&t2=six")), "programme.bad_link  (t2)\n");
  EXPECT_EQ(refused(replaced("&t2=6", "&t2=-6")), "programme.bad_link  (t2)\n");
  EXPECT_EQ(refused(replaced("&t2=6", "&t2=")), "programme.bad_link  (t2)\n");
  EXPECT_EQ(refused(replaced("Digilyft", "Digi%G1yft")), "programme.bad_link  (name)\n");
  EXPECT_EQ(refused(replaced("Norr", "Norr%2")), "programme.bad_link  (name)\n");
  EXPECT_EQ(refused(replaced("kommun-b:", "kommun-b")), "programme.bad_link  (org)\n");
  EXPECT_EQ(refused(replaced("m=1-2", "m=1,,2")), "programme.bad_link  (m)\n");
  EXPECT_EQ(refused(replaced("&q=sm", "&inst=sm")), "programme.bad_link  (inst=sm)\n");  // the first format's key
  EXPECT_EQ(refused(replaced("program=2", "program=0")), "programme.bad_link  (program)\n");
  EXPECT_EQ(refused(replaced("program=2", "program=ett")), "programme.bad_link  (program)\n");
  EXPECT_EQ(refused(replaced("Norr", "Norr%0Aigen")), "programme.bad_text /name (Digilyft Norr\nigen)\n");
  EXPECT_EQ(refused(replaced("Norr", "%C3")), "programme.bad_text /name (Digilyft \xC3)\n");
}

TEST_F(ProgrammeTest, LinksThatDoNotFitTheContentAreRefusedWithTheRule) {
  EXPECT_EQ(refused("program=1&id=K7QM4XPD&name=Lyft&org=a:A&mod=stickning&inst=&t2=4"),
            "programme.unknown_module /module_ids/0 (stickning)\n");
  EXPECT_EQ(refused("program=1&id=K7QM4XPD&name=Lyft&org=&mod=&inst=&t2=30"),
            "programme.no_organisation /organisations\nprogramme.no_module /module_ids\n"
            "programme.bad_interval /t2_interval_months (30)\n");
  EXPECT_EQ(refused("program=1&id=k7qm4xpd&name=&org=A:A&mod=videosamtal&inst=x&t2=4"),
            "programme.bad_id /id (k7qm4xpd)\nprogramme.no_name /name\n"
            "programme.bad_organisation_code /organisations/0/code (A)\n"
            "programme.unknown_instrument /instrument_ids/0 (x)\n");
}

TEST_F(ProgrammeTest, NewerLinksAskForANewerPage) {
  // A later format may have keys this page does not know: only the version is read.
  EXPECT_EQ(refused("program=3&id=K7QM4XPD&colour=blue"), "programme.newer_link  (3)\n");
  EXPECT_EQ(refused("#lang=sv&program=12"), "programme.newer_link  (12)\n");
}

// ---- The content a person in the programme sees ------------------------------------------------

TEST_F(ProgrammeTest, RestrictedCatalogHasOnlyTheProgrammesContent) {
  catalog.problems.push_back(Problem{"content.bad_value", "modules/x/module.json", "/minutes", "0"});
  Programme p = sample_programme();
  p.module_ids = {"videosamtal"};
  p.instrument_ids = {"digcomp-omsorg"};
  const Catalog restricted = restrict_catalog(catalog, p);
  ASSERT_EQ(restricted.modules.size(), 1u);
  EXPECT_EQ(restricted.modules[0].id, "videosamtal");
  EXPECT_EQ(restricted.find_module("digital-grund"), nullptr);
  ASSERT_TRUE(restricted.instrument.has_value());
  EXPECT_EQ(restricted.instrument->id, "digcomp-omsorg");
  EXPECT_FALSE(restricted.manager_survey.has_value());
  EXPECT_EQ(codes(restricted.problems), codes(catalog.problems));
  // Every family keeps its path, with only the programme's modules (possibly none).
  ASSERT_EQ(restricted.paths.size(), catalog.paths.size());
  EXPECT_EQ(restricted.paths.at("omsorg"), (std::vector<std::string>{"videosamtal"}));
  EXPECT_EQ(restricted.paths.at("chef"), (std::vector<std::string>{"videosamtal"}));
  EXPECT_TRUE(restricted.paths.at("halso-sjukvard").empty());
  EXPECT_TRUE(learning_path(restricted, "halso-sjukvard").empty());
  ASSERT_EQ(learning_path(restricted, "funktionsstod").size(), 1u);
}

TEST_F(ProgrammeTest, RestrictedCatalogKeepsCatalogOrderAndTheSurveyWhenChosen) {
  Programme p = sample_programme();
  p.module_ids = {"videosamtal", "digital-grund"};
  p.instrument_ids = {"chefsenkat"};
  const Catalog restricted = restrict_catalog(catalog, p);
  ASSERT_EQ(restricted.modules.size(), 2u);
  EXPECT_EQ(restricted.modules[0].id, "digital-grund");
  EXPECT_FALSE(restricted.instrument.has_value());
  ASSERT_TRUE(restricted.manager_survey.has_value());
  EXPECT_EQ(restricted.paths, catalog.paths);
}

// ---- QR code -----------------------------------------------------------------------------------

// The three finder patterns (7x7: dark ring, light ring, dark 3x3 centre) with their light
// separators, at the corners where the standard puts them.
void expect_finder_patterns(const QrCode& code) {
  const int s = code.size;
  for (const auto& [cx, cy] : {std::pair{0, 0}, std::pair{s - 7, 0}, std::pair{0, s - 7}}) {
    for (int y = 0; y < 7; ++y) {
      for (int x = 0; x < 7; ++x) {
        const int ring = std::max(std::abs(x - 3), std::abs(y - 3));
        EXPECT_EQ(code.dark(cx + x, cy + y), ring != 2) << cx << "," << cy << " +" << x << "," << y;
      }
    }
  }
  for (int i = 0; i < 8; ++i) {
    EXPECT_FALSE(code.dark(7, i));
    EXPECT_FALSE(code.dark(s - 8, i));
    EXPECT_FALSE(code.dark(i, s - 8));
  }
}

TEST(QrCodeTest, SmallestVersionAtLevelMInByteMode) {
  // Version 1 at level M holds 14 bytes (level L would hold 17); sizes are 17 + 4 × version.
  EXPECT_EQ(make_qr_code(std::string(14, 'a')).size, 21);
  EXPECT_EQ(make_qr_code(std::string(15, 'a')).size, 25);
  // Byte mode even for text that alphanumeric mode would fit in version 1 (20 characters at M).
  EXPECT_EQ(make_qr_code("ABCDEFGHIJKLMNOP").size, 25);
  EXPECT_EQ(make_qr_code("").size, 21);
}

TEST(QrCodeTest, SizeGrowsWithTheText) {
  int previous = 0;
  for (std::size_t n : {10u, 50u, 200u, 600u, 1200u, 2000u}) {
    const QrCode code = make_qr_code(std::string(n, 'x'));
    EXPECT_GT(code.size, previous) << n;
    EXPECT_EQ((code.size - 17) % 4, 0);
    EXPECT_EQ(code.modules.size(), static_cast<std::size_t>(code.size * code.size));
    previous = code.size;
  }
}

TEST(QrCodeTest, TheLargestTextFitsAndLongerGivesNothing) {
  const QrCode two_thousand = make_qr_code(std::string(2000, 'x'));
  EXPECT_GT(two_thousand.size, 0);
  EXPECT_LE(two_thousand.size, 177);
  EXPECT_EQ(make_qr_code(std::string(2331, 'x')).size, 177);  // version 40
  for (std::size_t n : {2332u, 3000u}) {
    const QrCode none = make_qr_code(std::string(n, 'x'));
    EXPECT_EQ(none.size, 0) << n;
    EXPECT_TRUE(none.modules.empty());
    EXPECT_EQ(qr_svg(none), "");
  }
}

TEST(QrCodeTest, SameTextSameModulesOtherTextOtherModules) {
  const std::string link = programme_link("https://example.org/digilyft/", sample_programme(), test::course_catalog());
  const QrCode a = make_qr_code(link);
  const QrCode b = make_qr_code(link);
  EXPECT_EQ(a.size, b.size);
  EXPECT_EQ(a.modules, b.modules);
  expect_finder_patterns(a);
  std::string changed = link;  // one character other, the length the same
  changed.back() = changed.back() == '6' ? '7' : '6';
  const QrCode other = make_qr_code(changed);
  ASSERT_EQ(other.size, a.size);
  EXPECT_NE(other.modules, a.modules);
  // Dark and light both well represented (the mask keeps the balance near half).
  const auto dark = static_cast<double>(std::count(a.modules.begin(), a.modules.end(), true));
  EXPECT_GT(dark / static_cast<double>(a.modules.size()), 0.3);
  EXPECT_LT(dark / static_cast<double>(a.modules.size()), 0.7);
}

TEST(QrCodeTest, SvgHasTheQuietZoneAndOneSquarePerDarkModule) {
  const QrCode code = make_qr_code("https://example.org/digilyft/#program=1");
  ASSERT_GT(code.size, 0);
  const std::string svg = qr_svg(code);
  const std::string side = std::to_string(code.size + 8);
  const std::string pixels = std::to_string((code.size + 8) * 8);
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + pixels + "\" height=\"" + pixels +
                          "\" viewBox=\"0 0 " + side + " " + side + "\"",
                      0),
            0u)
      << svg.substr(0, 200);
  EXPECT_NE(svg.find("<rect width=\"" + side + "\" height=\"" + side + "\" fill=\"#ffffff\"/>"), std::string::npos);
  std::size_t squares = 0;
  for (auto at = svg.find("h1v1h-1z"); at != std::string::npos; at = svg.find("h1v1h-1z", at + 1)) ++squares;
  EXPECT_EQ(squares, static_cast<std::size_t>(std::count(code.modules.begin(), code.modules.end(), true)));
  // The finder pattern's corner module sits 4 modules in from the edge; nothing is drawn nearer.
  EXPECT_NE(svg.find("d=\"M4,4h1v1h-1z"), std::string::npos);
  EXPECT_EQ(svg.find("M3,"), std::string::npos);
  EXPECT_EQ(svg.find(",3h"), std::string::npos);
  const std::string last = "M" + std::to_string(code.size + 3) + ",";
  EXPECT_NE(svg.find(last), std::string::npos);
  EXPECT_EQ(svg.find("M" + std::to_string(code.size + 4) + ","), std::string::npos);
  EXPECT_NE(qr_svg(code, 3).find("width=\"" + std::to_string((code.size + 8) * 3) + "\""), std::string::npos);
}

TEST(ProgrammeDraft, ANewDraftHasEveryCourseAndInstrument) {
  const Catalog catalog = test::course_catalog();
  const Programme draft = new_programme_draft("H4KD9PQM", catalog);
  EXPECT_EQ(draft.id, "H4KD9PQM");
  EXPECT_EQ(draft.module_ids.size(), catalog.modules.size());
  EXPECT_EQ(draft.instrument_ids, (std::vector<std::string>{catalog.instrument->id, catalog.manager_survey->id}));
  EXPECT_TRUE(draft.name.empty());
  EXPECT_TRUE(draft.organisations.empty());
}

TEST(ProgrammeDraft, ACodeIsProposedFromTheName) {
  Programme p;
  p.organisations = {{"", ""}, {"norrdal", "Norrdal"}};
  EXPECT_EQ(propose_organisation_code("Söderby kommun", p, 0), "soderby-kommun");
  EXPECT_EQ(propose_organisation_code("Norrdal Hemtjänst", p, 0), "norrdal-2");  // cut at a word; taken
  EXPECT_EQ(propose_organisation_code("Norrdal Hemtjänst", p, 1), "norrdal");    // its own code
  EXPECT_EQ(propose_organisation_code("Åby äldreboende, avd 3", p, 0), "aby-aldreboende");
  EXPECT_EQ(propose_organisation_code("  LSS-gruppen Ölme  ", p, 0), "lss-gruppen-olme");
  EXPECT_EQ(propose_organisation_code("Vårdcentralen", p, 0), "vardcentralen");
  EXPECT_EQ(propose_organisation_code("Hemsjukvårdsorganisationen", p, 0), "hemsjukvardsorga");  // one long word
  EXPECT_EQ(propose_organisation_code("—", p, 0), "");
  EXPECT_EQ(propose_organisation_code("", p, 0), "");
  for (const char* name : {"Norrdal Hemtjänst", "Åby äldreboende, avd 3", "Hemsjukvårdsorganisationen"}) {
    const std::string code = propose_organisation_code(name, p, 0);
    EXPECT_LE(code.size(), kMaxOrganisationCodeLength) << name;
    p.organisations[0] = {code, name};
    std::vector<Problem> problems = check_programme(p, Catalog{});
    for (const Problem& problem : problems) EXPECT_NE(problem.code, "programme.bad_organisation_code") << name;
  }
}

TEST(ProgrammeDraft, TheNameSetsTheCodeUntilTheCoordinatorTypesOne) {
  namespace e = programme_edit;
  const Catalog catalog = test::course_catalog();
  Programme p = new_programme_draft("H4KD9PQM", catalog);
  p = edit_programme(p, e::AddOrganisation{}, catalog);
  p = edit_programme(p, e::SetOrganisationName{0, "Söderby"}, catalog);
  EXPECT_EQ(p.organisations[0].code, "soderby");
  p = edit_programme(p, e::SetOrganisationName{0, "Söderby kommun"}, catalog);  // still the proposal
  EXPECT_EQ(p.organisations[0].code, "soderby-kommun");
  p = edit_programme(p, e::SetOrganisationCode{0, "sb"}, catalog);
  p = edit_programme(p, e::SetOrganisationName{0, "Söderby kommun, LSS"}, catalog);
  EXPECT_EQ(p.organisations[0].code, "sb");
  p = edit_programme(p, e::SetOrganisationCode{0, ""}, catalog);  // emptied: proposed again
  p = edit_programme(p, e::SetOrganisationName{0, "Söderby LSS"}, catalog);
  EXPECT_EQ(p.organisations[0].code, "soderby-lss");
}

TEST(ProgrammeDraft, EachEditDoesOneThingAndOneThatDoesNotApplyChangesNothing) {
  namespace e = programme_edit;
  const Catalog catalog = test::course_catalog();
  Programme p = new_programme_draft("H4KD9PQM", catalog);
  p = edit_programme(p, e::SetName{"Lyftet"}, catalog);
  p = edit_programme(p, e::AddOrganisation{}, catalog);
  p = edit_programme(p, e::SetOrganisationCode{0, "a"}, catalog);
  p = edit_programme(p, e::SetOrganisationName{0, "Kommun A"}, catalog);
  EXPECT_EQ(p.name, "Lyftet");
  EXPECT_EQ(p.organisations, (std::vector<Organisation>{{"a", "Kommun A"}}));
  const Programme before = p;
  EXPECT_EQ(edit_programme(p, e::SetOrganisationCode{5, "x"}, catalog), before);
  EXPECT_EQ(edit_programme(p, e::RemoveOrganisation{5}, catalog), before);
  EXPECT_EQ(edit_programme(p, e::ToggleModule{"finns-inte"}, catalog), before);
  // Toggling keeps the catalog's order, whichever order the clicks came in.
  const std::string first = catalog.modules[0].id, second = catalog.modules[1].id;
  p = edit_programme(p, e::ToggleModule{first}, catalog);
  EXPECT_EQ(p.module_ids, std::vector<std::string>{second});
  p = edit_programme(p, e::ToggleModule{first}, catalog);
  EXPECT_EQ(p.module_ids, (std::vector<std::string>{first, second}));
  p = edit_programme(p, e::ToggleInstrument{catalog.manager_survey->id}, catalog);
  EXPECT_EQ(p.instrument_ids, std::vector<std::string>{catalog.instrument->id});
  p = edit_programme(p, e::SetInterval{9}, catalog);
  EXPECT_EQ(p.t2_interval_months, 9);
  p = edit_programme(p, e::RemoveOrganisation{0}, catalog);
  EXPECT_TRUE(p.organisations.empty());
  // At most kMaxOrganisations.
  for (std::size_t i = 0; i < kMaxOrganisations + 3; ++i) p = edit_programme(p, e::AddOrganisation{}, catalog);
  EXPECT_EQ(p.organisations.size(), kMaxOrganisations);
}

}  // namespace
}  // namespace dl
