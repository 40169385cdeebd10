import type { Paper } from '../../src/domain/model';

/**
 * Reads one dataset's papers straight from Pubscope's IndexedDB record, without validation or migration, as a
 * plain app that trusts its own saved JSON would. The database and store names are those of
 * src/adapters/persistence/indexeddb-backend.ts.
 */
export function loadSavedPapers(datasetId: string): Promise<Paper[]> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open('pubscope');
    opening.onerror = () => reject(new Error(`Opening the "pubscope" database failed: ${String(opening.error)}`));
    opening.onsuccess = () => {
      const database = opening.result;
      const reading = database.transaction('datasets', 'readonly').objectStore('datasets').get(datasetId);
      reading.onerror = () => reject(new Error(`Reading dataset "${datasetId}" failed: ${String(reading.error)}`));
      reading.onsuccess = () => {
        database.close();
        const papers = (reading.result as { dataset?: { papers?: Paper[] } } | undefined)?.dataset?.papers;
        if (papers) resolve(papers);
        else reject(new Error(`No saved dataset "${datasetId}" was found; run the seed page first.`));
      };
    };
  });
}
