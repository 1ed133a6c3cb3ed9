import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { purposeFragment } from '../../shared/plan/planDoc';
import { RichTextEditor } from './rich-text/RichTextEditor';
import { usePlanEditor } from './planEditorContext';

/** Formål: why the plan exists, as rich text. */
export function PurposeSection() {
  const { t } = useTranslation();
  const { doc, awareness, user, editable } = usePlanEditor();
  const headingId = useId();
  const fragment = useMemo(() => purposeFragment(doc), [doc]);
  return (
    <section aria-labelledby={headingId} className="mb-12">
      <h2 id={headingId} className="ds-heading mb-2" data-size="md">
        {t('editor.purposeHeading')}
      </h2>
      <RichTextEditor
        fragment={fragment}
        awareness={awareness}
        user={user}
        label={t('editor.purposeLabel')}
        editable={editable}
      />
    </section>
  );
}
