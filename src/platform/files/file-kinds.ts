import type { LocalizedText } from '../i18n/localized.js';

/**
 * The kinds of file the platform accepts. Which kinds a given upload accepts (an application's
 * attachments, an expert's photo…) is the caller's choice.
 */
export const FILE_KINDS = ['pdf', 'image', 'office'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** What content sniffing (file-type) says a file is; undefined when it could not tell (e.g. text). */
export interface DetectedType {
  ext: string;
  mime: string;
}

interface AcceptedFormat {
  kind: FileKind;
  /** Shown to people when the name and the content disagree. */
  label: string;
  /** File-name extensions this content may carry, each with the media type we store for it. */
  extensions: Readonly<Record<string, string>>;
}

/**
 * Accepted formats, keyed by the extension file-type reports for the content. Legacy Office
 * files are all Compound File Binary ('cfb') to file-type, so their name tells which one it is.
 */
const ACCEPTED_FORMATS: Readonly<Record<string, AcceptedFormat>> = {
  pdf: { kind: 'pdf', label: 'PDF', extensions: { pdf: 'application/pdf' } },
  jpg: { kind: 'image', label: 'JPEG', extensions: { jpg: 'image/jpeg', jpeg: 'image/jpeg' } },
  png: { kind: 'image', label: 'PNG', extensions: { png: 'image/png' } },
  gif: { kind: 'image', label: 'GIF', extensions: { gif: 'image/gif' } },
  webp: { kind: 'image', label: 'WebP', extensions: { webp: 'image/webp' } },
  tif: { kind: 'image', label: 'TIFF', extensions: { tif: 'image/tiff', tiff: 'image/tiff' } },
  bmp: { kind: 'image', label: 'BMP', extensions: { bmp: 'image/bmp' } },
  docx: {
    kind: 'office',
    label: 'DOCX',
    extensions: { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  },
  xlsx: {
    kind: 'office',
    label: 'XLSX',
    extensions: { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  },
  pptx: {
    kind: 'office',
    label: 'PPTX',
    extensions: { pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  },
  cfb: {
    kind: 'office',
    label: 'DOC/XLS/PPT',
    extensions: {
      doc: 'application/msword',
      xls: 'application/vnd.ms-excel',
      ppt: 'application/vnd.ms-powerpoint',
    },
  },
  odt: { kind: 'office', label: 'ODT', extensions: { odt: 'application/vnd.oasis.opendocument.text' } },
  ods: {
    kind: 'office',
    label: 'ODS',
    extensions: { ods: 'application/vnd.oasis.opendocument.spreadsheet' },
  },
  odp: {
    kind: 'office',
    label: 'ODP',
    extensions: { odp: 'application/vnd.oasis.opendocument.presentation' },
  },
};

const KIND_LABELS: Readonly<Record<FileKind, LocalizedText>> = {
  pdf: { zh: 'PDF 文件', en: 'PDF files' },
  image: { zh: '图片（JPEG、PNG、GIF、WebP、TIFF、BMP）', en: 'images (JPEG, PNG, GIF, WebP, TIFF, BMP)' },
  office: {
    zh: 'Office 文档（DOCX、XLSX、PPTX、DOC、XLS、PPT、ODT、ODS、ODP）',
    en: 'Office documents (DOCX, XLSX, PPTX, DOC, XLS, PPT, ODT, ODS, ODP)',
  },
};

export type Classification =
  | { ok: true; kind: FileKind; mediaType: string; extension: string }
  | { ok: false; problem: 'not-allowed' | 'mismatch'; detectedLabel: string };

/**
 * Decides whether a file may be kept, from its sniffed content and the name it came with.
 *
 * - Content we cannot identify, or of a kind not in `allowedKinds`, is 'not-allowed' (an .exe
 *   renamed .pdf is refused as 'exe', a text file as 'unknown').
 * - Content of an allowed kind whose name does not carry one of that format's extensions is a
 *   'mismatch' (a .docx renamed .pdf, or a name with no extension): the name would mislead
 *   whoever opens the file later, so the uploader is asked to fix it.
 */
export function classify(
  detected: DetectedType | undefined,
  originalName: string,
  allowedKinds: readonly FileKind[],
): Classification {
  if (!detected) return { ok: false, problem: 'not-allowed', detectedLabel: 'unknown' };
  const format = Object.hasOwn(ACCEPTED_FORMATS, detected.ext) ? ACCEPTED_FORMATS[detected.ext] : undefined;
  if (!format || !allowedKinds.includes(format.kind)) {
    return { ok: false, problem: 'not-allowed', detectedLabel: format?.label ?? detected.ext };
  }
  const extension = extensionOf(originalName);
  const mediaType = Object.hasOwn(format.extensions, extension) ? format.extensions[extension] : undefined;
  if (mediaType === undefined) return { ok: false, problem: 'mismatch', detectedLabel: format.label };
  return { ok: true, kind: format.kind, mediaType, extension };
}

/** The lower-cased extension of a file name, without the dot; '' when it has none. */
export function extensionOf(name: string): string {
  const base = name.trim().split(/[/\\]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** What the given kinds accept, for the "please upload …" part of a refusal. */
export function describeKinds(kinds: readonly FileKind[]): LocalizedText {
  const labels = FILE_KINDS.filter((kind) => kinds.includes(kind)).map((kind) => KIND_LABELS[kind]);
  return {
    zh: joinAlternatives(
      labels.map((l) => l.zh),
      '、',
      '或',
    ),
    en: joinAlternatives(
      labels.map((l) => l.en),
      ', ',
      ' or ',
    ),
  };
}

function joinAlternatives(items: string[], separator: string, lastSeparator: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(separator)}${lastSeparator}${items.at(-1)}`;
}
