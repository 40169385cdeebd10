import { formatCount } from '../../domain/format';
import type { ReportedFigures } from '../../domain/model';
import { useActiveDataset } from '../../store/selectors';

interface Figure {
  label: string;
  value: string;
}

function listReportedFigures(reported: ReportedFigures): Figure[] {
  const figures: Figure[] = [];
  if (reported.hIndex !== undefined) figures.push({ label: 'h-index', value: formatCount(reported.hIndex) });
  if (reported.paperCount !== undefined) figures.push({ label: 'Papers', value: formatCount(reported.paperCount) });
  if (reported.citations !== undefined) figures.push({ label: 'Citations', value: formatCount(reported.citations) });
  if (reported.noveltyPercent !== undefined) figures.push({ label: 'Novelty', value: `${reported.noveltyPercent} %` });
  if (reported.aiScore !== undefined) figures.push({ label: 'AI Score', value: String(reported.aiScore) });
  return figures;
}

export function ProfileHeader() {
  const dataset = useActiveDataset();

  if (!dataset) return null;
  const { profile } = dataset;
  const figures = listReportedFigures(profile.reported);

  return (
    <section className="profile-header" aria-labelledby="profile-name">
      <h1 id="profile-name">{profile.name}</h1>
      {profile.primaryCategory && <p className="profile-category">Primary category: {profile.primaryCategory}</p>}
      {figures.length > 0 && (
        <dl className="figures" aria-label="Figures reported by the source">
          {figures.map((figure) => (
            <div key={figure.label} className="figure">
              <dt>{figure.label}</dt>
              <dd>{figure.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
