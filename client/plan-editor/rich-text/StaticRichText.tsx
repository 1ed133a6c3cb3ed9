import { useEffect, useMemo, useState, type FocusEventHandler, type PointerEventHandler } from 'react';
import type * as Y from 'yjs';
import { fragmentToJson } from '../../../shared/plan/richText';
import { staticBlocks } from './staticBlocks';

interface Props {
  fragment: Y.XmlFragment;
  label: string;
  /** The person may type here (directly or as suggestions): then it is in the tab order, as the editor is. */
  writable: boolean;
  lang: string | undefined;
  suggesting: boolean;
  onFocus: FocusEventHandler<HTMLDivElement>;
  onPointerDown: PointerEventHandler<HTMLDivElement>;
}

/** Re-renders when the fragment changes (anyone's edit), not for changes elsewhere in the plan. */
function useFragmentVersion(fragment: Y.XmlFragment): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const changed = () => setVersion((current) => current + 1);
    fragment.observeDeep(changed);
    return () => fragment.unobserveDeep(changed);
  }, [fragment]);
  return version;
}

/**
 * A rich-text field as read-only DOM until its editor mounts (LazyRichText): the same
 * structure, classes and accessible name as the editor's (a textbox in the tab order while
 * the person may type), so neither the layout nor a screen reader notices the swap. Focus or a
 * press on it asks for the editor.
 */
export function StaticRichText({ fragment, label, writable, lang, suggesting, onFocus, onPointerDown }: Props) {
  const version = useFragmentVersion(fragment);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` stands for the fragment's content
  const blocks = useMemo(() => staticBlocks(fragmentToJson(fragment)), [fragment, version]);
  return (
    <div className={`doc-editor${suggesting ? ' is-suggesting' : ''}`} lang={lang}>
      <div
        className="doc-static-text"
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        aria-readonly={writable ? undefined : 'true'}
        tabIndex={writable ? 0 : undefined}
        translate="no"
        onFocus={onFocus}
        onPointerDown={onPointerDown}
      >
        {blocks}
      </div>
    </div>
  );
}
