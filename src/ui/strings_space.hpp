// The phrases of a person's own space on a shared device (view_welcome.cpp, view_your_code.cpp and
// the "Jag är klar" button): plain Swedish and English. {1} is filled in by fill().
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
    "Dina svar är sparade och låsta. Tack!",
    "Your answers are saved and locked. Thank you!"};
inline constexpr Phrase locked_idle{
    "Svaren låstes, eftersom ingen använde sidan på en stund. Öppna dem igen med din kod.",
    "The answers were locked because nobody used the page for a while. Open them again with your code."};
inline constexpr Phrase invited{"Du är inbjuden till {1}.", "You are invited to {1}."};

// ---- the code, when a space is made ----
inline constexpr Phrase your_code{"Din kod", "Your code"};
inline constexpr Phrase code_intro{
    "Det här är din kod. Skriv upp den, eller ta en bild av den.",
    "This is your code. Write it down, or take a picture of it."};
inline constexpr Phrase code_adopted{
    "Svaren som redan fanns sparade här är nu låsta med den här koden.",
    "The answers already saved here are now locked with this code."};
inline constexpr Phrase code_why{
    "Med koden öppnar du dina svar igen, här eller på en annan enhet. Utan koden kan ingen öppna "
    "dem. Om du glömmer koden kan du börja om med en ny kod.",
    "With the code you open your answers again, here or on another device. Without the code "
    "nobody can open them. If you forget the code, you can start again with a new code."};
inline constexpr Phrase code_written{"Jag har skrivit upp koden", "I have written down the code"};
inline constexpr Phrase code_line{"Din kod: {1}", "Your code: {1}"};
inline constexpr Phrase show_code{"Visa min kod", "Show my code"};

// ---- on every screen of an open space ----
inline constexpr Phrase done{"Jag är klar", "I am done"};

}  // namespace dl::ui::space_text
