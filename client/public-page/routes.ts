/**
 * The public page's few addresses, parsed and built by hand: a router library would cost more
 * of the page's 80 kB budget than all of its own code.
 *
 *   /p/:slug                          the plan's page
 *   /p/:slug/plan/:sectionKey?        the published version, section by section
 *   /p/:slug/innspill?del=<section>   the input form
 *   /p/:slug/kvittering/:reference    the receipt
 *   /p/:slug/innspill-liste           the published list of input
 */
export type PublicRoute =
  | { page: 'home'; slug: string }
  | { page: 'plan'; slug: string; section: string | null }
  | { page: 'form'; slug: string; section: string | null }
  | { page: 'receipt'; slug: string; reference: string }
  | { page: 'list'; slug: string }
  | { page: 'not-found'; slug: string | null };

/** `plan`, `fa:<id>` or `st:<id>`, as shared/api/inputs.ts `sectionKeySchema` (without zod). */
const SECTION_KEY = /^(plan|(fa|st):[A-Za-z0-9_-]{1,64})$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isSectionKey(value: string | null): value is string {
  return value !== null && SECTION_KEY.test(value);
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function parsePublicPath(pathname: string, search: string): PublicRoute {
  const parts = pathname.split('/').filter((part) => part !== '');
  const slug = parts[1];
  if (parts[0] !== 'p' || slug === undefined || !SLUG.test(slug))
    return { page: 'not-found', slug: null };
  const [, , page, arg, ...rest] = parts;
  const notFound: PublicRoute = { page: 'not-found', slug };
  if (rest.length > 0) return notFound;
  if (page === undefined) return { page: 'home', slug };
  if (page === 'plan') {
    if (arg === undefined) return { page: 'plan', slug, section: null };
    const section = decode(arg);
    return isSectionKey(section) ? { page: 'plan', slug, section } : notFound;
  }
  if (arg !== undefined) {
    const reference = decode(arg);
    return page === 'kvittering' && reference ? { page: 'receipt', slug, reference } : notFound;
  }
  if (page === 'innspill') {
    const section = new URLSearchParams(search).get('del');
    return { page: 'form', slug, section: isSectionKey(section) ? section : null };
  }
  return page === 'innspill-liste' ? { page: 'list', slug } : notFound;
}

const base = (slug: string) => `/p/${encodeURIComponent(slug)}`;

export const paths = {
  home: base,
  plan: (slug: string, section?: string) => `${base(slug)}/plan${section ? `/${section}` : ''}`,
  form: (slug: string, section?: string) =>
    `${base(slug)}/innspill${section ? `?del=${encodeURIComponent(section)}` : ''}`,
  receipt: (slug: string, reference: string) =>
    `${base(slug)}/kvittering/${encodeURIComponent(reference)}`,
  list: (slug: string) => `${base(slug)}/innspill-liste`,
};
