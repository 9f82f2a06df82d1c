# Third-party code: nlohmann-json and xxHash (Debian packages, header-only), Dear ImGui 1.90.1 and
# Nayuki's QR Code generator 1.8.0 (sources unpacked by tools/setup.sh into .deps/imgui and
# .deps/qrcodegen from Debian's source archive), GoogleTest (Debian package).

# Warnings for our own targets.
set(DL_WARNINGS -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)

# nlohmann-json. em++ must never see -I/usr/include (it would pull glibc headers into the wasm
# build), so point it at a folder holding only a link to the nlohmann headers.
set(DL_JSON_INCLUDE "${CMAKE_BINARY_DIR}/include-json")
if(NOT EXISTS "${DL_JSON_INCLUDE}/nlohmann/json.hpp")
  file(MAKE_DIRECTORY "${DL_JSON_INCLUDE}")
  file(CREATE_LINK /usr/include/nlohmann "${DL_JSON_INCLUDE}/nlohmann" SYMBOLIC)
endif()
add_library(nlohmann_json_headers INTERFACE)
target_include_directories(nlohmann_json_headers SYSTEM INTERFACE "${DL_JSON_INCLUDE}")

# xxHash (Debian package libxxhash-dev), header-only through XXH_INLINE_ALL: the result file's
# checksum. Like nlohmann-json it is reached through a folder holding only a link to its header.
set(DL_XXHASH_INCLUDE "${CMAKE_BINARY_DIR}/include-xxhash")
if(NOT EXISTS "${DL_XXHASH_INCLUDE}/xxhash.h")
  if(NOT EXISTS /usr/include/xxhash.h)
    message(FATAL_ERROR "xxhash.h is missing: run tools/setup.sh (Debian package libxxhash-dev)")
  endif()
  file(MAKE_DIRECTORY "${DL_XXHASH_INCLUDE}")
  file(CREATE_LINK /usr/include/xxhash.h "${DL_XXHASH_INCLUDE}/xxhash.h" SYMBOLIC)
endif()
add_library(xxhash_headers INTERFACE)
target_include_directories(xxhash_headers SYSTEM INTERFACE "${DL_XXHASH_INCLUDE}")

# Dear ImGui.
set(DL_IMGUI_DIR "${CMAKE_SOURCE_DIR}/.deps/imgui")
if(NOT EXISTS "${DL_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui sources are missing in ${DL_IMGUI_DIR}: run tools/setup.sh")
endif()
# The page never draws with ImGui's built-in font (it has its Noto fonts, and says it could not load
# without them), but ImFontAtlas::Build() adds it when no font was added, which links the font's
# ~12 kB of data (~10 kB gzip) into the wasm. A copy of imgui_draw.cpp in the build folder puts that
# call under IMGUI_DISABLE_DEFAULT_FONT (as later ImGui releases do), defined for the page only; the
# native tests draw with the built-in font (ui::theme::builtin_font_only()).
set(DL_IMGUI_DRAW "${DL_IMGUI_DIR}/imgui_draw.cpp")
if(EMSCRIPTEN)
  file(READ "${DL_IMGUI_DIR}/imgui_draw.cpp" draw)
  set(call "    if (ConfigData.Size == 0)\n        AddFontDefault();\n")
  string(FIND "${draw}" "${call}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "imgui_draw.cpp has no 'AddFontDefault()' call in Build() to put under IMGUI_DISABLE_DEFAULT_FONT")
  endif()
  string(REPLACE "${call}" "#ifndef IMGUI_DISABLE_DEFAULT_FONT\n${call}#endif\n" draw "${draw}")
  set(DL_IMGUI_DRAW "${CMAKE_BINARY_DIR}/imgui/imgui_draw.cpp")
  file(WRITE "${DL_IMGUI_DRAW}.new" "${draw}")
  file(COPY_FILE "${DL_IMGUI_DRAW}.new" "${DL_IMGUI_DRAW}" ONLY_IF_DIFFERENT)
  file(REMOVE "${DL_IMGUI_DRAW}.new")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${DL_IMGUI_DIR}/imgui_draw.cpp")
endif()
add_library(imgui STATIC
  ${DL_IMGUI_DIR}/imgui.cpp ${DL_IMGUI_DRAW}
  ${DL_IMGUI_DIR}/imgui_tables.cpp ${DL_IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${DL_IMGUI_DIR})
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_FILE_FUNCTIONS)
if(EMSCRIPTEN)
  target_compile_definitions(imgui PRIVATE IMGUI_DISABLE_DEFAULT_FONT)
endif()

# QR Code generator (MIT), for the programme link's QR code. Built from source so the same code
# runs natively and as wasm (Debian 12's libqrcodegencpp is a native shared library only). Its C
# version: it says "does not fit" with a return value, where the C++ version throws with a message
# built in a std::ostringstream, which alone brought iostreams and locales (~40 KB) into the wasm.
set(DL_QRCODEGEN_DIR "${CMAKE_SOURCE_DIR}/.deps/qrcodegen")
if(NOT EXISTS "${DL_QRCODEGEN_DIR}/qrcodegen.c")
  message(FATAL_ERROR "QR Code generator sources are missing in ${DL_QRCODEGEN_DIR}: run tools/setup.sh")
endif()
add_library(qrcodegen STATIC ${DL_QRCODEGEN_DIR}/qrcodegen.c)
target_include_directories(qrcodegen SYSTEM PUBLIC ${DL_QRCODEGEN_DIR})

# GoogleTest: natively the Debian package; under Emscripten built from its sources.
if(EMSCRIPTEN)
  set(DL_GTEST_SRC /usr/src/googletest/googletest)
  add_library(gtest_wasm STATIC ${DL_GTEST_SRC}/src/gtest-all.cc ${DL_GTEST_SRC}/src/gtest_main.cc)
  target_include_directories(gtest_wasm SYSTEM PUBLIC ${DL_GTEST_SRC}/include PRIVATE ${DL_GTEST_SRC})
  target_compile_options(gtest_wasm PUBLIC -fexceptions)
  target_link_options(gtest_wasm PUBLIC -fexceptions)
  add_library(GTest::gtest_main ALIAS gtest_wasm)
else()
  find_package(GTest REQUIRED)
endif()
