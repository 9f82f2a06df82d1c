// The accessibility mirror: each drawn frame's accessibility tree (src/ui/a11y_tree.cpp, JSON)
// becomes real DOM elements laid transparently over the canvas at the places ImGui drew them:
// headings, paragraphs (with <strong> for emphasis), buttons, links, radios in radiogroups,
// checkboxes (in groups), a chart's bars as texts in a group named by the chart, a progress bar,
// tables, live messages, and pictures: an image node with a `src` is the one element drawn
// visibly, an <img> over the box ImGui left for it (the browser decodes the picture; only relative
// paths on this site are accepted). Keyboard users Tab between them, screen readers read them,
// tests find them by role.
// Elements are kept by node id and updated in place, so keyboard focus survives every frame.
//
// Activation: a pointer click reaches ImGui through the pointer events (input.js), so the element
// itself does nothing then. A click without a pointer press (Enter/Space, a screen reader) asks
// wasm to activate the widget. "pick-files" opens the file picker inside the click itself, which
// browsers require.
//
// Text fields: a textbox node becomes a real, visible <input> laid inside the frame ImGui drew;
// each change is handed to wasm (textInput), which draws the rest of the screen from it.

const TAGS = {
  paragraph: 'p', button: 'button', link: 'a', radiogroup: 'div', group: 'div', radio: 'button',
  checkbox: 'button', progressbar: 'div', img: 'div', table: 'div', status: 'div', alert: 'div',
  textbox: 'input',
};
const ACTIVATABLE = new Set(['button', 'link', 'radio', 'checkbox']);
const GROUPS = new Set(['radiogroup', 'group']);

// A picture's path as the content gives it, accepted only when it stays on this site: relative,
// no scheme, no "//", no "." or ".." segments, no escapes ("%2e"), no backslashes.
export function safeImageSrc(src) {
  if (typeof src !== 'string' || src.length === 0 || src.length > 500) return null;
  if (!/^[\p{L}\p{N}_-][\p{L}\p{N}_.\-/]*$/u.test(src)) return null;
  if (src.split('/').some((part) => part === '' || part === '.' || part === '..')) return null;
  try {
    const url = new URL(src, document.baseURI);
    return url.origin === window.location.origin ? src : null;
  } catch {
    return null;
  }
}

function tagFor(node) {
  if (node.role === 'heading') return `h${Math.min(3, Math.max(1, node.level || 1))}`;
  if (node.role === 'img' && safeImageSrc(node.src)) return 'img';
  return TAGS[node.role] ?? 'p';
}

// [["Tvätta ", false], ["alltid", true], [" händerna", false]] -> text and <strong> children. The
// spans come finished from wasm (core/markup.hpp reads the content's marks): nothing to parse here.
function fillSpans(el, spans) {
  const key = JSON.stringify(spans);
  if (el.dlSpans === key) return;
  el.dlSpans = key;
  el.replaceChildren(...spans.map(([text, bold]) => {
    if (!bold) return document.createTextNode(text);
    const strong = document.createElement('strong');
    strong.textContent = text;
    return strong;
  }));
}

const px = (v) => `${v}px`;

// `announce`: a polite live region outside the mirror, where each new screen is announced.
const SKIP_TEXT = { sv: 'Till sidans innehåll', en: 'Skip to the content' };

export function createMirror(root, { activate, pickFiles, input, textInput, announce, skip }) {
  const elements = new Map();  // node id -> element
  // The skip link (WCAG 2.4.1): focus goes to the screen's main heading, past the buttons above it.
  skip?.addEventListener('click', (event) => {
    event.preventDefault();
    const heading = root.querySelector('h1') ?? root.querySelector('h2, h3');
    heading?.focus();
  });

  function setAttr(el, name, value) {
    if (value === null || value === undefined) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== String(value)) {
      el.setAttribute(name, String(value));
    }
  }

  function setText(el, text) {
    if (el.textContent !== text) el.textContent = text;
  }

  function onClick(event) {
    const el = event.currentTarget;
    const node = el.dlNode;
    if (!node) return;
    if (node.role === 'link') event.preventDefault();
    if (node.action === 'pick-files') {
      pickFiles();
      return;
    }
    if (event.detail !== 0 && input.pressedOn(el, event)) return;  // ImGui had the pointer
    if (node.disabled) return;
    activate(node.id);
  }

  // A radio group as the WAI-ARIA Authoring Practices describe it: one Tab stop (the chosen radio,
  // else the first: rovingTabStops), and the arrow keys move to the next or previous radio and
  // choose it, wrapping round; Home and End go to the first and the last. In a group marked
  // data-choose="space" (a match row, which closes once chosen) they only move, and Space or Enter
  // (the radio is a button) chooses.
  function onKeyDown(event) {
    const el = event.currentTarget;
    if (!el.parentElement) return;
    const radios = Array.from(el.parentElement.querySelectorAll(':scope > [role="radio"]'));
    const at = radios.indexOf(el);
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    let next = null;
    if (step) next = radios[(at + step + radios.length) % radios.length];
    else if (event.key === 'Home') next = radios[0];
    else if (event.key === 'End') next = radios[radios.length - 1];
    if (!next || next === el) return;
    event.preventDefault();
    for (const r of radios) r.tabIndex = r === next ? 0 : -1;
    next.focus();
    if (el.parentElement.dataset.choose === 'space') return;
    if (next.dlNode && !next.dlNode.disabled && next.getAttribute('aria-checked') !== 'true') activate(next.dlNode.id);
  }

  // Each radio group is one Tab stop: its chosen radio, else the one with focus, else the first.
  function rovingTabStops() {
    for (const group of root.querySelectorAll('[role="radiogroup"]')) {
      const radios = Array.from(group.querySelectorAll(':scope > [role="radio"]'));
      if (radios.length === 0) continue;
      const stop = radios.find((r) => r.getAttribute('aria-checked') === 'true') ??
        radios.find((r) => r === document.activeElement) ?? radios[0];
      for (const r of radios) {
        const index = r === stop ? '0' : '-1';
        if (r.getAttribute('tabindex') !== index) r.setAttribute('tabindex', index);
      }
    }
  }

  function create(node) {
    const el = document.createElement(tagFor(node));
    el.className = 'm';
    el.dataset.role = node.role;
    switch (node.role) {
      case 'button':
        el.type = 'button';
        break;
      case 'radio':
      case 'checkbox':
        el.type = 'button';
        el.setAttribute('role', node.role);
        break;
      case 'link':
        el.href = '#';
        break;
      case 'img':
        if (el.tagName === 'IMG') {
          el.draggable = false;
          el.decoding = 'async';
        } else {
          el.setAttribute('role', node.role);
        }
        break;
      case 'textbox':
        el.type = 'text';
        el.className = 'm field';
        el.autocomplete = 'off';
        el.spellcheck = false;
        el.addEventListener('input', () => {
          if (el.dlNode && !el.readOnly) textInput(el.dlNode.id, el.value);
        });
        break;
      case 'radiogroup':
      case 'group':
      case 'progressbar':
      case 'status':
      case 'alert':
        el.setAttribute('role', node.role);
        break;
      default:
        break;
    }
    if (node.role === 'heading') el.tabIndex = -1;  // focus moves here when the screen changes
    if (ACTIVATABLE.has(node.role)) el.addEventListener('click', onClick);
    if (node.role === 'radio') el.addEventListener('keydown', onKeyDown);
    return el;
  }

  function fillTable(el, node) {
    const key = JSON.stringify([node.label, node.cells]);
    if (el.dlTableKey === key) return;
    el.dlTableKey = key;
    const table = document.createElement('table');
    const caption = document.createElement('caption');
    caption.textContent = node.label;
    table.append(caption);
    const rows = node.cells ?? [];
    const head = document.createElement('thead');
    const body = document.createElement('tbody');
    rows.forEach((cells, r) => {
      const tr = document.createElement('tr');
      cells.forEach((text, c) => {
        const header = r === 0 || c === 0;
        const cell = document.createElement(header ? 'th' : 'td');
        if (header) cell.scope = r === 0 ? 'col' : 'row';
        cell.textContent = text;
        tr.append(cell);
      });
      (r === 0 ? head : body).append(tr);
    });
    if (head.rows.length) table.append(head);
    table.append(body);
    el.replaceChildren(table);
  }

  function update(el, node, origin) {
    el.dlNode = node;
    const style = el.style;
    const left = px(node.x - origin.x);
    const top = px(node.y - origin.y);
    if (style.left !== left) style.left = left;
    if (style.top !== top) style.top = top;
    if (style.width !== px(node.w)) style.width = px(node.w);
    if (style.height !== px(node.h)) style.height = px(node.h);

    switch (node.role) {
      case 'img':
        if (el.tagName === 'IMG') {
          setAttr(el, 'alt', node.label);
          setAttr(el, 'src', safeImageSrc(node.src));
        } else {
          setAttr(el, 'aria-label', node.label);
        }
        break;
      case 'radiogroup':
      case 'group':
        setAttr(el, 'aria-label', node.label);
        setAttr(el, 'data-choose', node.action === 'choose-on-space' ? 'space' : null);
        break;
      case 'radio':
      case 'checkbox':
        setText(el, node.label);
        setAttr(el, 'aria-checked', node.checked ? 'true' : 'false');
        setAttr(el, 'aria-label', node.name || null);
        break;
      case 'button':
        setText(el, node.label);
        setAttr(el, 'aria-label', node.name || null);
        setAttr(el, 'aria-disabled', node.disabled ? 'true' : null);
        setAttr(el, 'aria-haspopup', node.action === 'pick-files' ? 'dialog' : null);
        setAttr(el, 'aria-expanded', node.expanded === undefined ? null : String(node.expanded));
        break;
      case 'progressbar':
        setAttr(el, 'aria-label', node.label);
        setAttr(el, 'aria-valuemin', node.min ?? 0);
        setAttr(el, 'aria-valuemax', node.max ?? 100);
        setAttr(el, 'aria-valuenow', node.value ?? 0);
        setAttr(el, 'aria-valuetext', node.valuetext ?? null);
        setText(el, node.valuetext ?? '');
        break;
      case 'table':
        fillTable(el, node);
        break;
      case 'textbox':
        setAttr(el, 'aria-label', node.label);
        setAttr(el, 'maxlength', node.maxlength || null);
        el.readOnly = Boolean(node.readonly);
        // While the person types, the field is the truth; otherwise show what the app holds.
        if (document.activeElement !== el && el.value !== node.value) el.value = node.value ?? '';
        break;
      case 'paragraph':
        if (node.spans) {
          fillSpans(el, node.spans);
        } else {
          el.dlSpans = undefined;
          setText(el, node.label);
        }
        break;
      default:
        setText(el, node.label);
    }
  }

  function sameKind(el, node) {
    return el.tagName.toLowerCase() === tagFor(node) && el.dataset.role === node.role;
  }

  // Updates the DOM to show `tree` ({ lang, height, nodes }).
  function render(tree) {
    const focused = document.activeElement;
    const focusWasHere = focused && focused !== document.body && root.contains(focused);
    // Where the focused widget was on the page: if it goes (a row of answers that folds up), focus
    // goes on from the widget that takes its place.
    const focusedY = focusWasHere && focused.dlNode ? focused.dlNode.y : null;

    if (root.lang !== tree.lang) root.lang = tree.lang;
    if (skip && skip.lang !== tree.lang) {
      skip.lang = tree.lang;
      skip.textContent = SKIP_TEXT[tree.lang] ?? SKIP_TEXT.sv;
    }
    if (document.documentElement.lang !== tree.lang) document.documentElement.lang = tree.lang;

    const seen = new Set();
    const groups = new Map();  // radiogroup/group id (as text) -> { el, node }
    const lastChild = new Map();  // parent -> the element placed last in it this frame
    for (const node of tree.nodes) {
      let el = elements.get(node.id);
      if (el && !sameKind(el, node)) {
        el.remove();
        el = undefined;
      }
      if (!el) {
        el = create(node);
        elements.set(node.id, el);
      }
      seen.add(node.id);

      const group = node.group ? groups.get(node.group) : undefined;  // radios, a chart's bars
      const parent = group ? group.el : root;
      update(el, node, group ? group.node : { x: 0, y: 0 });
      if (GROUPS.has(node.role)) groups.set(String(node.id), { el, node });

      // Keep DOM order = reading order, moving an element only when it is out of place.
      const previous = lastChild.get(parent);
      const expected = previous ? previous.nextSibling : parent.firstChild;
      if (el.parentNode !== parent || expected !== el) parent.insertBefore(el, expected);
      lastChild.set(parent, el);
    }
    for (const [id, el] of elements) {
      if (!seen.has(id)) {
        el.remove();
        elements.delete(id);
      }
    }
    rovingTabStops();

    if (tree.newView) {
      // A new screen or page (WAI-ARIA APG): focus moves to its main heading, where reading starts,
      // and the screen reader hears where the person is now: the heading, the page count and the
      // page's own heading.
      const heading = root.querySelector('h1, h2, h3');
      if (heading && focusWasHere) heading.focus({ preventScroll: true });
      if (announce) {
        const sub = heading ? root.querySelector(`${heading.tagName} ~ h2, ${heading.tagName} ~ h3`) : null;
        const bar = root.querySelector('[role="progressbar"]');
        const parts = [heading?.textContent, bar?.getAttribute('aria-valuetext'), sub?.textContent]
          .map((t) => (t ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
        announce.textContent = parts.join('. ');
      }
    } else if (focusWasHere && document.activeElement !== focused) {
      if (focused.isConnected) {
        focused.focus({ preventScroll: true });  // it only moved in the DOM
      } else {
        // The focused widget is gone: continue from the first widget at or below its place,
        // else from the screen's main heading.
        const after = focusedY === null ? undefined : tree.nodes.find((n) => ACTIVATABLE.has(n.role) &&
          n.y >= focusedY - 1 && elements.get(n.id)?.tabIndex === 0);
        const target = (after && elements.get(after.id)) ?? root.querySelector('h1, h2, h3');
        target?.focus({ preventScroll: true });
      }
    }
  }

  return { render };
}
