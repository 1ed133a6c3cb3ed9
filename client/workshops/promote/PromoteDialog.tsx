import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  PromoteResponse,
  PromoteSource,
  PromoteTargetInput,
  PromoteTargetsResponse,
} from '../../../shared/api/workshopResults';
import { useResource } from '../../http/useResource';
import { FormMessage } from '../../ui/FormMessage';
import { ModalDialog } from '../../ui/ModalDialog';
import { PageLoading } from '../../ui/PageLoading';
import { SubmitButton } from '../../ui/SubmitButton';
import { fetchPromoteTargets, promoteResult } from './promoteApi';

export type PromoteKind = PromoteTargetInput['kind'];

interface Props {
  workshopId: string;
  source: PromoteSource;
  /** The theme's name or the note's text: shown, and the text the new item starts with. */
  label: string;
  onClose: () => void;
  onDone: (response: PromoteResponse, kind: PromoteKind) => void;
}

/**
 * "Use in the plan": choose a new focus area, a new strategy under a focus area, or a comment on
 * a focus area or strategy, edit the text, and send it. The plan's outline is fetched when the
 * dialog opens, so the choices are the plan as it is now.
 */
export function PromoteDialog({ workshopId, source, label, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const { resource, reload } = useResource(`promote-targets:${workshopId}`, (signal) =>
    fetchPromoteTargets(workshopId, signal),
  );
  return (
    <ModalDialog title={t('workshopResults.promote.title')} onClose={onClose} initialFocus={textRef}>
      {(close) => (
        <div className="flex max-w-xl flex-col gap-4">
          <p className="ds-paragraph break-words">{t('workshopResults.promote.from', { text: label })}</p>
          {resource.state === 'loading' && <PageLoading label={t('workshopResults.promote.loading')} />}
          {(resource.state === 'failed' || resource.state === 'refused') && (
            <div className="ds-alert" data-color="danger">
              <p className="mb-3">{t('workshopResults.promote.loadFailed')}</p>
              <button type="button" className="ds-button" data-variant="secondary" onClick={reload}>
                {t('auth.retry')}
              </button>
            </div>
          )}
          {resource.state === 'ready' && (
            <PromoteForm
              workshopId={workshopId}
              source={source}
              label={label}
              targets={resource.data}
              textRef={textRef}
              onDone={(response, kind) => {
                onDone(response, kind);
                close();
              }}
            />
          )}
          <div>
            <button type="button" className="ds-button" data-variant="secondary" onClick={close}>
              {t('workshopResults.promote.cancel')}
            </button>
          </div>
        </div>
      )}
    </ModalDialog>
  );
}

function PromoteForm({
  workshopId,
  source,
  label,
  targets,
  textRef,
  onDone,
}: {
  workshopId: string;
  source: PromoteSource;
  label: string;
  targets: PromoteTargetsResponse;
  textRef: RefObject<HTMLTextAreaElement | null>;
  onDone: (response: PromoteResponse, kind: PromoteKind) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const areas = targets.focusAreas;
  const [kind, setKind] = useState<PromoteKind>(areas.length > 0 ? 'strategy' : 'focusArea');
  const [focusAreaId, setFocusAreaId] = useState(areas[0]?.id ?? '');
  const [itemId, setItemId] = useState(areas[0]?.id ?? '');
  const [text, setText] = useState(label);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [textError, setTextError] = useState<string | null>(null);

  const kinds: PromoteKind[] = ['focusArea', 'strategy', 'comment'];
  const needsArea = kind !== 'focusArea';
  const areaTitle = (area: (typeof areas)[number]) =>
    t('workshopResults.promote.focusAreaOption', { number: area.number, title: area.title });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (text.trim() === '') {
      setTextError(t('workshopResults.promote.textRequired'));
      textRef.current?.focus();
      return;
    }
    if (needsArea && areas.length === 0) return;
    const target: PromoteTargetInput =
      kind === 'focusArea'
        ? { kind }
        : kind === 'strategy'
          ? { kind, focusAreaId }
          : { kind, itemId };
    setBusy(true);
    setError(null);
    try {
      onDone(await promoteResult(workshopId, { source, target, text }), kind);
    } catch {
      setError(t('workshopResults.promote.failed'));
      setBusy(false);
    }
  };

  const textLabel =
    kind === 'focusArea'
      ? t('workshopResults.promote.textLabelFocusArea')
      : kind === 'strategy'
        ? t('workshopResults.promote.textLabelStrategy')
        : t('workshopResults.promote.textLabelComment');

  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-4" noValidate>
      <fieldset className="ds-fieldset">
        <legend className="ds-label">{t('workshopResults.promote.kindLegend')}</legend>
        <div className="flex flex-col gap-1">
          {kinds.map((option) => (
            <div className="ds-field" key={option}>
              <input
                id={`${id}-${option}`}
                className="ds-input"
                type="radio"
                name={`${id}-kind`}
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              <label className="ds-label" htmlFor={`${id}-${option}`}>
                {t(`workshopResults.promote.${option}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      {needsArea && areas.length === 0 && (
        <p className="ds-paragraph">{t('workshopResults.promote.noFocusAreas')}</p>
      )}
      {kind === 'strategy' && areas.length > 0 && (
        <div className="ds-field">
          <label className="ds-label" htmlFor={`${id}-area`}>
            {t('workshopResults.promote.focusAreaLabel')}
          </label>
          <select
            id={`${id}-area`}
            className="ds-input"
            value={focusAreaId}
            onChange={(event) => setFocusAreaId(event.target.value)}
          >
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {areaTitle(area)}
              </option>
            ))}
          </select>
        </div>
      )}
      {kind === 'comment' && areas.length > 0 && (
        <div className="ds-field">
          <label className="ds-label" htmlFor={`${id}-item`}>
            {t('workshopResults.promote.itemLabel')}
          </label>
          <select
            id={`${id}-item`}
            className="ds-input"
            value={itemId}
            onChange={(event) => setItemId(event.target.value)}
          >
            {areas.map((area) => (
              <optgroup key={area.id} label={areaTitle(area)}>
                <option value={area.id}>{areaTitle(area)}</option>
                {area.strategies.map((strategy) => (
                  <option key={strategy.id} value={strategy.id}>
                    {t('workshopResults.promote.strategyOption', {
                      number: strategy.number,
                      excerpt: strategy.excerpt,
                    })}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      )}

      <div className="ds-field">
        <label className="ds-label" htmlFor={`${id}-text`}>
          {textLabel}
        </label>
        <textarea
          ref={textRef}
          id={`${id}-text`}
          className="ds-input"
          rows={kind === 'focusArea' ? 2 : 4}
          value={text}
          aria-invalid={textError ? true : undefined}
          aria-describedby={textError ? `${id}-text-error` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setTextError(null);
          }}
        />
        {textError && (
          <p className="ds-validation-message" data-color="danger" id={`${id}-text-error`}>
            {textError}
          </p>
        )}
      </div>
      <FormMessage message={error} />
      {!(needsArea && areas.length === 0) && (
        <SubmitButton
          busy={busy}
          label={t('workshopResults.promote.submit')}
          busyLabel={t('workshopResults.promote.submitting')}
        />
      )}
    </form>
  );
}
