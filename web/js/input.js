// Pointer input for ImGui: mouse, touch and pen as Pointer Events, listened to on the whole
// document in the capture phase so they arrive whether the pointer is over the canvas or over a
// mirror element (but not over a part of the page marked data-outside-app), and handed to wasm in CSS px of the viewport. The browser keeps scrolling and
// zooming (touch-action: pan-y pinch-zoom); when it takes a touch over for a scroll it sends
// pointercancel, which lets go away from every widget so nothing is pressed by a scroll.
const TYPE = { pointermove: 0, pointerdown: 1, pointerup: 2, pointercancel: 3 };
const LEAVE = 4;
const SOURCE = { mouse: 0, touch: 1, pen: 2 };

// Page parts drawn over the app that are not the app (the update banner): a press there is theirs.
const outsideApp = (event) => event.target instanceof Element && event.target.closest('[data-outside-app]') !== null;

// `zoom()`: the app's CSS px per its own px (text-size.js); positions reach wasm in the app's px.
export function attachInput(wasm, requestRedraw, zoom = () => 1) {
  let down = { target: null, time: -Infinity };

  for (const [name, type] of Object.entries(TYPE)) {
    document.addEventListener(name, (event) => {
      if (!event.isPrimary) return;  // a second finger neither clicks nor hovers
      if (outsideApp(event)) {
        if (type === TYPE.pointermove) wasm._dl_pointer(LEAVE, 0, 0, 0, SOURCE[event.pointerType] ?? 0);
        return;
      }
      if (type === TYPE.pointerdown) down = { target: event.target, time: event.timeStamp };
      wasm._dl_pointer(type, event.clientX / zoom(), event.clientY / zoom(), event.button,
        SOURCE[event.pointerType] ?? 0);
      requestRedraw();
    }, { capture: true, passive: true });
  }
  // The mouse left the window: nothing stays hovered.
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'mouse' && event.relatedTarget === null) {
      wasm._dl_pointer(LEAVE, 0, 0, 0, SOURCE.mouse);
      requestRedraw();
    }
  }, { capture: true, passive: true });
  // Another window took focus (a dialog, alt-tab): let go of any held button.
  window.addEventListener('blur', () => {
    wasm._dl_blur();
    requestRedraw();
  });

  return {
    // True when the latest pointer press began on `element`: its click already reached ImGui
    // through the pointer events, so the mirror must not activate it a second time.
    pressedOn(element, event) {
      return down.target !== null && element.contains(down.target) &&
        event.timeStamp - down.time < 10_000;
    },
  };
}
