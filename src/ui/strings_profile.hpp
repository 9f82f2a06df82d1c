// The profile screen's phrases (view_profile.cpp) in plain Swedish and English: scores per area as
// a picture of where the person stands, never a test; recommendations and a suggested order.
// {1}, {2} are filled in by fill().
#pragma once
#include "core/i18n.hpp"

namespace dl::ui::profile_text {

inline constexpr Phrase intro{
    "Så här ser du på din digitala kompetens. Det finns inga rätt eller fel svar.",
    "This is how you see your digital skills. There are no right or wrong answers."};

// ---- where the person is in the rounds ----
inline constexpr Phrase no_round_yet{
    "Här ser du snart vad du kan och vilka kurser som passar dig. Svara först på några frågor om "
    "hur du använder digitala verktyg. Det är inget prov.",
    "Soon you will see here what you can do and which courses suit you. First answer a few "
    "questions about how you use digital tools. It is not a test."};
inline constexpr Phrase continue_assessment{"Fortsätt med självskattningen", "Continue the self-assessment"};
inline constexpr Phrase after_course_heading{"Efter kursen", "After the course"};
inline constexpr Phrase after_course_text{
    "Du har gått klart en kurs. Svara på några frågor om hur det gick.",
    "You have finished a course. Answer a few questions about how it went."};
inline constexpr Phrase follow_up_text{
    "Det har gått några månader sedan kursen. Svara på frågorna en gång till, så ser du hur det har gått.",
    "A few months have passed since the course. Answer the questions once more and see how it has gone."};
inline constexpr Phrase follow_up_button{"Svara på uppföljningen", "Answer the follow-up"};
inline constexpr Phrase follow_up_opens{
    "Uppföljningen öppnar {1}. Då svarar du på frågorna en gång till.",
    "The follow-up opens on {1}. Then you answer the questions once more."};
// The first line after the round before the courses: what the screen shows, and what comes next.
inline constexpr Phrase after_course_later{
    "Här ser du hur du skattar dig i dag och en kurs att börja med. Efter kursen svarar du på "
    "några frågor om hur det gick.",
    "Here you see how you rate yourself today and a course to start with. After the course you "
    "answer a few questions about how it went."};

// ---- the chart per area ----
inline constexpr Phrase areas_heading{"Dina svar per område", "Your answers by area"};
inline constexpr Phrase legend_caption{"Färgerna:", "The colours:"};
// The level in words only: "50 av 100" next to "Det finns inga rätt eller fel svar" read as a grade.
// The bar's length shows how far along the scale the answers are.
inline constexpr Phrase bar_value{"{1}: {2}", "{1}: {2}"};  // round, level
inline constexpr Phrase bar_no_value{"{1}: Inget värde – du svarade Ej aktuellt",
                                     "{1}: No value – you answered Not applicable"};
inline constexpr Phrase bands_fold{"Vad betyder nivåerna?", "What do the levels mean?"};
inline constexpr Phrase band_meaning{"**{1}**: {2}", "**{1}**: {2}"};  // level, what it means (rich text)
inline constexpr Phrase no_value_now{
    "Du svarade Ej aktuellt på allt i det här området. Därför finns inget värde.",
    "You answered Not applicable to everything in this area, so there is no value."};
// The change since an earlier round; {1} is the earlier round in a sentence (than_before, …).
// In words, not points.
inline constexpr Phrase more_than{"Högre än {1}.", "Higher than {1}."};
inline constexpr Phrase same_as{"Lika som {1}.", "The same as {1}."};
inline constexpr Phrase less_than{"Lägre än {1}.", "Lower than {1}."};
inline constexpr Phrase than_before{"före kurserna", "before the courses"};
inline constexpr Phrase than_after{"efter kursen", "after the course"};

// ---- recommendations ----
inline constexpr Phrase suggestions_heading{"Kurser som passar dig", "Courses that suit you"};
inline constexpr Phrase no_suggestions{
    "Just nu har vi inga fler förslag. Du har gått kurserna som passar dig bäst.",
    "We have no more suggestions right now. You have done the courses that suit you best."};
inline constexpr Phrase level_and_minutes{"Nivå: {1}. Cirka {2} minuter.", "Level: {1}. About {2} minutes."};
inline constexpr Phrase reason_lowest{"Du skattade dig lägst i delen ”{1}”.",
                                      "You rated yourself lowest in the part “{1}”."};
inline constexpr Phrase reason_second{"Du skattade dig näst lägst i delen ”{1}”.",
                                      "You rated yourself second lowest in the part “{1}”."};
// When another part has the same score: neither "lägst" nor "näst lägst" would be true.
inline constexpr Phrase reason_among_lowest{
    "Delen ”{1}” är bland dem du skattade dig lägst i.",
    "The part “{1}” is among those you rated yourself lowest in."};
inline constexpr Phrase reason_help_with{"Det här svarade du att du inte kan än, eller kan med hjälp:",
                                         "You answered that you cannot do this yet, or can with help:"};
inline constexpr Phrase reason_level{"Kursen är på nivån {1}, som passar där du är nu.",
                                     "The course's level is {1}, which suits where you are now."};
inline constexpr Phrase reason_role{"Kursen är gjord för {1}.", "The course is made for {1}."};
inline constexpr Phrase reason_path{"Den ingår i kursordningen för {1}.",
                                    "It is part of the suggested order for {1}."};
// A folded section's button: the name stays the same open or shut (the triangle and the screen
// reader's "expanded" say which).
// (Walk 4: "Fler förslag (2 kurser)" read oddly under "Kurser som passar dig".)
inline constexpr Phrase more_suggestions{"{1} kurser till", "{1} more courses"};
inline constexpr Phrase more_suggestion{"1 kurs till", "1 more course"};
inline constexpr Phrase free_choice{"Du kan alltid välja vilken kurs du vill.",
                                    "You can always choose any course you like."};
inline constexpr Phrase all_courses{"Se alla kurser", "See all courses"};

// ---- learning path ----
inline constexpr Phrase path_heading_plain{"Kursordning", "Suggested order of courses"};
inline constexpr Phrase path_heading{"Kursordning för {1}", "Suggested order for {1}"};
inline constexpr Phrase path_intro{"Här är en ordning som passar många i din yrkesgrupp.",
                                   "Here is an order that suits many in your occupational group."};
inline constexpr Phrase path_item{"{1}. {2}", "{1}. {2}"};
// The count never breaks over two lines (no-break spaces): "0 av" above "7)" read as two numbers.
// ("klara" may go to the next line: at 200 % the whole group did not fit and was cut, walk 5.)
inline constexpr Phrase path_fold{"Hela kursordningen ({2}\u00a0av\u00a0{1} klara)",
                                  "The whole order ({2}\u00a0of\u00a0{1} done)"};
inline constexpr Phrase state_started{"Påbörjad", "Started"};
inline constexpr Phrase path_needs_role{
    "Välj din yrkesgrupp under ”Om dig”, så får du en kursordning som passar ditt arbete.",
    "Choose your occupational group under “About you” to get an order of courses that suits your "
    "work."};

// ---- role families in sentences ("Kursordning för omsorg", "gjord för dig som är chef") ----
struct RoleWords {
  const char* id;  // background.hpp role_family id
  Phrase group;    // the family in "för {1}"
  Phrase you;      // "dig som …"
};
inline constexpr RoleWords role_words[] = {
    {"omsorg", {"omsorg", "care"}, {"dig som arbetar inom omsorg", "people who work in care"}},
    {"funktionsstod",
     {"funktionsstöd", "disability support"},
     {"dig som arbetar inom funktionsstöd", "people who work in disability support"}},
    {"halso-sjukvard",
     {"hälso- och sjukvård", "health care"},
     {"dig som arbetar inom hälso- och sjukvård", "people who work in health care"}},
    {"handlaggning-utveckling",
     {"handläggning och utveckling", "case management and development"},
     {"dig som arbetar med handläggning eller utveckling",
      "people who work in case management or development"}},
    {"chef", {"chefer", "managers"}, {"dig som är chef", "managers"}},
};

// ---- saving the result ----
inline constexpr Phrase save_heading{"Spara ditt resultat", "Save your result"};

}  // namespace dl::ui::profile_text
