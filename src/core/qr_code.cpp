// The programme link's QR code, made by Nayuki's QR Code generator (Debian's qr-code-generator
// sources), and drawn as SVG for the printable poster.
#include <cstdint>

#include <qrcodegen.hpp>

#include "programme.hpp"

namespace dl {
namespace {

constexpr int kQuietZone = 4;  // modules of light border the standard asks for

}  // namespace

QrCode make_qr_code(const std::string& text) {
  // Checked first, so the generator never meets a text too long for it (it would throw).
  if (text.size() > kMaxQrCodeBytes) return {};
  const std::vector<std::uint8_t> bytes(text.begin(), text.end());
  // Level M exactly (no boost), the smallest version that fits, the generator's best mask.
  using Generator = qrcodegen::QrCode;
  const auto qr = Generator::encodeSegments({qrcodegen::QrSegment::makeBytes(bytes)}, Generator::Ecc::MEDIUM,
                                            Generator::MIN_VERSION, Generator::MAX_VERSION, -1, false);
  QrCode code;
  code.size = qr.getSize();
  code.modules.reserve(static_cast<std::size_t>(code.size * code.size));
  for (int y = 0; y < code.size; ++y) {
    for (int x = 0; x < code.size; ++x) code.modules.push_back(qr.getModule(x, y));
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
