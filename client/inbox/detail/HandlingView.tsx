import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InputItem } from '../../../shared/api/inputs';
import { comparePath } from '../../app/paths';
import { sectionOptionLabel } from '../labels';
import type { SectionOption } from '../sections';
import { StatusBadge } from '../StatusBadge';

interface Props {
  planId: string;
  input: InputItem;
  duplicateOf: string | null;
  sections: readonly SectionOption[];
  consultedVersionId: string | null;
}

/** The handling of one input for those who read the inbox without handling it. */
export function HandlingView({ planId, input, duplicateOf, sections, consultedVersionId }: Props) {
  const { t } = useTranslation();
  const change = input.changeSection
    ? sections.find((option) => option.key === input.changeSection)
    : undefined;
  const none = <span className="text-neutral-text-subtle">{t('inbox.handling.empty')}</span>;
  return (
    <section aria-labelledby="handling-heading" className="mb-8">
      <h2 id="handling-heading" className="ds-heading mb-4" data-size="sm">
        {t('inbox.handling.heading')}
      </h2>
      <dl className="flex flex-col gap-3">
        <div>
          <dt className="font-semibold">{t('inbox.handling.status')}</dt>
          <dd>
            <StatusBadge status={input.status} />
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t('inbox.tags.legend')}</dt>
          <dd className="break-words">{input.tags.length > 0 ? input.tags.join(', ') : none}</dd>
        </div>
        {input.duplicateOf && (
          <div>
            <dt className="font-semibold">{t('inbox.handling.duplicateOf')}</dt>
            <dd>{duplicateOf ?? t('inbox.list.unknownInput')}</dd>
          </div>
        )}
        <div>
          <dt className="font-semibold">{t('inbox.handling.summary')}</dt>
          <dd className="whitespace-pre-wrap break-words">{input.summary || none}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t('inbox.handling.assessment')}</dt>
          <dd className="whitespace-pre-wrap break-words">{input.assessment || none}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t('inbox.handling.changeSection')}</dt>
          <dd>
            {input.changeSection ? (
              <>
                {change ? sectionOptionLabel(t, change) : t('inbox.section.removed')}
                {consultedVersionId && (
                  <>
                    {' – '}
                    <Link to={comparePath(planId, consultedVersionId, 'live')} className="ds-link">
                      {t('inbox.handling.compare')}
                    </Link>
                  </>
                )}
              </>
            ) : (
              t('inbox.handling.noChange')
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
