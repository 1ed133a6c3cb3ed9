import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Peer } from './peers';
import { PresenceColorChoice } from './PresenceColorChoice';
import { useIdentity } from '../../identity/identityContext';

/**
 * Who is here: a colour dot and a name for each person (colour is never the only cue).
 * Memoised: `peers` keeps its identity while only cursors move.
 */
export const PresenceList = memo(function PresenceList({ peers }: { peers: readonly Peer[] }) {
  const { t } = useTranslation();
  const { presenceColor } = useIdentity();
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1" data-testid="presence">
      <span className="text-sm text-neutral-text-subtle">
        {t('presence.here', { count: peers.length })}
      </span>
      <ul aria-label={t('presence.heading')} className="flex flex-wrap gap-2">
        {peers.map((peer) => (
          <li key={peer.clientId}>
            <PersonChip peer={peer} />
          </li>
        ))}
      </ul>
      <PresenceColorChoice choice={presenceColor} />
    </div>
  );
});

export function PersonChip({ peer }: { peer: Peer }) {
  const { t } = useTranslation();
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full border border-neutral-border-subtle bg-neutral-background-default px-2 py-0.5 text-sm">
      <span
        aria-hidden="true"
        className="inline-block size-2.5 rounded-full"
        style={{ backgroundColor: peer.color }}
      />
      {peer.isSelf
        ? t('presence.you', { name: peer.name })
        : peer.viewer
          ? t('presenceColor.viewer', { name: peer.name })
          : peer.name}
    </span>
  );
}
