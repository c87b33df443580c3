import { appendAudit } from '../audit/audit-repository.js';
import { insertAccount } from '../accounts/accounts-repository.js';
import type { Role } from '../accounts/core/roles.js';
import { INSTALLATION_ROLES } from '../accounts/core/roles.js';
import type { Database } from '../platform/db/database.js';
import { hashPassword } from '../platform/security/password-hashing.js';
import { registerRulesVersion } from '../programmes/register-catalogue.js';
import { insertProgramme, type NewProgramme } from '../programmes/programmes-repository.js';
import { jinshui2011 } from '../programmes/versions/jinshui-2011.js';
import { zhengzhouDemo2024 } from './rules/zhengzhou-demo-2024.js';
import { DEMO_EXPERT_NAME, seedDemoExperts } from './demo-experts.js';
import { insertOrganisation } from '../organisations/organisations-repository.js';
import { insertReference, listReference } from '../reference/reference-repository.js';

export const DEMO_PASSWORD = 'Demo#2026quality';

/**
 * The demo's second programme: a city award whose numbers and articles are unlike Jinshui's, so
 * that the two side by side show the rules come from data (issue 8.6).
 */
export const ZHENGZHOU_DEMO_PROGRAMME: NewProgramme = {
  id: 'zhengzhou-demo',
  name: { zh: '郑州市市长质量奖（演示）', en: "Zhengzhou Mayor's Quality Award (demo)" },
  issuer: { zh: '郑州市人民政府（演示）', en: "People's Government of Zhengzhou (demo)" },
  jurisdictionCode: '410100',
  level: 'city',
  receiptPrefix: 'ZZZ',
};

/** Competent departments of a district government that recommend applicants (Art. 8(6), Art. 14). */
const DEPARTMENTS = [
  { code: 'D-MSR', name: { zh: '区市场监督管理局', en: 'District Market Regulation Bureau' } },
  { code: 'D-DRC', name: { zh: '区发展和改革委员会', en: 'District Development and Reform Commission' } },
  {
    code: 'D-IIT',
    name: { zh: '区工业和信息化局', en: 'District Industry and Information Technology Bureau' },
  },
  { code: 'D-COM', name: { zh: '区商务局', en: 'District Commerce Bureau' } },
  { code: 'D-STI', name: { zh: '区科学技术局', en: 'District Science and Technology Bureau' } },
  {
    code: 'D-HCC',
    name: { zh: '区住房和城乡建设局', en: 'District Housing and Urban-Rural Development Bureau' },
  },
  { code: 'D-HEA', name: { zh: '区卫生健康委员会', en: 'District Health Commission' } },
  { code: 'D-EDU', name: { zh: '区教育局', en: 'District Education Bureau' } },
  { code: 'D-FIN', name: { zh: '区金融工作局', en: 'District Financial Affairs Bureau' } },
];

/** The demo applicant's organisation, registered in 庙李镇 under the market regulator. */
const DEMO_ORGANISATION = {
  creditCode: '91410105MA46BC8Q2K',
  name: '郑州示范科技有限公司',
  kind: 'enterprise' as const,
  address: '郑州市金水区庙李镇金杯路 18 号',
  legalRepresentative: '郑国强',
  industry: 'C' as const,
  registrationDate: '2012-04-16',
  contactName: '郑浩',
  contactPhone: '0371-63331234',
  contactEmail: 'zhenghao@demo.jinshui.example',
};

export interface DemoAccount {
  username: string;
  displayName: string;
  roles: Role[];
  /** The programme its programme roles are held in (installation-wide roles hold none). */
  programmeId: 'jinshui' | 'zhengzhou-demo';
}

/** The city's districts endorse for the city award as towns do for the district's (Art. 4 of its rules). */
export const ZHENGZHOU_LOCALITIES = [
  { code: 'Z01', name: { zh: '中原区', en: 'Zhongyuan District' } },
  { code: 'Z02', name: { zh: '二七区', en: 'Erqi District' } },
  { code: 'Z03', name: { zh: '管城回族区', en: 'Guancheng Hui District' } },
  { code: 'Z04', name: { zh: '金水区', en: 'Jinshui District' } },
  { code: 'Z05', name: { zh: '惠济区', en: 'Huiji District' } },
];
const ZHENGZHOU_DEPARTMENTS = [
  { code: 'ZD-MSR', name: { zh: '市市场监督管理局', en: 'Municipal Market Regulation Bureau' } },
  {
    code: 'ZD-IIT',
    name: { zh: '市工业和信息化局', en: 'Municipal Industry and Information Technology Bureau' },
  },
];

const JINSHUI_ACCOUNTS: Omit<DemoAccount, 'programmeId'>[] = [
  { username: 'admin', displayName: '系统管理员 王磊', roles: ['system_admin'] },
  { username: 'office', displayName: '评委会办公室 李娜', roles: ['office_staff'] },
  // The person's own name, as on their expert record (one person, one name).
  { username: 'expert', displayName: DEMO_EXPERT_NAME, roles: ['expert'] },
  { username: 'member', displayName: '评委会委员 刘洋', roles: ['committee_member'] },
  { username: 'chair', displayName: '评委会主任 陈静', roles: ['committee_chair', 'committee_member'] },
  { username: 'approver', displayName: '区政府 赵敏', roles: ['government_approver'] },
  // The installation's auditor: reads the trail of every programme.
  { username: 'auditor', displayName: '审计员 孙强', roles: ['auditor'] },
  { username: 'town', displayName: '庙李镇 周杰', roles: ['locality_endorser'] },
  { username: 'dept', displayName: '区市场监督管理局 吴芳', roles: ['department_endorser'] },
  { username: 'applicant', displayName: '郑州示范科技有限公司 郑浩', roles: ['applicant'] },
];

/** The second programme's own people: they see its records and nothing of Jinshui's. */
const ZHENGZHOU_ACCOUNTS: Omit<DemoAccount, 'programmeId'>[] = [
  { username: 'zz.office', displayName: '郑州市评委会办公室 马丽', roles: ['office_staff'] },
  {
    username: 'zz.chair',
    displayName: '郑州市评委会主任 高峰',
    roles: ['committee_chair', 'committee_member'],
  },
  { username: 'zz.auditor', displayName: '郑州市审计员 何平', roles: ['auditor'] },
  { username: 'zz.town', displayName: '中原区 罗军', roles: ['locality_endorser'] },
  { username: 'zz.dept', displayName: '市市场监督管理局 宋洁', roles: ['department_endorser'] },
];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  ...JINSHUI_ACCOUNTS.map((a) => ({ ...a, programmeId: 'jinshui' as const })),
  ...ZHENGZHOU_ACCOUNTS.map((a) => ({ ...a, programmeId: 'zhengzhou-demo' as const })),
];

// An arbitrary constant: servers starting together take turns deciding whether to seed.
const DEMO_SEED_LOCK = 7_241_013;

/** Loads reference data and one account per role, only into an empty database. Returns whether it did. */
export async function seedDemo(db: Database): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const system = { actorId: null, clientIp: null };
  // The second programme of the demo (its numbers and articles unlike Jinshui's), approved like a
  // shipped version and checked against its hash at every demo start.
  await db.transaction((tx) => insertProgramme(tx, ZHENGZHOU_DEMO_PROGRAMME, null));
  await registerRulesVersion(db, ZHENGZHOU_DEMO_PROGRAMME.id, zhengzhouDemo2024);
  return db.transaction(async (tx) => {
    // Decided under the lock, inside the transaction that seeds: the second server sees the first's rows.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [DEMO_SEED_LOCK]);
    const users = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
    if ((users[0]?.n ?? 0) > 0) return false;
    for (const [index, name] of jinshui2011.localities.entries()) {
      const code = `T${String(index + 1).padStart(2, '0')}`;
      const id = await insertReference(tx, 'towns', { programmeId: 'jinshui', code, name });
      await appendAudit(tx, system, {
        action: 'reference.towns.created',
        recordType: 'towns',
        recordId: String(id),
        after: { code, name },
      });
    }
    for (const department of DEPARTMENTS) {
      const id = await insertReference(tx, 'departments', { programmeId: 'jinshui', ...department });
      await appendAudit(tx, system, {
        action: 'reference.departments.created',
        recordType: 'departments',
        recordId: String(id),
        after: department,
      });
    }
    for (const town of ZHENGZHOU_LOCALITIES) {
      await insertReference(tx, 'towns', { programmeId: ZHENGZHOU_DEMO_PROGRAMME.id, ...town });
    }
    for (const department of ZHENGZHOU_DEPARTMENTS) {
      await insertReference(tx, 'departments', { programmeId: ZHENGZHOU_DEMO_PROGRAMME.id, ...department });
    }
    const towns = await listReference(tx, 'towns', 'jinshui');
    const departments = await listReference(tx, 'departments', 'jinshui');
    const [zhongyuan] = await listReference(tx, 'towns', ZHENGZHOU_DEMO_PROGRAMME.id);
    const [cityRegulator] = await listReference(tx, 'departments', ZHENGZHOU_DEMO_PROGRAMME.id);
    const miaoli = towns.find((t) => t.name.zh === '庙李镇') ?? towns[0]!;
    const regulator = departments.find((d) => d.code === 'D-MSR') ?? departments[0]!;
    const organisationId = await insertOrganisation(tx, {
      ...DEMO_ORGANISATION,
      townId: miaoli.id,
      departmentId: regulator.id,
    });
    await appendAudit(tx, system, {
      action: 'organisation.registered',
      recordType: 'organisation',
      recordId: organisationId,
      after: { ...DEMO_ORGANISATION, demo: true },
    });
    let expertUserId = '';
    for (const demo of DEMO_ACCOUNTS) {
      const jinshui = demo.programmeId === 'jinshui';
      const roles = demo.roles.map((role) => ({
        role,
        // Jinshui's auditor audits the installation; the city's audits its own programme.
        programmeId:
          INSTALLATION_ROLES.includes(role) || (role === 'auditor' && jinshui) ? null : demo.programmeId,
        townId: role === 'locality_endorser' ? (jinshui ? miaoli : zhongyuan!).id : null,
        departmentId: role === 'department_endorser' ? (jinshui ? regulator : cityRegulator!).id : null,
      }));
      const id = await insertAccount(tx, {
        username: demo.username,
        displayName: demo.displayName,
        email: `${demo.username}@demo.${jinshui ? 'jinshui' : 'zhengzhou'}.example`,
        phone: null,
        passwordHash,
        mustChangePassword: false,
        roles,
        organisationId: demo.roles.includes('applicant') ? organisationId : null,
      });
      await appendAudit(tx, system, {
        action: 'account.created',
        recordType: 'account',
        recordId: id,
        after: { username: demo.username, displayName: demo.displayName, roles, demo: true },
      });
      if (demo.username === 'expert') expertUserId = id;
    }
    await seedDemoExperts(tx, expertUserId);
    return true;
  });
}
