import type { Page } from '@playwright/test';
import type { TestEntry } from './diary';

/** A plan as the app stores it (src/storage/plans/plan.ts), for tests that put plans in a backup. */
export interface TestPlan {
  id: string;
  createdAt: string;
  updatedAt: string;
  step: 'now' | 'sort' | 'start' | 'change' | 'contact' | 'escalation' | 'support' | 'review';
  items: { id: string; catalogueId?: string; text?: string; group?: string; decision?: 'accept' | 'stop' | 'later' }[];
  startItemIds: string[];
  changes: { itemId: string; action: string; startsOn: string; announcement: string }[];
  contact: { id: string; catalogueId?: string; text?: string }[];
  escalation: { responses: { id: string; catalogueId?: string; text?: string }[]; whoToCall: string };
  supporters: { id: string; name: string; role: string }[];
  reviewOn: string;
  completedAt?: string;
}

/** Two plans: a finished one that uses every field, and a newer one still being built. */
export function makePlans(): TestPlan[] {
  return [
    {
      id: 'e2e-plan-finished',
      createdAt: '2026-10-01T18:00:00.000Z',
      updatedAt: '2026-10-02T19:30:00.000Z',
      step: 'review',
      items: [
        { id: 'i1', catalogueId: 'meals-to-room', decision: 'stop' },
        { id: 'i2', catalogueId: 'shouting-threats', decision: 'stop' },
        { id: 'i3', text: 'Ik sta om 3 uur op om de wifi te resetten', group: 'rhythm', decision: 'accept' },
        { id: 'i4', text: '<b>Hij eet</b> alleen nog chips 🍟', decision: 'later' },
      ],
      startItemIds: ['i1', 'i2'],
      changes: [
        { itemId: 'i1', action: 'Ik zet het eten om 18 uur op tafel.\nIk breng het niet meer boven.', startsOn: '2026-10-05', announcement: 'Ik hou van je. Vanaf maandag eten we beneden.' },
        { itemId: 'i2', action: 'Ik loop weg als er geschreeuwd wordt.', startsOn: '', announcement: '' },
      ],
      contact: [
        { id: 'c1', catalogueId: 'knock-good-night' },
        { id: 'c2', text: 'Samen naar de voetbaluitslagen kijken' },
      ],
      escalation: { responses: [{ id: 'e1', catalogueId: 'step-away' }], whoToCall: 'Mijn zus Anna: 06-12345678' },
      supporters: [
        { id: 's1', name: 'Anna', role: 'Zus' },
        { id: 's2', name: '', role: '' },
      ],
      reviewOn: '2026-11-01',
      completedAt: '2026-10-02T19:30:00.000Z',
    },
    {
      id: 'e2e-plan-current',
      createdAt: '2026-11-10T08:00:00.000Z',
      updatedAt: '2026-11-10T08:05:00.000Z',
      step: 'sort',
      items: [{ id: 'j1', catalogueId: 'pay-games' }],
      startItemIds: [],
      changes: [],
      contact: [],
      escalation: { responses: [], whoToCall: '' },
      supporters: [],
      reviewOn: '2026-12-01',
    },
  ];
}

/** A version 2 backup file with these plans and entries. */
export function planBackupJson(plans: TestPlan[], entries: TestEntry[] = [], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'kier-backup', version: 2, exportedAt: '2026-11-21T10:00:00.000Z', app: { name: 'Kier' }, settings: {}, plans, diary: entries, ...extra });
}

/** The review date the home page reads (mirrored in localStorage after every plan change and import). */
export function readPlanReview(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('kier:plan-review');
    return raw === null ? null : (JSON.parse(raw) as unknown);
  });
}
