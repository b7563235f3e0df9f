/** Saves text as a file through a Blob and an `<a download>` (no window.open, nothing leaves the page). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; give the browser a moment before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
