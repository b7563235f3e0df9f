import type { DataIssue, IssueSeverity } from '../../core/dataset/types';

/** Example places, unless the sentence already names its lines. */
function wherePart(issue: DataIssue): string | null {
  if (!issue.where || issue.where.length === 0 || /\blines?\b/.test(issue.message)) return null;
  const places = issue.where.map((place) =>
    place.column ? `line ${place.line}, ${place.column}` : `line ${place.line}`,
  );
  return `e.g. ${places.join('; ')}`;
}

const REGION = {
  alert: { role: 'alert', title: 'Needs your attention' },
  status: { role: 'status', title: 'Cleaning applied' },
} as const;

interface Props {
  issues: DataIssue[];
  severity: IssueSeverity;
}

/**
 * The dataset's own findings of one severity: problems that need attention as one alert region,
 * or the routine cleaning actions (gaps filled, duplicates summed…) as one status region.
 */
export function IssueList({ issues, severity }: Props) {
  const shown = issues.filter((issue) => issue.severity === severity);
  if (shown.length === 0) return null;
  const region = REGION[severity];
  return (
    <div role={region.role} className={`issues issues--${severity}`}>
      <h3 className="issues__title">{region.title}</h3>
      <ul className="issues__list">
        {shown.map((issue) => {
          const where = wherePart(issue);
          return (
            <li key={issue.code + issue.message} className="issues__item" data-code={issue.code}>
              <span>{issue.message}</span>
              {where && <span className="issues__where"> ({where})</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
