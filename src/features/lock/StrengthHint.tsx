import { useT } from '../../app/i18n';
import { guessTime } from './offline-guessing';
import { MIN_LENGTH, MIN_WORDS, passcodeStrength } from './passcode-strength';

/** "One computer with a fast graphics card would need about 3 years to guess it." */
export function GuessTimeText({ bits }: { bits: number }) {
  const t = useT();
  const time = guessTime(bits);
  const words = time.unit === 'instant' || time.unit === 'centuries' ? t(`lock.guess.${time.unit}`) : t(`lock.guess.${time.unit}`, { count: time.count });
  return <>{t('lock.guess.text', { time: words })}</>;
}

/**
 * "Strength: weak. Only digits are quickly guessed … A computer with a fast graphics card would
 * need about 1 minute." Updated as the parent types, politely. Weak is refused when saving.
 * `knownBits`: the true figure for a phrase Kier suggested (see passphrase/suggest-passphrase.ts).
 */
export function StrengthHint({ id, code, knownBits }: { id: string; code: string; knownBits?: number }) {
  const t = useT();
  const strength = passcodeStrength(code, knownBits);
  return (
    <p id={id} class="strength" data-level={strength?.level} aria-live="polite">
      {strength && (
        <>
          <span class="strength__meter" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
          <strong>{t('lock.strength.label', { level: t(`lock.strength.${strength.level}`) })}</strong> {t(`lock.strength.reasons.${strength.reason}`, { min: MIN_LENGTH, words: MIN_WORDS })} <GuessTimeText bits={strength.bits} />
        </>
      )}
    </p>
  );
}
