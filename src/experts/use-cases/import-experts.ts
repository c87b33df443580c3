import { actingProgramme } from '../../accounts/http/authorize.js';
import type { RequestContext } from '../../accounts/request-context.js';
import { shanghaiDate } from '../../platform/kernel/time.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { LocalizedText } from '../../platform/i18n/localized.js';
import { validateImport } from '../core/expert-row.js';
import { readExpertSheet } from '../expert-sheet.js';
import { insertExpertWithAccount } from './create-expert.js';

export interface ImportProblem {
  row: number;
  column: string;
  message: LocalizedText;
}

/**
 * Imports a sheet all or nothing: every row is checked first, then all are written in one
 * transaction; a problem anywhere (including an identity number already in the pool) imports none.
 */
export async function importExperts(context: RequestContext, sheet: Buffer): Promise<{ imported: number }> {
  const read = await readExpertSheet(sheet);
  if ('error' in read)
    throw new AppError('expert/import-rejected', {
      params: { count: 1 },
      details: [{ path: 'file', message: read.error }],
    });
  const checked = validateImport(read.rows, shanghaiDate(context.clock()));
  if (!checked.ok) throw importRejected(checked.errors);
  const rowNumbers = read.rows.map((r) => r.rowNumber);
  const programmeId = actingProgramme(context.actor, 'expert.manage');
  await context.db.transaction(async (tx) => {
    for (const [index, profile] of checked.profiles.entries()) {
      try {
        await insertExpertWithAccount(tx, context, profile, programmeId);
      } catch (error) {
        if (error instanceof AppError && error.code === 'expert/identity-taken') {
          throw importRejected([
            {
              row: rowNumbers[index] ?? index + 2,
              column: 'identityNumber',
              message: { zh: '该身份证号码已在专家库中', en: 'this identity number is already in the pool' },
            },
          ]);
        }
        throw error;
      }
    }
  });
  return { imported: checked.profiles.length };
}

function importRejected(errors: ImportProblem[]): AppError {
  return new AppError('expert/import-rejected', {
    params: { count: errors.length },
    details: errors.map((e) => ({
      path: `row ${e.row} / ${e.column}`,
      message: {
        zh: `第 ${e.row} 行 ${e.column}：${e.message.zh}`,
        en: `row ${e.row}, ${e.column}: ${e.message.en}`,
      },
    })),
  });
}
