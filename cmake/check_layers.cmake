# Checks that every #include in the tree keeps to the layers of ARCHITECTURE.md, and names each one
# that does not (file and the include line). Run as the ctest "layering":
#   cmake -DROOT=<a tree holding src/ and tools/> -P cmake/check_layers.cmake
# The rules, by the folder of the file that includes:
#   src/core      only core (and the standard library, nlohmann-json, xxHash, qrcodegen): no ui/,
#                 platform/, app/, cli/, ImGui, Emscripten, GL or OpenSSL
#   src/ui        core and ui, ImGui: no platform/, app/, cli/, Emscripten, GL or OpenSSL
#   src/platform  core and platform (web: ImGui and its GL backend, Emscripten; native: OpenSSL):
#                 no ui/, app/ or cli/
#   src/cli, tools  core, cli, platform/native: no ui/, app/, platform/web or ImGui
#   src/app       anything: it wires the layers together
# An include that climbs out of its folder ("../") is refused everywhere: it would go round the
# include roots that the build gives each layer.
cmake_minimum_required(VERSION 3.25)
if(NOT ROOT)
  message(FATAL_ERROR "check_layers.cmake needs -DROOT=<the tree to check>")
endif()
get_filename_component(ROOT "${ROOT}" ABSOLUTE)  # -DROOT=. as README.md has it

set(forbidden_core "^\"(ui|platform|app|cli)/|^<(imgui|emscripten/|GLFW/|GLES|openssl/)|imgui")
set(forbidden_ui "^\"(platform|app|cli)/|^<(emscripten/|GLFW/|GLES|openssl/)")
set(forbidden_platform "^\"(ui|app|cli)/")
set(forbidden_tools "^\"(ui|app|platform/web)/|^<(imgui|emscripten/|GLES)|imgui")

file(GLOB_RECURSE files RELATIVE "${ROOT}" "${ROOT}/src/*.cpp" "${ROOT}/src/*.hpp" "${ROOT}/tools/*.cpp"
     "${ROOT}/tools/*.hpp")
set(problems "")
set(checked 0)
foreach(file IN LISTS files)
  if(file MATCHES "^src/core/")
    set(rule "${forbidden_core}")
    set(layer "core")
  elseif(file MATCHES "^src/ui/")
    set(rule "${forbidden_ui}")
    set(layer "ui")
  elseif(file MATCHES "^src/platform/")
    set(rule "${forbidden_platform}")
    set(layer "platform")
  elseif(file MATCHES "^(src/cli|tools)/")
    set(rule "${forbidden_tools}")
    set(layer "cli and tools")
  else()
    set(rule "")
    set(layer "app")
  endif()
  math(EXPR checked "${checked} + 1")
  file(STRINGS "${ROOT}/${file}" lines REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*" "" target "${line}")
    string(REGEX REPLACE "[ \t]*//.*$" "" target "${target}")
    if(target MATCHES "\\.\\./")
      string(APPEND problems "  ${file}: #include ${target} climbs out of its folder\n")
    elseif(NOT rule STREQUAL "" AND target MATCHES "${rule}")
      string(APPEND problems "  ${file}: #include ${target} is not allowed in ${layer}\n")
    endif()
  endforeach()
endforeach()

if(checked EQUAL 0)
  message(FATAL_ERROR "check_layers: no source files under ${ROOT}/src or ${ROOT}/tools")
endif()
if(NOT problems STREQUAL "")
  message(FATAL_ERROR "check_layers: includes against the layering (ARCHITECTURE.md):\n${problems}")
endif()
message(STATUS "check_layers: ${checked} files keep to the layers")
