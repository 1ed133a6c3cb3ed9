import {
  INPUT_STATUSES,
  InputLimits,
  SUBMITTER_KINDS,
  sectionKeySchema,
  type InputQuery,
  type InputStatus,
  type SubmitterKind,
} from '../../shared/api/inputs';

/**
 * The inbox's filters live in the page's query string (same names as the API's query), so a
 * filtered view can be linked and survives a reload. Values that do not fit are dropped one by
 * one rather than failing the whole view.
 */
export const FILTER_KEYS = [
  'section',
  'submitterKind',
  'organisation',
  'status',
  'tag',
  'consultationId',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SEARCH_MAX = 200;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function bounded(value: string | null, max: number): string | undefined {
  return value && value.length <= max ? value : undefined;
}

export function queryFromParams(params: URLSearchParams): InputQuery {
  const section = sectionKeySchema.safeParse(params.get('section'));
  const consultation = params.get('consultationId');
  const q = params.get('q')?.trim();
  const query: InputQuery = {
    section: section.success ? section.data : undefined,
    submitterKind: oneOf<SubmitterKind>(SUBMITTER_KINDS, params.get('submitterKind')),
    organisation: bounded(params.get('organisation'), InputLimits.organisationMax),
    status: oneOf<InputStatus>(INPUT_STATUSES, params.get('status')),
    tag: bounded(params.get('tag'), InputLimits.tagMax),
    consultationId: consultation && ID.test(consultation) ? consultation : undefined,
    q: q ? q.slice(0, SEARCH_MAX) : undefined,
  };
  for (const key of Object.keys(query) as (keyof InputQuery)[])
    if (query[key] === undefined) delete query[key];
  return query;
}

/** The query string for these filters, in a fixed order (so equal filters give equal URLs). */
export function paramsFromQuery(query: InputQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of [...FILTER_KEYS, 'q'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params;
}

export function isFiltered(query: InputQuery): boolean {
  return paramsFromQuery(query).size > 0;
}

/** A stable key for a query (fetches and their results are matched by it). */
export function queryKey(query: InputQuery): string {
  return paramsFromQuery(query).toString();
}
