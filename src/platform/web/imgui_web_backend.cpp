// Dear ImGui on a WebGL2 canvas with input from the page's DOM listeners (see the header).
#include "platform/web/imgui_web_backend.hpp"

#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>

#include <algorithm>
#include <cfloat>
#include <cstdint>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"

namespace dl::platform::web {

bool ImGuiWebBackend::init(const char* canvas_selector, float css_width, float css_height,
                           float pixel_ratio) {
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = false;      // opaque page background
  attrs.depth = false;
  attrs.stencil = false;
  attrs.antialias = false;  // ImGui anti-aliases its own shapes
  attrs.premultipliedAlpha = true;
  attrs.preserveDrawingBuffer = false;
  attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
  context_ = emscripten_webgl_create_context(canvas_selector, &attrs);
  if (context_ <= 0) return false;
  emscripten_webgl_make_context_current(context_);
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_texture_size_);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing is saved: no settings file, no log
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;  // the page's CSS sets cursors
  io.ConfigFlags &= ~(ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_NavEnableGamepad);
  io.BackendPlatformName = "digilyft_web";
  io.MouseDoubleClickTime = 0.35f;

  if (!renderer_.create()) return false;
  resize(css_width, css_height, pixel_ratio);
  last_time_ = emscripten_get_now();
  return true;
}

bool ImGuiWebBackend::resize(float css_width, float css_height, float pixel_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  pixel_ratio = std::clamp(pixel_ratio, 0.5f, 8.0f);
  int fb_width = 0, fb_height = 0;
  emscripten_webgl_get_drawing_buffer_size(context_, &fb_width, &fb_height);
  io.DisplaySize = ImVec2(css_width, css_height);
  io.DisplayFramebufferScale = ImVec2(css_width > 0 ? static_cast<float>(fb_width) / css_width : 1,
                                      css_height > 0 ? static_cast<float>(fb_height) / css_height : 1);
  const bool changed = pixel_ratio != pixel_ratio_;
  pixel_ratio_ = pixel_ratio;
  return changed;
}

void ImGuiWebBackend::upload_font_atlas() {
  ImGuiIO& io = ImGui::GetIO();
  unsigned char* alpha = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsAlpha8(&alpha, &width, &height);
  // Luminance 255 + coverage as alpha: half the memory of RGBA, same look with ImGui's shader.
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 2, 255);
  for (std::size_t i = 0, n = static_cast<std::size_t>(width) * height; i < n; ++i)
    pixels[2 * i + 1] = alpha[i];
  if (!font_texture_) glGenTextures(1, &font_texture_);
  glBindTexture(GL_TEXTURE_2D, font_texture_);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_LUMINANCE_ALPHA, width, height, 0, GL_LUMINANCE_ALPHA,
               GL_UNSIGNED_BYTE, pixels.data());
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(font_texture_)));
  io.Fonts->ClearTexData();
}

void ImGuiWebBackend::restore_gl() {
  // Every GL name died with the old context; forget them before making new ones.
  font_texture_ = 0;
  renderer_.recreate();
}

void ImGuiWebBackend::pointer(PointerEvent event, float x, float y, int button,
                              PointerSource source) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(source == PointerSource::touch ? ImGuiMouseSource_TouchScreen
                         : source == PointerSource::pen ? ImGuiMouseSource_Pen
                                                        : ImGuiMouseSource_Mouse);
  // DOM buttons: 0 main, 1 middle, 2 secondary. ImGui: 0 left, 1 right, 2 middle.
  const int imgui_button = button == 1 ? 2 : button == 2 ? 1 : button;
  const bool known_button = imgui_button >= 0 && imgui_button < ImGuiMouseButton_COUNT;
  switch (event) {
    case PointerEvent::move:
      io.AddMousePosEvent(x, y);
      break;
    case PointerEvent::down:
      io.AddMousePosEvent(x, y);
      if (known_button) io.AddMouseButtonEvent(imgui_button, true);
      break;
    case PointerEvent::up:
      io.AddMousePosEvent(x, y);
      if (known_button) io.AddMouseButtonEvent(imgui_button, false);
      // A finger that lifted leaves nothing hovered.
      if (source != PointerSource::mouse) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
      break;
    case PointerEvent::cancel:
      // The browser took the touch over (a scroll): let go away from every widget, so nothing
      // is pressed by it.
      io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
      for (int b = 0; b < ImGuiMouseButton_COUNT; ++b) io.AddMouseButtonEvent(b, false);
      break;
    case PointerEvent::leave:
      io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
      break;
  }
}

void ImGuiWebBackend::release_pointer() {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  for (int b = 0; b < ImGuiMouseButton_COUNT; ++b) io.AddMouseButtonEvent(b, false);
}

void ImGuiWebBackend::new_frame() {
  const double now = emscripten_get_now();
  // Frames come only on change, so the real gap may be minutes; ImGui needs a small positive step.
  ImGui::GetIO().DeltaTime =
      static_cast<float>(std::clamp((now - last_time_) / 1000.0, 1.0 / 1000, 1.0 / 4));
  last_time_ = now;
  ImGui::NewFrame();
}

void ImGuiWebBackend::render(ImU32 background) {
  ImGui::Render();
  renderer_.render(ImGui::GetDrawData(), background);
}

bool ImGuiWebBackend::input_pending() const { return !GImGui->InputEventsQueue.empty(); }

}  // namespace dl::platform::web
