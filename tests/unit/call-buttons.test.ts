import { describe, expect, it } from 'vitest';
import { COUNTRIES, HELP_LINES } from '../../src/features/help/help-lines';
import { THREAT_STEPS } from '../../src/features/help/threat-guidance';
import { WHEN_IT_GOES_WRONG } from '../../src/features/help/when-it-goes-wrong';
import { findPhoneNumbers } from '../../src/features/shared/phone-links';

/**
 * "Every phone number anywhere in Kier is a tel: link" (issue 14): a number named in the text of a
 * help step comes with its call button, for each country whose line it is.
 */
describe('numbers in the help steps can be tapped', () => {
  for (const step of [...WHEN_IT_GOES_WRONG, ...THREAT_STEPS]) {
    it(step.id, () => {
      for (const locale of ['nl', 'en'] as const) {
        const numbers = findPhoneNumbers(step.text[locale]).flatMap((part) => (part.href ? [part.href.slice(4)] : []));
        for (const dial of numbers) {
          const line = HELP_LINES.find((candidate) => candidate.numbers.some((number) => number.dial === dial));
          expect(line, `${step.id}: ${dial} is a known line`).toBeDefined();
          for (const country of COUNTRIES.filter((candidate) => line!.countries.includes(candidate))) {
            expect(step.lines?.[country] ?? [], `${step.id} (${country}) has a call button for ${dial}`).toContain(line!.id);
          }
        }
      }
    });
  }
});
