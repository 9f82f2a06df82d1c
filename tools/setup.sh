#!/usr/bin/env bash
# Installs everything Digilyft needs to build and test on Debian 12: Debian packages, the pinned
# Dear ImGui and QR Code generator sources from Debian's source archive, and the npm packages of
# the browser tests.
# Idempotent: when everything is present it only checks and returns within seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

APT_PACKAGES=(
  build-essential cmake emscripten nlohmann-json3-dev libxxhash-dev libgtest-dev libssl-dev
  clang libclang-rt-14-dev
  chromium fonts-noto-core python3-fonttools xz-utils dpkg-dev ca-certificates node-terser
  esbuild
)
# Node.js and npm: some machines carry a Node build that bundles npm; take Debian's only when absent.
command -v node >/dev/null 2>&1 || APT_PACKAGES+=(nodejs)
command -v npm >/dev/null 2>&1 || APT_PACKAGES+=(npm)
IMGUI_VERSION=1.90.1
IMGUI_ORIG=imgui_${IMGUI_VERSION}+ds.orig.tar.xz
IMGUI_SHA256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
QRCODEGEN_VERSION=1.8.0
QRCODEGEN_ORIG=qr-code-generator_${QRCODEGEN_VERSION}.orig.tar.gz
QRCODEGEN_SHA256=2ec0a4d33d6f521c942eeaf473d42d5fe139abcfa57d2beffe10c5cf7d34ae60
DEPS="$ROOT/.deps"

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# A deb-src entry for one suite of the machine's own Debian archive (derived from apt's sources,
# never a written host name), so `apt-get source` can fetch a signed source package from it.
add_deb_src() {
  local suite=$1 list=/etc/apt/sources.list.d/digilyft-$1-src.sources uri
  [ -f "$list" ] && return 0
  uri=$(awk '/^URIs:/ && $2 ~ /debian\/?$/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$uri" ] || uri=$(awk '$1=="deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  [ -n "$uri" ] || { echo "setup: cannot find the Debian archive address in apt's sources" >&2; exit 1; }
  printf 'Types: deb-src\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uri" "$suite" | $SUDO tee "$list" >/dev/null
  $SUDO apt-get update -q
}

# Dear ImGui sources: Debian 12 ships only a prebuilt library, so take the source package from trixie.
if [ ! -f "$DEPS/imgui/imgui.cpp" ]; then
  mkdir -p "$DEPS/download"
  if [ ! -f "$DEPS/download/$IMGUI_ORIG" ]; then
    add_deb_src trixie
    (cd "$DEPS/download" && apt-get source --download-only "imgui=${IMGUI_VERSION}+ds-1" >/dev/null 2>&1 || true)
    [ -f "$DEPS/download/$IMGUI_ORIG" ] || { echo "setup: could not download $IMGUI_ORIG from Debian's source archive" >&2; exit 1; }
  fi
  got=$(sha256sum "$DEPS/download/$IMGUI_ORIG" | cut -d' ' -f1)
  if [ "$got" != "$IMGUI_SHA256" ]; then
    echo "setup: $IMGUI_ORIG has sha256 $got, expected $IMGUI_SHA256" >&2; exit 1
  fi
  rm -rf "$DEPS/imgui.tmp" && mkdir -p "$DEPS/imgui.tmp"
  tar -xJf "$DEPS/download/$IMGUI_ORIG" -C "$DEPS/imgui.tmp" --strip-components=1
  rm -rf "$DEPS/imgui" && mv "$DEPS/imgui.tmp" "$DEPS/imgui"
fi

# Nayuki's QR Code generator (MIT): Debian 12 ships only a prebuilt library and its header, so take
# c/qrcodegen.{h,c} from bookworm's source package (the C version: no exceptions and no iostreams,
# which the C++ version's error messages pull into the page's wasm). Its small debian.tar.xz part may fail to
# download: only the orig tarball is needed, and its sha256 is the one the signed .dsc lists.
if [ ! -f "$DEPS/qrcodegen/qrcodegen.c" ]; then
  mkdir -p "$DEPS/download"
  if [ ! -f "$DEPS/download/$QRCODEGEN_ORIG" ]; then
    add_deb_src bookworm
    (cd "$DEPS/download" && apt-get source --download-only "qr-code-generator/bookworm" >/dev/null 2>&1 || true)
    [ -f "$DEPS/download/$QRCODEGEN_ORIG" ] || { echo "setup: could not download $QRCODEGEN_ORIG from Debian's source archive" >&2; exit 1; }
  fi
  got=$(sha256sum "$DEPS/download/$QRCODEGEN_ORIG" | cut -d' ' -f1)
  if [ "$got" != "$QRCODEGEN_SHA256" ]; then
    echo "setup: $QRCODEGEN_ORIG has sha256 $got, expected $QRCODEGEN_SHA256" >&2; exit 1
  fi
  rm -rf "$DEPS/qrcodegen.tmp" && mkdir -p "$DEPS/qrcodegen.tmp"
  # The MIT licence text is in the head of both files.
  tar -xzf "$DEPS/download/$QRCODEGEN_ORIG" -C "$DEPS/qrcodegen.tmp" --strip-components=2 \
    "QR-Code-generator-${QRCODEGEN_VERSION}/c/qrcodegen.h" "QR-Code-generator-${QRCODEGEN_VERSION}/c/qrcodegen.c"
  rm -rf "$DEPS/qrcodegen" && mv "$DEPS/qrcodegen.tmp" "$DEPS/qrcodegen"
fi

# Browser-test packages, pinned by the lock file.
if [ -f tests/browser/package-lock.json ]; then
  if [ ! -d tests/browser/node_modules/playwright-core ] || ! cmp -s tests/browser/package-lock.json tests/browser/node_modules/.package-lock.json.copy; then
    (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.package-lock.json.copy)
  fi
fi
# Closure Compiler for the page's Emscripten glue (emcc --closure 1), pinned by its lock file.
if [ ! -x tools/closure/node_modules/.bin/google-closure-compiler ] || ! cmp -s tools/closure/package-lock.json tools/closure/node_modules/.package-lock.json.copy; then
  (cd tools/closure && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.package-lock.json.copy)
fi
echo "setup: all tools present"
