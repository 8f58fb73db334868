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
  // Some browsers read the URL after click() returns: revoke on the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
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
