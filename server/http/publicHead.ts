import type { RichNode } from '../../shared/plan/richText';

/**
 * The head of the public page's HTML: title, description and social preview tags, filled from
 * the plan on the server, so a link shared in a chat or found by a search engine says what the
 * plan is before any script runs. Every value is escaped: titles and intros are owners' text.
 */

export interface PublicHeadFacts {
  title: string;
  municipality: string;
  description: string;
  /** The page's absolute address. */
  url: string;
}

const DESCRIPTION_MAX = 200;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function textOf(node: RichNode): string {
  return (
    (node.text ?? '') +
    (node.content ?? [])
      .map((child) => `${textOf(child)}${child.type === 'text' ? '' : ' '}`)
      .join('')
  );
}

function asDescription(text: string): string {
  if (text.length <= DESCRIPTION_MAX) return text;
  const cut = text.slice(0, DESCRIPTION_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DESCRIPTION_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The intro's first text as one line of at most 200 characters (cut at a word): its first
 * paragraph (a heading such as «Om planen» describes little), else its first block with text.
 */
export function descriptionFromIntro(intro: readonly RichNode[]): string {
  const texts = intro
    .map((block) => ({ block, text: textOf(block).replace(/\s+/g, ' ').trim() }))
    .filter((b) => b.text !== '');
  const chosen = texts.find((b) => b.block.type === 'paragraph') ?? texts[0];
  return chosen ? asDescription(chosen.text) : '';
}

/** The tags for a plan's page. */
export function publicHead(facts: PublicHeadFacts): string {
  const title = escapeHtml(`${facts.title} – ${facts.municipality}`);
  const description = escapeHtml(facts.description);
  const meta = (attribute: 'name' | 'property', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${value}" />`;
  return [
    `<title>${title}</title>`,
    meta('name', 'description', description),
    meta('property', 'og:title', escapeHtml(facts.title)),
    meta('property', 'og:description', description),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:url', escapeHtml(facts.url)),
    meta('property', 'og:locale', 'nb_NO'),
    meta('property', 'og:site_name', escapeHtml(facts.municipality)),
    meta('name', 'twitter:card', 'summary'),
  ].join('\n    ');
}

/** For an address that answers 404: a plain title, and kept out of search engines. */
export function notFoundHead(): string {
  return [
    '<title>Fant ikke siden – Medverk</title>',
    '<meta name="robots" content="noindex" />',
  ].join('\n    ');
}

/** The built page with its `<title>` replaced by `head`. */
export function withHead(html: string, head: string): string {
  const title = /<title>[^<]*<\/title>/;
  // A function, so `$&` and the like in an owner's title are not read as replacement patterns.
  return title.test(html)
    ? html.replace(title, () => head)
    : html.replace('</head>', () => `${head}\n  </head>`);
}
