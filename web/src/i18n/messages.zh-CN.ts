import zhCNModule from 'antd/es/locale/zh_CN.js';
import { esDefault } from './antdLocales.js';
import { expertsZhCN } from './experts.zh-CN.js';
import { intakeWorkspaceZhCN, intakeZhCN } from './intake.zh-CN.js';
import { zhCN } from './zh-CN.js';

/** Everything the interface says in Chinese, loaded only when Chinese is shown (i18n.ts). */
export const messages = {
  translation: [zhCN, expertsZhCN, intakeWorkspaceZhCN],
  intake: intakeZhCN,
  antd: esDefault(zhCNModule),
};
