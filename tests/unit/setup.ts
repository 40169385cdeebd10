import '@testing-library/jest-dom/vitest';

import { configure } from '@testing-library/react';

// Importers and exporters load on first use; on a busy two-core machine that first load can pass one second.
configure({ asyncUtilTimeout: 5000 });
