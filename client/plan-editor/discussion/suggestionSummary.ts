import type { TFunction } from 'i18next';
import type { SuggestionRecord } from '../../../shared/discussion/types';
import { shortQuote } from './quote';

/** "Sett inn «…»" or "Slett «…»": what the suggestion does, in a line. */
export function suggestionSummary(suggestion: SuggestionRecord, t: TFunction): string {
  const { change } = suggestion;
  return change.kind === 'insert'
    ? t('discussion.suggestion.insert', { text: shortQuote(change.text) })
    : t('discussion.suggestion.delete', { text: shortQuote(change.quote) });
}
