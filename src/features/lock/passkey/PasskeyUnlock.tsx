import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../../app/i18n';
import { lockRepository, type PasskeyRequest } from '../../../storage/lock/lock-repository';
import { usePasskeyAvailable } from './use-passkey-available';
import { PasskeyError, passkeySecret } from './webauthn-prf';

type Problem = 'cancelled' | 'noPrf' | 'unavailable' | 'failed' | 'wrongKey' | 'damaged';

/**
 * On the lock screen, when the parent added a passkey: one button that asks the phone for its
 * fingerprint, face or PIN and opens the diary. Never started by itself (someone else may be
 * holding the phone, and Safari only allows it after a tap). The passcode form stays below it.
 */
export function PasskeyUnlock({ onUnlocked }: { onUnlocked: () => void }) {
  const t = useT();
  const available = usePasskeyAvailable();
  const [passkey, setPasskey] = useState<PasskeyRequest | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    let live = true;
    void lockRepository.passkey().then((found) => live && setPasskey(found), () => undefined);
    return () => {
      live = false;
    };
  }, []);

  if (!passkey || available !== 'yes') return null;

  const open = async () => {
    if (busy) return;
    setProblem(null);
    setBusy(true);
    try {
      const secret = await passkeySecret(passkey.credentialId, passkey.prfSalt);
      const result = await lockRepository.unlockWithPasskey(secret);
      secret.fill(0);
      if (result.ok) {
        onUnlocked();
        return;
      }
      setProblem(result.reason === 'damaged' ? 'damaged' : 'wrongKey');
    } catch (error) {
      setProblem(error instanceof PasskeyError ? error.problem : 'failed');
    }
    setBusy(false);
  };

  return (
    <div class="lock-passkey">
      <p>
        <button type="button" class="button button--primary" disabled={busy} onClick={() => void open()}>
          {t('lock.passkey.unlock')}
        </button>
      </p>
      <p role="status" class="lock-busy">
        {busy ? t('lock.passkey.unlockBusy') : ''}
      </p>
      {problem && (
        <p class="form-problem" role="alert">
          {problem === 'damaged' ? t('lock.damaged') : t(`lock.passkey.problems.${problem}`)}
        </p>
      )}
      <p class="muted">{t('lock.passkey.or')}</p>
    </div>
  );
}
