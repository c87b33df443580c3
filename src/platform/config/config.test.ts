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
