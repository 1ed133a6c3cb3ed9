import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { WorkshopMeta } from '../../../shared/workshop/types';
import { workshopsPath } from '../../app/paths';

/**
 * What a participant sees once the workshop has ended, instead of the last activity: thanks,
 * and what happens to what they gave. `takeFocus` when it replaces what they were using, so
 * focus lands on the thanks rather than on the page body.
 */
export function ClosingScreen({
  meta,
  takeFocus,
  publicPath = null,
}: {
  meta: WorkshopMeta;
  takeFocus: boolean;
  /** The plan's public page when it is switched on (see WorkshopResponse), else null. */
  publicPath?: string | null;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  return (
    <section
      aria-labelledby="closing-heading"
      className="flex flex-col items-start gap-3 rounded-lg border border-neutral-border-subtle p-4 sm:p-6"
      data-testid="closing-screen"
    >
      <h2 id="closing-heading" ref={heading} tabIndex={-1} className="ds-heading" data-size="md">
        {t('workshop.closing.heading')}
      </h2>
      <p className="ds-paragraph">{t('workshop.closing.text')}</p>
      <p className="ds-paragraph">{t('workshop.closing.next')}</p>
      {meta.anonymous && !meta.facilitatorSeesAuthors && (
        <p className="ds-paragraph">{t('workshop.closing.anonymous')}</p>
      )}
      {publicPath && (
        // A plain link: the public page is its own app, and it needs no login, so it works for
        // a guest who came through an invitation as well.
        <a href={publicPath} className="ds-link" data-testid="closing-public-page">
          {t('workshop.closing.publicPage')}
        </a>
      )}
      <Link to={workshopsPath(meta.planId)} className="ds-link">
        {t('workshop.closing.back')}
      </Link>
    </section>
  );
}
