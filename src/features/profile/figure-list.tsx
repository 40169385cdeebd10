import { FigureSourceTooltip } from './figure-source-tooltip';
import type { Figure } from './profile-figures';

interface FigureListProps {
  title: string;
  /** Tells the reported and the computed figure of the same name apart in the source buttons' names. */
  origin: 'reported' | 'computed';
  figures: Figure[];
}

export function FigureList({ title, origin, figures }: FigureListProps) {
  return (
    <div className="figure-group">
      <h2 className="figure-group-title">{title}</h2>
      <dl className="figures" aria-label={title}>
        {figures.map((figure) => (
          <div key={figure.label} className="figure">
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
            <dd className="figure-source-cell">
              <FigureSourceTooltip buttonName={`Source of ${figure.label} (${origin})`} explanation={figure.explanation} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
