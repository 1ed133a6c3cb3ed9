import { useTranslation } from 'react-i18next';

/** Section key → who edited it between the two sides of a comparison. */
export type Editors = Readonly<Record<string, readonly string[]>>;

/** "Endret av: Kari, Ola" under a changed section; nothing when nobody is known to have edited it. */
export function EditedBy({ editors, section }: { editors: Editors; section: string }) {
  const { t } = useTranslation();
  const names = editors[section];
  if (!names || names.length === 0) return null;
  return (
    <p className="ds-paragraph mt-1 text-neutral-text-subtle" data-size="sm" data-testid="edited-by">
      {t('compare.changedBy', { names: names.join(', ') })}
    </p>
  );
}
