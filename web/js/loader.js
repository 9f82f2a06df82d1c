// Fetches what the app needs before it starts, all from this site: content/catalog.json, the
// courses' heads and the other files it lists, and the subset fonts; later, a course's content. Nothing is fetched from another origin: catalog entries
// must be plain relative paths inside content/.
// The fonts the first frame is drawn with; the bold one and the other Latin letters come after it (headings are drawn in the
// regular font until it is there: the start page is usable without waiting for it).
export const FIRST_FONTS = [
  { url: 'fonts/NotoSans-Regular.ttf', kind: 0 },
  { url: 'fonts/NotoSansMath-Symbols.ttf', kind: 2 },
  { url: 'fonts/NotoSansSymbols2-Check.ttf', kind: 2 },
];
export const LATER_FONTS = [
  { url: 'fonts/NotoSans-Bold.ttf', kind: 1 },
  // The rest of Latin-1 and Latin Extended-A in the regular weight (the bold file has every letter):
  // letters a person or a coordinator may type, which no content or app text uses.
  { url: 'fonts/NotoSans-MoreLatin.ttf', kind: 2 },
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

// The courses' heads the build wrote (tools/module-heads.mjs), by catalogue path; {} without them.
async function loadHeads() {
  const text = await fetchText('content/module-heads.json');
  try {
    const json = JSON.parse(text ?? 'null');
    return json?.format === 'digilyft-module-heads' && json.heads && typeof json.heads === 'object' ? json.heads : {};
  } catch {
    return {};
  }
}

// [{ path, text }] for catalog.json and the files it lists (missing ones are left out; the app
// reports them as problems). A course is handed in as its head when the build made one: the rest
// is fetched when the course opens (fetchContentFile).
export async function loadContent() {
  const [catalog, heads] = await Promise.all([fetchText('content/catalog.json'), loadHeads()]);
  if (catalog === null) return [];
  let listed = [];
  try {
    const json = JSON.parse(catalog);
    listed = Object.values(json).filter(Array.isArray).flat().filter(safePath);
  } catch {
    // the app reports the broken catalogue
  }
  const files = await Promise.all([...new Set(listed)].map(async (path) => ({
    path,
    text: Object.hasOwn(heads, path) ? JSON.stringify(heads[path]) : await fetchText(`content/${path}`),
  })));
  return [{ path: 'catalog.json', text: catalog }, ...files.filter((f) => f.text !== null)];
}

// One content file by its catalogue path (a course when it opens); null when it cannot be fetched.
export async function fetchContentFile(path) {
  return safePath(path) ? fetchText(`content/${path}`) : null;
}

// [{ kind, bytes }] of the `fonts` that loaded (without the regular one the page cannot draw).
export async function loadFonts(fonts) {
  const loaded = await Promise.all(fonts.map(async ({ url, kind }) => {
    try {
      const response = await fetch(url);
      return response.ok ? { kind, bytes: new Uint8Array(await response.arrayBuffer()) } : null;
    } catch {
      return null;
    }
  }));
  return loaded.filter(Boolean);
}
