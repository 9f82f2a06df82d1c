#!/usr/bin/env bash
# Installs what is needed, builds the site into build/web and serves it on this computer only.
#   bash tools/build-and-serve.sh          port 8080
#   PORT=9000 bash tools/build-and-serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
PORT="${PORT:-8080}"

echo "== Set-up (tools/setup.sh)"
bash tools/setup.sh
echo "== Building the site (cmake --preset web && cmake --build --preset web)"
cmake --preset web
cmake --build --preset web
if [ ! -f build/web/index.html ]; then
  echo "The build finished but build/web/index.html is missing." >&2
  exit 1
fi
echo "== Serving build/web"
# serve.mjs prints "Öppna http://127.0.0.1:PORT/ i webbläsaren (Open … in your browser)" once it listens.
exec node tools/serve.mjs "$PORT" build/web
