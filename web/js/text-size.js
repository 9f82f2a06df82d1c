// How large the page draws the app: the browser's own default font size (someone who set 32 px in
// the browser's settings gets the app at twice its size; 16 px is every browser's default) times
// the app's "Större text" choice, which this device keeps in localStorage: a setting of the device,
// never an answer, so it holds on the welcome too; a private window or blocked storage forgets it.
// The app then lays itself out for the CSS width divided by that size, so it reflows as a zoomed
// page does; main.js converts sizes, pointer positions and the scroll position, and scales the mirror.
const KEY = 'digilyft-larger-text';
export const LARGER = 1.3;
const BROWSER_DEFAULT_PX = 16;
// Narrower than this the app's layout would not hold a word of its largest heading.
const MIN_LAYOUT_WIDTH = 200;

function remembered() {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function createTextSize() {
  let larger = remembered();
  return {
    get larger() { return larger; },
    set(on) {
      larger = on;
      try {
        if (on) localStorage.setItem(KEY, '1');
        else localStorage.removeItem(KEY);
      } catch {
        // Kept for this visit only.
      }
    },
    // The factor for a viewport `cssWidth` CSS px wide: never below 1 (the app's own sizes are
    // already large), and never so large that the layout would be narrower than MIN_LAYOUT_WIDTH.
    scale(cssWidth) {
      const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const browser = Number.isFinite(px) && px > BROWSER_DEFAULT_PX ? px / BROWSER_DEFAULT_PX : 1;
      const wanted = browser * (larger ? LARGER : 1);
      return Math.max(1, Math.min(wanted, cssWidth / MIN_LAYOUT_WIDTH));
    },
  };
}
