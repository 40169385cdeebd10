import { useId, useMemo, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import type { Paper } from '../../domain/model';
import { countJointPapersPerYear, type Coauthor } from '../../domain/people/coauthors';
import type { PersonDirectory } from '../../domain/people/person-names';

/** Line colors with a contrast of at least 3:1 against the light and the dark surface, as the other charts use. */
const LINE_COLORS = ['#2f7fd1', '#d9480f', '#12965f', '#9c6ade', '#d6336c'] as const;
const CHART_HEIGHT = 220;
const CHART_MARGIN = { top: 8, right: 20, bottom: 0, left: 0 };

interface CollaborationChartProps {
  papers: readonly Paper[];
  /** The co-authors to draw, most joint papers first. */
  coauthors: readonly Coauthor[];
  directory: PersonDirectory;
  /** A fixed width in pixels in place of the container's; jsdom has no layout, so component tests set it. */
  width?: number;
}

/** Draws the joint papers per year of a few co-authors, one line each, with the numbers as a table on demand. */
export function CollaborationChart({ papers, coauthors, directory, width }: CollaborationChartProps) {
  const titleId = useId();
  const [showsData, setShowsData] = useState(false);
  const persons = useMemo(() => coauthors.map((coauthor) => coauthor.person), [coauthors]);
  const years = useMemo(() => countJointPapersPerYear(papers, persons, directory), [papers, persons, directory]);
  const rows = useMemo(() => years.map(({ year, counts }) => ({ year, ...counts })), [years]);

  if (years.length === 0) return null;

  const chart = (
    <LineChart data={rows} margin={CHART_MARGIN} width={width} height={width === undefined ? undefined : CHART_HEIGHT}>
      <CartesianGrid vertical={false} />
      <XAxis dataKey="year" tickLine={false} padding={{ left: 8, right: 8 }} />
      <YAxis allowDecimals={false} tickLine={false} width={32} />
      <Tooltip />
      <Legend />
      {coauthors.map((coauthor, rank) => (
        <Line
          key={coauthor.person}
          type="linear"
          dataKey={coauthor.person}
          name={coauthor.name}
          stroke={LINE_COLORS[rank % LINE_COLORS.length]}
          strokeWidth={2}
          dot={{ r: 3 }}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );

  return (
    <figure className="collaboration-chart" aria-labelledby={titleId}>
      <figcaption>
        <h3 id={titleId} className="collaboration-title">
          Joint papers per year with the {coauthors.length === 1 ? 'top co-author' : `top ${coauthors.length} co-authors`}
        </h3>
      </figcaption>
      <div className="chart-canvas collaboration-canvas" role="img" aria-label="Line chart; Show data lists the same numbers">
        {width === undefined ? (
          <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
            {chart}
          </ResponsiveContainer>
        ) : (
          chart
        )}
      </div>
      <button
        type="button"
        className="coauthors-data-toggle"
        aria-expanded={showsData}
        onClick={() => setShowsData((shown) => !shown)}
      >
        {showsData ? 'Hide data' : 'Show data'}
        <span className="visually-hidden">: joint papers per year</span>
      </button>
      {showsData && (
        <table className="coauthors-table">
          <caption className="visually-hidden">Joint publications per year</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              {coauthors.map((coauthor) => (
                <th key={coauthor.person} scope="col">
                  {coauthor.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map(({ year, counts }) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {persons.map((person) => (
                  <td key={person}>{counts[person] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
