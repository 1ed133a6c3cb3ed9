import { useTranslation } from 'react-i18next';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import { joinPath } from '../../app/paths';
import { useShownJoinCode } from '../../join/useShownJoinCode';
import { QrCode } from '../../people/QrCode';
import { joinedCount } from './presentStage';

/**
 * While people join: the workshop's code very large, its QR code and the short address, and how
 * many have joined. The code is the workshop's (the same the facilitators see), from the server.
 */
export function PresentJoin({ view, workshopId }: { view: WorkshopView; workshopId: string }) {
  const { t } = useTranslation();
  const { code, loaded } = useShownJoinCode(workshopId);
  const address = `${window.location.host}${joinPath()}`;
  const joined = joinedCount(view);

  return (
    <section
      aria-labelledby="present-join-heading"
      className="flex flex-1 flex-col justify-center gap-[4vh]"
      data-testid="present-join"
    >
      <h2 id="present-join-heading" className="text-[clamp(1.75rem,3.5vw,4.25rem)] font-semibold">
        {t('present.joinAt', { address })}
      </h2>
      {code ? (
        <div className="flex flex-wrap items-center gap-x-[5vw] gap-y-[3vh]">
          <p className="flex flex-col" data-testid="present-code">
            <span className="text-[clamp(1.25rem,2vw,2.5rem)]">{t('present.codeTerm')}</span>
            {/* Read out sign by sign: "4K7" is not the number four hundred and something. */}
            <span className="sr-only">{code.code.split('').join(' ')}</span>
            {/* Nine signs, never wrapped mid-code; large enough for the back row. */}
            <span
              aria-hidden="true"
              className="font-mono text-[clamp(3rem,9vw,11rem)] leading-none font-bold tracking-wider whitespace-nowrap"
            >
              {code.code}
            </span>
          </p>
          <div className="flex flex-col items-center gap-2">
            {/* The SVG scales with the screen; its quiet zone is part of the image. */}
            <div className="w-[clamp(12rem,24vw,30rem)] [&>svg]:h-auto [&>svg]:w-full">
              <QrCode value={code.url} label={t('present.qrLabel', { code: code.code })} />
            </div>
            <p className="text-[clamp(1rem,1.6vw,2rem)]">{t('present.scan')}</p>
          </div>
        </div>
      ) : (
        loaded && <p className="text-[clamp(1.5rem,3vw,3.5rem)]">{t('present.noCode')}</p>
      )}
      <p className="text-[clamp(1.75rem,3.5vw,4.25rem)] font-bold" data-testid="present-joined">
        {t('present.joined', { count: joined })}
      </p>
      <p className="text-[clamp(1.25rem,2.5vw,3rem)]">{t('present.startsSoon')}</p>
    </section>
  );
}
