import type {
  ExportBlock,
  ExportDocument,
  HeadingBlock,
  Inline,
  TableBlock,
  TextRun,
  TitlePageBlock,
  TocBlock,
} from '../../shared/export/model/types';
import { blockVoices, documentLanguages } from '../../shared/export/model/blockVoices';
import { isSafeHref } from '../../shared/text/safeLink';
import { escapeHtml } from './htmlEscape';
import { htmlStyles } from './htmlStyles';

/**
 * The page may load nothing and run nothing: even if some text slipped past escaping, a script
 * or remote image in it would be blocked.
 */
const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function run(inline: TextRun): string {
  let html = escapeHtml(inline.text);
  if (inline.code) html = `<code>${html}</code>`;
  if (inline.bold) html = `<strong>${html}</strong>`;
  if (inline.italic) html = `<em>${html}</em>`;
  if (inline.underline) html = `<u>${html}</u>`;
  if (inline.strike) html = `<s>${html}</s>`;
  // The model keeps only http, https and mailto targets; checked again here, as a link is where
  // harm is done. Escaping keeps the attribute closed.
  if (isSafeHref(inline.href)) html = `<a href="${escapeHtml(inline.href ?? '')}">${html}</a>`;
  if (inline.change === 'added') html = `<ins>${html}</ins>`;
  if (inline.change === 'removed') html = `<del>${html}</del>`;
  return html;
}

function inlines(content: readonly Inline[]): string {
  return content.map((inline) => (inline.type === 'break' ? '<br>' : run(inline))).join('');
}

/** The plan title is the page's only h1, so the document's level 1 headings are h2. */
function headingTag(level: number): string {
  return `h${Math.min(6, level + 1)}`;
}

function heading(block: HeadingBlock): string {
  const tag = headingTag(block.level);
  const attrs = block.pageBreakBefore ? ' class="page-break"' : '';
  return `<${tag} id="${escapeHtml(block.anchor)}"${attrs}>${escapeHtml(block.text)}</${tag}>`;
}

/** ` lang="…"` for text in another language than the page's, else nothing. */
function langAttr(lang: string | null): string {
  return lang ? ` lang="${escapeHtml(lang)}"` : '';
}

/** `contentLang`: set when the title and municipality are in another language than the page. */
function titlePage(block: TitlePageBlock, contentLang: string | null = null): string {
  const fields = block.fields
    .map((field) => `<dt>${escapeHtml(field.label)}</dt><dd>${escapeHtml(field.value)}</dd>`)
    .join('');
  const municipality =
    block.municipality === ''
      ? ''
      : `<p class="municipality"${langAttr(contentLang)}>${escapeHtml(block.municipality)}</p>`;
  return `<header class="title-page">${municipality}<h1${langAttr(contentLang)}>${escapeHtml(block.title)}</h1><dl class="title-fields">${fields}</dl></header>`;
}

function toc(block: TocBlock): string {
  const items = block.entries
    .map((entry) => `<li><a href="#${escapeHtml(entry.anchor)}">${escapeHtml(entry.text)}</a></li>`)
    .join('');
  return `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${escapeHtml(block.title)}</h2><ol>${items}</ol></nav>`;
}

function table(block: TableBlock): string {
  const total = block.widths.reduce((sum, width) => sum + width, 0) || 1;
  const cols = block.widths
    .map((width) => `<col style="width:${((width / total) * 100).toFixed(1)}%">`)
    .join('');
  const head = block.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
  const rows = block.rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('');
  return `<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function block(node: ExportBlock): string {
  switch (node.type) {
    case 'titlePage':
      return titlePage(node);
    case 'toc':
      return toc(node);
    case 'heading':
      return heading(node);
    case 'paragraph':
      return `<p>${inlines(node.content)}</p>`;
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul';
      const start = node.ordered && node.start !== 1 ? ` start="${node.start}"` : '';
      const items = node.items.map((item) => `<li>${blocks(item)}</li>`).join('');
      return `<${tag}${start}>${items}</${tag}>`;
    }
    case 'quote':
      return `<blockquote>${blocks(node.blocks)}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(node.text)}</code></pre>`;
    case 'rule':
      return '<hr>';
    case 'table':
      return table(node);
  }
}

function blocks(nodes: readonly ExportBlock[]): string {
  return nodes.map(block).join('\n');
}

/**
 * The body, with each run of the plan's own text in a `<div lang>` when the plan is written in
 * another language than the labels (WCAG 3.1.2: the page says which words are in which).
 */
function mainBlocks(nodes: readonly ExportBlock[], contentLang: string | null): string {
  if (!contentLang) return blocks(nodes);
  const voices = blockVoices(nodes);
  const parts: string[] = [];
  let run: ExportBlock[] = [];
  const flush = () => {
    if (run.length > 0) parts.push(`<div${langAttr(contentLang)}>\n${blocks(run)}\n</div>`);
    run = [];
  };
  nodes.forEach((node, index) => {
    if (voices[index] === 'content') run.push(node);
    else {
      flush();
      parts.push(block(node));
    }
  });
  flush();
  return parts.join('\n');
}

/**
 * The plan as one self-contained HTML file: inline CSS with print rules (A4 margins, title page
 * and table of contents on pages of their own, appendices on new pages), semantic headings under
 * the title's h1, and a linked table of contents. Everything typed is escaped.
 */
export function renderHtml(doc: ExportDocument): string {
  const languages = documentLanguages(doc);
  const lang = doc.language.split('-')[0] ?? 'nb';
  const contentLang = languages.mixed ? (languages.content.split('-')[0] ?? null) : null;
  const [first, ...rest] = doc.blocks;
  const header = first?.type === 'titlePage' ? titlePage(first, contentLang) : '';
  const body = first?.type === 'titlePage' ? rest : doc.blocks;
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="${escapeHtml(doc.municipality)}">
<meta name="description" content="${escapeHtml(doc.subject)}">
<meta name="generator" content="${escapeHtml(doc.creator)}">
<title>${escapeHtml(doc.title)}</title>
<style>${htmlStyles}</style>
</head>
<body>
${header}
<main>
${mainBlocks(body, contentLang)}
</main>
</body>
</html>
`;
}
