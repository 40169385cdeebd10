/**
 * How long the object URL of a download stays valid after the click. Revoking it in the same task as the click can
 * cancel the download in some browsers. NOTE: one second is a guess, not a measured bound.
 */
const REVOKE_DELAY_MS = 1000;

/** Saves text as a file through a temporary link with a `download` attribute. */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;

  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}
