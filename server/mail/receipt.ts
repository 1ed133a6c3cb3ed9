import type { ExportLocale } from '../../shared/export/labels';
import { languageTag } from '../../shared/export/model/locale';

/**
 * The receipt e-mail for input sent from the public page, in plain text. It repeats nothing the
 * visitor typed (not the text, not the name): the form accepts any e-mail address, so a receipt
 * must not be a way to send someone else words of one's own choosing.
 */
export interface ReceiptFacts {
  language: ExportLocale;
  reference: string;
  planTitle: string;
  municipality: string;
  /** The section in the receipt's language, e.g. «Strategi 2.3». */
  sectionLabel: string;
  receivedAt: number;
  /** The consultation the input was given in, or null for open input. */
  consultation: { title: string; closesAt: number } | null;
  /** Days after receipt when name and e-mail are deleted. */
  retentionDays: number;
  /** The plan's public page. */
  publicUrl: string;
  /** The case officer, when the owner filled in a name or an address. */
  contact: { name: string; email: string } | null;
}

export interface Receipt {
  subject: string;
  text: string;
}

/** A day and time as people in Norway read it: «5. mars 2026 kl. 14:03». */
export function formatOsloTime(at: number, locale: ExportLocale): string {
  return new Intl.DateTimeFormat(languageTag(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Oslo',
  }).format(new Date(at));
}

interface Words {
  subject: (reference: string, plan: string) => string;
  thanks: (plan: string, municipality: string) => string;
  reference: string;
  section: string;
  received: string;
  /** After the time: which clock it is. */
  zone: string;
  consultation: (title: string, deadline: string) => string;
  nextTitle: string;
  nextConsultation: string;
  nextOpen: string;
  quoteReference: string;
  publicTitle: string;
  publicText: string;
  storedTitle: string;
  storedText: (days: number) => string;
  page: string;
  contact: string;
  automatic: string;
}

const WORDS: Record<ExportLocale, Words> = {
  nb: {
    subject: (reference, plan) => `Kvittering for innspill ${reference}: ${plan}`,
    thanks: (plan, municipality) => `Takk for innspillet ditt til «${plan}»${municipality ? ` (${municipality})` : ''}.`,
    reference: 'Referanse',
    section: 'Gjelder',
    received: 'Mottatt',
    zone: 'norsk tid',
    consultation: (title, deadline) => `Høring: «${title}», frist ${deadline}`,
    nextTitle: 'Hva skjer nå',
    nextConsultation:
      'Saksbehandleren leser alle innspill og vurderer dem. Innspillene og kommunedirektørens vurdering samles i en høringsoppsummering som følger planen til politisk behandling.',
    nextOpen: 'Saksbehandleren leser alle innspill og vurderer dem i arbeidet med planen.',
    quoteReference: 'Oppgi referansen hvis du kontakter kommunen om innspillet.',
    publicTitle: 'Innspill er offentlige',
    publicText:
      'Innspill til kommunen er i utgangspunktet offentlige etter offentleglova: de kan bli publisert og gitt til alle som ber om dem. E-postadressen din vises aldri på planens nettside, og navnet ditt vises der bare hvis du har sagt ja til det.',
    storedTitle: 'Hva vi lagrer',
    storedText: (days) =>
      `Vi lagrer teksten, vedleggene, hvem du skrev som, navnet og e-postadressen du oppga, og når innspillet kom inn. Navn og e-postadresse slettes ${days} dager etter at innspillet kom inn; teksten blir stående som en del av saken.`,
    page: 'Planens side',
    contact: 'Spørsmål? Kontakt',
    automatic: 'Denne e-posten er sendt automatisk fordi e-postadressen ble oppgitt i skjemaet. Du trenger ikke svare.',
  },
  nn: {
    subject: (reference, plan) => `Kvittering for innspel ${reference}: ${plan}`,
    thanks: (plan, municipality) => `Takk for innspelet ditt til «${plan}»${municipality ? ` (${municipality})` : ''}.`,
    reference: 'Referanse',
    section: 'Gjeld',
    received: 'Motteke',
    zone: 'norsk tid',
    consultation: (title, deadline) => `Høyring: «${title}», frist ${deadline}`,
    nextTitle: 'Kva skjer no',
    nextConsultation:
      'Saksbehandlaren les alle innspel og vurderer dei. Innspela og vurderinga til kommunedirektøren blir samla i ei høyringsoppsummering som følgjer planen til politisk handsaming.',
    nextOpen: 'Saksbehandlaren les alle innspel og vurderer dei i arbeidet med planen.',
    quoteReference: 'Oppgi referansen om du kontaktar kommunen om innspelet.',
    publicTitle: 'Innspel er offentlege',
    publicText:
      'Innspel til kommunen er i utgangspunktet offentlege etter offentleglova: dei kan bli publiserte og gitt til alle som ber om dei. E-postadressa di blir aldri vist på nettsida til planen, og namnet ditt blir berre vist der om du har sagt ja til det.',
    storedTitle: 'Kva vi lagrar',
    storedText: (days) =>
      `Vi lagrar teksten, vedlegga, kven du skreiv som, namnet og e-postadressa du oppgav, og når innspelet kom inn. Namn og e-postadresse blir sletta ${days} dagar etter at innspelet kom inn; teksten blir ståande som ein del av saka.`,
    page: 'Sida til planen',
    contact: 'Spørsmål? Kontakt',
    automatic: 'Denne e-posten er send automatisk fordi e-postadressa vart oppgitt i skjemaet. Du treng ikkje svare.',
  },
  en: {
    subject: (reference, plan) => `Receipt for your input ${reference}: ${plan}`,
    thanks: (plan, municipality) => `Thank you for your input on “${plan}”${municipality ? ` (${municipality})` : ''}.`,
    reference: 'Reference',
    section: 'About',
    received: 'Received',
    zone: 'Norwegian time',
    consultation: (title, deadline) => `Consultation: “${title}”, deadline ${deadline}`,
    nextTitle: 'What happens next',
    nextConsultation:
      'The case officer reads and assesses all input. The input and the chief municipal executive’s assessment are gathered in a consultation summary that goes with the plan to the politicians.',
    nextOpen: 'The case officer reads all input and assesses it in the work on the plan.',
    quoteReference: 'Quote the reference if you contact the municipality about your input.',
    publicTitle: 'Input is public',
    publicText:
      'Input to the municipality is public by default under the Norwegian Freedom of Information Act (offentleglova): it may be published and given to anyone who asks for it. Your e-mail address is never shown on the plan’s page, and your name is shown there only if you agreed to it.',
    storedTitle: 'What we store',
    storedText: (days) =>
      `We store the text, the attachments, who you wrote as, the name and e-mail address you gave, and when the input arrived. Name and e-mail address are deleted ${days} days after the input arrived; the text stays as part of the case.`,
    page: 'The plan’s page',
    contact: 'Questions? Contact',
    automatic: 'This e-mail was sent automatically because the address was given in the form. You need not reply.',
  },
};

/** One line: no line breaks or control characters can reach a mail header. */
function oneLine(value: string): string {
  return value
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function receiptMessage(facts: ReceiptFacts): Receipt {
  const w = WORDS[facts.language];
  const plan = oneLine(facts.planTitle);
  const time = (at: number) => `${formatOsloTime(at, facts.language)} (${w.zone})`;
  const contact = facts.contact ? [facts.contact.name, facts.contact.email].map(oneLine).filter(Boolean).join(', ') : '';
  const lines = [
    w.thanks(plan, oneLine(facts.municipality)),
    '',
    `${w.reference}: ${facts.reference}`,
    `${w.section}: ${oneLine(facts.sectionLabel)}`,
    `${w.received}: ${time(facts.receivedAt)}`,
    ...(facts.consultation ? [w.consultation(oneLine(facts.consultation.title), time(facts.consultation.closesAt))] : []),
    '',
    w.nextTitle,
    facts.consultation ? w.nextConsultation : w.nextOpen,
    w.quoteReference,
    '',
    w.publicTitle,
    w.publicText,
    '',
    w.storedTitle,
    w.storedText(facts.retentionDays),
    '',
    `${w.page}: ${facts.publicUrl}`,
    ...(contact ? [`${w.contact} ${contact}.`] : []),
    '',
    '-- ',
    w.automatic,
  ];
  return { subject: oneLine(w.subject(facts.reference, plan)).slice(0, 250), text: `${lines.join('\n')}\n` };
}
