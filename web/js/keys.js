// Record keys for the coordinator's protected tables (docs/privacy.md): HMAC-SHA-256 of each
// participant code (UTF-8) under the workspace's secret, with Web Crypto, as digilyft-report does
// with OpenSSL. The wasm side reads the first 8 bytes of each digest (record_key_from_digest in
// src/core/cell_key.cpp), so only those travel back: "CODE 0123456789abcdef" per line.
const encoder = new TextEncoder();

function bytesOf(hex) {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

function hexOf(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// Rejects when the page has no Web Crypto (an address that is neither https nor localhost).
export async function recordKeys(secretHex, codes) {
  if (!globalThis.crypto?.subtle) throw new Error('Web Crypto is not available here');
  const key = await crypto.subtle.importKey('raw', bytesOf(secretHex), { name: 'HMAC', hash: 'SHA-256' },
    false, ['sign']);
  const digests = await Promise.all(codes.map((code) => crypto.subtle.sign('HMAC', key, encoder.encode(code))));
  return codes.map((code, i) => `${code} ${hexOf(new Uint8Array(digests[i], 0, 8))}`).join('\n');
}
