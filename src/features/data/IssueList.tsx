import { useTranslation } from 'react-i18next';
import type { DataIssue, IssueSeverity } from '../../core/dataset/types';
import { useLocale } from '../../i18n/format';
import { issueText } from './issue-text';

const REGION = {
  alert: { role: 'alert', title: 'issues.alertTitle' },
  status: { role: 'status', title: 'issues.statusTitle' },
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
  const { t } = useTranslation('data');
  const locale = useLocale();
  const shown = issues.filter((issue) => issue.severity === severity);
  if (shown.length === 0) return null;
  const region = REGION[severity];
  return (
    <div role={region.role} className={`issues issues--${severity}`}>
      <h3 className="issues__title">{t(region.title)}</h3>
      <ul className="issues__list">
        {shown.map((issue, index) => (
          // One issue per code, except unreadable columns (one per column): code and position are unique.
          <li key={`${issue.code}-${index}`} className="issues__item" data-code={issue.code}>
            {issueText(t, locale, issue)}
          </li>
        ))}
      </ul>
    </div>
  );
}
