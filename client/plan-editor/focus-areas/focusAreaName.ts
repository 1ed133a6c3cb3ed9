import type { TFunction } from 'i18next';

/** How a focus area is named in buttons and messages: its title, or its number if untitled. */
export function focusAreaName(title: string, number: number, t: TFunction): string {
  const trimmed = title.trim();
  return trimmed || t('editor.untitledFocusArea', { number });
}
