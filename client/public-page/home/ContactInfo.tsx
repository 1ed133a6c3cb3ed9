import type { PublicContact } from '../../../shared/api/publicPage';
import { usePage } from '../context';
import { HomeSection } from './HomeSection';

/** The case officer residents can ask: only what the owner filled in. */
export function ContactInfo({ contact }: { contact: PublicContact }) {
  const { t } = usePage();
  if (!contact.name && !contact.email && !contact.phone) return null;
  return (
    <HomeSection id="contact" title={t('contactHeading')}>
      <address className="break-words not-italic">
        {contact.name && <p className="font-semibold">{contact.name}</p>}
        {contact.title && <p>{contact.title}</p>}
        {contact.email && (
          <p>
            {t('contactEmail')}:{' '}
            <a className="ds-link" href={`mailto:${contact.email}`}>
              {contact.email}
            </a>
          </p>
        )}
        {contact.phone && (
          <p>
            {t('contactPhone')}:{' '}
            <a className="ds-link" href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>
              {contact.phone}
            </a>
          </p>
        )}
      </address>
    </HomeSection>
  );
}
