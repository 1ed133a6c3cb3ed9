import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  LineRuleType,
  ShadingType,
  type ILevelsOptions,
  type IStylesOptions,
  type NumberingDefinition,
} from 'docx';

/**
 * The municipal look of a DOCX export: Arial (on every Windows and Mac, metric-compatible with
 * Liberation Sans elsewhere), 11 pt on 1.15 lines, one dark blue for headings, A4 with 2.5 cm
 * margins. Real Word heading styles with outline levels, so the navigation pane and the table of
 * contents work; sizes are in half-points, spacing and lengths in twentieths of a point.
 */
export const bodyFont = 'Arial';
export const codeFont = 'Consolas';
export const accent = '0B4F6C';
export const muted = '5A6B7B';
export const ruleColor = 'C9D3DE';
export const softFill = 'F2F5F8';

/** A4 in twips, with 2.5 cm margins. */
export const page = { width: 11906, height: 16838, margin: 1418 };
export const textWidth = page.width - 2 * page.margin;

export const StyleId = {
  quote: 'Quote',
  code: 'CodeBlock',
  tocHeading: 'TOCHeading',
  titleField: 'TitleField',
  municipality: 'Municipality',
} as const;

function heading(size: number, outlineLevel: number, before: number, italics = false) {
  return {
    run: { font: bodyFont, size, bold: true, italics, color: accent },
    paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before, after: 120 } },
  };
}

export function documentStyles(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: bodyFont, size: 22, language: { value: language } },
        // lineRule spelled out: LibreOffice reads a bare w:line as an exact height.
        paragraph: { spacing: { after: 140, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: bodyFont, size: 56, bold: true, color: accent },
        paragraph: { spacing: { before: 240, after: 480 } },
      },
      heading1: heading(34, 0, 480),
      heading2: heading(27, 1, 320),
      heading3: heading(24, 2, 240),
      heading4: heading(22, 3, 200),
      heading5: heading(22, 4, 160, true),
      heading6: heading(22, 5, 160, true),
      hyperlink: { run: { color: '0B5A9A', underline: {} } },
    },
    paragraphStyles: [
      {
        id: StyleId.municipality,
        name: 'Municipality',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 30, bold: true, color: muted },
        paragraph: { spacing: { before: 2400, after: 240 } },
      },
      {
        id: StyleId.titleField,
        name: 'Title Field',
        basedOn: 'Normal',
        run: { size: 24 },
        paragraph: { spacing: { after: 80 } },
      },
      {
        id: StyleId.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        // Not a heading style: the contents page must not list itself or show in the outline.
        run: { size: 34, bold: true, color: accent },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: StyleId.quote,
        name: 'Quote',
        basedOn: 'Normal',
        run: { italics: true, color: muted },
        paragraph: {
          indent: { left: 567 },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: ruleColor, space: 8 } },
        },
      },
      {
        id: StyleId.code,
        name: 'Code Block',
        basedOn: 'Normal',
        run: { font: codeFont, size: 19 },
        paragraph: {
          spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
          shading: { type: ShadingType.CLEAR, fill: softFill, color: 'auto' },
        },
      },
    ],
  };
}

const bulletSymbols = ['•', '–', '▪'];

function levels(format: (level: number) => Omit<ILevelsOptions, 'level'>): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 567 * (level + 1), hanging: 340 } } },
    ...format(level),
  }));
}

export const bulletList: NumberingDefinition = {
  reference: 'bullet-list',
  levels: levels((level) => ({
    format: LevelFormat.BULLET,
    text: bulletSymbols[level % bulletSymbols.length] ?? '•',
  })),
};

/**
 * One definition per first number, since Word keeps the start on the definition. A list uses
 * only the level of its depth, in an instance of its own, so every level starts at `start`.
 */
export function orderedList(start: number): NumberingDefinition {
  return {
    reference: `ordered-list-${start}`,
    levels: levels((level) => ({
      format: LevelFormat.DECIMAL,
      text: `%${level + 1}.`,
      start,
    })),
  };
}
