import { describe, expect, it } from 'vitest';
import { jurisdictionContains, jurisdictionProblem, levelOfCode } from './jurisdiction.js';

describe('GB/T 2260 jurisdictions', () => {
  it('reads the level from the code', () => {
    expect(levelOfCode('410000')).toBe('province');
    expect(levelOfCode('410100')).toBe('city');
    expect(levelOfCode('410105')).toBe('district');
    for (const bad of ['41010', '4101050', '010105', '41010a', ''])
      expect(levelOfCode(bad), bad).toBeUndefined();
  });

  it('refuses a level the code does not have, saying both', () => {
    expect(jurisdictionProblem('410105', 'district')).toBeUndefined();
    expect(jurisdictionProblem('410100', 'district')?.en).toBe(
      'code 410100 is of a city, but the award is set at district (county) level',
    );
    expect(jurisdictionProblem('41x105', 'district')?.zh).toContain('6 位数字');
  });

  it('contains the regions below it and no other', () => {
    expect(jurisdictionContains('410100', '410105')).toBe(true);
    expect(jurisdictionContains('410000', '410105')).toBe(true);
    expect(jurisdictionContains('410105', '410105')).toBe(true);
    expect(jurisdictionContains('410102', '410105')).toBe(false);
    expect(jurisdictionContains('410100', '410200')).toBe(false);
    expect(jurisdictionContains('420000', '410105')).toBe(false);
    expect(jurisdictionContains('4101', '410105')).toBe(false);
  });
});
