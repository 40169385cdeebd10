/** Reads a file as UTF-8 text chunk by chunk, reporting the share read so far. */
export async function readFileText(file: File, onProgress: (fraction: number) => void): Promise<string> {
  if (typeof file.stream !== 'function') return file.text();

  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  const chunks: string[] = [];
  let charactersRead = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    charactersRead += value.length;
    // Characters, not bytes: close enough for a progress bar on mostly single-byte text.
    onProgress(Math.min(1, charactersRead / Math.max(1, file.size)));
  }
  return chunks.join('');
}
