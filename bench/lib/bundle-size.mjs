// Measures the JavaScript the default page loads before its first paint: the entry chunk and every chunk it
// imports statically, read from the Vite manifest and gzipped at the highest level, as a server would send them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Returns the entry and its static imports, each once, in visiting order. */
function collectStaticChunks(manifest) {
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('.html'));
  if (!entryKey) throw new Error('The Vite manifest has no HTML entry; build the app with --manifest.');

  const visited = new Set();
  const pending = [entryKey];
  while (pending.length > 0) {
    const key = pending.pop();
    if (visited.has(key) || !manifest[key]) continue;
    visited.add(key);
    pending.push(...(manifest[key].imports ?? []));
  }
  return [...visited].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
}

export async function measureInitialJavaScript(appDir) {
  const manifest = JSON.parse(await readFile(join(appDir, '.vite/manifest.json'), 'utf8'));
  const chunks = [];

  for (const file of collectStaticChunks(manifest)) {
    const content = await readFile(join(appDir, file));
    chunks.push({ file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length });
  }

  return {
    chunks,
    bytes: chunks.reduce((sum, chunk) => sum + chunk.bytes, 0),
    gzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
  };
}
