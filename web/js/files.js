// Result files for the coordinator: picked in the browser's file picker (opened from the mirror's
// "pick-files" button inside the person's click, as browsers require) or dropped anywhere on the
// page. Only regular files are taken; all are read as text, then handed over in one call.
export function attachFiles(input, deliver) {
  async function readAll(files) {
    if (files.length === 0) return;
    const read = await Promise.all(files.map(async (file) => {
      try {
        return { name: file.name, text: await file.text() };
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
    const files = [];
    const items = Array.from(event.dataTransfer.items ?? []);
    if (items.length) {
      for (const item of items) {
        if (item.kind !== 'file') continue;
        const entry = item.webkitGetAsEntry?.();
        if (entry && !entry.isFile) continue;  // a folder
        const file = item.getAsFile();
        if (file) files.push(file);
      }
    } else {
      files.push(...Array.from(event.dataTransfer.files ?? []));
    }
    readAll(files);
  });

  return {
    pick() {
      input.value = '';
      input.click();
    },
  };
}
