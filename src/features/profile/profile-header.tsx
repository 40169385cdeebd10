import { useMemo } from 'react';

import { describeCategory } from '../../domain/categories';
import { computeCitationFigures } from '../../domain/citation-metrics';
import { computeRecordFigures, explainFigureMismatch } from '../../domain/metrics';
import { useActiveDataset } from '../../store/selectors';
import { FigureList } from './figure-list';
import { listComputedFigures, listReportedFigures } from './profile-figures';
import './profile-header.css';

export function ProfileHeader() {
  const dataset = useActiveDataset();
  const papers = dataset?.papers;
  const record = useMemo(() => computeRecordFigures(papers ?? []), [papers]);
  const citations = useMemo(() => computeCitationFigures(papers ?? []), [papers]);

  if (!dataset) return null;

  const { profile } = dataset;
  const reportedFigures = listReportedFigures(profile.reported);
  const mismatch = explainFigureMismatch(profile.reported, record.paperCount);

  return (
    <section className="profile-header" aria-labelledby="profile-name">
      <div className="profile-identity">
        <h1 id="profile-name">{profile.name}</h1>
        {profile.primaryCategory && (
          <p className="profile-category">
            Primary category: {profile.primaryCategory} ({describeCategory(profile.primaryCategory)})
          </p>
        )}
      </div>
      <div className="profile-figures">
        {reportedFigures.length > 0 && (
          <FigureList
            title={profile.capturedOn ? `Reported by the source on ${profile.capturedOn}` : 'Reported by the source'}
            figures={reportedFigures}
          />
        )}
        <FigureList title="Computed by Pubscope from the loaded papers" figures={listComputedFigures(record, citations)} />
      </div>
      {mismatch && <p className="figure-mismatch">{mismatch}</p>}
    </section>
  );
}
