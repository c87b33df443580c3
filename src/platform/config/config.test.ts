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

describe('loadConfig', () => {
  it('marks cookies Secure by default (issue 15.7)', () => {
    expect(loadConfig({}).session.secureCookies).toBe(true);
    expect(loadConfig({ SECURE_COOKIES: 'true' }).session.secureCookies).toBe(true);
    expect(loadConfig({ SECURE_COOKIES: '' }).session.secureCookies).toBe(true);
  });

  it('serves plain HTTP only when told so explicitly', () => {
    expect(loadConfig({ SECURE_COOKIES: 'false' }).session.secureCookies).toBe(false);
  });

  it('refuses a SECURE_COOKIES that is neither true nor false, rather than guessing', () => {
    expect(() => loadConfig({ SECURE_COOKIES: 'no' })).toThrow(/SECURE_COOKIES must be true or false/);
  });

  it('sweeps file storage hourly with an hour of grace by default', () => {
    expect(loadConfig({}).fileSweep).toEqual({ graceMinutes: 60, intervalMinutes: 60 });
    expect(() => loadConfig({ FILES_SWEEP_GRACE_MINUTES: '0' })).toThrow(/FILES_SWEEP_GRACE_MINUTES/);
  });

  it('listens on this machine only unless HOST says otherwise (issue 16.6)', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
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
