/** Hands a file to the browser's download, without any request leaving the device. */
export function downloadFile(name: string, contents: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the data is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
