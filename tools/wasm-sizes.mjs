#!/usr/bin/env node
// Where the bytes of a wasm file go: its sections, and its functions grouped by what they belong to
// (Dear ImGui, nlohmann-json, libc++, Digilyft's core/ui/app/platform …), by size. The names come
// from the wasm's "name" section, so measure a build linked with --profiling-funcs (same code, names
// kept):
//   cmake -S . -B build/web-size --toolchain …/Emscripten.cmake -DCMAKE_BUILD_TYPE=MinSizeRel \
//         -DCMAKE_EXE_LINKER_FLAGS=--profiling-funcs && cmake --build build/web-size --target digilyft
//   node tools/wasm-sizes.mjs build/web-size/site/digilyft.wasm [--top N] [--match REGEX]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const file = process.argv[2];
const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 25;
if (!file) {
  console.error('usage: node tools/wasm-sizes.mjs FILE.wasm [--top N]');
  process.exit(2);
}
const bytes = readFileSync(file);
let at = 8;
const u32 = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return result;
  }
};
const name = () => {
  const n = u32();
  const s = bytes.toString('utf8', at, at + n);
  at += n;
  return s;
};

const SECTIONS = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'];
const sections = [];
let importedFunctions = 0;
const bodies = [];  // { index, size }
const names = new Map();
while (at < bytes.length) {
  const id = bytes[at++];
  const size = u32();
  const start = at;
  const end = at + size;
  let label = SECTIONS[id] ?? `#${id}`;
  if (id === 0) label = `custom "${name()}"`;
  if (id === 2) {
    for (let i = 0, n = u32(); i < n; ++i) {
      name();
      name();
      const kind = bytes[at++];
      if (kind === 0) { u32(); importedFunctions++; }
      else if (kind === 1) { at++; const flags = u32(); u32(); if (flags & 1) u32(); }
      else if (kind === 2) { const flags = u32(); u32(); if (flags & 1) u32(); }
      else if (kind === 3) { at += 2; }
    }
  } else if (id === 10) {
    for (let i = 0, n = u32(); i < n; ++i) {
      const bodySize = u32();
      bodies.push({ index: importedFunctions + i, size: bodySize, start: at });
      at += bodySize;
    }
  } else if (label === 'custom "name"') {
    while (at < end) {
      const sub = bytes[at++];
      const subSize = u32();
      const subEnd = at + subSize;
      if (sub === 1) {
        for (let i = 0, n = u32(); i < n; ++i) {
          const index = u32();
          names.set(index, name());
        }
      }
      at = subEnd;
    }
  }
  sections.push({ label, size, bytes: bytes.subarray(start, end) });
  at = end;
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${file}: ${kb(bytes.length)} KB raw, ${kb(gzipSync(bytes, { level: 9 }).length)} KB gzip\n`);
console.log('Sections (KB):');
for (const s of sections) console.log(`${kb(s.size)}  ${s.label}`);

// What a function belongs to, from its (demangled) name.
function owner(fn) {
  if (!fn) return '(no name)';
  if (/^Im|ImGui|^stb|^ImFont|^ImDraw|imgui/i.test(fn)) return 'Dear ImGui';
  if (/nlohmann/.test(fn)) return 'nlohmann-json';
  const ns = /^dl::(?:\(anonymous namespace\)::)?(\w+)/.exec(fn);
  if (/^dl::ui::|^dl::ui\b/.test(fn)) return 'Digilyft ui';
  if (/^dl::reducing|^dl::App\b|^dl::reduce/.test(fn)) return 'Digilyft app';
  if (/^dl::platform/.test(fn)) return 'Digilyft platform';
  if (ns) return 'Digilyft core';
  if (/^dl_/.test(fn)) return 'Digilyft exports';
  if (/^std::|^__cxx|^__gxx|^__cxa|^operator new|^operator delete|^void std::|^bool std::/.test(fn)) return 'C++ library';
  if (/^(em|emscripten|_emscripten|glfw|_gl|gl[A-Z])/.test(fn)) return 'Emscripten';
  if (/^[a-z_][a-z0-9_]*$/.test(fn)) return 'C library';
  if (/<.*>/.test(fn)) return 'templates (other)';
  return 'other';
}
const groups = new Map();
for (const b of bodies) {
  const fn = names.get(b.index);
  const g = owner(fn);
  const entry = groups.get(g) ?? { size: 0, count: 0, chunks: [] };
  entry.size += b.size;
  entry.count += 1;
  entry.chunks.push(bytes.subarray(b.start, b.start + b.size));
  groups.set(g, entry);
}
console.log('\nCode by owner (KB raw, KB gzip alone, functions):');
for (const [g, e] of [...groups].sort((a, b) => b[1].size - a[1].size)) {
  const gz = gzipSync(Buffer.concat(e.chunks), { level: 9 }).length;
  console.log(`${kb(e.size)} ${kb(gz)}  ${String(e.count).padStart(5)}  ${g}`);
}
// --match REGEX: the functions whose names match, together (e.g. one template's instantiations).
const match = process.argv.includes('--match') ? new RegExp(process.argv[process.argv.indexOf('--match') + 1]) : null;
if (match) {
  const hits = bodies.filter((b) => match.test(names.get(b.index) ?? ''));
  const gz = gzipSync(Buffer.concat(hits.map((b) => bytes.subarray(b.start, b.start + b.size))), { level: 9 }).length;
  console.log(`\nMatching ${match}: ${kb(hits.reduce((n, b) => n + b.size, 0))} KB raw, ${kb(gz)} KB gzip alone, ${hits.length} functions`);
}
console.log(`\nLargest ${top} functions (KB raw):`);
for (const b of [...bodies].sort((a, b) => b.size - a.size).slice(0, top)) {
  console.log(`${kb(b.size)}  ${(names.get(b.index) ?? '?').slice(0, 150)}`);
}
