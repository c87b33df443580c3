import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('demo mode (issue 16.1)', () => {
  it('is on for the embedded quick start only, unless SEED_DEMO says otherwise', () => {
    expect(loadConfig({}).demoMode).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).demoMode).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/award' }).demoMode).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/award', SEED_DEMO: 'yes' }).demoMode).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/award', SEED_DEMO: 'true' }).demoMode).toBe(true);
  });

  it('reads the password strength minimum and the activation code lifetime', () => {
    expect(loadConfig({}).password.minStrength).toBe(3);
    expect(loadConfig({ PASSWORD_MIN_STRENGTH: '4' }).password.minStrength).toBe(4);
    expect(() => loadConfig({ PASSWORD_MIN_STRENGTH: '5' })).toThrow(/PASSWORD_MIN_STRENGTH/);
    expect(loadConfig({}).activationCodeHours).toBe(72);
    expect(() => loadConfig({ ACTIVATION_CODE_HOURS: '0' })).toThrow(/ACTIVATION_CODE_HOURS/);
  });
});

describe('the public footer’s lines (issue 14.7)', () => {
  it('leaves every line empty unless configured, so the footer shows none of them', () => {
    expect(loadConfig({}).site).toEqual({
      contactPhone: null,
      contactEmail: null,
      contactAddress: null,
      helpUrl: null,
      icpFiling: null,
      policeFiling: null,
    });
    expect(loadConfig({ SITE_ICP_FILING: '  ' }).site.icpFiling).toBeNull();
  });

  it('reads the contact, help and filing lines, and refuses a help address that is not a link', () => {
    const site = loadConfig({
      SITE_CONTACT_PHONE: '0371-60000000',
      SITE_HELP_URL: 'https://example.gov.cn/help',
      SITE_ICP_FILING: '豫ICP备00000000号-1',
      SITE_POLICE_FILING: '豫公网安备41010502000001号',
    }).site;
    expect(site).toMatchObject({ contactPhone: '0371-60000000', icpFiling: '豫ICP备00000000号-1' });
    expect(() => loadConfig({ SITE_HELP_URL: 'javascript:alert(1)' })).toThrow(/SITE_HELP_URL/);
  });
});
