import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { purposeFragment } from '../../shared/plan/planDoc';
import { RichTextEditor } from './rich-text/RichTextEditor';
import { usePlanEditor } from './planEditorContext';
import { SectionDiscussionBadge } from './discussion/SectionDiscussionBadge';

const PURPOSE_SECTION = { kind: 'purpose' } as const;

/** Formål: why the plan exists, as rich text. */
export function PurposeSection() {
  const { t } = useTranslation();
  const { doc, awareness, user, editable } = usePlanEditor();
  const headingId = useId();
  const fragment = useMemo(() => purposeFragment(doc), [doc]);
  return (
    <section aria-labelledby={headingId} className="mb-12" data-section-key="purpose">
      <div className="mb-2 flex flex-wrap items-center gap-x-3">
        <h2 id={headingId} className="ds-heading" data-size="md">
          {t('editor.purposeHeading')}
        </h2>
        <SectionDiscussionBadge section={PURPOSE_SECTION} />
      </div>
      <RichTextEditor
        fragment={fragment}
        awareness={awareness}
        user={user}
        label={t('editor.purposeLabel')}
        editable={editable}
        section={PURPOSE_SECTION}
      />
    </section>
  );
}
