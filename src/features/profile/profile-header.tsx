import { useMemo } from 'react';

import { describeCategory } from '../../domain/categories';
import { computeCitationFigures } from '../../domain/citation-metrics';
import { computeRecordFigures, explainFigureMismatch } from '../../domain/metrics';
import { useActiveDataset, useRecordPapers } from '../../store/selectors';
import { FigureList } from './figure-list';
import { listComputedFigures, listReportedFigures } from './profile-figures';
import './profile-header.css';

export function ProfileHeader() {
  const dataset = useActiveDataset();
  // The record: the dataset's papers without the set-aside ones, so every computed figure follows a set-aside paper.
  const papers = useRecordPapers();
  const computedFigures = useMemo(
    () => listComputedFigures(computeRecordFigures(papers), computeCitationFigures(papers)),
    [papers],
  );

  if (!dataset) return null;

  const { profile } = dataset;
  const reportedFigures = listReportedFigures(profile.reported, { format: dataset.source.format, capturedOn: profile.capturedOn });
  // The source's figures are checked against every paper it lists, whichever papers the figures are computed from.
  const mismatch = explainFigureMismatch(profile.reported, dataset.papers.length);

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
            origin="reported"
            figures={reportedFigures}
          />
        )}
        <FigureList title="Computed by Pubscope from the loaded papers" origin="computed" figures={computedFigures} />
      </div>
      {mismatch && <p className="figure-mismatch">{mismatch}</p>}
    </section>
  );
}
