/// <reference lib="webworker" />
import type { ImportRequest, ImportWorkerMessage } from './import-messages';
import { runImport } from './run-import';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: ImportWorkerMessage): void {
  scope.postMessage(message);
}

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const result = await runImport(event.data, (fraction) => post({ kind: 'progress', fraction }));
  post({ kind: 'done', result, format: event.data.format });
};
