import type { TFunction } from 'i18next';
import type { InputItem } from '../../shared/api/inputs';
import type { SectionOption } from './sections';

/** How a section is named in a picker: «Hele planen», «Innsatsområde 1: …», «Strategi 1.2: …». */
export function sectionOptionLabel(t: TFunction, option: SectionOption): string {
  switch (option.kind) {
    case 'plan':
      return t('inbox.section.plan');
    case 'focusArea':
      return t('inbox.section.focusArea', { number: option.number, text: option.text });
    case 'strategy':
      return option.text
        ? t('inbox.section.strategy', { number: option.number, text: option.text })
        : t('inbox.section.strategyNumber', { number: option.number });
    default: {
      const never: never = option;
      return never;
    }
  }
}

/**
 * Who gave the input, in one line: the kind, then the organisation and the person's name where
 * known («Forening eller lag: Asker idrettsråd (Kari Nordmann)»).
 */
export function whoText(
  t: TFunction,
  input: Pick<InputItem, 'submitterKind' | 'organisation' | 'name'>,
): string {
  const kind = t(`inbox.kind.${input.submitterKind}`);
  const organisation = input.organisation.trim();
  const name = input.name.trim();
  if (organisation && name) return t('inbox.who.organisationAndName', { kind, organisation, name });
  if (organisation || name) return t('inbox.who.one', { kind, who: organisation || name });
  return kind;
}
