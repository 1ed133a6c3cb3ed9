import { useLayoutEffect, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';
import type * as Y from 'yjs';
import { useYTextInput } from './useYTextInput';
import { useContentLanguage } from '../contentLanguage';

type Props = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'defaultValue' | 'onChange' | 'rows'
> & {
  text: Y.Text | null;
};

/** Titles are one line of text: Enter does not add a line break (a pasted one becomes a space). */
function keepOneLine(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key === 'Enter') event.preventDefault();
}

/**
 * A one-line title whose value is a shared Y.Text (plan and focus-area titles). A textarea that
 * grows with its text rather than an `<input>`: a long title wraps on a phone or at 200 % text
 * instead of being cut off ("Temaplan fo…"), which WCAG 1.4.10 (reflow) asks for.
 */
export function CollaborativeInput({ text, disabled, onKeyDown, ...rest }: Props) {
  const { ref, onChange } = useYTextInput(text, { singleLine: true });
  const lang = useContentLanguage();
  useLayoutEffect(() => {
    const field = ref.current;
    // Where CSS can size the field to its content (styles.css), it also follows text zoom.
    if (!field || CSS.supports('field-sizing', 'content')) return;
    const fit = () => {
      field.style.height = 'auto';
      // scrollHeight leaves out the border, which a border-box height includes.
      field.style.height = `${field.scrollHeight + field.offsetHeight - field.clientHeight}px`;
    };
    fit();
    // Others' typing changes the value without an input event; a narrower window wraps it anew.
    const observer = new ResizeObserver(fit);
    observer.observe(field);
    field.addEventListener('input', fit);
    text?.observe(fit);
    return () => {
      observer.disconnect();
      field.removeEventListener('input', fit);
      text?.unobserve(fit);
    };
  }, [ref, text]);
  return (
    <textarea
      lang={lang}
      {...rest}
      ref={ref}
      rows={1}
      onChange={onChange}
      onKeyDown={(event) => {
        keepOneLine(event);
        onKeyDown?.(event);
      }}
      disabled={disabled || !text}
    />
  );
}
