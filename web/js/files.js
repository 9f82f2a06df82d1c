// Result files for the coordinator: picked in the browser's file picker (opened from the mirror's
// "pick-files" button inside the person's click, as browsers require) or dropped anywhere on the
// page: files, or whole folders (every .json or .txt file inside, at any depth; a shared result
// file may be .txt). All are read as text,
// then handed over in one call, so a thousand files are one import.
// Every .json file in a dropped folder and its sub-folders, sorted by path (an unreadable
// sub-folder is skipped: the files that could be read still come in).
async function jsonFilesIn(folder) {
  const found = [];
  async function walk(dir) {
    const reader = dir.createReader();
    for (;;) {
      const batch = await new Promise((resolve) => reader.readEntries(resolve, () => resolve([])));
      if (batch.length === 0) break;  // readEntries gives at most about 100 entries a call
      for (const entry of batch) {
        if (entry.isDirectory) {
          await walk(entry);
        } else if (entry.isFile && /\.(json|txt)$/i.test(entry.name)) {
          const file = await new Promise((resolve) => entry.file(resolve, () => resolve(null)));
          if (file) found.push({ path: entry.fullPath, file });
        }
      }
    }
  }
  await walk(folder);
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return found.map(({ file }) => file);
}

// Result files are UTF-8. Blob.text() would follow a UTF-16 byte order mark and so read a file the
// format refuses; decoding as UTF-8 always gives the app the bytes the native reader sees.
const utf8 = new TextDecoder('utf-8');

// `announce(count)` is called as soon as files are chosen or dropped (reading 10,000 takes the
// browser seconds), `deliver([{ name, text }])` once all are read. With `readFiles` false (the person's
// page, which has no coordinator's part) a drop is only kept from opening the file: nothing is read.
export function attachFiles(input, deliver, announce, { readFiles = true } = {}) {
  async function readAll(files) {
    if (!readFiles || files.length === 0) return;
    announce(files.length);  // drawn while the reads below are awaited
    const read = await Promise.all(files.map(async (file) => {
      try {
        return { name: file.name, text: utf8.decode(await file.arrayBuffer()) };
      } catch {
        return { name: file.name, text: '' };  // unreadable: the app says so by name
      }
    }));
    deliver(read);
  }

  input.addEventListener('change', () => {
    const files = Array.from(input.files ?? []);
    input.value = '';  // choosing the same file again fires change again
    readAll(files);
  });

  const carriesFiles = (event) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
  for (const type of ['dragenter', 'dragover']) {
    document.addEventListener(type, (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();  // allow the drop
      event.dataTransfer.dropEffect = 'copy';
    });
  }
  document.addEventListener('drop', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();  // never navigate to the dropped file
    if (!readFiles) return;
    const files = [];
    const folders = [];
    const items = Array.from(event.dataTransfer.items ?? []);
    if (items.length) {
      // Entries must be taken while the drop event runs; the folders are walked afterwards.
      for (const item of items) {
        if (item.kind !== 'file') continue;
        const entry = item.webkitGetAsEntry?.();
        if (entry?.isDirectory) {
          folders.push(entry);
          continue;
        }
        const file = item.getAsFile();
        if (file) files.push(file);
      }
    } else {
      files.push(...Array.from(event.dataTransfer.files ?? []));
    }
    Promise.all(folders.map(jsonFilesIn)).then((inFolders) => readAll(files.concat(...inFolders)));
  });

  return {
    pick() {
      input.value = '';
      input.click();
    },
  };
}
