import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCycle,
  endorse,
  moveCycle,
  OPENED_AT,
  prepareApplication,
  referenceIds,
  registerOrganisation,
  SCENARIO_YEAR,
  signedIn,
  submit,
} from './support/scenario-steps.js';
import { pdfText } from './support/pdf-text.js';
import { createTestPlatform, type TestClient, type TestPlatform } from './support/test-platform.js';

/** pdftotext puts CJK glyphs of one line together but may break lines anywhere: compare without white space. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the application printed as a 申报书 (PDF)', { timeout: 60_000 }, () => {
  let platform: TestPlatform;
  let office: TestClient;
  let town: TestClient;
  let applicant: TestClient;
  let other: TestClient;
  let applicationId = '';

  beforeAll(async () => {
    platform = await createTestPlatform();
    platform.clock.now = OPENED_AT;
    office = await signedIn(platform, 'office');
    const chair = await signedIn(platform, 'chair');
    town = await signedIn(platform, 'town');
    const dept = await signedIn(platform, 'dept');
    const cycle = await createCycle(office);
    await moveCycle(chair, cycle.id, 'criteria_approved');
    await moveCycle(office, cycle.id, 'published');
    const scope = await referenceIds(platform.client(), '庙李镇', 'D-MSR');
    applicant = (
      await registerOrganisation(platform, scope, {
        n: 2701,
        username: 'printer',
        name: '郑州印证精工有限公司',
      })
    ).client;
    other = (
      await registerOrganisation(platform, scope, {
        n: 2702,
        username: 'bystander',
        name: '郑州旁观者有限公司',
      })
    ).client;
    applicationId = (await prepareApplication(applicant, cycle.id, SCENARIO_YEAR - 1)).applicationId;
    expect((await applicant.post(`/api/applications/${applicationId}/endorsement-request`)).statusCode).toBe(
      200,
    );
    await endorse(town, applicationId, '该单位质量管理基础扎实，同意推荐');
    await endorse(dept, applicationId, '行业领先，同意推荐');
    await submit(applicant, applicationId);
  });
  afterAll(() => platform.close());

  it('states the organisation, each section with its answers and the endorsements', async () => {
    const response = await applicant.get(`/api/applications/${applicationId}/document.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('申报书'));
    const text = squeeze(await pdfText(response.rawPayload));
    for (const expected of [
      '申报书',
      '郑州印证精工有限公司',
      '庙李镇',
      '已提交，待初审',
      '一、申报单位基本情况',
      '智能仪表、工业传感器',
      '三、质量管理体系',
      '五、申报条件声明（第八条、第九条）',
      '第八条(一)',
      '第九条(九)',
      '营业执照.pdf',
      '七、自评（GB/T19580）',
      '4.1.2高层领导的作用',
      '条款4.1.2的自评说明。',
      '八、推荐意见（第十四条）',
      '该单位质量管理基础扎实，同意推荐',
      '行业领先，同意推荐',
      '同意推荐',
    ])
      expect(text, expected).toContain(squeeze(expected));
  });

  it('is downloaded by the Office too', async () => {
    const response = await office.get(`/api/applications/${applicationId}/document.pdf`);
    expect(response.statusCode).toBe(200);
    expect(squeeze(await pdfText(response.rawPayload))).toContain('郑州印证精工有限公司');
  });

  it('is not found for another organisation, nor for the endorsers who read it on screen', async () => {
    expect((await other.get(`/api/applications/${applicationId}/document.pdf`)).statusCode).toBe(404);
    expect((await town.get(`/api/applications/${applicationId}/document.pdf`)).statusCode).toBe(404);
  });
});
