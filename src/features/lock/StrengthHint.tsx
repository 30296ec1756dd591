import { useT } from '../../app/i18n';
import { MIN_PASSCODE_LENGTH } from '../../storage/lock/lock-repository';
import { passcodeStrength } from './passcode-strength';

/** "Strength: fair. A few more characters make it even stronger." Updated as the parent types, politely. */
export function StrengthHint({ id, code }: { id: string; code: string }) {
  const t = useT();
  const strength = passcodeStrength(code, MIN_PASSCODE_LENGTH);
  return (
    <p id={id} class="strength" data-level={strength?.level} aria-live="polite">
      {strength && (
        <>
          <span class="strength__meter" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
          <strong>{t('lock.strength.label', { level: t(`lock.strength.${strength.level}`) })}</strong> {t(`lock.strength.reasons.${strength.reason}`, { min: MIN_PASSCODE_LENGTH })}
        </>
      )}
    </p>
  );
}
