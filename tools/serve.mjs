#!/usr/bin/env node
// A small static file server for the built site (build/web), on 127.0.0.1 only. No dependencies.
// Used by people (`node tools/serve.mjs [port] [root]`, or PORT=…) and by the browser tests, which
// import startServer(root, port). Port 0 picks a free port. Every response says Cache-Control:
// no-cache so a rebuilt site is never hidden behind a cached one; folders are never listed.
import { createServer } from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

// The policy docs/hosting.md asks servers to send: index.html's own <meta> policy, plus
// frame-ancestors (which only a header can carry).
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self' blob: data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; "
  + "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function send(res, status, text, head = false) {
  const body = Buffer.from(text + '\n', 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(head ? undefined : body);
}

// Maps a URL path to a file under root, or null when it would leave root or names something odd.
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = decoded.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) return null;
  let file = path.join(root, ...parts);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  let stat;
  try {
    stat = await fs.stat(file);
    if (stat.isDirectory()) {
      file = path.join(file, 'index.html');  // a folder serves its index.html, never a listing
      stat = await fs.stat(file);
    }
  } catch {
    return null;
  }
  if (!stat.isFile()) return null;
  // A symbolic link must not lead out of root either.
  const real = await fs.realpath(file).catch(() => null);
  const realRoot = await fs.realpath(root).catch(() => root);
  if (!real || (real !== realRoot && !real.startsWith(realRoot + path.sep))) return null;
  return { file, size: stat.size };
}

// Starts serving `root` on 127.0.0.1:`port`. Resolves to { url, port, close() } once listening.
export async function startServer(root, port = 8080) {
  const absRoot = path.resolve(root);
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        return send(res, 405, 'Method not allowed');
      }
      const urlPath = new URL(req.url, 'http://127.0.0.1').pathname;
      const found = await resolveFile(absRoot, urlPath);
      if (!found) return send(res, 404, 'Not found', req.method === 'HEAD');
      const type = MIME_TYPES[path.extname(found.file).toLowerCase()] || 'application/octet-stream';
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': found.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Referrer-Policy': 'no-referrer',
      });
      if (req.method === 'HEAD') return res.end();
      const stream = createReadStream(found.file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    } catch {
      if (!res.headersSent) send(res, 500, 'Server error');
      else res.destroy();
    }
  });
  // Idle keep-alive sockets would hold close() open: track them and end them on close.
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(port), '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}

// Command line: node tools/serve.mjs [port] [root]; PORT and DIGILYFT_ROOT work too.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const args = process.argv.slice(2);
  const portArg = args.find((a) => /^\d+$/.test(a));
  const rootArg = args.find((a) => !/^\d+$/.test(a));
  const port = portArg ?? process.env.PORT ?? 8080;
  const root = path.resolve(rootArg ?? process.env.DIGILYFT_ROOT ?? path.join(here, '..', 'build', 'web'));
  try {
    await fs.access(path.join(root, 'index.html'));
  } catch {
    console.error(`serve: ${root}/index.html is missing. Build the site first: ` +
      'cmake --preset web && cmake --build --preset web');
    process.exit(1);
  }
  let server;
  try {
    server = await startServer(root, port);
  } catch (err) {
    console.error(`serve: cannot listen on 127.0.0.1:${port}: ${err.message}`);
    process.exit(1);
  }
  console.log(`Öppna ${server.url} i webbläsaren (Open ${server.url} in your browser)`);
  console.log(`Serving ${root}. Stoppa med Ctrl+C (Stop with Ctrl+C).`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
