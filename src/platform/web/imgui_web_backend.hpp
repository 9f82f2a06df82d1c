// Dear ImGui in a browser page without GLFW: a WebGL2 context on the page's canvas, rendered by
// WebGlRenderer (which reads no GL state back), and pointer input fed in by the page's own DOM listeners
// (web/js/input.js) in CSS px. Draws only when asked; the page decides when (web/js/main.js).
#pragma once
#include <emscripten/html5_webgl.h>

#include "imgui.h"
#include "platform/web/webgl_renderer.hpp"

namespace dl::platform::web {

enum class PointerEvent { move = 0, down = 1, up = 2, cancel = 3, leave = 4 };
enum class PointerSource { mouse = 0, touch = 1, pen = 2 };

class ImGuiWebBackend {
 public:
  // Creates the WebGL2 context on `canvas_selector` and the ImGui context. False without WebGL2.
  bool init(const char* canvas_selector, float css_width, float css_height, float pixel_ratio);
  // The page's viewport in CSS px and its device pixel ratio (the canvas backing store is sized by
  // the page). Returns true when the pixel ratio changed, so the fonts must be built again.
  bool resize(float css_width, float css_height, float pixel_ratio);
  float pixel_ratio() const { return pixel_ratio_; }
  int max_texture_size() const { return max_texture_size_; }

  // Uploads ImGui's built font atlas (2 bytes a pixel) and frees its CPU copy.
  void upload_font_atlas();
  // The page got its WebGL context back after losing it: recreate every GL object.
  void restore_gl();

  void pointer(PointerEvent event, float x, float y, int button, PointerSource source);
  void release_pointer();  // the page lost focus: let go of any held button

  void new_frame();
  void render(ImU32 background);  // clears to `background`, then draws ImGui's frame
  // Input events still queued inside ImGui (it feeds them one step per frame).
  bool input_pending() const;

 private:
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context_ = 0;
  WebGlRenderer renderer_;
  unsigned int font_texture_ = 0;
  float pixel_ratio_ = 1;
  int max_texture_size_ = 4096;
  double last_time_ = 0;
};

}  // namespace dl::platform::web
