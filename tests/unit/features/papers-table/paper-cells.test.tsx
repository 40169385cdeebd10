import { cleanup, screen, within } from '@testing-library/react';

import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { createSampleDataset, loadSampleDataset, resetStore } from '../../sample-dataset';
import { getPaperRow, renderPapersTable } from './render-papers-table';

const SPARSE = 'Sparse Routing for Mixture Models';
const XSS_TITLE = '<img src=x onerror=alert(1)>';

function getCell(title: string, columnName: string): HTMLElement {
  const headers = screen.getAllByRole('columnheader').map((header) => header.textContent ?? '');
  const position = headers.findIndex((text) => text.startsWith(columnName));
  const cell = getPaperRow(title).children[position];
  if (!(cell instanceof HTMLElement)) throw new Error(`No "${columnName}" cell in the row of "${title}".`);

  return cell;
}

afterEach(() => {
  cleanup();
  resetStore();
});

describe('paper table cells', () => {
  beforeEach(() => {
    loadSampleDataset();
  });

  it('should show markup title as text', () => {
    const { table } = renderPapersTable();

    expect(screen.getByRole('button', { name: XSS_TITLE })).toHaveTextContent(XSS_TITLE);
    expect(table.querySelector('img')).toBeNull();
  });

  it('should open http code link safely', () => {
    renderPapersTable();

    const link = within(getCell(SPARSE, 'Code')).getByRole('link', { name: `Code of ${SPARSE}` });

    expect(link).toHaveAttribute('href', 'https://github.com/example/sparse-routing');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('should show javascript code URL as text', () => {
    renderPapersTable();

    const codeCell = getCell('Planning Under Uncertainty', 'Code');

    expect(codeCell).toHaveTextContent(/^Yes$/);
    expect(within(codeCell).queryByRole('link')).not.toBeInTheDocument();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('should leave code cell empty without code', () => {
    renderPapersTable();

    expect(getCell('Dialogue Agents That Ask', 'Code')).toBeEmptyDOMElement();
  });

  it('should show scores with one decimal, or no score', () => {
    renderPapersTable();

    expect(getCell(SPARSE, 'Score')).toHaveTextContent('82.5');
    expect(getCell('Planning Under Uncertainty', 'Score')).toHaveTextContent('45.0');
    expect(getCell('Dialogue Agents That Ask', 'Score')).toHaveAccessibleName('no score');
    expect(getCell('Dialogue Agents That Ask', 'Score')).toHaveTextContent('—');
  });

  it('should show dates at source precision', () => {
    renderPapersTable();

    expect(getCell(SPARSE, 'Date')).toHaveTextContent('Jan 15, 2024');
    expect(getCell('Dialogue Agents That Ask', 'Date')).toHaveTextContent('Jun 2025');
    expect(getCell('Planning Under Uncertainty', 'Date')).toHaveTextContent(/^2022$/);
    expect(getCell('Notes on Evaluation', 'Date')).toHaveTextContent('Date unknown');
  });

  it('should name the category in a title', () => {
    renderPapersTable();

    const code = within(getCell(SPARSE, 'Category')).getByText('LG');

    expect(code).toHaveAttribute('title', 'Machine Learning');
  });

  it('should prefer the full author list', () => {
    renderPapersTable();

    expect(getCell(SPARSE, 'Authors')).toHaveTextContent(/^Ana Sousa, Wei Zhang, José Ortega, Priya Raman$/);
    expect(getCell('Dialogue Agents That Ask', 'Authors')).toHaveTextContent(/^Wei Zhang, Ana Sousa$/);
  });

  it('should add et al. to cut author lists', () => {
    const dataset = createSampleDataset();
    dataset.papers[0] = { ...dataset.papers[0]!, fullAuthors: undefined };
    resetStore();
    usePubscopeStore.getState().addDataset(dataset);
    renderPapersTable();

    expect(getCell(SPARSE, 'Authors')).toHaveTextContent(/^Ana Sousa, Wei Zhang, José Ortega et al\.$/);
  });

  it('should mark the owner among authors', () => {
    renderPapersTable();

    const marks = within(getCell('Dialogue Agents That Ask', 'Authors')).getAllByText('Ana Sousa');

    expect(marks).toHaveLength(1);
    expect(marks[0]?.tagName).toBe('MARK');
    expect(within(getCell('Dialogue Agents That Ask', 'Authors')).getByText(/Wei Zhang/).tagName).not.toBe('MARK');
  });
});

describe('paper table owner highlight', () => {
  function loadDatasetWithOwner(ownerName: string, dialogueAuthors: string[]): void {
    const dataset = createSampleDataset();
    dataset.profile.name = ownerName;
    dataset.papers[1] = { ...dataset.papers[1]!, authors: dialogueAuthors };
    resetStore();
    usePubscopeStore.getState().addDataset(dataset);
  }

  it('should match owner ignoring accents and case', () => {
    loadDatasetWithOwner('ANA SÓUSA', ['Wei Zhang', 'ana sousa']);
    renderPapersTable();

    const marks = getCell('Dialogue Agents That Ask', 'Authors').querySelectorAll('mark');

    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveTextContent(/^ana sousa$/);
  });

  const TEN_AUTHORS = ['Ana Lima', 'Ben Okafor', 'Cleo Varga', 'Dan Brandt', 'Eva Holm', 'Femi Ade', 'Gus Lind', 'Hana Ito', 'Ivo Maes', 'Jun Park'];

  it('should shorten long lists to six names', () => {
    loadDatasetWithOwner('Ana Sousa', TEN_AUTHORS);
    renderPapersTable();

    expect(getCell('Dialogue Agents That Ask', 'Authors')).toHaveTextContent(
      /^Ana Lima, Ben Okafor, Cleo Varga, Dan Brandt, Eva Holm, Femi Ade, \+4 more$/,
    );
  });

  it('should show a late owner after a gap', () => {
    loadDatasetWithOwner('Hana Ito', TEN_AUTHORS);
    renderPapersTable();
    const cell = getCell('Dialogue Agents That Ask', 'Authors');

    expect(cell).toHaveTextContent(/^Ana Lima, Ben Okafor, Cleo Varga, Dan Brandt, Eva Holm, Femi Ade, …, Hana Ito, \+3 more$/);
    expect(cell.querySelector('mark')).toHaveTextContent(/^Hana Ito$/);
  });

  it('should show the seventh name as owner without gap', () => {
    loadDatasetWithOwner('Gus Lind', TEN_AUTHORS);
    renderPapersTable();

    expect(getCell('Dialogue Agents That Ask', 'Authors')).toHaveTextContent(
      /^Ana Lima, Ben Okafor, Cleo Varga, Dan Brandt, Eva Holm, Femi Ade, Gus Lind, \+3 more$/,
    );
  });

  it('should mark an owner among the first six', () => {
    loadDatasetWithOwner('Cleo Varga', TEN_AUTHORS);
    renderPapersTable();
    const cell = getCell('Dialogue Agents That Ask', 'Authors');

    expect(cell).toHaveTextContent(/^Ana Lima, Ben Okafor, Cleo Varga, Dan Brandt, Eva Holm, Femi Ade, \+4 more$/);
    expect(cell.querySelector('mark')).toHaveTextContent(/^Cleo Varga$/);
  });

  it('should not mark a longer name', () => {
    loadDatasetWithOwner('Ana Sousa', ['Ana Sousa Lima', 'Wei Zhang']);
    renderPapersTable();

    const marks = getCell('Dialogue Agents That Ask', 'Authors').querySelectorAll('mark');

    expect(marks).toHaveLength(0);
  });
});
