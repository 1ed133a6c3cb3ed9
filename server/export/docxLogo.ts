import { ImageRun, Paragraph } from 'docx';
import { logoAltText } from '../../shared/public/logoAltText';

/** The municipality's logo as checked on upload (server/files/logoImage.ts). */
export interface DocxLogo {
  kind: 'png' | 'svg';
  bytes: Uint8Array;
  /** Its own size in CSS pixels, for its proportions. */
  width: number;
  height: number;
}

/** A logo is shown at most this large on the title page (pixels at 96 dpi: 6 × 2.5 cm). */
const box = { width: 227, height: 94 };

/**
 * A transparent 1 × 1 PNG. Word draws an SVG itself (from 2016, and Word online); the fallback
 * picture DOCX requires beside it is for older readers, which then show no logo rather than a
 * picture rasterised here without a renderer to do it well.
 */
const blankPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Fitted inside the box, its proportions kept, never enlarged past twice its own size. */
export function logoSize(logo: Pick<DocxLogo, 'width' | 'height'>): { width: number; height: number } {
  const scale = Math.min(box.width / logo.width, box.height / logo.height, 2);
  return {
    width: Math.max(1, Math.round(logo.width * scale)),
    height: Math.max(1, Math.round(logo.height * scale)),
  };
}

/** The logo above the municipality's name, with the name as its alternative text. */
export function logoParagraph(logo: DocxLogo, municipality: string): Paragraph {
  const alt = logoAltText(municipality);
  const altText = { name: 'Logo', description: alt, title: alt };
  const transformation = logoSize(logo);
  const image =
    logo.kind === 'svg'
      ? new ImageRun({
          type: 'svg',
          data: logo.bytes,
          fallback: { type: 'png', data: blankPng },
          transformation,
          altText,
        })
      : new ImageRun({ type: 'png', data: logo.bytes, transformation, altText });
  return new Paragraph({ spacing: { before: 1200, after: 0 }, children: [image] });
}
