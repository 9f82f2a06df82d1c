// Draws Dear ImGui's frames on the page's WebGL2 context. The page owns the context and nothing
// else draws on it, so the renderer sets the GL state it needs and never reads any back. ImGui's
// stock OpenGL3 backend saves and restores the whole GL state around every frame with about 13
// glGetIntegerv calls, each a synchronous round trip to the browser's GPU process: measured in
// headless Chromium, those took about 90 % of a drawn frame's main-thread time.
#pragma once
#include "imgui.h"

namespace dl::platform::web {

class WebGlRenderer {
 public:
  // Compiles the shaders and makes the buffers and the vertex array. False when WebGL refuses.
  bool create();
  // The context was lost and came back: every old GL name is gone; make them again.
  bool recreate();
  // Clears to `background` and draws `data` (ImGui::GetDrawData()).
  void render(const ImDrawData* data, ImU32 background);

 private:
  unsigned int program_ = 0, vertex_array_ = 0, vertex_buffer_ = 0, index_buffer_ = 0;
  int texture_location_ = -1, projection_location_ = -1;
};

}  // namespace dl::platform::web
