import { Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { Actor } from '../accounts/core/actor.js';
import { findAccountForSignIn } from '../accounts/accounts-repository.js';
import type { RequestContext } from '../accounts/request-context.js';
import type { LoadedApplication } from '../applications/application-facts.js';
import { loadApplicationRules } from '../applications/application-facts.js';
import { findApplication } from '../applications/applications-repository.js';
import type { ApplicationForm } from '../applications/core/application-form.js';
import { DECLARATION_CLAUSES } from '../applications/core/application-form.js';
import { decidePreliminaryCheck } from '../applications/use-cases/decide-preliminary-check.js';
import { recordEndorsement } from '../applications/use-cases/record-endorsement.js';
import { requestEndorsement } from '../applications/use-cases/request-endorsement.js';
import { saveApplicationForm } from '../applications/use-cases/save-application-form.js';
import { startApplication } from '../applications/use-cases/start-application.js';
import { submitApplication } from '../applications/use-cases/submit-application.js';
import { uploadApplicationFile } from '../applications/use-cases/upload-application-file.js';
import { createCycle } from '../cycles/use-cases/create-cycle.js';
import { moveCycle } from '../cycles/use-cases/move-cycle.js';
import { findPanel } from '../draws/panels-repository.js';
import { createPanel } from '../draws/use-cases/create-panel.js';
import { freezePanelPool } from '../draws/use-cases/freeze-pool.js';
import { runDraw } from '../draws/use-cases/run-draw.js';
import { creditCodeCheckCharacter } from '../organisations/core/credit-code.js';
import { registerOrganisation } from '../organisations/use-cases/register-organisation.js';
import type { Services } from '../platform/context.js';
import { addDays, shanghaiDate, shanghaiDayStart } from '../platform/kernel/time.js';
import { listReference } from '../reference/reference-repository.js';
import { gbt19580_2012 } from '../scoring/frameworks/gbt19580-2012.js';
import { DEMO_PASSWORD } from './seed-demo.js';

/** The organisations of the demo cycle beside the demo applicant, and how far each got. */
export const DEMO_APPLICANTS = [
  {
    username: 'huaxia',
    name: '郑州华夏精密仪器有限公司',
    first17: '91410105MA0026011',
    stage: 'awaiting_endorsement',
  },
  {
    username: 'zhongyuan',
    name: '河南中原智能装备股份有限公司',
    first17: '91410105MA0026028',
    stage: 'endorsed',
  },
  {
    username: 'jinshui',
    name: '郑州金水新材料科技有限公司',
    first17: '91410105MA0026036',
    stage: 'submitted',
  },
  { username: 'songshan', name: '郑州嵩山电气有限公司', first17: '91410105MA0026044', stage: 'accepted' },
] as const;

export const DEMO_PANEL_NAME = '制造业一组';

/** What the demo cycle put where, for the start-up message and the test. */
export interface DemoCycle {
  cycleId: string;
  year: number;
  applications: { organisation: string; username: string; status: string; applicationId: string }[];
  panelId: string;
}

function pdf(text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text(text);
    doc.end();
  });
}

function demoForm(
  reportFileId: string,
  evidenceFileId: string,
  lastYear: number,
  n: number,
): ApplicationForm {
  return {
    registeredInJurisdiction: true,
    legalPerson: true,
    employees: 420 + n * 130,
    mainProducts: ['智能仪表、工业传感器', '数控机床、工业机器人', '高性能复合材料', '输配电设备'][n % 4]!,
    financials: [0, 1, 2].map((back) => ({
      year: lastYear - back,
      revenue: 38_000 + n * 6000 - back * 2500,
      profitAndTax: 4_600 + n * 500 - back * 200,
      totalAssets: 61_000 + n * 9000 - back * 4000,
      netProfit: 2_700 + n * 300 - back * 100,
    })),
    qms: {
      certified: true,
      standard: 'GB/T 19001-2016 / ISO 9001:2015',
      certificateNumber: `00119Q3${String(1200 + n)}R2L`,
      certificationBody: '中国质量认证中心',
      effectiveSince: '2015-06-01',
    },
    honours: n % 2 === 0 ? ['henan_famous_product'] : [],
    declarations: Object.fromEntries(
      DECLARATION_CLAUSES.map((clause) => [clause, { compliant: true, note: '', fileIds: [evidenceFileId] }]),
    ),
    overview: '本单位坚持质量第一，导入卓越绩效管理模式，主要产品质量指标处于国内同行业领先水平。'.repeat(4),
    selfAssessment: Object.fromEntries(
      gbt19580_2012.categories.flatMap((c) =>
        c.items.map((i) => [i.code, `围绕“${i.title.zh}”，本单位建立了相应的制度与方法并持续改进。`]),
      ),
    ),
    selfAssessmentReportFileId: reportFileId,
  };
}

/**
 * A cycle in progress for the demo, made through the use cases by the demo people, so the data is
 * what the platform would have made: the chair approved the criteria and the Office published the
 * announcement; the demo applicant's application is a complete draft, others wait for the
 * endorsers, are endorsed, submitted, or accepted; the accepted one has a panel drawn from the pool.
 * Only in demo mode, on a fresh demo database.
 */
export async function seedDemoCycle(services: Services): Promise<DemoCycle> {
  const now = services.clock();
  const as = async (username: string): Promise<RequestContext> => {
    const account = (await findAccountForSignIn(services.db, username))!;
    const actor: Actor = {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      roles: account.roles,
      organisationId: account.organisationId,
    };
    return { ...services, actor, clientIp: null, userAgent: 'demo data' };
  };
  const office = await as('office');
  const chair = await as('chair');
  const town = await as('town');
  const dept = await as('dept');

  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const deadlineDay = addDays(today, 45);
  const cycle = await createCycle(office, {
    rulesVersionId: 'jinshui-2011',
    frameworkId: 'gbt19580-2012',
    year,
    announcementDate: addDays(today, -7),
    applicationDeadline: new Date(shanghaiDayStart(deadlineDay).getTime() + 17 * 3_600_000),
    plan: {
      preliminaryCheckBy: addDays(deadlineDay, 10),
      materialReviewFrom: addDays(deadlineDay, 14),
      materialReviewTo: addDays(deadlineDay, 35),
    },
    announcement: { contacts: [{ name: '李娜', phone: '0371-65550000' }] },
  });
  await moveCycle(chair, cycle.id, 'criteria_approved');
  await moveCycle(office, cycle.id, 'published');

  const towns = await listReference(services.db, 'towns', 'jinshui');
  const departments = await listReference(services.db, 'departments', 'jinshui');
  const townId = (towns.find((t) => t.name.zh === '庙李镇') ?? towns[0]!).id;
  const departmentId = (departments.find((d) => d.code === 'D-MSR') ?? departments[0]!).id;

  const load = async (id: string): Promise<LoadedApplication> =>
    loadApplicationRules(services.db, (await findApplication(services.db, id))!);

  /** Starts the application of this organisation's account and fills it in completely. */
  const prepare = async (applicant: RequestContext, n: number) => {
    const started = await startApplication(applicant, cycle.id);
    const upload = async (purpose: 'self-assessment-report' | 'evidence', name: string, text: string) =>
      uploadApplicationFile(applicant, await load(started.id), {
        stream: Readable.from(await pdf(text)),
        originalName: name,
        purpose,
      });
    const report = await upload('self-assessment-report', '自评报告.pdf', 'Self-assessment report (demo)');
    const evidence = await upload('evidence', '营业执照.pdf', 'Business licence (demo)');
    const loaded = await load(started.id);
    await saveApplicationForm(
      applicant,
      loaded,
      loaded.application.revision,
      demoForm(report.id, evidence.id, year - 1, n),
    );
    return started.id;
  };

  const demoApplicant = await as('applicant');
  const draftId = await prepare(demoApplicant, 0);
  const applications: DemoCycle['applications'] = [
    {
      organisation: (await load(draftId)).application.organisationName,
      username: 'applicant',
      status: 'draft',
      applicationId: draftId,
    },
  ];

  let acceptedId = '';
  for (const [index, who] of DEMO_APPLICANTS.entries()) {
    await registerOrganisation(
      { ...services, actor: null, clientIp: null, userAgent: 'demo data' },
      {
        organisation: {
          creditCode: who.first17 + creditCodeCheckCharacter(who.first17),
          name: who.name,
          kind: 'enterprise',
          address: `郑州市金水区庙李镇创新路 ${20 + index * 2} 号`,
          townId,
          departmentId,
          legalRepresentative: ['陈国华', '孙明远', '黄志坚', '马立群'][index]!,
          industry: 'C',
          registrationDate: `${2008 + index}-05-18`,
          contactName: ['韩雪', '高峰', '罗敏', '宋涛'][index]!,
          contactPhone: `0371-6588${String(1000 + index)}`,
          contactEmail: `${who.username}@demo.jinshui.example`,
        },
        account: {
          username: who.username,
          displayName: `${who.name} ${['韩雪', '高峰', '罗敏', '宋涛'][index]!}`,
          password: DEMO_PASSWORD,
        },
      },
    );
    const applicant = await as(who.username);
    const id = await prepare(applicant, index + 1);
    await requestEndorsement(applicant, await load(id));
    if (who.stage !== 'awaiting_endorsement') {
      await recordEndorsement(town, await load(id), {
        decision: 'agreed',
        comments: '该单位在本镇依法经营，质量管理基础扎实，同意推荐。',
      });
      await recordEndorsement(dept, await load(id), {
        decision: 'agreed',
        comments: '主要质量指标处于同行业前列，同意推荐。',
      });
    }
    if (who.stage === 'submitted' || who.stage === 'accepted')
      await submitApplication(applicant, await load(id));
    if (who.stage === 'accepted') {
      await decidePreliminaryCheck(office, await load(id), {
        decision: 'accepted',
        note: '材料齐全，资格初审通过。',
        overrides: [],
      });
      acceptedId = id;
    }
    applications.push({
      organisation: who.name,
      username: who.username,
      status: who.stage,
      applicationId: id,
    });
  }

  // Seven seats from the seven manufacturing experts and no reserves: each of them, the demo
  // expert among them, has a seat to answer; the draw decides who leads. (A reserve is not
  // invited, so with reserves the demo expert would miss the seat whenever drawn as one.)
  const planned = await createPanel(office, cycle.id, {
    name: DEMO_PANEL_NAME,
    industries: ['C'],
    applicationIds: [acceptedId],
    size: 7,
    reserves: 0,
  });
  await freezePanelPool(office, planned);
  await runDraw(office, (await findPanel(services.db, planned.id))!, {
    publicValue: `${year}年 演示数据 公开随机数 ${shanghaiDate(now).replaceAll('-', '')}`,
    supervisorName: '区纪委 王监督（演示）',
  });
  return { cycleId: cycle.id, year, applications, panelId: planned.id };
}
