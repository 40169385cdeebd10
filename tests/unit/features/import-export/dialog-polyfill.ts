/**
 * jsdom 29 has `<dialog>` without `showModal` and `close`. This stand-in opens and closes the element and, like a
 * browser, turns an Escape that nothing prevented into a cancelable `cancel` event, closing the dialog unless it is
 * cancelled. It does not make the page behind inert; the browser tests cover that.
 */
export function installDialogPolyfill(): void {
  const prototype = HTMLDialogElement.prototype;
  if (typeof prototype.showModal === 'function') return;

  prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    this.addEventListener('keydown', cancelOnEscape);
  };
  prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.removeEventListener('keydown', cancelOnEscape);
    this.dispatchEvent(new Event('close'));
  };
}

function cancelOnEscape(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;

  const dialog = event.currentTarget as HTMLDialogElement;
  if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
}
