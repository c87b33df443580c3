import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The text of a PDF as pdftotext (poppler-utils, installed by .ci/run) reads it. A missing tool
 * fails the test that asks: a check of what a document says must not pass by skipping.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qa-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    await writeFile(file, pdf);
    const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', file, '-'], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT')
        throw new Error('pdftotext is missing: apt-get install poppler-utils (.ci/run installs it)');
      throw error;
    });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
