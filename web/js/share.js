// The device's share sheet (Web Share API with files) for the result file: it goes straight to
// e-mail or a chat and is not left in a downloads folder the next person on a shared tablet can
// open. Browsers share only some kinds of file (Chrome not .json), so the file is offered as JSON
// and, where only that is refused, as the same text in a .txt file; the coordinator's page reads both.

function candidates(name, mime, bytes) {
  return [
    new File([bytes], name, { type: mime }),
    new File([bytes], name.replace(/\.json$/i, '.txt'), { type: 'text/plain' }),
  ];
}

function shareable(file) {
  try {
    return navigator.canShare({ files: [file] });
  } catch {
    return false;
  }
}

// True when this browser has a share sheet that takes the result file.
export function canShareFiles() {
  if (typeof navigator.share !== 'function' || typeof navigator.canShare !== 'function') return false;
  return candidates('digilyft-resultat.json', 'application/json', '{}').some(shareable);
}

// Opens the share sheet; resolves to the name of the file sent, or null (cancelled or failed).
export async function shareFile(name, mime, bytes) {
  const file = candidates(name, mime, bytes).find(shareable);
  if (!file) return null;
  try {
    await navigator.share({ files: [file], title: file.name });
    return file.name;
  } catch (err) {
    if (err?.name !== 'AbortError') console.warn('Digilyft: sharing the file failed.', err);
    return null;
  }
}
