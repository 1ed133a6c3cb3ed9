import type { SdgLanguage } from '../../shared/public/sdgs';

/** The SDG names' language for the interface language (bokmål when unknown). */
export function sdgLanguage(language: string | undefined): SdgLanguage {
  return language === 'nn' || language === 'en' ? language : 'nb';
}
