import { useId, useRef, useState } from 'react';
import { useAnnounce } from './announcerContext';

interface Props {
  url: string;
  label: string;
  copyLabel: string;
  copiedText: string;
  copyFailedText: string;
  variant?: 'primary' | 'secondary';
}

/**
 * A link shown once to hand on (an invitation, a join link, a reset link): a read-only field that
 * selects itself, and a copy button whose outcome is announced. When the clipboard is refused the
 * text is selected, so Ctrl+C still works.
 */
export function CopyableLink({ url, label, copyLabel, copiedText, copyFailedText, variant = 'primary' }: Props) {
  const announce = useAnnounce();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
      announce(copiedText);
    } catch {
      setCopied('failed');
      inputRef.current?.select();
      announce(copyFailedText);
    }
  };

  return (
    <div>
      <div className="flex flex-wrap items-end gap-3">
        <div className="ds-field min-w-56 flex-1">
          <label className="ds-label" htmlFor={`${id}-url`}>
            {label}
          </label>
          <input
            ref={inputRef}
            id={`${id}-url`}
            className="ds-input font-mono"
            readOnly
            value={url}
            onFocus={(event) => event.target.select()}
          />
        </div>
        <button type="button" className="ds-button" data-variant={variant} onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
      {/* The announcement above speaks; this line is for eyes only. */}
      <p className="mt-2 min-h-6 text-sm" aria-hidden="true">
        {copied === 'yes' && copiedText}
        {copied === 'failed' && copyFailedText}
      </p>
    </div>
  );
}
