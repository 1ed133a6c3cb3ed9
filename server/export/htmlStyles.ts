/**
 * The stylesheet of a standalone HTML export: inline, since the file is read offline and from the
 * case archive with no server behind it. System fonts only, for the same reason.
 */
export const htmlStyles = `
:root { color-scheme: light; --ink: #1e2b3c; --accent: #0b5a7a; --rule: #c9d3de; --soft: #f2f5f8; }
* { box-sizing: border-box; }
html { font-family: Inter, "Segoe UI", Roboto, Arial, sans-serif; font-size: 100%; color: var(--ink); }
body { margin: 0 auto; max-width: 46rem; padding: 2rem 1.25rem 4rem; line-height: 1.55; overflow-wrap: break-word; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; color: var(--accent); margin: 2rem 0 0.75rem; }
h1 { font-size: 2.25rem; margin-top: 0.5rem; }
h2 { font-size: 1.6rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.25rem; }
h3 { font-size: 1.25rem; }
h4, h5, h6 { font-size: 1.05rem; }
p { margin: 0 0 0.85rem; }
a { color: var(--accent); }
code, pre { font-family: "JetBrains Mono", Consolas, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
code { background: var(--soft); padding: 0 0.2em; border-radius: 3px; }
pre { background: var(--soft); padding: 0.75rem 1rem; overflow-x: auto; white-space: pre-wrap; }
blockquote { margin: 0 0 1rem; padding: 0.25rem 1rem; border-left: 4px solid var(--rule); }
hr { border: 0; border-top: 1px solid var(--rule); margin: 1.5rem 0; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.5rem; font-size: 0.92rem; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--rule); }
/*
 * WCAG 1.4.10: at 320 CSS px a table narrows with the page instead of scrolling it sideways. A
 * long word (a version named after a committee) breaks only when its column cannot fit it.
 */
th, td { overflow-wrap: anywhere; hyphens: auto; }
th { background: var(--soft); }
.title-page { padding: 3rem 0 2rem; border-bottom: 3px solid var(--accent); margin-bottom: 2rem; }
.municipality { font-size: 1.2rem; font-weight: 600; margin: 0; }
.title-fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 1.5rem 0 0; }
.title-fields dt { font-weight: 600; }
.title-fields dd { margin: 0; }
ins { color: #1a7f37; text-decoration: underline; }
del { color: #b42318; text-decoration: line-through; }
.toc ol { list-style: none; padding-left: 0; }
.toc li { margin: 0.2rem 0; }
@page { size: A4; margin: 25mm 22mm 25mm 25mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; }
  .title-page { border: 0; break-after: page; }
  .toc { break-after: page; }
  .page-break { break-before: page; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; }
  tr, li, blockquote, pre { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;
