#!/bin/sh
# Cuts the page's fonts down to the glyphs Digilyft shows, as TrueType (ImGui's stb_truetype reads
# TTF, not WOFF2). The first frame needs only what the app's words and the content use: Noto Sans
# Regular with Basic Latin, the Swedish, Nordic and German letters, § ° × ÷, the punctuation and €
# (first_glyphs; browser test 20 checks that every character in the content and in the app's
# strings is there), plus ← → ↑ ↓ − ≤ ≥ (Noto Sans Math) and ✓ ✔ (Noto Sans Symbols 2), which Noto
# Sans lacks; the page merges those into every text style. The rest of Latin-1 and Latin Extended-A
# (ą č ł ő ş ß ñ …: names and words a person or coordinator may type) is NotoSans-MoreLatin.ttf,
# which the page fetches after the first frame with the bold font (which has every letter).
# Usage: tools/subset-fonts.sh OUT_DIR   (run by cmake/web.cmake; needs Debian's fonts-noto-core
# and python3-fonttools, called through /usr/bin/python3 on purpose, not a python3 on PATH).
set -eu

out=${1:?usage: subset-fonts.sh OUT_DIR}
noto=/usr/share/fonts/truetype/noto
punctuation='U+2010-2015,U+2018-201E,U+2022,U+2026,U+20AC'
first_glyphs='U+0020-007E,U+00A0,U+00A7,U+00B0,U+00C4-00C6,U+00C9,U+00D6-00D8,U+00DC,U+00D7,U+00E4-00E6,U+00E9,U+00F6-00F8,U+00FC'
more_latin='U+00A1-00FF,U+0100-017F'

mkdir -p "$out"

subset() {  # source file, output file, unicodes
  /usr/bin/python3 -m fontTools.subset "$noto/$1" --output-file="$out/$2" --unicodes="$3" \
    --layout-features='' --no-hinting --drop-tables+=GSUB,GPOS,GDEF,DSIG,MATH \
    --name-IDs=0,1,2,3,4,5,6,13,14 --name-languages=0x0409
}

subset NotoSans-Regular.ttf NotoSans-Regular.ttf "$first_glyphs,$punctuation"
subset NotoSans-Regular.ttf NotoSans-MoreLatin.ttf "$more_latin"
subset NotoSans-Bold.ttf NotoSans-Bold.ttf "U+0020-007E,U+00A0-017F,$punctuation"
subset NotoSansMath-Regular.ttf NotoSansMath-Symbols.ttf 'U+2190-2193,U+2212,U+2264-2265'
subset NotoSansSymbols2-Regular.ttf NotoSansSymbols2-Check.ttf 'U+2713-2714'

# The fonts are under the SIL Open Font License 1.1; ship the notice with them.
cp /usr/share/doc/fonts-noto-core/copyright "$out/LICENSE-Noto.txt"
