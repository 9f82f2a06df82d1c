// Phrases of the coordinator's screens (programme link, result files, tables) and of the two
// screens a programme brings to staff (choosing an organisation, seeing the result file before
// saving it). Plain Swedish first, English second; {1}, {2} are filled in by fill().
#pragma once
#include "core/i18n.hpp"

namespace dl::ui::coordinator_text {

// ---- coordinator: start ----
inline constexpr Phrase intro{
    "Här gör du en länk till ditt program och läser in resultatfiler från deltagarna. Det du läser "
    "in sparas låst med din kod på den här datorn. Inget skickas någonstans.",
    "Here you make a link to your programme and read result files from participants. What you read "
    "in is saved locked with your code on this computer. Nothing is sent anywhere."};
inline constexpr Phrase link_heading{"Länk till programmet", "Link to the programme"};
inline constexpr Phrase link_hint{
    "Gör en länk och en QR-kod som personalen öppnar. Då får de programmets kurser och frågor.",
    "Make a link and a QR code for staff to open. They then get the programme's courses and questions."};
inline constexpr Phrase make_link{"Gör en programlänk", "Make a programme link"};
inline constexpr Phrase files_heading{"Resultatfiler", "Result files"};
inline constexpr Phrase choose_files{"Välj resultatfiler", "Choose result files"};
inline constexpr Phrase drop_files{"Du kan också dra filer eller en hel mapp hit.",
                                   "You can also drag files or a whole folder here."};
inline constexpr Phrase reading_files{"Läser {1} filer … Det kan ta några sekunder.",
                                      "Reading {1} files … This can take a few seconds."};
inline constexpr Phrase reading_one_file{"Läser filen …", "Reading the file …"};
inline constexpr Phrase no_files_yet{"Inga filer är inlästa än.", "No files have been read yet."};
inline constexpr Phrase more_files{"{1} filer lästes in utan anmärkning.",
                                   "{1} files were read without remarks."};
inline constexpr Phrase tables_heading{"Tabeller", "Tables"};
// Folded sections: the tables one by one under their titles, the files read without a remark.
inline constexpr Phrase tables_folded{
    "Tryck på en tabell för att visa den. Alla tabeller finns i rapporten för utskrift längst ner.",
    "Tap a table to show it. Every table is in the report for printing at the bottom."};
// An opened table in which no figure may be shown (too few answered): one line instead of rows of
// "..", which on a phone ran to a dozen screens for the manager survey.
inline constexpr Phrase table_all_hidden{
    "För få har svarat för att visa något tal i den här tabellen. Talen visas när fler har svarat.",
    "Too few have answered to show any figure in this table. The figures show when more have answered."};
inline constexpr Phrase read_files_fold{"Filer utan anmärkning ({1})", "Files without a remark ({1})"};
// The filters, folded under one row that says what the tables show now (walk 4: five phone screens
// of chips came before the first table).
inline constexpr Phrase filters_fold{"Urval: {1}", "Selection: {1}"};
inline constexpr Phrase filters_none{"alla deltagare", "all participants"};
inline constexpr Phrase filter_org{"Organisation", "Organisation"};
inline constexpr Phrase filter_role{"Yrkesgrupp", "Occupational group"};
inline constexpr Phrase filter_setting{"Arbetsplats", "Kind of workplace"};
inline constexpr Phrase filter_period{"Period", "Period"};
inline constexpr Phrase filter_all{"Alla", "All"};
inline constexpr Phrase suppression_rule{
    "Talen i tabellerna är ändrade lite, upp eller ned med högst 3, så att ingen kan pekas ut. Samma "
    "grupp får alltid samma tal. Totalt och delar ändras var för sig, så en del kan ibland vara större "
    "än sin summa. Två punkter (..) betyder att talet inte visas, för att skydda enskilda. Ett streck "
    "(–) betyder att det inte kan finnas här, till exempel en kurs som inte ingår i programmet.",
    "The figures in the tables are changed a little, up or down by at most 3, so that no one can be "
    "singled out. The same group always gets the same figure. Totals and parts are changed each on "
    "their own, so a part can sometimes be larger than its total. Two dots (..) mean the figure is not "
    "shown, to protect individuals. A dash (–) means it cannot exist here, for example a course that "
    "is not in the programme."};
// The count is protected like every figure (changed a little), so it can differ from the files read.
// ("cirka": the box right under it says how the figures are changed; walk 4 read "ändrade lite" twice.)
inline constexpr Phrase selection_size{"Tabellerna nedan bygger på cirka {1} deltagare.",
                                       "The tables below rest on about {1} participants."};
inline constexpr Phrase selection_size_hidden{"Tabellerna nedan bygger på för få deltagare för att visa antalet.",
                                              "The tables below rest on too few participants to show how many."};
inline constexpr Phrase too_small{
    "Urvalet är för litet för att visas: det har omkring 10 deltagare eller färre, och tabellerna "
    "skulle säga för mycket om var och en. Välj ett större urval.",
    "The selection is too small to show: it has about 10 participants or fewer, and the tables would "
    "say too much about each person. Choose a larger selection."};
inline constexpr Phrase remove_filters{"Ta bort filtren", "Remove the filters"};
inline constexpr Phrase keys_coming{"Tabellerna räknas fram …", "The tables are being worked out …"};
inline constexpr Phrase keys_failed{
    "Tabellerna kan inte skyddas i den här webbläsaren, så de visas inte. Öppna sidan med en adress "
    "som börjar med https:// eller på den här datorn (localhost).",
    "The tables cannot be protected in this browser, so they are not shown. Open the page at an "
    "address that starts with https:// or on this computer (localhost)."};
inline constexpr Phrase programme_of_workspace{"Filerna hör till programmet {1}. Filer från andra program läses inte.",
                                               "The files belong to the programme {1}. Files of other programmes are not read."};
inline constexpr Phrase programme_code{"med koden {1} (den står i programlänken)",
                                       "with the code {1} (it is in the programme link)"};
inline constexpr Phrase read_without_programme{"Läs också filer utan program", "Also read files without a programme"};
inline constexpr Phrase without_programme_hint{
    "Filer som sparades innan personen öppnade programlänken. De räknas som en egen grupp: Utan program.",
    "Files saved before the person opened the programme link. They count as a group of their own: "
    "Without a programme."};
inline constexpr Phrase key_heading{"Nyckeln till tabellerna", "The key to the tables"};
inline constexpr Phrase key_text{
    "Talen i tabellerna ändras med hjälp av en hemlig nyckel som sparas i den här webbläsaren. Samma "
    "nyckel och samma filer ger alltid samma tal. Spara nyckelfilen om du byter dator eller webbläsare, "
    "eller vill göra tabellerna med kommandoradsprogrammet digilyft-report. På en annan dator läser du "
    "in nyckelfilen med Välj resultatfiler, före resultatfilerna. Förvara den lika väl som "
    "resultatfilerna och dela den aldrig: med nyckeln och filerna går ändringarna att räkna bort.",
    "The figures in the tables are changed with a secret key kept in this browser. The same key and "
    "the same files always give the same figures. Save the key file if you change computer or "
    "browser, or want to make the tables with the command-line program digilyft-report. On another "
    "computer, read the key file with Choose result files, before the result files. Keep it as "
    "carefully as the result files and never share it: with the key and the files the changes can be "
    "worked out."};
inline constexpr Phrase save_key{"Spara nyckelfilen", "Save the key file"};
inline constexpr Phrase key_taken{"Nyckeln i filen används nu för tabellerna.",
                                  "The key in the file is now used for the tables."};
inline constexpr Phrase key_not_taken{"Nyckelfilen {1} används inte: {2}", "The key file {1} is not used: {2}"};
inline constexpr Phrase confirm_clear{
    "Listan med filer och tabellerna töms. Nyckeln finns kvar i webbläsaren, så samma filer ger samma "
    "tal när du läser in dem igen. Vill du tömma listan?",
    "The list of files and the tables are cleared. The key stays in the browser, so the same files "
    "give the same figures when you read them again. Do you want to clear the list?"};
inline constexpr Phrase clear_yes{"Ja, töm listan och tabellerna", "Yes, clear the list and tables"};
inline constexpr Phrase clear_no{"Avbryt", "Cancel"};
inline constexpr Phrase chart_heading{"Självskattning per område", "Self-assessment by area"};
inline constexpr Phrase chart_colours{"Färgerna:", "The colours:"};
inline constexpr Phrase bar_value{"{1}: {2} av 100", "{1}: {2} out of 100"};
inline constexpr Phrase bar_hidden{"{1}: visas inte", "{1}: not shown"};
inline constexpr Phrase save_csv{"Spara som CSV", "Save as CSV"};
inline constexpr Phrase save_report{"Spara rapporten för utskrift", "Save the report for printing"};
inline constexpr Phrase clear_workspace{"Töm listan och tabellerna", "Clear the list and tables"};

// ---- programme set-up ----
inline constexpr Phrase setup_heading{"Gör en programlänk", "Make a programme link"};
inline constexpr Phrase setup_intro{
    "Fyll i uppgifterna. Inställningarna står i själva länken. De skickas inte till någon server.",
    "Fill in the details. The settings are in the link itself. They are not sent to any server."};
inline constexpr Phrase programme_name{"Programmets namn", "Name of the programme"};
inline constexpr Phrase organisations{"Organisationer", "Organisations"};
inline constexpr Phrase organisations_hint{
    "Personalen väljer en av dem. Skriv namnet, så föreslås en kod. Bara koden kommer med i resultatfilen.",
    "Staff choose one of them. Type the name and a code is proposed. Only the code goes into the result file."};
inline constexpr Phrase org_code{"Kod för organisation {1} (a–z, siffror och bindestreck, högst 16 tecken)",
                                 "Code of organisation {1} (a–z, digits and hyphens, at most 16 characters)"};
inline constexpr Phrase org_name{"Namn på organisation {1}", "Name of organisation {1}"};
inline constexpr Phrase remove_org{"Ta bort", "Remove"};
inline constexpr Phrase remove_org_name{"Ta bort organisation {1}", "Remove organisation {1}"};
inline constexpr Phrase add_org{"Lägg till en organisation", "Add an organisation"};
inline constexpr Phrase modules_heading{"Kurser i programmet", "Courses in the programme"};
inline constexpr Phrase surveys_heading{"Frågor i programmet", "Questions in the programme"};
inline constexpr Phrase follow_up_after{"Uppföljningen kommer efter", "The follow-up comes after"};
inline constexpr Phrase months{"{1} månader", "{1} months"};
inline constexpr Phrase link_not_ready{"Länken är inte klar än:", "The link is not ready yet:"};
inline constexpr Phrase link_and_qr{"Länk och QR-kod", "Link and QR code"};
inline constexpr Phrase the_link{"Länken", "The link"};
inline constexpr Phrase qr_alt{"QR-kod med länken till {1}", "QR code with the link to {1}"};
inline constexpr Phrase save_poster{"Spara affischen för utskrift", "Save the poster for printing"};
inline constexpr Phrase sealing_key_heading{"Programmets nyckel", "The programme's key"};
inline constexpr Phrase sealing_key_text{
    "Personalens resultatfiler låses så att bara du kan öppna dem, med programmets nyckel. Nyckeln "
    "sparas här, låst med din kod. Spara också nyckelfilen och förvara den säkert. Utan den går "
    "filerna inte att öppna om du byter dator eller om webbläsarens data försvinner.",
    "Staff's result files are locked so that only you can open them, with the programme's key. The "
    "key is saved here, locked with your code. Also save the key file and keep it safe. Without it "
    "the files cannot be opened if you change computers or the browser's data disappears."};
inline constexpr Phrase making_key{"Programmet får sin nyckel …", "The programme is getting its key …"};
inline constexpr Phrase no_sealing_here{
    "Här går det inte att göra programmets nyckel. Öppna Digilyft från sin vanliga adress (https) och försök igen.",
    "The programme's key cannot be made here. Open Digilyft from its usual address (https) and try again."};
inline constexpr Phrase not_sealed_here{
    "Filen kunde inte låsas för samordnaren här, så den sparades inte. Öppna Digilyft från sin vanliga adress (https) och försök igen.",
    "The file could not be locked for the coordinator here, so it was not saved. Open Digilyft from its usual address (https) and try again."};
inline constexpr Phrase copy_link{"Kopiera länken", "Copy the link"};
inline constexpr Phrase link_copied{
    "Länken är kopierad. Klistra in den i ett mejl eller en chatt till personalen.",
    "The link is copied. Paste it into an e-mail or a chat to the staff."};
inline constexpr Phrase link_not_copied{
    "Länken gick inte att kopiera här. Markera den i rutan ovan och kopiera den själv.",
    "The link could not be copied here. Select it in the box above and copy it yourself."};
inline constexpr Phrase link_tip{
    "Öppna länken själv för att se det som personalen ser.",
    "Open the link yourself to see what staff see."};
inline constexpr Phrase back_to_coordinator{"Tillbaka till samordnare", "Back to coordinator"};

// ---- staff: joining a programme ----
inline constexpr Phrase join_heading{"Välkommen till {1}", "Welcome to {1}"};
inline constexpr Phrase join_intro{
    "Välj var du arbetar. Då kan samordnaren se hur det går i varje organisation. Ditt namn sparas inte.",
    "Choose where you work. The coordinator can then see how it goes in each organisation. Your "
    "name is not saved."};
inline constexpr Phrase your_organisation{"Din organisation", "Your organisation"};
inline constexpr Phrase change_organisation{"Byt organisation", "Change organisation"};
inline constexpr Phrase continue_on{"Fortsätt", "Continue"};
inline constexpr Phrase link_broken{"Länken kunde inte öppnas: {1}", "The link could not be opened: {1}"};

// ---- staff: the result file before saving ----
inline constexpr Phrase preview_heading{"Spara din resultatfil", "Save your result file"};
inline constexpr Phrase preview_intro{"Det här står i filen:", "This is what the file holds:"};
inline constexpr Phrase save_file{"Spara filen", "Save the file"};
inline constexpr Phrase file_sealed{
    "Filen låses, så att bara den som samordnar ditt program kan öppna den.",
    "The file is locked so that only the person who coordinates your programme can open it."};
inline constexpr Phrase file_not_sealed{
    "Filen är inte låst. Den som får filen kan läsa den.",
    "The file is not locked. Whoever gets the file can read it."};
inline constexpr Phrase send_file{"Skicka filen", "Send the file"};
inline constexpr Phrase send_hint{
    "Välj e-post eller chatt och skicka filen till den som samordnar utbildningen.",
    "Choose e-mail or chat and send the file to the person who coordinates the training."};
inline constexpr Phrase save_instead{"Spara filen på enheten i stället", "Save the file on the device instead"};
inline constexpr Phrase sent{"Filen är skickad: {1}. Tack!", "The file is sent: {1}. Thank you!"};
inline constexpr Phrase saved_where{"Så lämnar du filen", "How to hand in the file"};
inline constexpr Phrase saved_computer{
    "På en dator: filen finns i mappen Hämtade filer. Skicka den som bilaga i ett mejl till den som "
    "samordnar utbildningen.",
    "On a computer: the file is in the Downloads folder. Send it as an attachment in an e-mail to the "
    "person who coordinates the training."};
inline constexpr Phrase saved_mobile{
    "På en mobil eller surfplatta: öppna appen Filer och mappen Nedladdningar. Håll fingret på filen "
    "och välj Dela.",
    "On a phone or tablet: open the Files app and the Downloads folder. Hold your finger on the file "
    "and choose Share."};
inline constexpr Phrase saved_shared{
    "På en enhet som flera använder: ta bort filen från Hämtade filer när du har skickat den.",
    "On a device several people use: delete the file from Downloads once you have sent it."};
inline constexpr Phrase hand_in_here{"Lämna in här", "Hand in here"};
inline constexpr Phrase hand_in_hint{
    "Använder flera den här enheten? Lämna in dina svar här. De låses, så att bara den som samordnar "
    "utbildningen kan läsa dem, och ligger kvar på enheten tills någon skickar alla inlämnade svar till "
    "samordnaren.",
    "Do several people use this device? Hand in your answers here. They are locked so that only the "
    "person who coordinates the training can read them, and stay on the device until someone sends all "
    "the answers handed in to the coordinator."};
inline constexpr Phrase hand_in_again_hint{
    "Du kan lämna in igen när du vill, till exempel efter nästa omgång frågor.",
    "You can hand in again whenever you like, for example after the next round of questions."};
inline constexpr Phrase handed_in{
    "Dina svar är inlämnade. Tack! Om du lämnar in igen ersätter de nya svaren de gamla.",
    "Your answers are handed in. Thank you! If you hand in again, the new answers replace the old ones."};
inline constexpr Phrase save_again_hint{
    "Du kan spara filen igen när du vill, till exempel efter nästa omgång frågor.",
    "You can save the file again whenever you like, for example after the next round of questions."};

}  // namespace dl::ui::coordinator_text
