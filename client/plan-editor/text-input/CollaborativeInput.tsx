import type { InputHTMLAttributes } from 'react';
import type * as Y from 'yjs';
import { useYTextInput } from './useYTextInput';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange'> & {
  text: Y.Text | null;
};

/** A single-line field whose value is a shared Y.Text (plan and focus-area titles). */
export function CollaborativeInput({ text, disabled, ...rest }: Props) {
  const { ref, onChange } = useYTextInput(text);
  return <input {...rest} ref={ref} type="text" onChange={onChange} disabled={disabled || !text} />;
}
