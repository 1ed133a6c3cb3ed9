import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssociationSummary } from '../../shared/api/associations';
import { InputLimits } from '../../shared/api/limits';
import { associationKeyOf } from './associationKeyOf';

/**
 * The association name that the add and rename forms both ask for: the field's state (typing
 * clears the last error) and the check before sending, so the two forms judge a name alike.
 */
export function useAssociationName(initial: string, others: readonly AssociationSummary[]) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  /** Shows why the name cannot be used and puts the person back in the field. */
  const refuse = (message: string) => {
    setError(message);
    inputRef.current?.focus();
  };

  /**
   * The tidied name, or null once told why it cannot be used. `unchanged` is the name as saved,
   * which is returned as it is rather than refused as a duplicate.
   */
  const check = (unchanged?: string): string | null => {
    const trimmed = name.replace(/\s+/g, ' ').trim();
    if (!trimmed) {
      refuse(t('associations.nameRequired'));
      return null;
    }
    if (trimmed === unchanged) return trimmed;
    if (others.some((a) => associationKeyOf(a.name) === associationKeyOf(trimmed))) {
      refuse(t('associations.duplicate', { name: trimmed }));
      return null;
    }
    return trimmed;
  };

  /** Spread onto the TextField. */
  const field = {
    ref: inputRef,
    maxLength: InputLimits.associationMax,
    value: name,
    error,
    onChange: (event: { target: { value: string } }) => {
      setName(event.target.value);
      if (error) setError(null);
    },
  };

  return { field, inputRef, setName, setError, check };
}
