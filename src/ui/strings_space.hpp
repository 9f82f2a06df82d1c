// The phrases of a person's own space on a shared device (view_welcome.cpp, view_your_code.cpp and
// the "Lås mina svar" button): plain Swedish and English. {1} is filled in by fill().
#pragma once
#include "core/i18n.hpp"

namespace dl::ui::space_text {

// ---- the welcome, when no space is open ----
inline constexpr Phrase welcome_saved{
    "Dina svar sparas på den här enheten, låsta med en kod som bara du får. Du behöver inget konto.",
    "Your answers are saved on this device, locked with a code that only you get. You do not need an account."};
inline constexpr Phrase new_here{"Ny här?", "New here?"};
inline constexpr Phrase new_here_hint{
    "Börja här. Du får en egen kod. Med koden kan du fortsätta senare.",
    "Start here. You get a code of your own. With the code you can go on later."};
inline constexpr Phrase start_new{"Jag är ny här", "I am new here"};
inline constexpr Phrase have_code{"Har du en kod?", "Do you have a code?"};
inline constexpr Phrase have_code_hint{
    "Skriv din kod för att fortsätta där du var.",
    "Type your code to go on where you were."};
inline constexpr Phrase code_field{"Din kod", "Your code"};
inline constexpr Phrase open_with_code{"Öppna mina svar", "Open my answers"};
inline constexpr Phrase opening{"Öppnar …", "Opening …"};
inline constexpr Phrase not_a_code{
    "Koden ska ha 8 tecken, till exempel K7QM-4XPD. Kontrollera koden och försök igen.",
    "The code has 8 characters, for example K7QM-4XPD. Check the code and try again."};
inline constexpr Phrase not_found{
    "Det finns inga svar med koden {1} på den här enheten. Kontrollera koden och försök igen.",
    "There are no answers with the code {1} on this device. Check the code and try again."};
inline constexpr Phrase elsewhere_hint{
    "Har du börjat på en annan enhet? Då kan du fortsätta här med samma kod. Det du svarade där "
    "finns kvar där.",
    "Did you start on another device? Then you can go on here with the same code. What you "
    "answered there stays there."};
inline constexpr Phrase continue_here{"Fortsätt här med koden {1}", "Go on here with the code {1}"};
inline constexpr Phrase damaged{
    "Svaren med den här koden går inte att öppna. De kan vara skadade.",
    "The answers with this code cannot be opened. They may be damaged."};
inline constexpr Phrase locked_by_person{
    "Dina svar är sparade och låsta. Tack! När du vill fortsätta skriver du din kod i rutan Din kod.",
    "Your answers are saved and locked. Thank you! To go on, type your code in the box Your code."};
inline constexpr Phrase locked_idle{
    "Svaren låstes, eftersom ingen använde sidan på en stund. Öppna dem igen med din kod.",
    "The answers were locked because nobody used the page for a while. Open them again with your code."};
inline constexpr Phrase invited{"Du är inbjuden till {1}.", "You are invited to {1}."};
inline constexpr Phrase coordinator_page{
    "Här öppnas samordnarens del: filerna, tabellerna och programlänken. Öppna den med din kod.",
    "This opens the coordinator's part: the files, the tables and the programme link. Open it with your code."};

inline constexpr Phrase to_staff_page{"Till sidan för deltagarna", "To the participants' page"};

// ---- the welcome: the answers handed in on this device ----
inline constexpr Phrase outbox_heading{"Inlämnade svar", "Answers handed in"};
inline constexpr Phrase outbox_one{
    "1 person har lämnat in sina svar på den här enheten. Svaren är låsta, så att bara den som "
    "samordnar utbildningen kan läsa dem.",
    "1 person has handed in their answers on this device. The answers are locked so that only the "
    "person who coordinates the training can read them."};
inline constexpr Phrase outbox_many{
    "{1} personer har lämnat in sina svar på den här enheten. Svaren är låsta, så att bara den som "
    "samordnar utbildningen kan läsa dem.",
    "{1} people have handed in their answers on this device. The answers are locked so that only the "
    "person who coordinates the training can read them."};
inline constexpr Phrase outbox_save{"Spara de inlämnade svaren i en fil", "Save the answers handed in as one file"};
inline constexpr Phrase outbox_save_hint{
    "Spara svaren i en fil och skicka filen till den som samordnar utbildningen.",
    "Save the answers as one file and send the file to the person who coordinates the training."};
inline constexpr Phrase outbox_check{
    "Titta efter att filen finns bland hämtade filer. Ta sedan bort svaren från enheten. Tills dess "
    "ligger de kvar här, låsta.",
    "Check that the file is in Downloads. Then remove the answers from the device. Until then they "
    "stay here, locked."};
inline constexpr Phrase outbox_forget{"Filen finns. Ta bort svaren från enheten",
                                      "The file is there. Remove the answers from the device"};
inline constexpr Phrase outbox_forgotten{"Svaren är borttagna från enheten.",
                                         "The answers are removed from the device."};
inline constexpr Phrase outbox_saved{
    "Filen {1} är sparad bland hämtade filer. Skicka den till den som samordnar utbildningen.",
    "The file {1} is saved in Downloads. Send it to the person who coordinates the training."};

// ---- the code, when a space is made ----
inline constexpr Phrase your_code{"Din kod", "Your code"};
inline constexpr Phrase code_intro{
    "Det här är din kod. Skriv upp den, eller ta en bild av den.",
    "This is your code. Write it down, or take a picture of it."};
inline constexpr Phrase code_adopted{
    "Svaren som redan fanns sparade här är nu låsta med den här koden.",
    "The answers already saved here are now locked with this code."};
inline constexpr Phrase code_why{
    "Med koden öppnar du dina svar igen på den här enheten. På en annan enhet fortsätter du med samma "
    "kod, så att alla dina svar hör ihop hos den som samordnar utbildningen. Utan koden kan ingen "
    "öppna dina svar. Om du glömmer koden kan du börja om med en ny kod.",
    "With the code you open your answers again on this device. On another device you go on with the "
    "same code, so that all your answers belong together for the person who coordinates the training. "
    "Without the code nobody can open your answers. If you forget the code, you can start again with a "
    "new code."};
inline constexpr Phrase code_written{"Jag har skrivit upp koden", "I have written down the code"};
inline constexpr Phrase code_line{"Din kod: {1}", "Your code: {1}"};
inline constexpr Phrase show_code{"Visa min kod", "Show my code"};
inline constexpr Phrase print_card{"Skriv ut ett kort med koden", "Print a card with the code"};
// ---- the printed card ----
inline constexpr Phrase card_heading{"Min kod till Digilyft", "My code for Digilyft"};
inline constexpr Phrase card_use{
    "Skriv koden i rutan Din kod, så öppnas dina svar igen.",
    "Type the code in the box Your code, and your answers open again."};
inline constexpr Phrase card_address{"Sidan: {1}", "The page: {1}"};
inline constexpr Phrase card_keep{
    "Koden är din egen. Visa den inte för andra.",
    "The code is your own. Do not show it to others."};

// ---- on every screen of an open space ----
inline constexpr Phrase done{"Lås mina svar", "Lock my answers"};

}  // namespace dl::ui::space_text
