// Fetches what the app needs before it starts, all from this site: content/catalog.json and every
// file it lists, and the subset fonts. Nothing is fetched from another origin: catalog entries
// must be plain relative paths inside content/.
const FONTS = [
  { url: 'fonts/NotoSans-Regular.ttf', kind: 0 },
  { url: 'fonts/NotoSans-Bold.ttf', kind: 1 },
  { url: 'fonts/NotoSansMath-Symbols.ttf', kind: 2 },
  { url: 'fonts/NotoSansSymbols2-Check.ttf', kind: 2 },
];

async function fetchText(url) {
  try {
    const response = await fetch(url, { cache: 'no-cache' });  // content may have been updated
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

const safePath = (p) => typeof p === 'string' && /^[\w\-./]+$/.test(p) &&
  !p.startsWith('/') && !p.split('/').includes('..');

// [{ path, text }] for catalog.json and the files it lists (missing ones are left out; the app
// reports them as problems).
export async function loadContent() {
  const catalog = await fetchText('content/catalog.json');
  if (catalog === null) return [];
  let listed = [];
  try {
    const json = JSON.parse(catalog);
    listed = Object.values(json).filter(Array.isArray).flat().filter(safePath);
  } catch {
    // the app reports the broken catalogue
  }
  const files = await Promise.all(
    [...new Set(listed)].map(async (path) => ({ path, text: await fetchText(`content/${path}`) })));
  return [{ path: 'catalog.json', text: catalog }, ...files.filter((f) => f.text !== null)];
}

// [{ kind, bytes }] of the fonts that loaded; without them the app uses ImGui's built-in font.
export async function loadFonts() {
  const fonts = await Promise.all(FONTS.map(async ({ url, kind }) => {
    try {
      const response = await fetch(url);
      return response.ok ? { kind, bytes: new Uint8Array(await response.arrayBuffer()) } : null;
    } catch {
      return null;
    }
  }));
  return fonts.filter(Boolean);
}
