import { inputReference, type PublicInputItem } from '../../shared/api/inputs';
import type { InputRecord } from '../storage/Storage';

/**
 * Who an input is from, as the public may read it: an organisation by its name; a person by
 * name only when they agreed (and the name has not been deleted since); otherwise nothing, and
 * the page says «innbygger» from the submitter kind.
 */
export function publicSender(input: InputRecord): string {
  if (input.submitterKind !== 'resident' && input.organisation !== '') return input.organisation;
  return input.namePublic && input.personalDataRemovedAt === null ? input.name : '';
}

/**
 * The input of consultations whose deadline has passed, oldest first, as the public list shows
 * it: never an e-mail address, attachment, tag, status or the case officer's notes.
 */
export function publicInputList(inputs: readonly InputRecord[], closedConsultationIds: ReadonlySet<string>): PublicInputItem[] {
  return inputs
    .filter((input) => input.consultationId !== null && closedConsultationIds.has(input.consultationId))
    .sort((a, b) => a.receivedAt - b.receivedAt || a.number - b.number)
    .map((input) => ({
      reference: inputReference(input.receivedAt, input.number),
      receivedAt: input.receivedAt,
      sectionLabel: input.sectionLabel,
      text: input.text,
      submitterKind: input.submitterKind,
      from: publicSender(input),
    }));
}

