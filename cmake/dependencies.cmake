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
# The page builds two ImGui files from patched copies in the build folder (native builds use the
# sources as they are). Each patch puts a piece the page never uses under a switch defined for the
# page only, and configuring stops with a message if the text to patch is not found:
# - imgui_draw.cpp: ImFontAtlas::Build() adds the built-in font when no font was added, which links
#   the font's ~12 kB of data (~10 kB gzip). The page never draws with it (it has its Noto fonts, and
#   says it could not load without them): IMGUI_DISABLE_DEFAULT_FONT, as later ImGui releases have.
#   The native tests draw with the built-in font (ui::theme::builtin_font_only()).
# - imgui.cpp: ImGui::Initialize() registers the readers and writers of imgui.ini. The page keeps no
#   imgui.ini (IniFilename = nullptr), and those readers are all that brings libc's sscanf into the
#   wasm: DL_IMGUI_NO_INI_HANDLERS.
set(DL_IMGUI_DRAW "${DL_IMGUI_DIR}/imgui_draw.cpp")
set(DL_IMGUI_MAIN "${DL_IMGUI_DIR}/imgui.cpp")
function(dl_patched_copy name old switch out_var)
  file(READ "${DL_IMGUI_DIR}/${name}" text)
  string(FIND "${text}" "${old}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${name} no longer has the code to put under ${switch}:\n${old}")
  endif()
  string(REPLACE "${old}" "#ifndef ${switch}\n${old}#endif\n" text "${text}")
  set(copy "${CMAKE_BINARY_DIR}/imgui/${name}")
  file(WRITE "${copy}.new" "${text}")
  file(COPY_FILE "${copy}.new" "${copy}" ONLY_IF_DIFFERENT)
  file(REMOVE "${copy}.new")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${DL_IMGUI_DIR}/${name}")
  set(${out_var} "${copy}" PARENT_SCOPE)
endfunction()
if(EMSCRIPTEN)
  dl_patched_copy(imgui_draw.cpp "    if (ConfigData.Size == 0)\n        AddFontDefault();\n"
                  IMGUI_DISABLE_DEFAULT_FONT DL_IMGUI_DRAW)
  dl_patched_copy(imgui.cpp [=[    // Add .ini handle for ImGuiWindow and ImGuiTable types
    {
        ImGuiSettingsHandler ini_handler;
        ini_handler.TypeName = "Window";
        ini_handler.TypeHash = ImHashStr("Window");
        ini_handler.ClearAllFn = WindowSettingsHandler_ClearAll;
        ini_handler.ReadOpenFn = WindowSettingsHandler_ReadOpen;
        ini_handler.ReadLineFn = WindowSettingsHandler_ReadLine;
        ini_handler.ApplyAllFn = WindowSettingsHandler_ApplyAll;
        ini_handler.WriteAllFn = WindowSettingsHandler_WriteAll;
        AddSettingsHandler(&ini_handler);
    }
    TableSettingsAddSettingsHandler();
]=] DL_IMGUI_NO_INI_HANDLERS DL_IMGUI_MAIN)
endif()
add_library(imgui STATIC
  ${DL_IMGUI_MAIN} ${DL_IMGUI_DRAW}
  ${DL_IMGUI_DIR}/imgui_tables.cpp ${DL_IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${DL_IMGUI_DIR})
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_FILE_FUNCTIONS)
if(EMSCRIPTEN)
  target_compile_definitions(imgui PRIVATE IMGUI_DISABLE_DEFAULT_FONT DL_IMGUI_NO_INI_HANDLERS)
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
