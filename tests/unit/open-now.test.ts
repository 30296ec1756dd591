import { describe, expect, it } from 'vitest';
import { alwaysOpenLines, HELP_LINES, linesFor } from '../../src/features/help/help-lines';
import { isNight, localClock, openState } from '../../src/features/help/open-now';

const at = (iso: string) => new Date(iso);

describe('open now, from the device clock', () => {
  it('reads the time in the Netherlands and Belgium, whatever the device zone', () => {
    // 00:30 UTC on Thursday 3 December is 01:30 in Brussels.
    expect(localClock(at('2026-12-03T00:30:00Z'))).toEqual({ weekday: 4, hour: 1 });
    // Summer time: 22:30 UTC on Saturday 1 August is 00:30 on Sunday.
    expect(localClock(at('2026-08-01T22:30:00Z'))).toEqual({ weekday: 0, hour: 0 });
  });

  it('says open for lines open day and night, and never claims a daytime line is open', () => {
    expect(openState('always', at('2026-12-03T00:30:00Z'))).toBe('open');
    expect(openState('weekday-daytime', at('2026-12-03T10:00:00Z'))).toBe('unknown');
    expect(openState(undefined, at('2026-12-03T10:00:00Z'))).toBe('unknown');
  });

  it('says closed for a daytime line only when it surely is: at night and at the weekend', () => {
    expect(openState('weekday-daytime', at('2026-12-03T00:30:00Z'))).toBe('closed');
    expect(openState('weekday-daytime', at('2026-12-03T17:30:00Z'))).toBe('closed');
    expect(openState('weekday-daytime', at('2026-12-05T11:00:00Z'))).toBe('closed');
    expect(openState('weekday-daytime', at('2026-12-03T06:59:00Z'))).toBe('closed');
    expect(openState('weekday-daytime', at('2026-12-03T07:00:00Z'))).toBe('unknown');
  });

  it('night is 22:00 to 07:00', () => {
    expect(isNight(at('2026-12-03T20:59:00Z'))).toBe(false);
    expect(isNight(at('2026-12-03T21:00:00Z'))).toBe(true);
    expect(isNight(at('2026-12-04T05:59:00Z'))).toBe(true);
    expect(isNight(at('2026-12-04T06:00:00Z'))).toBe(false);
  });
});

describe('the lines open day and night', () => {
  it('in Belgium include Tele-Onthaal 106, 1813, police 101 and 112, and not the daytime line 1712', () => {
    const ids = alwaysOpenLines('BE').map((line) => line.id);
    expect(ids).toEqual(expect.arrayContaining(['alarm-112', 'be-1813', 'be-tele-onthaal', 'be-politie']));
    expect(ids).not.toContain('be-1712');
  });

  it('in the Netherlands include 113, Veilig Thuis and De Luisterlijn', () => {
    expect(alwaysOpenLines('NL').map((line) => line.id)).toEqual(expect.arrayContaining(['nl-113', 'nl-veilig-thuis', 'nl-luisterlijn']));
  });

  it('a line said to be open day and night says so in its hours, and a closed line names lines that are open', () => {
    for (const line of HELP_LINES.filter((candidate) => candidate.schedule === 'always')) {
      expect(line.hours.nl, line.id).toMatch(/[Dd]ag en nacht/);
      expect(line.hours.en, line.id).toMatch(/[Dd]ay and night/);
    }
    for (const line of HELP_LINES.filter((candidate) => candidate.whenClosed)) {
      for (const id of line.whenClosed!) expect(linesFor(line.countries[0]!).find((other) => other.id === id)?.schedule, `${line.id} → ${id}`).toBe('always');
    }
  });
});
