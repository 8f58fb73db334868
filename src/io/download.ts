/**
 * Saves a Blob under a file name through a temporary object URL. Nothing leaves the
 * browser: the "download" is the browser writing memory to disk.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers: wait a moment.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a model title: letters (æøå kept), digits and dashes only. */
export function fileNameFor(title: string, extension: string, fallback = 'gevinstkart'): string {
  const base = title
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || fallback}.${extension}`;
}

/** Blob.text() where there is one; FileReader for older browsers (and jsdom). */
export function readText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file);
  });
}
