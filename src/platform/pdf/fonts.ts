import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type PDFDocument from 'pdfkit';

/**
 * The CJK fonts embedded in the PDFs we issue (receipts, later certificates): Noto Sans Hans
 * (SIL OFL) from @embedpdf/fonts-sc. pdfkit embeds only the glyphs a document uses.
 */
export const FONT_FILES = {
  regular: 'NotoSansHans-Regular.otf',
  bold: 'NotoSansHans-Bold.otf',
} as const;
export type FontWeight = keyof typeof FONT_FILES;

/** The names under which `registerFonts` makes the fonts available to `doc.font(…)`. */
export const FONT_NAMES: Readonly<Record<FontWeight, string>> = {
  regular: 'NotoSansHans-Regular',
  bold: 'NotoSansHans-Bold',
};

const PACKAGE = '@embedpdf/fonts-sc';
let fontDirectory: string | undefined;

/**
 * The folder holding the font files. The package exports no package.json, so this resolves its
 * entry point and walks up to the package root (robust to hoisting and to where this file runs).
 */
export function fontDirectoryPath(): string {
  if (fontDirectory) return fontDirectory;
  const entry = createRequire(import.meta.url).resolve(PACKAGE);
  for (let dir = path.dirname(entry); ; dir = path.dirname(dir)) {
    if (isPackageRoot(dir)) {
      fontDirectory = path.join(dir, 'fonts');
      return fontDirectory;
    }
    if (path.dirname(dir) === dir) throw new Error(`Cannot find the root of ${PACKAGE} above ${entry}`);
  }
}

function isPackageRoot(dir: string): boolean {
  const manifest = path.join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE;
}

export function fontPath(weight: FontWeight): string {
  return path.join(fontDirectoryPath(), FONT_FILES[weight]);
}

let loaded: Promise<Record<FontWeight, Buffer>> | undefined;

/** The font files' bytes, read once (≈ 8 MB each) and shared by every document. */
export function loadFonts(): Promise<Record<FontWeight, Buffer>> {
  loaded ??= Promise.all([readFile(fontPath('regular')), readFile(fontPath('bold'))]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loaded = undefined; // let a later call try again
      throw error;
    },
  );
  return loaded;
}

/** Registers both weights on a pdfkit document under FONT_NAMES. */
export async function registerFonts(doc: typeof PDFDocument): Promise<void> {
  const fonts = await loadFonts();
  doc.registerFont(FONT_NAMES.regular, fonts.regular);
  doc.registerFont(FONT_NAMES.bold, fonts.bold);
}
