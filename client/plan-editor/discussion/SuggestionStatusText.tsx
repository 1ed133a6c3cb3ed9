import { useTranslation } from 'react-i18next';
import type { SuggestionRecord } from '../../../shared/discussion/types';
import type { SuggestionState } from './anchorStatus';
import { TimeStamp } from './TimeStamp';

const COLOR: Record<SuggestionState, string> = {
  applicable: 'info',
  outdated: 'warning',
  lost: 'warning',
  accepted: 'success',
  rejected: 'neutral',
};

/** The suggestion's state in words (a tag), and for outdated or lost ones what that means. */
export function SuggestionStatusText({ suggestion, state }: { suggestion: SuggestionRecord; state: SuggestionState }) {
  const { t } = useTranslation();
  const withdrawn = suggestion.status === 'rejected' && suggestion.decided?.by.id === suggestion.author.id;
  const decided = suggestion.decided;
  const label = withdrawn
    ? t('discussion.suggestion.state.withdrawn')
    : decided && (state === 'accepted' || state === 'rejected')
      ? t(`discussion.suggestion.state.${state}`, { name: decided.by.name })
      : t(`discussion.suggestion.state.${state}`, { name: '' });
  return (
    <div className="mt-1 text-sm">
      <span className="ds-tag" data-color={COLOR[state]} data-size="sm">
        {label}
      </span>
      {decided && (
        <span className="ml-2 text-neutral-text-subtle">
          <TimeStamp time={decided.at} />
        </span>
      )}
      {state === 'outdated' && <p className="mt-1">{t('discussion.suggestion.outdatedHelp')}</p>}
      {state === 'lost' && <p className="mt-1">{t('discussion.suggestion.lostHelp')}</p>}
    </div>
  );
}
