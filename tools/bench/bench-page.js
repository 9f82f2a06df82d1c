// The wasm benchmark page's set-up (a file of its own: the static server sends the site's strict
// Content-Security-Policy, which runs no inline script): keeps digilyft-bench's output lines in
// window.benchLines; window.benchDone turns true when it has finished. Arguments come from the
// query string: index.html?args=--people%201000
// Not `out`: the generated digilyft-bench.js declares a global of that name.
const outputElement = document.getElementById('out');
const show = (line) => {
  window.benchLines.push(line);
  outputElement.textContent += line + '\n';
};
window.benchLines = [];
window.benchDone = false;
var Module = {  // eslint-disable-line no-var -- digilyft-bench.js reads the global Module
  arguments: (new URLSearchParams(location.search).get('args') || '').split(' ').filter(Boolean),
  print: show,
  printErr: show,
  postRun: [() => { window.benchDone = true; }],
  onAbort: (what) => { show('aborted: ' + what); window.benchDone = true; },
};
