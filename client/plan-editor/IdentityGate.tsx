import { useTranslation } from 'react-i18next';
import { IdentityForm } from '../identity/IdentityForm';
import { useIdentity } from '../identity/identityContext';
import { usePageTitle } from '../ui/usePageTitle';

/** Asked once, before the editor: others will see this name and colour. */
export function IdentityGate() {
  const { t } = useTranslation();
  const { setIdentity } = useIdentity();
  usePageTitle(t('identity.heading'));
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="ds-heading mb-3" data-size="lg">
        {t('identity.heading')}
      </h1>
      <p className="ds-paragraph mb-8">{t('identity.intro')}</p>
      <IdentityForm
        initial={null}
        submitLabel={t('identity.continue')}
        onSubmit={setIdentity}
        focusOnMount
      />
    </div>
  );
}
