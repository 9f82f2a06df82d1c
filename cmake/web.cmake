# The page: links the app into digilyft.js + digilyft.wasm (and the coordinator's page) and assembles the whole servable site in
# DL_SITE_DIR (index.html, CSS, JS, manifest, icons, wasm, fonts/, content/, sw.js). Included by
# src/CMakeLists.txt under Emscripten; `cmake --build --preset web` leaves a complete site.
set(DL_SITE_DIR "${CMAKE_BINARY_DIR}/site" CACHE PATH "Where the servable site is assembled")
set(DL_WEB_DIR "${CMAKE_SOURCE_DIR}/web")

# ---- digilyft.js + digilyft.wasm ----
# The browser platform (platform/web: IndexedDB, the ImGui backend and renderer for WebGL2, browser
# services) is a library of the platform layer: it sees core and ImGui, never ui or app.
file(GLOB DL_WEB_PLATFORM_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/platform/web/*.cpp)
add_library(digilyft_platform_web STATIC ${DL_WEB_PLATFORM_SOURCES})
target_link_libraries(digilyft_platform_web PUBLIC digilyft_platform imgui)
set_source_files_properties(${DL_WEB_PLATFORM_SOURCES} PROPERTIES COMPILE_OPTIONS "${DL_WARNINGS}")
# Two pages from one entry point: digilyft.js/.wasm, the person's page (no coordinator's part:
# src/app/coordinator_elsewhere.cpp), and digilyft-coordinator.js/.wasm, every part, which
# web/js/main.js loads for `?samordnare`.
add_executable(digilyft ${CMAKE_SOURCE_DIR}/src/app/main_web.cpp)
target_link_libraries(digilyft PRIVATE digilyft_app_person digilyft_platform_web)
add_executable(digilyft-coordinator ${CMAKE_SOURCE_DIR}/src/app/main_web.cpp)
target_link_libraries(digilyft-coordinator PRIVATE digilyft_core_fast digilyft_app digilyft_platform_web)

# The functions web/js/main.js calls (see src/app/main_web.cpp for what each does).
set(DL_WEB_EXPORTS _main _malloc _free
  _dl_content_add _dl_font_add _dl_fonts_changed _dl_storage_seed _dl_storage_set_health _dl_start
  _dl_resize _dl_gl_restored _dl_pointer _dl_blur _dl_a11y_activate _dl_text_input _dl_open_link _dl_frame
  _dl_files_reading _dl_files_begin _dl_files_add _dl_files_end _dl_storage_result _dl_storage_changed
  _dl_record_keys _dl_record_keys_failed
  _dl_visibility _dl_activity _dl_storage_set_spaces _dl_space_value _dl_space_opened _dl_tick
  _dl_set_can_share _dl_set_larger_text _dl_set_voices _dl_speech_ended _dl_share_done _dl_copied _dl_sealing_keys _dl_seal_failed _dl_sealed _dl_outbox_seed
  _dl_unsealed_begin _dl_unsealed_add _dl_unsealed_end _dl_content_fetched _dl_content_failed)
list(JOIN DL_WEB_EXPORTS "," DL_WEB_EXPORTS_LIST)
set(DL_WEB_JS_LIBRARY ${DL_WEB_DIR}/js/lib_digilyft.js)
# Closure Compiler (npm's, tools/closure: tools/setup.sh installs it) shrinks the Emscripten glue
# to about half (digilyft.js 11 -> 6 kB gzip); emcc finds it through EM_CLOSURE_COMPILER.
set(DL_CLOSURE_COMPILER ${CMAKE_SOURCE_DIR}/tools/closure/node_modules/.bin/google-closure-compiler)
if(NOT EXISTS ${DL_CLOSURE_COMPILER})
  message(FATAL_ERROR "Closure Compiler is missing (${DL_CLOSURE_COMPILER}): run tools/setup.sh")
endif()
foreach(page digilyft digilyft-coordinator)
  set_target_properties(${page} PROPERTIES
    CXX_LINKER_LAUNCHER "${CMAKE_COMMAND};-E;env;EM_CLOSURE_COMPILER=${DL_CLOSURE_COMPILER};NODE_PATH=/usr/share/nodejs")
  target_compile_options(${page} PRIVATE ${DL_WARNINGS})
  set_target_properties(${page} PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${DL_SITE_DIR}")
  target_link_options(${page} PRIVATE
    -sENVIRONMENT=web -sNO_FILESYSTEM=1
    -sINITIAL_MEMORY=33554432 -sALLOW_MEMORY_GROWTH=1  # 32 MiB: fonts at 3x density fit unchanged
    -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
    -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createDigilyft
    "-sEXPORTED_FUNCTIONS=[${DL_WEB_EXPORTS_LIST}]"
    -sDYNAMIC_EXECUTION=0  # no eval: the page can run under a strict Content-Security-Policy
    -sTEXTDECODER=2        # every browser with WebGL2 has TextDecoder
    -sMALLOC=emmalloc      # smaller than dlmalloc (4 kB gzip); the page allocates little per frame
    # Glue the page does not use: GL error tracking, extensions enabled on their own (the renderer
    # needs none beyond WebGL2), pooled uniform buffers, errno; and of the settings a page may hand
    # createDigilyft(), only onAbort (dlHost is read by lib_digilyft.js itself). 0.5 kB gzip.
    -sGL_TRACK_ERRORS=0 -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sGL_POOL_TEMP_BUFFERS=0 -sSUPPORT_ERRNO=0
    "-sINCOMING_MODULE_JS_API=[onAbort]"
    "SHELL:--closure 1"    # names shared with web/js/main.js are quoted in lib_digilyft.js
    "SHELL:--js-library ${DL_WEB_JS_LIBRARY}")
  set_property(TARGET ${page} APPEND PROPERTY LINK_DEPENDS ${DL_WEB_JS_LIBRARY})
endforeach()

# The person's page is the first download: Binaryen's -Oz run again until nothing changes takes
# another 1.3 kB gzip off what emcc's single run leaves (the same wasm-opt emcc uses). A build for
# tools/wasm-sizes.mjs (--profiling-funcs) keeps its function names; --debuginfo would add a name
# section to the site's wasm, which has none.
find_program(DL_WASM_OPT wasm-opt REQUIRED)
set(DL_WASM_OPT_NAMES "")
if(CMAKE_EXE_LINKER_FLAGS MATCHES "profiling")
  set(DL_WASM_OPT_NAMES --debuginfo)
endif()
add_custom_command(TARGET digilyft POST_BUILD
  COMMAND ${DL_WASM_OPT} -Oz --converge --detect-features ${DL_WASM_OPT_NAMES} ${DL_SITE_DIR}/digilyft.wasm
          -o ${DL_SITE_DIR}/digilyft.wasm
  VERBATIM)

# ---- fonts/ (subset at build time) ----
set(DL_FONT_OUTPUTS
  ${DL_SITE_DIR}/fonts/NotoSans-Regular.ttf ${DL_SITE_DIR}/fonts/NotoSans-Bold.ttf
  ${DL_SITE_DIR}/fonts/NotoSans-MoreLatin.ttf
  ${DL_SITE_DIR}/fonts/NotoSansMath-Symbols.ttf ${DL_SITE_DIR}/fonts/NotoSansSymbols2-Check.ttf)
add_custom_command(OUTPUT ${DL_FONT_OUTPUTS}
  COMMAND ${CMAKE_SOURCE_DIR}/tools/subset-fonts.sh ${DL_SITE_DIR}/fonts
  DEPENDS ${CMAKE_SOURCE_DIR}/tools/subset-fonts.sh
  COMMENT "Subsetting Noto fonts into ${DL_SITE_DIR}/fonts" VERBATIM)
add_custom_target(digilyft_fonts ALL DEPENDS ${DL_FONT_OUTPUTS})

# Node runs the site's build scripts (Emscripten's toolchain finds it: its compiler needs it too).
find_program(DL_NODE NAMES node nodejs REQUIRED)

# ---- the page shell and content/ (synced on every build), then the service worker's file list ----
# The page's own modules (web/js) are bundled into one js/main.js by esbuild (Debian's): one request
# and one gzip stream instead of ten (2.3 kB gzip less on the first visit); support.js stays a
# classic script of its own, and the Emscripten glue stays apart (main.js imports the page's one).
find_program(DL_ESBUILD esbuild)
if(NOT DL_ESBUILD)
  message(FATAL_ERROR "esbuild is missing: run tools/setup.sh (Debian package esbuild)")
endif()
set(DL_JS_STAGE "${CMAKE_BINARY_DIR}/site-js")
add_custom_target(digilyft_site ALL
  COMMAND ${CMAKE_COMMAND} -DSRC=${DL_WEB_DIR} -DDST=${DL_SITE_DIR} "-DEXCLUDE_REGEX=^js/|^index\\.html$|^style\\.css$|^icon\\.svg$"
          -P ${CMAKE_SOURCE_DIR}/cmake/sync_dir.cmake
  # The shell, its style sheet and the icon without comments (1.3 kB gzip less on the first visit).
  COMMAND ${DL_NODE} ${CMAKE_SOURCE_DIR}/tools/minify-html.mjs ${DL_WEB_DIR}/index.html ${DL_SITE_DIR}/index.html
  COMMAND ${DL_NODE} ${CMAKE_SOURCE_DIR}/tools/minify-html.mjs ${DL_WEB_DIR}/icon.svg ${DL_SITE_DIR}/icon.svg
  COMMAND ${DL_ESBUILD} ${DL_WEB_DIR}/style.css --minify --log-level=warning --outfile=${DL_SITE_DIR}/style.css
  COMMAND ${DL_ESBUILD} ${DL_WEB_DIR}/js/main.js --bundle --format=esm --log-level=warning
          --external:../digilyft.js --external:../digilyft-coordinator.js --outfile=${DL_JS_STAGE}/main.js
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${DL_WEB_DIR}/js/support.js ${DL_JS_STAGE}/support.js
  COMMAND ${CMAKE_COMMAND} -DSRC=${CMAKE_SOURCE_DIR}/content -DDST=${DL_SITE_DIR}/content
          -DDELETE_EXTRA=ON -DKEEP=module-heads.json -P ${CMAKE_SOURCE_DIR}/cmake/sync_dir.cmake
  # The courses' heads: the start page needs only these; a course is fetched when it opens.
  COMMAND ${DL_NODE} ${CMAKE_SOURCE_DIR}/tools/module-heads.mjs ${DL_SITE_DIR}/content
  # The page's scripts, minified (Debian's node-terser), then into the site.
  COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs ${DL_NODE} ${CMAKE_SOURCE_DIR}/tools/minify-js.mjs
          ${DL_JS_STAGE}
  COMMAND ${CMAKE_COMMAND} -DSRC=${DL_JS_STAGE} -DDST=${DL_SITE_DIR}/js -DDELETE_EXTRA=ON
          -P ${CMAKE_SOURCE_DIR}/cmake/sync_dir.cmake
  COMMAND ${CMAKE_COMMAND} -DSRC=${DL_WEB_DIR}/sw.js -DSITE=${DL_SITE_DIR}
          -P ${CMAKE_SOURCE_DIR}/cmake/service_worker.cmake
  COMMENT "Assembling the site in ${DL_SITE_DIR}" VERBATIM)
add_dependencies(digilyft_site digilyft digilyft-coordinator digilyft_fonts)
