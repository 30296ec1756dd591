import { passcodeStrength } from './passcode-strength';

/**
 * Whether the passcode this tab was last unlocked with is below today's floor (a lock made
 * before it, e.g. six digits). Kept in memory only, as a yes or no; never the passcode.
 */
let weak = false;

export function rememberUnlockPasscode(passcode: string): void {
  weak = passcodeStrength(passcode)?.level === 'weak';
}

export function unlockedWithWeakPasscode(): boolean {
  return weak;
}

export function setWeakPasscode(value: boolean): void {
  weak = value;
}

export function forgetWeakPasscode(): void {
  weak = false;
}
