// The interactions both pages go through, in this order. Each toggling interaction alternates between its two
// states, so that every sample is a real change and no untimed reset is needed between samples.
import { CHART_YEAR, RANGE_START_YEAR, TOGGLED_CATEGORY, TYPED_QUERY } from './page-profiles.mjs';

function click(targets) {
  return { type: 'click', targets };
}

function typeInto(targets, value) {
  return { type: 'type', targets, value };
}

/** Undoes a toggle that ran an odd number of times. */
function untoggle(action) {
  return (sampleCount) => (sampleCount % 2 === 1 ? [action] : []);
}

/**
 * Builds the interaction list for a page profile. `sample(index)` returns the timed action of the index-th sample.
 * `setup(index)` returns untimed actions run before that sample, `cleanup(sampleCount)` those run after the series,
 * so that the next interaction starts from the unfiltered view.
 */
export function listInteractions(profile) {
  const { targets } = profile;
  const emptySearch = typeInto(targets.search, '');

  return [
    {
      id: 'frame-floor',
      label: 'Frame floor: an attribute change with no app work',
      isCalibration: true,
      sample: () => ({ type: 'mark', targets: [{ css: profile.tableSelector }] }),
    },
    {
      id: 'search-keystroke',
      label: 'One search keystroke',
      isTyping: true,
      // A first letter typed into the empty box, then deleted again: both are single keystrokes.
      sample: (index) => typeInto(targets.search, index % 2 === 0 ? 'g' : ''),
      cleanup: untoggle(emptySearch),
    },
    {
      id: 'typed-query',
      label: `Typing "${TYPED_QUERY}", per keystroke`,
      isTyping: true,
      sample: (index) => typeInto(targets.search, TYPED_QUERY.slice(0, (index % TYPED_QUERY.length) + 1)),
      setup: (index) => (index > 0 && index % TYPED_QUERY.length === 0 ? [emptySearch] : []),
      cleanup: () => [emptySearch],
    },
    {
      id: 'toggle-category',
      label: `Toggle category ${TOGGLED_CATEGORY}`,
      sample: () => click(targets.category(TOGGLED_CATEGORY)),
      cleanup: untoggle(click(targets.category(TOGGLED_CATEGORY))),
    },
    {
      id: 'year-range',
      label: `Set year range (from ${RANGE_START_YEAR}, then any)`,
      sample: (index) => ({ type: 'select', targets: targets.yearFrom, value: index % 2 === 0 ? String(RANGE_START_YEAR) : '' }),
      cleanup: untoggle({ type: 'select', targets: targets.yearFrom, value: '' }),
    },
    {
      id: 'year-bar',
      label: `Click year bar ${CHART_YEAR}`,
      sample: () => click(targets.yearBar(CHART_YEAR)),
      cleanup: untoggle(click(targets.yearBar(CHART_YEAR))),
    },
    {
      id: 'clear-filters',
      label: 'Clear filters',
      setup: () => [typeInto(targets.search, 'graph'), click(targets.category(TOGGLED_CATEGORY))],
      sample: () => click(targets.clearFilters),
    },
    { id: 'sort-date', label: 'Sort by date', sample: () => click(targets.sortHeader('Date')) },
    { id: 'sort-score', label: 'Sort by score', sample: () => click(targets.sortHeader('Score')) },
    { id: 'sort-title', label: 'Sort by title', sample: () => click(targets.sortHeader('Title')) },
    { id: 'sort-citations', label: 'Sort by citations', sample: () => click(targets.sortHeader('Citations')) },
  ];
}

/** Returns how many samples make one repetition: one per keystroke for the typed query, else one. */
export function samplesPerRepetition(interaction) {
  return interaction.id === 'typed-query' ? TYPED_QUERY.length : 1;
}
