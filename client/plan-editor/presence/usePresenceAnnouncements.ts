import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../ui/announcerContext';
import type { Peer } from './peers';

/**
 * Announces arrivals and departures ("Kari kom inn"), politely and only those: never cursor
 * moves, and not the whole room when our own connection drops or comes back. The server sends
 * everyone already present before our sync completes, so whoever is there when we become
 * connected is the quiet baseline; changes after that are news.
 */
export function usePresenceAnnouncements(peers: readonly Peer[], connected: boolean): void {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const known = useRef(new Map<number, string>());
  const wasConnected = useRef(false);

  useEffect(() => {
    const others = new Map(
      peers.filter((peer) => !peer.isSelf).map((peer) => [peer.clientId, peer.name]),
    );
    const previous = known.current;
    known.current = others;
    const justConnected = connected && !wasConnected.current;
    wasConnected.current = connected;
    if (!connected || justConnected) return;
    others.forEach((name, clientId) => {
      if (!previous.has(clientId)) announce(t('presence.arrived', { name }));
    });
    previous.forEach((name, clientId) => {
      if (!others.has(clientId)) announce(t('presence.left', { name }));
    });
  }, [peers, connected, announce, t]);
}
