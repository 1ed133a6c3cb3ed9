import { useEffect, useState } from 'react';

/**
 * The text once it has stayed the same for `delayMs`. Feeds the live region, so a quick
 * "Lagrer … Lagret" on every keystroke is shown but not read aloud each time.
 */
export function useSettledText(text: string, delayMs: number): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    if (text === settled) return;
    const timer = setTimeout(() => setSettled(text), delayMs);
    return () => clearTimeout(timer);
  }, [text, settled, delayMs]);
  return settled;
}
