import { describe, expect, it } from 'vitest';
import { listModules } from '../../src/content/catalog';
import { CARE_ROUTES } from '../../src/features/help/care-routes';
import { COUNTRIES, HELP_LINES } from '../../src/features/help/help-lines';
import { THREAT_STEPS } from '../../src/features/help/threat-guidance';
import { WHEN_IT_GOES_WRONG } from '../../src/features/help/when-it-goes-wrong';

const line = (id: string) => HELP_LINES.find((candidate) => candidate.id === id);
const dials = (ids: readonly string[]) => ids.flatMap((id) => line(id)?.numbers.map((number) => number.dial) ?? []);

describe('the guidance that reads the help-line data', () => {
  it('points only at help lines that exist, of the right country, with a number to call', () => {
    const uses = [
      ...COUNTRIES.flatMap((country) => CARE_ROUTES[country].flatMap((route) => (route.lines ?? []).map((id) => [country, id] as const))),
      ...[...THREAT_STEPS, ...WHEN_IT_GOES_WRONG].flatMap((step) => COUNTRIES.flatMap((country) => (step.lines?.[country] ?? []).map((id) => [country, id] as const))),
    ];
    for (const [country, id] of uses) {
      expect(line(id), id).toBeDefined();
      expect(line(id)!.countries, `${id} is not a line of ${country}`).toContain(country);
      expect(line(id)!.numbers.length, `${id} has no number to call`).toBeGreaterThan(0);
    }
  });

  it('gives the threat guidance the suicide and the violence lines of each country (CONTENT-GUIDE: threats as pressure)', () => {
    const all = (country: 'NL' | 'BE') => dials(THREAT_STEPS.flatMap((step) => step.lines?.[country] ?? []));
    expect(all('NL')).toEqual(expect.arrayContaining(['08000113', '112', '08002000']));
    expect(all('BE')).toEqual(expect.arrayContaining(['1813', '112', '1712', '101']));
    const pause = THREAT_STEPS.find((step) => step.id === 'pause')!;
    expect(pause.text.nl).toContain('geen toegeven');
    expect(pause.text.en).toContain('not giving in');
  });

  it('keeps a parent near a child who talks about not wanting to live, in "step away"', () => {
    const stepAway = WHEN_IT_GOES_WRONG.find((step) => step.id === 'step-away')!;
    expect(stepAway.text.nl).toMatch(/niet meer willen leven.*Blijf in de buurt/);
    expect(stepAway.text.en).toMatch(/not wanting to live.*Stay close/);
  });

  it('gives Belgian nights a route: police 101 and Tele-Onthaal 106 beside the daytime line 1712', () => {
    const call = WHEN_IT_GOES_WRONG.find((step) => step.id === 'call')!;
    expect(dials(call.lines!.BE)).toEqual(['1712', '101', '106']);
    expect(dials(CARE_ROUTES.BE.flatMap((route) => route.lines ?? []))).toEqual(expect.arrayContaining(['1813', '106', '1712', '101', '112']));
  });

  it('names violence by your own child for Veilig Thuis and 1712', () => {
    expect(line('nl-veilig-thuis')!.forWhom.nl).toContain('je eigen (volwassen) kind');
    expect(line('be-1712')!.forWhom.nl).toContain('je eigen kind');
    expect(line('be-1712')!.forWhom.en).toContain('your own child');
  });

  it('links route modules that exist in both languages', () => {
    for (const route of COUNTRIES.flatMap((country) => CARE_ROUTES[country]).filter((route) => route.module)) {
      for (const locale of ['nl', 'en'] as const) expect(listModules(locale).map((module) => module.id)).toContain(route.module);
    }
  });
});
