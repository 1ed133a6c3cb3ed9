import { useId, useState, type DragEvent, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkshopLimits } from '../../../shared/workshop/limits';
import type { Cluster } from '../../../shared/workshop/types';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SaveCancelButtons } from '../../ui/SaveCancelButtons';
import { SmallButton } from '../../ui/SmallButton';
import { Heading, type HeadingLevel } from './Heading';

interface Props {
  cluster: Cluster;
  count: number;
  headingLevel: HeadingLevel;
  canEdit: boolean;
  busy: boolean;
  dropTarget: {
    onDragOver: (event: DragEvent<HTMLElement>) => void;
    onDragLeave: (event: DragEvent<HTMLElement>) => void;
    onDrop: (event: DragEvent<HTMLElement>) => void;
  } | null;
  dropActive: boolean;
  onRename: (title: string) => Promise<boolean>;
  onDelete: () => void;
  children: ReactNode;
}

/** A named cluster ("theme") with its notes: rename and delete for those who may sort. */
export function ClusterCard({
  cluster,
  count,
  headingLevel,
  canEdit,
  busy,
  dropTarget,
  dropActive,
  onRename,
  onDelete,
  children,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(cluster.title);
  const [deleting, setDeleting] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    if (await onRename(title.trim())) setRenaming(false);
  };

  return (
    <li
      className={`flex flex-col gap-3 rounded-lg border-2 p-3 ${
        dropActive
          ? 'border-accent-border-strong bg-accent-surface-tinted'
          : 'border-neutral-border-subtle'
      }`}
      data-testid="cluster"
      data-drop={cluster.id}
      {...(dropTarget ?? {})}
    >
      {renaming ? (
        <form
          noValidate
          onSubmit={(event) => void save(event)}
          className="flex flex-wrap items-end gap-2"
        >
          <div className="ds-field min-w-0 flex-1 basis-40">
            <label className="ds-label" htmlFor={`${id}-title`}>
              {t('workshopBoard.board.titleLabel')}
            </label>
            <input
              id={`${id}-title`}
              className="ds-input"
              maxLength={WorkshopLimits.clusterTitle}
              required
              // eslint-disable-next-line jsx-a11y/no-autofocus -- focus follows the rename button
              autoFocus
              value={title}
              onChange={(event) => setTitle(event.target.value)}
            />
          </div>
          <SaveCancelButtons
            saveLabel={t('workshopBoard.board.save')}
            cancelLabel={t('workshopBoard.board.cancel')}
            busy={busy}
            cancelVariant="tertiary"
            onCancel={() => {
              setTitle(cluster.title);
              setRenaming(false);
            }}
          />
        </form>
      ) : (
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <Heading level={headingLevel} size="2xs">
            {cluster.title}{' '}
            <span className="font-normal text-neutral-text-subtle">
              ({t('workshopBoard.board.clusterCount', { count })})
            </span>
          </Heading>
          {canEdit && (
            <div className="flex flex-wrap gap-1">
              <SmallButton
                variant="tertiary"
                disabled={busy}
                aria-label={t('workshopBoard.board.renameClusterLabel', { title: cluster.title })}
                onClick={() => {
                  setTitle(cluster.title);
                  setRenaming(true);
                }}
              >
                {t('workshopBoard.board.renameCluster')}
              </SmallButton>
              <SmallButton
                variant="tertiary"
                color="danger"
                disabled={busy}
                aria-label={t('workshopBoard.board.deleteCluster', { title: cluster.title })}
                onClick={() => setDeleting(true)}
              >
                {t('workshopBoard.board.delete')}
              </SmallButton>
            </div>
          )}
        </div>
      )}
      {children}
      {deleting && (
        <ConfirmDialog
          title={t('workshopBoard.board.deleteTitle')}
          text={t('workshopBoard.board.deleteText', { title: cluster.title })}
          confirmLabel={t('workshopBoard.board.delete')}
          cancelLabel={t('workshopBoard.board.cancel')}
          onConfirm={onDelete}
          onClose={() => setDeleting(false)}
        />
      )}
    </li>
  );
}
