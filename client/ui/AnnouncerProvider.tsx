import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { AnnouncerContext } from './announcerContext';

interface Message {
  id: number;
  text: string;
}

/** Messages stay long enough to be read, then go, so the region never grows. */
const MESSAGE_LIFETIME_MS = 7_000;

/**
 * One polite live region for the whole app. Each message is appended as its own line (so two
 * quick messages are both read and a repeated one is read again) and removed after a while.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<Message[]>([]);
  const nextId = useRef(0);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  const announce = useCallback((text: string) => {
    const id = ++nextId.current;
    setMessages((current) => [...current.slice(-4), { id, text }]);
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      setMessages((current) => current.filter((message) => message.id !== id));
    }, MESSAGE_LIFETIME_MS);
    timers.current.add(timer);
  }, []);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div
        className="ds-sr-only"
        aria-live="polite"
        aria-relevant="additions"
        data-testid="announcer"
      >
        {messages.map((message) => (
          <p key={message.id}>{message.text}</p>
        ))}
      </div>
    </AnnouncerContext.Provider>
  );
}
