import type { Figure } from './profile-figures';

interface FigureListProps {
  title: string;
  figures: Figure[];
}

export function FigureList({ title, figures }: FigureListProps) {
  return (
    <div className="figure-group">
      <h2 className="figure-group-title">{title}</h2>
      <dl className="figures" aria-label={title}>
        {figures.map((figure) => (
          <div key={figure.label} className="figure">
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
