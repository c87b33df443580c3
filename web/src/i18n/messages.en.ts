import enUSModule from 'antd/es/locale/en_US.js';
import { esDefault } from './antdLocales.js';
import { en } from './en.js';
import { expertsEn } from './experts.en.js';
import { intakeEn, intakeWorkspaceEn } from './intake.en.js';

/** Everything the interface says in English, loaded only when English is shown (i18n.ts). */
export const messages = {
  translation: [en, expertsEn, intakeWorkspaceEn],
  intake: intakeEn,
  antd: esDefault(enUSModule),
};
