import { useEffect, useRef, useState } from 'react';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Listens for files dragged over the window and returns whether some are over it now. Dropping calls `onDropFile`
 * with the first file and the number of files dropped. Drags without files, such as selected text, are left to the
 * browser, so that text can still be dropped into a text field.
 */
export function useFileDrop(onDropFile: (file: File, fileCount: number) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const onDropFileRef = useRef(onDropFile);

  useEffect(() => {
    onDropFileRef.current = onDropFile;
  });

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed; the window is left when they balance out.
    let depth = 0;

    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without preventDefault on dragover the browser opens the file itself instead of firing drop.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = event.dataTransfer?.files;
      const first = files?.[0];
      if (first) onDropFileRef.current(first, files.length);
    };

    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return dragging;
}
