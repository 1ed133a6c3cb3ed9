import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../shared/workshop/types';
import type { ActivityResult } from '../../../shared/workshop/views/results';
import { clientKind } from '../kinds';

interface Props {
  result: ActivityResult;
  number: number;
  groups: readonly Group[];
  votes: ReadonlyMap<string, number>;
  authors: ReadonlyMap<string, string> | null;
}

/** One agenda item's results, as its kind shows them (themes and notes, a ranking, answers). */
export function ActivityResultSection({ result, number, groups, votes, authors }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const { activity } = result;
  const { Result } = clientKind(activity.kind);
  return (
    <section aria-labelledby={headingId} className="mb-10" data-testid={`result-${result.kind}`}>
      <h2 id={headingId} className="ds-heading mb-3 break-words" data-size="sm">
        {t('workshopResults.activityHeading', {
          number,
          kind: t(`workshopResults.kinds.${activity.kind}`),
          prompt: activity.prompt,
        })}
      </h2>
      {Result && <Result result={result} groups={groups} votes={votes} authors={authors} />}
    </section>
  );
}
