import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionRef } from '../../../shared/discussion/types';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SmallButton } from '../../ui/SmallButton';
import { ErrorText } from './ErrorText';
import { useCommand } from './useCommand';
import type { DiscussionSendResult } from './useDiscussion';

export type BulkTarget = { kind: 'author'; authorId: string; name: string } | { kind: 'section'; section: SectionRef; name: string };

/**
 * "Godta alle fra Kari (3)" / "Avvis alle …", by person or by section, each confirmed first:
 * it changes the plan's text in one go. What could not be accepted (its text changed or went)
 * stays open, and the answer says how many.
 */
export function BulkDecision({ target, count }: { target: BulkTarget; count: number }) {
  const { t } = useTranslation();
  const { run, busy, error } = useCommand();
  const [asking, setAsking] = useState<'accept' | 'reject' | null>(null);
  const key = target.kind === 'author' ? 'byAuthor' : 'bySection';

  const outcome = (decision: 'accept' | 'reject') => (result: DiscussionSendResult) => {
    if (!result.ok || result.outcome.type !== 'decided') return t('discussion.bulk.done');
    const done = t(decision === 'accept' ? 'discussion.bulk.accepted' : 'discussion.bulk.rejected', { count: result.outcome.decided.length });
    const failed = result.outcome.failed.length;
    return failed > 0 ? `${done} ${t('discussion.bulk.failed', { count: failed })}` : done;
  };

  const decide = (decision: 'accept' | 'reject') =>
    void run(
      {
        type: 'decide',
        decision,
        which: target.kind === 'author' ? { kind: 'author', authorId: target.authorId } : { kind: 'section', section: target.section },
      },
      outcome(decision),
    );

  return (
    <div className="mt-2">
      <div className="flex flex-wrap gap-2">
        <SmallButton variant="secondary" aria-disabled={busy || undefined} onClick={() => setAsking('accept')}>
          {t(`discussion.bulk.${key}.accept`, { name: target.name, count })}
        </SmallButton>
        <SmallButton variant="secondary" aria-disabled={busy || undefined} onClick={() => setAsking('reject')}>
          {t(`discussion.bulk.${key}.reject`, { name: target.name, count })}
        </SmallButton>
      </div>
      <ErrorText error={error} />
      {asking && (
        <ConfirmDialog
          title={t(`discussion.bulk.${key}.${asking}Title`, { name: target.name, count })}
          text={t(asking === 'accept' ? 'discussion.bulk.acceptText' : 'discussion.bulk.rejectText', { count })}
          confirmLabel={t(asking === 'accept' ? 'discussion.bulk.confirmAccept' : 'discussion.bulk.confirmReject', { count })}
          cancelLabel={t('discussion.composer.cancel')}
          onConfirm={() => decide(asking)}
          onClose={() => setAsking(null)}
        />
      )}
    </div>
  );
}
