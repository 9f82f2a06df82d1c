#!/bin/sh
# Cuts the page's fonts down to the glyphs Digilyft shows, as TrueType (ImGui's stb_truetype reads
# TTF, not WOFF2): Noto Sans Regular and Bold with Basic Latin, Latin-1 and the punctuation the
# content uses, plus ← → ↑ ↓ − ≤ ≥ (Noto Sans Math) and ✓ ✔ (Noto Sans Symbols 2), which Noto Sans
# lacks; the page merges those into every text style. Latin Extended-A (ą č ł ő ş …: names and words
# a person may type, never in the content) is a file of its own, NotoSans-ExtendedLatin.ttf, that the
# page fetches after the first frame with the bold font (3 kB gzip less before the start page).
# Usage: tools/subset-fonts.sh OUT_DIR   (run by cmake/web.cmake; needs Debian's fonts-noto-core
# and python3-fonttools, called through /usr/bin/python3 on purpose, not a python3 on PATH).
set -eu

out=${1:?usage: subset-fonts.sh OUT_DIR}
noto=/usr/share/fonts/truetype/noto
text_glyphs='U+0020-007E,U+00A0-00FF,U+2010-2015,U+2018-201E,U+2022,U+2026,U+20AC'
extended_latin='U+0100-017F'

mkdir -p "$out"

subset() {  # source file, output file, unicodes
  /usr/bin/python3 -m fontTools.subset "$noto/$1" --output-file="$out/$2" --unicodes="$3" \
    --layout-features='' --no-hinting --drop-tables+=GSUB,GPOS,GDEF,DSIG,MATH \
    --name-IDs=0,1,2,3,4,5,6,13,14 --name-languages=0x0409
}

subset NotoSans-Regular.ttf NotoSans-Regular.ttf "$text_glyphs"
subset NotoSans-Regular.ttf NotoSans-ExtendedLatin.ttf "$extended_latin"
subset NotoSans-Bold.ttf NotoSans-Bold.ttf "$text_glyphs,$extended_latin"
subset NotoSansMath-Regular.ttf NotoSansMath-Symbols.ttf 'U+2190-2193,U+2212,U+2264-2265'
subset NotoSansSymbols2-Regular.ttf NotoSansSymbols2-Check.ttf 'U+2713-2714'

# The fonts are under the SIL Open Font License 1.1; ship the notice with them.
cp /usr/share/doc/fonts-noto-core/copyright "$out/LICENSE-Noto.txt"
