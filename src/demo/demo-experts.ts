import { insertAccount } from '../accounts/accounts-repository.js';
import { expertUsername } from '../experts/core/expert-username.js';
import { appendAudit } from '../audit/audit-repository.js';
import type { ExpertProfile } from '../experts/core/expert.js';
import { identityCheckCharacter, maskIdentityNumber } from '../experts/core/identity-number.js';
import { insertExpert } from '../experts/experts-repository.js';
import type { IndustrySection } from '../organisations/core/organisation.js';
import type { Transaction } from '../platform/db/database.js';
import { NO_PASSWORD } from '../platform/security/password-hashing.js';

const SURNAMES = [
  '张',
  '王',
  '李',
  '赵',
  '刘',
  '陈',
  '杨',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
];
const GIVEN = [
  '伟',
  '秀英',
  '志强',
  '海燕',
  '国庆',
  '丽娟',
  '红军',
  '晓明',
  '文博',
  '雪梅',
  '振宇',
  '慧敏',
  '立新',
  '春华',
  '永刚',
  '佳琪',
];
const EMPLOYERS = [
  '郑州大学',
  '河南省质量工程职业学院',
  '河南省产品质量监督检验院',
  '郑州轻工业大学',
  '河南工业大学',
  '中国质量认证中心郑州分中心',
];
const INDUSTRY_CYCLE: IndustrySection[][] = [
  ['C'],
  ['C', 'M'],
  ['C'],
  ['I'],
  ['C', 'I'],
  ['M'],
  ['F'],
  ['C'],
  ['E'],
  ['C', 'F'],
  ['I', 'M'],
  ['C'],
  ['Q'],
  ['M', 'Q'],
  ['G'],
  ['G', 'F'],
];

function demoIdentity(n: number): string {
  const first17 = `41010519${String(60 + (n % 30)).padStart(2, '0')}0${(n % 9) + 1}1${n % 10}${String(100 + n).slice(-3)}`;
  return first17 + identityCheckCharacter(first17);
}

/** The name of the demo account "expert" and of its expert record, the first of the pool. */
export const DEMO_EXPERT_NAME = `${SURNAMES[0]}${GIVEN[0]}`;

/** Sixteen experts for the demo pool; the first belongs to the demo account "expert". */
export function demoExpertProfiles(): ExpertProfile[] {
  return SURNAMES.map((surname, i) => ({
    name: `${surname}${GIVEN[i]}`,
    identityNumber: demoIdentity(i + 1),
    employer: EMPLOYERS[i % EMPLOYERS.length]!,
    employerCreditCode: null,
    title: i % 3 === 0 ? '教授' : i % 3 === 1 ? '高级工程师' : '研究员',
    qualifications: [
      {
        name: '卓越绩效评价师',
        certificateNumber: `PE-2024-${String(i + 1).padStart(4, '0')}`,
        expiresOn: '2029-12-31',
      },
    ],
    industries: INDUSTRY_CYCLE[i]!,
    yearsInQualityWork: 8 + (i % 15),
    region: '郑州市',
    phone: `1393710${String(i + 1).padStart(4, '0')}`,
    email: null,
    canLead: i % 4 === 0,
    formerEmployers: [],
  }));
}

export async function seedDemoExperts(tx: Transaction, demoExpertUserId: string): Promise<void> {
  const system = { actorId: null, clientIp: null };
  for (const [index, profile] of demoExpertProfiles().entries()) {
    const userId =
      index === 0
        ? demoExpertUserId
        : await insertAccount(tx, {
            username: expertUsername(10_000_000 + index),
            displayName: profile.name,
            email: null,
            phone: profile.phone,
            passwordHash: NO_PASSWORD,
            mustChangePassword: false,
            roles: [{ role: 'expert' }],
          });
    const id = await insertExpert(tx, 'jinshui', userId, profile);
    await appendAudit(tx, system, {
      action: 'expert.created',
      recordType: 'expert',
      recordId: id,
      after: { ...profile, identityNumber: maskIdentityNumber(profile.identityNumber), demo: true },
    });
  }
}
