// Sealing result files for a programme's coordinator with Web Crypto: the same scheme as OpenSSL in
// src/platform/native/openssl_seal.cpp (docs/result-file.md, "Sealed files"). ECDH P-256 between a
// one-time key pair and the programme's public key; HKDF-SHA-256 (salt: the one-time public key,
// info: "digilyft sealed result 1") to an AES-256-GCM key; the programme's code as additional data.
// Also runs in Node (tests), which has the same crypto.subtle.
const INFO = 'digilyft sealed result 1';
const encoder = new TextEncoder();

export function toBase64url(bytes) {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const additionalData = (programme) => encoder.encode(`digilyft-sealed 1 ${programme}`);
const P256 = { name: 'ECDH', namedCurve: 'P-256' };

async function aesKey(privateKey, publicKey, salt, usage) {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const material = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info: encoder.encode(INFO) }, material,
    { name: 'AES-GCM', length: 256 }, false, [usage]);
}

// A programme's key pair: { publicKey (base64url, 65-byte point), privateKey (base64url, PKCS #8) }.
export async function newSealingKeys() {
  const pair = await crypto.subtle.generateKey(P256, true, ['deriveBits']);
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const privateKey = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { publicKey: toBase64url(publicKey), privateKey: toBase64url(privateKey) };
}

// The sealed file's text (the envelope, as core/sealed_file.cpp writes it).
export async function sealText(publicKeyB64, programme, text) {
  const peer = await crypto.subtle.importKey('raw', fromBase64url(publicKeyB64), P256, false, []);
  const own = await crypto.subtle.generateKey(P256, true, ['deriveBits']);
  const ownPoint = new Uint8Array(await crypto.subtle.exportKey('raw', own.publicKey));
  const key = await aesKey(own.privateKey, peer, ownPoint, 'encrypt');
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: additionalData(programme) },
    key, encoder.encode(text)));
  const envelope = { format: 'digilyft-sealed', version: 1, programme, ephemeral_key: toBase64url(ownPoint),
    iv: toBase64url(iv), data: toBase64url(data) };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

// The result file inside a sealed file (whose envelope core has checked); throws when the key does
// not fit or the file was changed.
export async function unsealText(privateKeyB64, envelopeText) {
  const envelope = JSON.parse(envelopeText);
  const own = await crypto.subtle.importKey('pkcs8', fromBase64url(privateKeyB64), P256, false, ['deriveBits']);
  const point = fromBase64url(envelope.ephemeral_key);
  const peer = await crypto.subtle.importKey('raw', point, P256, false, []);
  const key = await aesKey(own, peer, point, 'decrypt');
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64url(envelope.iv),
    additionalData: additionalData(envelope.programme) }, key, fromBase64url(envelope.data));
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}
