import { useCallback, useLayoutEffect, useRef, type ChangeEvent } from 'react';
import type * as Y from 'yjs';
import { applyTextChange } from '../../../shared/text/textDiff';
import { transformIndex } from './transformIndex';

/**
 * Binds a plain `<input>` or `<textarea>` to a Y.Text. Typing sends only the changed span (so two people typing
 * in one title both keep their words); changes from others update the field in place and move
 * our caret and selection with the text around them instead of throwing them to the end.
 * The input is uncontrolled: React never rewrites its value behind the caret.
 */
export function useYTextInput(
  ytext: Y.Text | null,
  options: { singleLine?: boolean } = {},
) {
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const singleLine = options.singleLine ?? false;

  useLayoutEffect(() => {
    const input = ref.current;
    if (!input || !ytext) return;
    const initial = ytext.toJSON();
    if (input.value !== initial) input.value = initial;

    const observer = (event: Y.YTextEvent) => {
      const next = ytext.toJSON();
      // Our own typing: the field already shows it.
      if (input.value === next) return;
      const { selectionStart, selectionEnd, selectionDirection } = input;
      const focused = input.ownerDocument.activeElement === input;
      input.value = next;
      if (focused && selectionStart !== null && selectionEnd !== null) {
        input.setSelectionRange(
          transformIndex(selectionStart, event.delta),
          transformIndex(selectionEnd, event.delta),
          selectionDirection ?? undefined,
        );
      }
    };
    ytext.observe(observer);
    return () => ytext.unobserve(observer);
  }, [ytext]);

  const onChange = useCallback(
    (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const field = event.currentTarget;
      // A pasted line break in a one-line field becomes a space, in the field as in the text.
      if (singleLine && /[\r\n]/.test(field.value)) {
        const caret = field.selectionStart;
        field.value = field.value.replace(/\r\n|[\r\n]/g, ' ');
        if (caret !== null) field.setSelectionRange(caret, caret);
      }
      if (ytext) applyTextChange(ytext, field.value);
    },
    [ytext, singleLine],
  );

  return { ref, onChange };
}
