/** Covers the page while files are dragged over it. Pointer events pass through, so the drop reaches the window. */
export function DropOverlay() {
  return (
    <div className="drop-overlay">
      <p className="drop-overlay-message">Drop the file to import it</p>
    </div>
  );
}
