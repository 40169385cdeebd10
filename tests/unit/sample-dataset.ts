import type { Dataset } from '../../src/domain/model';
import { usePubscopeStore, initialPubscopeState } from '../../src/store/pubscope-store';

/** A small invented record covering the cases components must handle: accents, no score, no date, links. */
export function createSampleDataset(): Dataset {
  return {
    id: 'sample',
    name: 'Sample record',
    profile: {
      name: 'Ana Sousa',
      primaryCategory: 'LG',
      reported: { hIndex: 3, paperCount: 5, citations: 40, noveltyPercent: 61, aiScore: 70 },
      capturedOn: '2026-12-04',
    },
    papers: [
      {
        id: 'arxiv:2401.00001',
        title: 'Sparse Routing for Mixture Models',
        authors: ['Ana Sousa', 'Wei Zhang', 'José Ortega'],
        authorsTruncated: true,
        fullAuthors: ['Ana Sousa', 'Wei Zhang', 'José Ortega', 'Priya Raman'],
        affiliations: ['univ-a'],
        category: 'LG',
        published: '2024-01-15',
        datePrecision: 'day',
        score: 82.5,
        hasCode: true,
        codeUrl: 'https://github.com/example/sparse-routing',
        arxivId: '2401.00001',
        arxivUrl: 'https://arxiv.org/abs/2401.00001',
        abstract: "We reach 8$\\%$ gains with ''sparse routing''.",
        sourceIndex: 0,
      },
      {
        id: 't:dialogue',
        title: 'Dialogue Agents That Ask',
        authors: ['Wei Zhang', 'Ana Sousa'],
        authorsTruncated: false,
        affiliations: [],
        category: 'CL',
        published: '2025-06-01',
        datePrecision: 'month',
        hasCode: false,
        abstract: 'Agents that ask clarifying questions.',
        sourceIndex: 1,
      },
      {
        id: 't:planning',
        title: 'Planning Under Uncertainty',
        authors: ['Ana Sousa'],
        authorsTruncated: false,
        affiliations: [],
        category: 'AI',
        published: '2022-01-01',
        datePrecision: 'year',
        score: 45,
        hasCode: true,
        codeUrl: 'javascript:alert(1)',
        sourceIndex: 2,
      },
      {
        id: 't:xss',
        title: '<img src=x onerror=alert(1)>',
        authors: ['Lea Novak', 'Ana Sousa'],
        authorsTruncated: false,
        affiliations: [],
        category: 'LG',
        published: '2024-09-30',
        datePrecision: 'day',
        hasCode: false,
        sourceIndex: 3,
      },
      {
        id: 't:undated',
        title: 'Notes on Evaluation',
        authors: ['Ana Sousa', 'Lea Novak'],
        authorsTruncated: false,
        affiliations: [],
        category: 'CL',
        hasCode: false,
        sourceIndex: 4,
      },
    ],
    warnings: [],
    source: { format: 'pubscope-json' },
  };
}

/** Loads the sample dataset into a fresh store. */
export function loadSampleDataset(): Dataset {
  usePubscopeStore.setState(initialPubscopeState, true);
  const dataset = createSampleDataset();
  usePubscopeStore.getState().addDataset(dataset);
  return dataset;
}

export function resetStore(): void {
  usePubscopeStore.setState(initialPubscopeState, true);
}
