import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiErrorCode } from '../../shared/api/errors';
import type { JoinCodeInfoResponse, JoinCodeRedeemResponse } from '../../shared/api/joinCodes';
import { formatJoinCode, normalizeJoinCode } from '../../shared/api/joinCodeFormat';
import { joinPath, workshopPath } from '../app/paths';
import { useAuth } from '../auth/authContext';
import { useResource } from '../http/useResource';
import { formatWait } from '../i18n/formatWait';
import { JoinForm } from '../invite/JoinForm';
import type { UnavailableReason } from '../invite/InviteUnavailable';
import { unavailableReason } from '../invite/redeemError';
import { MessagePage } from '../ui/MessagePage';
import { PageLoading } from '../ui/PageLoading';
import { usePageTitle } from '../ui/usePageTitle';
import { fetchJoinCodeInfo, redeemJoinCode } from './joinCodesApi';
import { joinStateFor } from './joinLocationState';

/**
 * Route `/join/<code>`: where the typed code, the link and the QR code all arrive. Shows the
 * workshop and the same join form as an invitation link; afterwards the person lands in the
 * workshop. Someone already in the plan (or signed-in staff) goes straight in.
 */
export function JoinByCodePage() {
  const { code: raw = '' } = useParams();
  const symbols = normalizeJoinCode(raw);
  if (!symbols) return <CodeUnavailable reason="unknown" />;
  return <KnownCode code={formatJoinCode(symbols)} />;
}

function KnownCode({ code }: { code: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const handed = joinStateFor(location.state, code);
  const { resource, reload } = useResource(
    `join-code:${code}:${handed ? 'handed' : 'fetch'}`,
    (signal) => (handed ? Promise.resolve(handed) : fetchJoinCodeInfo(code, signal)),
  );
  const [lateReason, setLateReason] = useState<UnavailableReason | null>(null);

  if (lateReason) return <CodeUnavailable reason={lateReason} takeFocus />;
  if (resource.state === 'loading') return <PageLoading label={t('joinCode.loading')} />;
  if (resource.state === 'refused' && resource.code === ApiErrorCode.InviteUnknown)
    return <CodeUnavailable reason="unknown" />;
  if (resource.state !== 'ready') {
    return (
      <MessagePage title={t('joinCode.heading')}>
        <p className="ds-paragraph">
          {resource.state === 'refused' && resource.code === ApiErrorCode.RateLimited
            ? t('joinCode.rateLimited', { wait: formatWait(60, t) })
            : t('joinCode.failed')}
        </p>
        <button type="button" className="ds-button" data-variant="primary" onClick={reload}>
          {t('auth.retry')}
        </button>
      </MessagePage>
    );
  }
  const info = resource.data;
  if (info.status !== 'active') return <CodeUnavailable reason={info.status} />;
  return <ActiveCode code={code} info={info} onUnavailable={setLateReason} />;
}

function ActiveCode({
  code,
  info,
  onUnavailable,
}: {
  code: string;
  info: JoinCodeInfoResponse;
  onUnavailable: (reason: UnavailableReason) => void;
}) {
  const { t } = useTranslation();
  const { me, accept } = useAuth();
  const navigate = useNavigate();
  const title = t('joinCode.title', { workshop: info.workshopTitle });
  usePageTitle(title);
  const staff = me?.kind === 'user';
  const goStraightIn = info.alreadyIn || staff;

  const joined = (response: JoinCodeRedeemResponse) => {
    accept(response);
    void navigate(workshopPath(response.workshopId), { replace: true });
  };

  // Already in the plan: nothing to ask. Signed-in staff: they join with their account's name.
  const started = useRef(false);
  useEffect(() => {
    if (!goStraightIn || started.current) return;
    started.current = true;
    if (info.alreadyIn) {
      void navigate(workshopPath(info.workshopId), { replace: true });
      return;
    }
    if (me?.kind !== 'user') return;
    redeemJoinCode(code, { displayName: me.name }).then(joined, (error: unknown) => {
      onUnavailable(unavailableReason(error) ?? 'unknown');
    });
    // Runs once per page: `joined` and `onUnavailable` only navigate or set state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [goStraightIn]);

  if (goStraightIn) return <PageLoading label={t('joinCode.goingIn')} />;

  return (
    <div className="mx-auto max-w-xl px-4 py-8 sm:py-10">
      <h1 className="ds-heading mb-3 break-words" data-size="lg">
        {title}
      </h1>
      {info.planTitle && (
        <p className="ds-paragraph mb-8 text-neutral-text-subtle">
          {t('joinCode.planIntro', { plan: info.planTitle })}
        </p>
      )}
      <JoinForm
        redeem={(body) => redeemJoinCode(code, body)}
        associations={info.associations}
        onJoined={joined}
        onUnavailable={onUnavailable}
      />
    </div>
  );
}

function CodeUnavailable({
  reason,
  takeFocus,
}: {
  reason: UnavailableReason;
  takeFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <MessagePage title={t(`joinCode.unavailable.${reason}.title`)} takeFocus={takeFocus}>
      <p className="ds-paragraph">{t(`joinCode.unavailable.${reason}.text`)}</p>
      <p className="ds-paragraph">{t('joinCode.unavailable.whatToDo')}</p>
      <Link to={joinPath()} className="ds-link">
        {t('joinCode.otherCode')}
      </Link>
    </MessagePage>
  );
}
