import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InputItem } from '../../../shared/api/inputs';
import { inputPath } from '../../app/paths';
import { formatDateTime } from '../../i18n/formatDate';
import { excerpt } from '../sections';
import { whoText } from '../labels';
import { StatusBadge } from '../StatusBadge';

/** How much of the text the list shows; the whole text is one click away. */
const EXCERPT = 220;

interface Props {
  planId: string;
  input: InputItem;
  /** The reference of the input this one repeats, when it does. */
  duplicateOf: string | null;
  /** Null for read-only access: no selection. */
  selection: { selected: boolean; onToggle: (selected: boolean) => void } | null;
}

/** One input in the list: a heading that opens it, then what, who, when and how far it is. */
export function InputRow({ planId, input, duplicateOf, selection }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = i18n.resolvedLanguage ?? 'nb';
  return (
    <li
      className="flex gap-3 rounded-lg border border-neutral-border-subtle p-4"
      data-testid="input-row"
      data-reference={input.reference}
    >
      {selection && (
        <div className="pt-1">
          <input
            id={`${id}-select`}
            type="checkbox"
            className="ds-input"
            checked={selection.selected}
            aria-label={t('inbox.list.select', { reference: input.reference })}
            onChange={(event) => selection.onToggle(event.target.checked)}
          />
        </div>
      )}
      <article className="min-w-0 flex-1" aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`} className="ds-heading mb-1 break-words" data-size="2xs">
          <Link to={inputPath(planId, input.id)} className="ds-link" data-input-link={input.id}>
            {input.reference}
          </Link>{' '}
          <span className="font-normal">– {input.sectionLabel}</span>
        </h3>
        <dl className="mb-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
          <div className="flex gap-1">
            <dt className="text-neutral-text-subtle">{t('inbox.list.received')}:</dt>
            <dd>{formatDateTime(input.receivedAt, language)}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="text-neutral-text-subtle">{t('inbox.list.channel')}:</dt>
            <dd>{t(`inbox.channel.${input.channel}`)}</dd>
          </div>
          <div className="flex min-w-0 gap-1">
            <dt className="text-neutral-text-subtle">{t('inbox.list.from')}:</dt>
            <dd className="min-w-0 break-words">{whoText(t, input)}</dd>
          </div>
          <div className="flex items-center gap-1">
            <dt className="text-neutral-text-subtle">{t('inbox.list.status')}:</dt>
            <dd>
              <StatusBadge status={input.status} />
            </dd>
          </div>
          {input.tags.length > 0 && (
            <div className="flex min-w-0 gap-1">
              <dt className="text-neutral-text-subtle">{t('inbox.list.tags')}:</dt>
              <dd className="min-w-0 break-words">{input.tags.join(', ')}</dd>
            </div>
          )}
          {input.attachments.length > 0 && (
            <div className="flex gap-1">
              <dt className="text-neutral-text-subtle">{t('inbox.list.attachments')}:</dt>
              <dd>{input.attachments.length}</dd>
            </div>
          )}
          {input.duplicateOf && (
            <div className="flex gap-1">
              <dt className="text-neutral-text-subtle">{t('inbox.list.duplicateOf')}:</dt>
              <dd>{duplicateOf ?? t('inbox.list.unknownInput')}</dd>
            </div>
          )}
        </dl>
        {/* The resident's words, as text: React escapes them, nothing runs as markup. */}
        <p className="ds-paragraph break-words text-neutral-text-subtle" data-size="sm">
          {excerpt(input.text, EXCERPT)}
        </p>
      </article>
    </li>
  );
}
