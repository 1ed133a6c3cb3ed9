import type {
  BulkInputBody,
  BulkInputResponse,
  ErasePersonResponse,
  InputItem,
  InputListResponse,
  InputQuery,
  InputResponse,
  RegisterInputFields,
  UpdateInputBody,
} from '../../shared/api/inputs';
import type { Language } from '../i18n/languages';
import { apiPath, badResponse, isRecord, request } from './request';

/*
 * The input inbox over HTTP. Answers are checked at their outer shape (as the other APIs here,
 * without zod); the server builds them from the shared types in shared/api/inputs.ts.
 */

function queryString(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function inputOf(answer: unknown): InputItem {
  if (!isRecord(answer) || !isRecord(answer.input)) throw badResponse('input');
  return (answer as unknown as InputResponse).input;
}

function inputsOf(answer: unknown): InputItem[] {
  if (!isRecord(answer) || !Array.isArray(answer.inputs)) throw badResponse('inputs');
  return answer.inputs as InputItem[];
}

/** The plan's inputs that match `query` (every filter optional), newest first. */
export async function fetchInputs(
  planId: string,
  query: InputQuery,
  signal?: AbortSignal,
): Promise<InputListResponse> {
  const body = await request(`${apiPath`/api/plans/${planId}/inputs`}${queryString(query)}`, {
    signal,
  });
  const inputs = inputsOf(body);
  const tags = isRecord(body) && Array.isArray(body.tags) ? (body.tags as string[]) : [];
  return { inputs, tags };
}

export async function fetchInput(
  planId: string,
  inputId: string,
  signal?: AbortSignal,
): Promise<InputItem> {
  return inputOf(await request(apiPath`/api/plans/${planId}/inputs/${inputId}`, { signal }));
}

export async function updateInput(
  planId: string,
  inputId: string,
  body: UpdateInputBody,
): Promise<InputItem> {
  return inputOf(
    await request(apiPath`/api/plans/${planId}/inputs/${inputId}`, { method: 'PATCH', json: body }),
  );
}

export async function bulkUpdateInputs(
  planId: string,
  body: BulkInputBody,
): Promise<BulkInputResponse> {
  const answer = await request(apiPath`/api/plans/${planId}/inputs/bulk`, {
    method: 'POST',
    json: body,
  });
  if (!isRecord(answer) || typeof answer.updated !== 'number') throw badResponse('bulk');
  return { updated: answer.updated };
}

/** Input that came by e-mail, letter or from a workshop, with up to three attachments. */
export async function registerInput(
  planId: string,
  fields: RegisterInputFields,
  files: readonly File[],
): Promise<InputItem> {
  const form = new FormData();
  // Text fields first: the server reads them before it streams the files.
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string' || typeof value === 'number') form.append(key, String(value));
  }
  for (const file of files) form.append('files', file, file.name);
  return inputOf(
    await request(apiPath`/api/plans/${planId}/inputs`, { method: 'POST', body: form }),
  );
}

export async function deleteInput(planId: string, inputId: string): Promise<void> {
  await request(apiPath`/api/plans/${planId}/inputs/${inputId}`, { method: 'DELETE' });
}

/** An attachment as a download (served with Content-Disposition: attachment). */
export function inputFileUrl(planId: string, inputId: string, fileId: string): string {
  return apiPath`/api/plans/${planId}/inputs/${inputId}/files/${fileId}`;
}

/** A person's input in this plan, found by the e-mail they gave (a request under the GDPR). */
export async function fetchPersonInputs(
  planId: string,
  email: string,
  signal?: AbortSignal,
): Promise<InputItem[]> {
  const path = `${apiPath`/api/plans/${planId}/inputs/person`}${queryString({ email })}`;
  const answer: unknown = await request(path, { signal });
  return inputsOf(answer);
}

export async function erasePerson(planId: string, email: string): Promise<number> {
  const answer = await request(apiPath`/api/plans/${planId}/inputs/person/erase`, {
    method: 'POST',
    json: { email },
  });
  if (!isRecord(answer) || typeof answer.erased !== 'number') throw badResponse('erase');
  return (answer as unknown as ErasePersonResponse).erased;
}

export type SummaryFormat = 'docx' | 'pdf';

/** The høringsoppsummering for one consultation (or all input), in the reader's language. */
export function summaryUrl(
  planId: string,
  format: SummaryFormat,
  consultationId: string | null,
  language: Language,
): string {
  const path = apiPath`/api/plans/${planId}/inputs/summary.${format}`;
  return `${path}${queryString({ consultation: consultationId ?? undefined, lang: language })}`;
}

/** Every input (of one consultation, or all) as CSV. */
export function inputsCsvUrl(planId: string, consultationId: string | null): string {
  return `${apiPath`/api/plans/${planId}/inputs.csv`}${queryString({ consultation: consultationId ?? undefined })}`;
}
