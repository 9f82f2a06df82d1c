// Every fixed phrase the screens show, in plain Swedish (default) and English.
// Klarspråk: short sentences, everyday words, no jargon. {1}, {2} are filled in by fill().
#pragma once
#include "core/i18n.hpp"

namespace dl::ui::text {

// ---- start ----
inline constexpr Phrase app_name{"Digilyft", "Digilyft"};
inline constexpr Phrase other_language{"English", "Svenska"};
inline constexpr Phrase larger_text{"Större text", "Larger text"};
inline constexpr Phrase normal_text{"Vanlig textstorlek", "Normal text size"};
inline constexpr Phrase listen{"Lyssna", "Listen"};
inline constexpr Phrase stop_listening{"Sluta läsa", "Stop reading"};
inline constexpr Phrase welcome{
    "Här lär du dig mer om digitala verktyg i arbetet. Du gör det i din egen takt.",
    "Here you learn more about digital tools at work, at your own pace."};
inline constexpr Phrase courses{"Kurser", "Courses"};
inline constexpr Phrase courses_hint{"Korta kurser om digitala verktyg i vården och omsorgen.",
                                     "Short courses on digital tools in care work."};
inline constexpr Phrase self_assessment{"Självskattning", "Self-assessment"};
inline constexpr Phrase self_assessment_hint{
    "Svara på frågor om vad du kan. Det är inget prov.",
    "Answer questions about what you can do. It is not a test."};
inline constexpr Phrase your_result{"Ditt resultat", "Your result"};
inline constexpr Phrase export_hint{
    "Spara en fil med dina svar. Ditt namn finns inte med i filen. Lämna filen till den som "
    "samordnar utbildningen.",
    "Save a file with your answers. Your name is not in the file. Give the file to the person "
    "who coordinates the training."};
inline constexpr Phrase export_result{"Exportera resultat", "Export results"};
inline constexpr Phrase exported{"Filen är sparad: {1}.",
                                 "The file is saved: {1}."};
inline constexpr Phrase for_coordinators{"För samordnare", "For coordinators"};
inline constexpr Phrase coordinator_hint{
    "Läs in resultatfiler från deltagarna och se en sammanställning.",
    "Read result files from participants and see a summary."};
inline constexpr Phrase coordinator{"Samordnare", "Coordinator"};
inline constexpr Phrase to_start{"Till startsidan", "To the start page"};

// A course's pages are fetched when it opens (view_course_fetch.cpp).
inline constexpr Phrase course_fetching{"Kursen hämtas …", "The course is being fetched …"};
inline constexpr Phrase course_fetch_failed{"Kursen kunde inte hämtas", "The course could not be fetched"};
inline constexpr Phrase course_fetch_failed_text{
    "Kontrollera att enheten är ansluten till internet och försök igen. Det du har gjort i kursen finns kvar.",
    "Check that the device is connected to the internet and try again. What you have done in the course is kept."};
inline constexpr Phrase fetch_again{"Försök igen", "Try again"};

// The start screen's one next step, chosen in the order: a self-assessment round that is open, a
// course in progress, choosing a course.
inline constexpr Phrase next_step{"Ditt nästa steg", "Your next step"};
inline constexpr Phrase begin_assessment{"Börja med självskattningen", "Start with the self-assessment"};
inline constexpr Phrase begin_assessment_hint{
    "Innan du börjar med kurserna: svara på frågor om vad du kan i dag. Det är inget prov.",
    "Before you start the courses: answer questions about what you can do today. It is not a test."};
inline constexpr Phrase continue_assessment{"Fortsätt självskattningen", "Continue the self-assessment"};
inline constexpr Phrase continue_assessment_hint{
    "Du har börjat svara på frågorna. Fortsätt där du slutade.",
    "You have started answering the questions. Continue where you left off."};
inline constexpr Phrase after_course{"Svara på frågorna efter kursen",
                                     "Answer the questions after the course"};
inline constexpr Phrase after_course_hint{
    "Du har gått klart en kurs. Berätta vad du kan nu och vad du tyckte om kursen.",
    "You have finished a course. Tell us what you can do now and what you thought of the course."};
inline constexpr Phrase follow_up{"Dags för uppföljningen", "Time for the follow-up"};
inline constexpr Phrase follow_up_hint{
    "Det har gått {1} sedan du svarade efter kursen. Svara på frågorna igen. Då syns det hur du "
    "använder det du har lärt dig.",
    "It is {1} since you answered after the course. Answer the questions again. That shows how you "
    "use what you have learned."};
inline constexpr Phrase one_month{"en månad", "one month"};
inline constexpr Phrase months{"{1} månader", "{1} months"};
inline constexpr Phrase course_in_progress{"Du har börjat på kursen {1}.",
                                           "You have started the course {1}."};
inline constexpr Phrase suggested_course{
    "Vi föreslår kursen {1}. Varför den passar dig står under ”Min profil”.",
    "We suggest the course {1}. Why it suits you is under “My profile”."};
inline constexpr Phrase choose_course{"Välj en kurs", "Choose a course"};
inline constexpr Phrase choose_course_hint{
    "Välj en kurs som passar dig. Du kan pausa när du vill.",
    "Choose a course that suits you. You can pause whenever you like."};
inline constexpr Phrase follow_up_opens{"Uppföljningen öppnar {1}.", "The follow-up opens on {1}."};
inline constexpr Phrase more_to_do{"Mer i Digilyft", "More in Digilyft"};
inline constexpr Phrase my_profile{"Min profil", "My profile"};
inline constexpr Phrase for_managers{"För chefer", "For managers"};
inline constexpr Phrase managers_hint{
    "Är du chef? Svara på några frågor om hur digitala arbetssätt fungerar i din arbetsgrupp.",
    "Are you a manager? Answer a few questions about how digital ways of working go in your team."};
inline constexpr Phrase answer_survey{"Svara på chefsenkäten", "Answer the manager survey"};
inline constexpr Phrase survey_answered{"Du har svarat. Tack!", "You have answered. Thank you!"};
inline constexpr Phrase show_survey_answers{"Visa dina svar i chefsenkäten",
                                            "Show your answers to the manager survey"};

// ---- storage ----
inline constexpr Phrase storage_unavailable{
    "Den här webbläsaren låter inte Digilyft spara något. Du kan göra kurserna och "
    "självskattningen ändå, men svaren försvinner när du stänger sidan. Spara ditt resultat med "
    "knappen Exportera resultat innan du går.",
    "This browser does not let Digilyft save anything. You can still do the courses and the "
    "self-assessment, but your answers disappear when you close the page. Save your result with "
    "the Export results button before you leave."};
inline constexpr Phrase storage_write_failed{
    "Dina senaste svar kunde inte sparas. Lagringen i webbläsaren kan vara full. Spara ditt "
    "resultat med knappen Exportera resultat, så att inget går förlorat.",
    "Your latest answers could not be saved. The browser's storage may be full. Save your result "
    "with the Export results button, so that nothing is lost."};

// ---- courses ----
inline constexpr Phrase courses_intro{
    "Välj en kurs. Du kan pausa när du vill. Det du har gjort sparas.",
    "Choose a course. You can pause whenever you like. What you have done is saved."};
inline constexpr Phrase about_minutes{"Cirka {1} minuter", "About {1} minutes"};
inline constexpr Phrase not_started{"Inte påbörjad", "Not started"};
inline constexpr Phrase page_of{"Sida {1} av {2}", "Page {1} of {2}"};
inline constexpr Phrase done{"Klar", "Done"};
inline constexpr Phrase start_course{"Starta kursen", "Start the course"};
inline constexpr Phrase continue_course{"Fortsätt kursen", "Continue the course"};
inline constexpr Phrase redo_course{"Gå igenom kursen igen", "Go through the course again"};
inline constexpr Phrase content_problem{
    "En del av innehållet har ett fel och visas inte. Säg till den som ansvarar för Digilyft.",
    "Some of the content has an error and is not shown. Tell the person responsible for Digilyft."};
inline constexpr Phrase no_courses{"Det finns inga kurser att visa just nu.",
                                   "There are no courses to show right now."};
inline constexpr Phrase english_missing_page{
    "En del av den här sidan finns bara på svenska. Därför visas den svenska texten där.",
    "Part of this page is only available in Swedish, so the Swedish text is shown there."};
inline constexpr Phrase english_missing{
    "Den här kursen finns bara på svenska. Därför visas den svenska texten.",
    "This course is only available in Swedish, so the Swedish text is shown."};

inline constexpr Phrase continue_where{"Fortsätt där du slutade", "Continue where you left off"};
inline constexpr Phrase filter_role{"Visa kurser för", "Show courses for"};
inline constexpr Phrase filter_level{"Nivå", "Level"};
inline constexpr Phrase all_roles{"Alla yrkesgrupper", "All groups"};
inline constexpr Phrase all_levels{"Alla nivåer", "All levels"};
inline constexpr Phrase filter_summary{"Visar kurser för {1}. Nivå: {2}.", "Showing courses for {1}. Level: {2}."};
inline constexpr Phrase all_roles_in_summary{"alla yrkesgrupper", "all groups"};
inline constexpr Phrase all_levels_in_summary{"alla nivåer", "all levels"};
inline constexpr Phrase change_filter{"Ändra urval", "Change"};
inline constexpr Phrase change_filter_name{"Ändra urval: vilka kurser som visas", "Change: which courses are shown"};
inline constexpr Phrase close_filter{"Visa kurserna", "Show the courses"};
inline constexpr Phrase no_match{"Inga kurser passar de val du gjort. Välj Alla yrkesgrupper eller Alla nivåer.",
                                 "No courses fit your choices. Choose All groups or All levels."};
inline constexpr Phrase about_course{"Om kursen och alla sidor", "About the course and all pages"};
// On the course the profile and the start page suggest as the next step (rich text).
inline constexpr Phrase suggested_mark{"**Vi föreslår den här kursen.** Varför den passar dig står under ”Min profil”.",
                                       "**We suggest this course.** Why it suits you is under “My profile”."};
inline constexpr Phrase minutes_and_level{"Cirka {1} minuter. Nivå: {2}.", "About {1} minutes. Level: {2}."};
inline constexpr Phrase time_spent{"Du har lagt {1} på kursen.", "You have spent {1} on the course."};
inline constexpr Phrase right_of{"{1} av {2} rätt", "{1} of {2} right"};
inline constexpr Phrase mastery_rule{"Du blir klar när du har läst alla sidor och har minst {1} av {2} rätt.",
                                     "You finish when you have read every page and have at least {1} of {2} right."};
inline constexpr Phrase goals{"Det här lär du dig", "What you will learn"};
inline constexpr Phrase pages{"Sidorna i kursen", "The pages of the course"};
inline constexpr Phrase page_read{"{1}. {2} (läst)", "{1}. {2} (read)"};
inline constexpr Phrase page_unread{"{1}. {2}", "{1}. {2}"};
inline constexpr Phrase for_champions{"För dig som leder samtal i gruppen", "For you who lead group talks"};
inline constexpr Phrase guide_hint{
    "Samtalsguiden har kursens viktigaste punkter och frågor att prata om. Skriv ut den eller visa den på skärmen.",
    "The discussion guide has the course's key points and questions to talk about. Print it or show it on screen."};
inline constexpr Phrase download_guide{"Ladda ner samtalsguiden", "Download the discussion guide"};
inline constexpr Phrase all_pages{"Alla sidor i kursen", "All pages of the course"};

// ---- module ----
inline constexpr Phrase remember{"Att komma ihåg", "Remember"};
inline constexpr Phrase talk_in_group{"Prata om i gruppen", "Talk about it in the group"};
inline constexpr Phrase case_heading{"Ett fall från vardagen", "A case from everyday work"};
inline constexpr Phrase check_answer{"Kontrollera svaret", "Check the answer"};
inline constexpr Phrase choose_all{"Välj alla som stämmer.", "Choose all that apply."};
inline constexpr Phrase true_label{"Sant", "True"};
inline constexpr Phrase false_label{"Falskt", "False"};
inline constexpr Phrase move_up{"Upp", "Up"};
inline constexpr Phrase move_down{"Ner", "Down"};
inline constexpr Phrase move_up_name{"Flytta upp: {1}", "Move up: {1}"};
inline constexpr Phrase move_down_name{"Flytta ner: {1}", "Move down: {1}"};
inline constexpr Phrase position_of{"{1} av {2}: {3}", "{1} of {2}: {3}"};
inline constexpr Phrase match_with{"Vad hör ihop med: {1}", "What goes with: {1}"};
inline constexpr Phrase match_pair{"{1}: {2}", "{1}: {2}"};
inline constexpr Phrase match_later{"{1}: inget valt än", "{1}: not chosen yet"};
inline constexpr Phrase change_pair{"Ändra", "Change"};
inline constexpr Phrase change_pair_name{"Ändra det som hör ihop med: {1}", "Change what goes with: {1}"};
inline constexpr Phrase pairs_right{"{1} av {2} par stämmer. De här stämmer inte:",
                                    "{1} of {2} pairs are right. These are not:"};
// The right text in quotes: it may begin with a capital ("Rutin hör inte ihop med ”En webbplats …”").
inline constexpr Phrase pair_wrong{"{1} hör inte ihop med ”{2}”", "{1} does not go with “{2}”"};
inline constexpr Phrase order_hint{"Flytta stegen med Upp och Ner tills de står i rätt ordning.",
                                   "Move the steps with Up and Down until they are in the right order."};
inline constexpr Phrase steps_right{"{1} av {2} steg står på rätt plats. De här står på fel plats:",
                                    "{1} of {2} steps are in the right place. These are not:"};
// A step that is out of place, and where it stands now (not where it belongs: that is the answer).
inline constexpr Phrase misplaced_step{"”{2}” (står nu på plats {1})", "“{2}” (now in place {1})"};
inline constexpr Phrase right{"Rätt!", "Correct!"};
inline constexpr Phrase not_quite{"Inte riktigt.", "Not quite."};
inline constexpr Phrase try_again{"Försök igen.", "Try again."};
inline constexpr Phrase previous{"Föregående", "Previous"};
inline constexpr Phrase next{"Nästa", "Next"};
inline constexpr Phrase finish_course{"Avsluta kursen", "Finish the course"};
inline constexpr Phrase answer_all{"Svara rätt på alla frågor för att bli klar.",
                                   "Answer every question correctly to finish."};
inline constexpr Phrase go_to_page{"Gå till sida {1}", "Go to page {1}"};
// The end of a course: where its facts come from, and when they were checked.
inline constexpr Phrase sources_heading{"Källor", "Sources"};
inline constexpr Phrase facts_checked{"Fakta i kursen kontrollerades {1}.", "The facts in the course were checked on {1}."};
inline constexpr Phrase well_done{"Bra jobbat!", "Well done!"};
inline constexpr Phrase course_finished{"Du har gått klart kursen {1}.",
                                        "You have finished the course {1}."};
inline constexpr Phrase back_to_courses{"Tillbaka till kurser", "Back to courses"};

// ---- self-assessment ----
inline constexpr Phrase part_of{"Del {1} av {2}", "Part {1} of {2}"};
inline constexpr Phrase round_intro_t0{
    "Svara på hur du ser på det du kan i dag, innan du börjar med kurserna.",
    "Answer how you see what you can do today, before you start the courses."};
inline constexpr Phrase round_intro_t1{
    "Du har gått klart en kurs. Svara på hur du ser på det du kan nu.",
    "You have finished a course. Answer how you see what you can do now."};
inline constexpr Phrase round_intro_t2{
    "Det har gått några månader sedan kursen. Svara på hur du ser på det du kan nu.",
    "A few months have passed since the course. Answer how you see what you can do now."};
inline constexpr Phrase before_round_heading{"Innan du börjar kursen", "Before you start the course"};
inline constexpr Phrase before_round_why{
    "Svara gärna först på frågorna om vad du kan i dag. Efter kursen svarar du igen. Då ser du vad "
    "du har lärt dig. Det är inget prov.",
    "Please answer the questions about what you can do today first. After the course you answer "
    "again. Then you see what you have learned. It is not a test."};
inline constexpr Phrase before_round_later{
    "Frågorna före kursen går bara att svara på innan du har gjort klart en kurs.",
    "The questions before the course can only be answered before you have finished a course."};
inline constexpr Phrase before_round_first{"Svara på frågorna först", "Answer the questions first"};
inline constexpr Phrase before_round_skip{"Börja kursen nu", "Start the course now"};
inline constexpr Phrase about_you{"Om dig", "About you"};
inline constexpr Phrase about_you_hint{
    "Alla frågor här är frivilliga. Du kan hoppa över dem. Lämnar du din resultatfil får "
    "samordnaren svaren, men inte ditt namn. I tabellerna syns bara grupper.",
    "All questions here are optional. You can skip them. If you hand in your result file, the "
    "coordinator gets the answers, but not your name. The tables only show groups."};
inline constexpr Phrase about_you_why{
    "Svaren hjälper Digilyft att föreslå kurser som passar ditt arbete. De följer med i din "
    "resultatfil, men aldrig ditt namn.",
    "The answers help Digilyft suggest courses that suit your work. They go into your result file, "
    "but never your name."};
inline constexpr Phrase about_you_done{"Klar, tillbaka till min profil", "Done, back to my profile"};
inline constexpr Phrase about_you_clear_hint{"Vill du inte att svaren finns kvar? Du kan ta bort dem.",
                                             "Do you not want to keep the answers? You can remove them."};
inline constexpr Phrase about_you_clear{"Ta bort mina svar om mig", "Remove my answers about me"};
inline constexpr Phrase about_you_change{"Ändra uppgifter om dig", "Change details about you"};
inline constexpr Phrase statements_hint{"Hur väl kan du göra det här i dag?",
                                        "How well can you do this today?"};
inline constexpr Phrase then_heading{"Hur var det före kursen?", "How was it before the course?"};
inline constexpr Phrase then_hint{"Tänk tillbaka på hur säker du var innan du gick kursen.",
                                  "Think back to how confident you were before you took the course."};
inline constexpr Phrase evaluation_heading_t1{"Vad tycker du om kursen?", "What do you think of the course?"};
inline constexpr Phrase evaluation_heading_t2{"Hur använder du det du har lärt dig?",
                                              "How do you use what you have learned?"};
inline constexpr Phrase agreement_hint{"Hur väl stämmer det här?", "How well does this fit?"};
inline constexpr Phrase answers_final{
    "När du trycker på Avsluta och visa min profil är självskattningen klar. Efter det kan du inte "
    "ändra svaren.",
    "When you press Finish and show my profile, the self-assessment is done. After that you cannot "
    "change the answers."};
inline constexpr Phrase show_profile{"Avsluta och visa min profil", "Finish and show my profile"};
inline constexpr Phrase one_question_left{"1 fråga kvar att svara på.", "1 question left to answer."};
inline constexpr Phrase questions_left{"{1} frågor kvar att svara på.", "{1} questions left to answer."};
inline constexpr Phrase parts_left{"Det finns frågor kvar i de här delarna:",
                                   "There are questions left in these parts:"};
inline constexpr Phrase part_left{"Del {1}: {2} ({3} kvar)", "Part {1}: {2} ({3} left)"};
inline constexpr Phrase saved_as_you_go{
    "Dina svar sparas direkt. Du kan sluta nu och fortsätta senare.",
    "Your answers are saved at once. You can stop now and continue later."};
inline constexpr Phrase continue_later{"Fortsätt senare", "Continue later"};
inline constexpr Phrase no_open_round{"Det finns ingen självskattning att svara på just nu.",
                                      "There is no self-assessment to answer right now."};
inline constexpr Phrase all_answered_for_now{
    "Du har svarat på alla frågor som finns just nu. Tack!",
    "You have answered every question there is right now. Thank you!"};
inline constexpr Phrase next_after_course{
    "Nästa gång du svarar är när du har gått klart en kurs.",
    "The next time you answer is when you have finished a course."};
inline constexpr Phrase assessment_missing{
    "Självskattningen kan inte visas just nu. Säg till den som ansvarar för Digilyft.",
    "The self-assessment cannot be shown right now. Tell the person responsible for Digilyft."};

// ---- after a course ----
inline constexpr Phrase tell_how{"Berätta hur det gick", "Tell us how it went"};
// {1} questions, about {2} minutes: said as they are (it is not "a few").
inline constexpr Phrase tell_how_text{
    "Det är {1} frågor om vad du kan nu och vad du tyckte om kursen. Det tar cirka {2} minuter. Du "
    "kan ta en paus och fortsätta senare. Dina svar hjälper utbildningen att bli bättre.",
    "There are {1} questions about what you can do now and what you thought of the course. It takes "
    "about {2} minutes. You can take a break and go on later. Your answers help make the training "
    "better."};

// ---- manager survey ----
inline constexpr Phrase survey_missing{
    "Chefsenkäten kan inte visas just nu. Säg till den som ansvarar för Digilyft.",
    "The manager survey cannot be shown right now. Tell the person responsible for Digilyft."};
inline constexpr Phrase save_answers{"Spara mina svar", "Save my answers"};
inline constexpr Phrase survey_final{
    "När du trycker på Spara mina svar är enkäten klar. Efter det kan du inte ändra svaren.",
    "When you press Save my answers, the survey is done. After that you cannot change the answers."};
inline constexpr Phrase survey_thanks{"Tack för dina svar!", "Thank you for your answers!"};
inline constexpr Phrase survey_in_file{
    "Dina svar finns med i resultatfilen. Spara filen och lämna den till den som samordnar "
    "utbildningen. Ditt namn finns inte med i filen.",
    "Your answers are part of the result file. Save the file and give it to the person who "
    "coordinates the training. Your name is not in the file."};
inline constexpr Phrase save_result_file{"Spara resultatfil", "Save the result file"};
inline constexpr Phrase your_answers{"Dina svar", "Your answers"};
inline constexpr Phrase no_answer{"Inget svar", "No answer"};
// After a survey question where several answers fit (the content's prompt is the question alone, so
// the coordinator's table and the saved answers do not repeat this).
inline constexpr Phrase choose_several{"Välj ett eller flera svar.", "Choose one or more answers."};

// ---- profile ----
inline constexpr Phrase your_profile{"Din profil", "Your profile"};
inline constexpr Phrase profile_intro{
    "Så här ser du på din digitala kompetens just nu. Det finns inga rätt eller fel svar.",
    "This is how you see your digital skills right now. There are no right or wrong answers."};
inline constexpr Phrase score_of{"{1} av 100, {2}", "{1} of 100, {2}"};
inline constexpr Phrase no_value{"inget värde", "no value"};
inline constexpr Phrase no_answers_in_area{"Inga svar i det här området",
                                           "No answers in this area"};
inline constexpr Phrase not_done_yet{"Du har inte gjort klart självskattningen än.",
                                     "You have not finished the self-assessment yet."};
inline constexpr Phrase start_assessment{"Gör självskattningen", "Do the self-assessment"};

}  // namespace dl::ui::text
