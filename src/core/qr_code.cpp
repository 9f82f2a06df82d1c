// The programme link's QR code, made by Nayuki's QR Code generator (Debian's qr-code-generator
// sources), and drawn as SVG for the printable poster.
#include <algorithm>
#include <cstdint>
#include <vector>

#include <qrcodegen.h>

#include "programme.hpp"

namespace dl {
namespace {

constexpr int kQuietZone = 4;  // modules of light border the standard asks for

}  // namespace

QrCode make_qr_code(const std::string& text) {
  if (text.size() > kMaxQrCodeBytes) return {};
  // The generator works in place: the bytes go in a buffer of the largest size, which it also uses
  // as scratch space; the symbol comes out in `qr`.
  std::vector<std::uint8_t> data(qrcodegen_BUFFER_LEN_MAX);
  std::vector<std::uint8_t> qr(qrcodegen_BUFFER_LEN_MAX);
  std::copy(text.begin(), text.end(), data.begin());
  // Level M exactly (no boost), the smallest version that fits, the generator's best mask.
  if (!qrcodegen_encodeBinary(data.data(), text.size(), qr.data(), qrcodegen_Ecc_MEDIUM, qrcodegen_VERSION_MIN,
                              qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO, false)) {
    return {};  // does not fit (not reached: kMaxQrCodeBytes fits)
  }
  QrCode code;
  code.size = qrcodegen_getSize(qr.data());
  code.modules.reserve(static_cast<std::size_t>(code.size * code.size));
  for (int y = 0; y < code.size; ++y) {
    for (int x = 0; x < code.size; ++x) code.modules.push_back(qrcodegen_getModule(qr.data(), x, y));
  }
  return code;
}

// One square per dark module in a single path, on a white background that includes the quiet
// zone; crispEdges keeps neighbouring squares from showing seams when printed.
std::string qr_svg(const QrCode& code, int pixels_per_module) {
  if (code.size <= 0 || pixels_per_module <= 0) return "";
  const int modules = code.size + 2 * kQuietZone;
  const std::string side = std::to_string(modules);
  const std::string pixels = std::to_string(modules * pixels_per_module);
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + pixels + "\" height=\"" + pixels +
                    "\" viewBox=\"0 0 " + side + " " + side + "\" shape-rendering=\"crispEdges\">\n" +
                    "<rect width=\"" + side + "\" height=\"" + side + "\" fill=\"#ffffff\"/>\n<path d=\"";
  for (int y = 0; y < code.size; ++y) {
    for (int x = 0; x < code.size; ++x) {
      if (!code.dark(x, y)) continue;
      svg += "M" + std::to_string(x + kQuietZone) + "," + std::to_string(y + kQuietZone) + "h1v1h-1z";
    }
  }
  svg += "\" fill=\"#000000\"/>\n</svg>\n";
  return svg;
}

}  // namespace dl
