import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/react';
import { MAX_LINK_LENGTH, safeHref } from '../../../shared/text/safeLink';
import { useAnnounce } from '../../ui/announcerContext';
import { ModalDialog } from '../../ui/ModalDialog';
import { SmallButton } from '../../ui/SmallButton';
import { TextField } from '../../ui/TextField';

interface Props {
  editor: Editor;
  /** After any way out (Save, Remove, Cancel, Escape): the caller puts focus back in the text. */
  onClose: () => void;
}

/**
 * Adds, changes or removes the link at the selection. Only web and e-mail addresses are
 * accepted (shared/text/safeLink), with the reason said next to the field. Without a selection
 * the address itself is inserted as the link's text.
 */
export function LinkDialog({ editor, onClose }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const input = useRef<HTMLInputElement>(null);
  const existing = editor.isActive('link') ? (editor.getAttributes('link') as { href?: unknown }).href : null;
  const [value, setValue] = useState(typeof existing === 'string' ? existing : '');
  const [error, setError] = useState<string | null>(null);

  const save = (event: FormEvent, close: () => void) => {
    event.preventDefault();
    const href = safeHref(value);
    if (!href) {
      setError(t('editorToolbar.linkDialog.invalid'));
      input.current?.focus();
      return;
    }
    const { empty } = editor.state.selection;
    const chain = editor.chain();
    if (empty && !editor.isActive('link')) chain.insertContent({ type: 'text', text: value.trim(), marks: [{ type: 'link', attrs: { href } }] });
    else chain.extendMarkRange('link').setLink({ href });
    chain.run();
    announce(t('editorToolbar.linkDialog.added'));
    close();
  };

  const remove = (close: () => void) => {
    editor.chain().extendMarkRange('link').unsetLink().run();
    announce(t('editorToolbar.linkDialog.removed'));
    close();
  };

  return (
    <ModalDialog title={t('editorToolbar.linkDialog.title')} onClose={onClose} initialFocus={input}>
      {(close) => (
        <form noValidate onSubmit={(event) => save(event, close)} className="flex flex-col gap-4">
          <TextField
            ref={input}
            label={t('editorToolbar.linkDialog.address')}
            description={t('editorToolbar.linkDialog.description')}
            error={error}
            type="url"
            inputMode="url"
            autoComplete="url"
            maxLength={MAX_LINK_LENGTH}
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              setError(null);
            }}
          />
          <div className="flex flex-wrap gap-2">
            <SmallButton type="submit" variant="primary">
              {t('editorToolbar.linkDialog.save')}
            </SmallButton>
            {existing !== null && (
              <SmallButton variant="secondary" onClick={() => remove(close)}>
                {t('editorToolbar.linkDialog.remove')}
              </SmallButton>
            )}
            <SmallButton variant="tertiary" onClick={close}>
              {t('editorToolbar.linkDialog.cancel')}
            </SmallButton>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
