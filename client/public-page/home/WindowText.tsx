import type { InputWindow } from '../../../shared/api/publicPage';
import { usePage } from '../context';
import { formatMoment } from '../format';

/** Whether input is open now: a consultation with its deadline, open input, or closed (and when it opens next). */
export function WindowText({ input }: { input: InputWindow }) {
  const { t, language } = usePage();
  if (input.kind === 'consultation') {
    const { title, closesAt } = input.consultation;
    return <p>{t('windowConsultation', { title, time: formatMoment(closesAt, language) })}</p>;
  }
  if (input.kind === 'open') return <p>{t('windowOpen')}</p>;
  return (
    <p>
      {t('windowClosed')}
      {input.next && ` ${t('windowNext', { time: formatMoment(input.next.opensAt, language) })}`}
    </p>
  );
}
