import { MIN_PASSCODE_LENGTH } from '../../storage/lock/lock-repository';

export type NewPasscodeProblem = { field: 'code'; problem: 'tooShort' } | { field: 'repeat'; problem: 'mismatch' };

/** What is wrong with a new passcode and its repeat, if anything (the first problem only). */
export function newPasscodeProblem(code: string, repeat: string): NewPasscodeProblem | null {
  if ([...code].length < MIN_PASSCODE_LENGTH || code.length < MIN_PASSCODE_LENGTH) return { field: 'code', problem: 'tooShort' };
  if (repeat !== code) return { field: 'repeat', problem: 'mismatch' };
  return null;
}
