import { passcodeStrength, type StrengthReason } from './passcode-strength';

export type NewPasscodeProblem = { field: 'code'; problem: 'weak'; reason: StrengthReason } | { field: 'repeat'; problem: 'mismatch' };

/** What is wrong with a new passcode and its repeat, if anything (the first problem only). A weak passcode is refused. */
export function newPasscodeProblem(code: string, repeat: string): NewPasscodeProblem | null {
  const strength = passcodeStrength(code);
  if (!strength) return { field: 'code', problem: 'weak', reason: 'tooShort' };
  if (strength.level === 'weak') return { field: 'code', problem: 'weak', reason: strength.reason };
  if (repeat !== code) return { field: 'repeat', problem: 'mismatch' };
  return null;
}
