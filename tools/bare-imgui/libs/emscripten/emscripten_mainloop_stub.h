// The stand-in for Dear ImGui's examples/libs/emscripten/emscripten_mainloop_stub.h, which Debian's
// source package leaves out: the example's loop body becomes a lambda that
// emscripten_set_main_loop calls once per animation frame (as the upstream stub does).
#pragma once
#include <emscripten.h>
#include <functional>
static std::function<void()> MainLoopForEmscriptenP;
static void MainLoopForEmscripten() { MainLoopForEmscriptenP(); }
#define EMSCRIPTEN_MAINLOOP_BEGIN MainLoopForEmscriptenP = [&]()
#define EMSCRIPTEN_MAINLOOP_END ; emscripten_set_main_loop(MainLoopForEmscripten, 0, true)
