import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../../app/i18n';
import { lockRepository, type PasskeyRequest } from '../../../storage/lock/lock-repository';
import { onLockStatus } from '../../../storage/lock/lock-state';
import { newPrfSalt } from '../../../storage/lock/passkey-wrap';
import { PasscodeField } from '../PasscodeField';
import { RetryMessages, waitId } from '../RetryMessages';
import { useRetryWait } from '../use-retry-wait';
import { usePasskeyAvailable } from './use-passkey-available';
import { createPasskey, forgetPasskey, PasskeyError, type PasskeyProblem } from './webauthn-prf';

const FIELD = 'lock-passkey-code';

type Problem = 'empty' | 'wrong' | PasskeyProblem;
type Busy = 'code' | 'phone' | null;

/**
 * On the lock page while unlocked: opening with the phone's fingerprint or face, through a
 * passkey (see webauthn-prf.ts and storage/lock/passkey-wrap.ts). Shown where the browser may
 * support it; it says plainly who else can then open the diary (anyone who can unlock the phone).
 */
export function PasskeySettings() {
  const t = useT();
  const available = usePasskeyAvailable();
  const [passkey, setPasskey] = useState<PasskeyRequest | null | undefined>(undefined);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState<Busy>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<'on' | 'removed' | null>(null);
  const retry = useRetryWait();
  const input = useRef<HTMLInputElement>(null);

  // Read again whenever the lock changes here or in another tab: a new passcode drops the passkey.
  useEffect(() => {
    let live = true;
    const read = () => void lockRepository.passkey().then((found) => live && setPasskey(found), () => live && setPasskey(null));
    read();
    const stop = onLockStatus(read);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const add = async (event: Event) => {
    event.preventDefault();
    if (busy || retry.seconds > 0) return;
    retry.reset();
    setDone(null);
    if (code === '') {
      setProblem('empty');
      input.current?.focus();
      return;
    }
    setProblem(null);
    setBusy('code');
    try {
      const prepared = await lockRepository.preparePasskey(code);
      if (!prepared.ok) {
        if (prepared.result.ok === false && prepared.result.reason === 'wrong') setProblem('wrong');
        else setProblem('failed');
        if (prepared.result.ok === false && prepared.result.waitMs > 0) retry.wait(prepared.result.waitMs);
        setCode('');
        setBusy(null);
        input.current?.focus();
        return;
      }
      setBusy('phone');
      const prfSalt = newPrfSalt();
      let made: Awaited<ReturnType<typeof createPasskey>>;
      try {
        made = await createPasskey(prfSalt, { rp: t('app.name'), user: t('app.name') });
      } catch (error) {
        prepared.discard();
        throw error;
      }
      try {
        await prepared.finish({ credentialId: made.credentialId, prfSalt, prfOutput: made.secret });
      } catch (error) {
        forgetPasskey(made.credentialId);
        throw error;
      } finally {
        made.secret.fill(0);
      }
      setPasskey({ credentialId: made.credentialId, prfSalt });
      setCode('');
      setDone('on');
    } catch (error) {
      setProblem(error instanceof PasskeyError ? error.problem : 'failed');
    }
    setBusy(null);
  };

  const remove = async () => {
    if (!passkey) return;
    setProblem(null);
    try {
      await lockRepository.removePasskey();
      forgetPasskey(passkey.credentialId);
      setPasskey(null);
      setDone('removed');
    } catch {
      setProblem('failed');
    }
  };

  const error = problem === 'empty' ? t('lock.problems.empty') : problem === 'wrong' ? t('lock.wrong') : null;
  const passkeyProblem = problem && problem !== 'empty' && problem !== 'wrong' ? t(`lock.passkey.problems.${problem}`) : null;

  return (
    <section class="panel" aria-labelledby="lock-passkey-title">
      <h2 id="lock-passkey-title">{t('lock.passkey.title')}</h2>
      {passkey ? (
        <>
          <p>{t('lock.passkey.onText')}</p>
          <p>{t('lock.passkey.whoElse')}</p>
          <p>{t('lock.passkey.changeDrops')}</p>
          <p>
            <button type="button" class="button" onClick={() => void remove()}>
              {t('lock.passkey.remove')}
            </button>
          </p>
        </>
      ) : (
        <>
          <p>{t('lock.passkey.text')}</p>
          {available === 'checking' && <p class="muted">{t('lock.passkey.checking')}</p>}
          {available === 'no' && <p>{t('lock.passkey.unavailable')}</p>}
          {available === 'yes' && passkey === null && (
            <>
              <p>
                <strong>{t('lock.passkey.whoElse')}</strong>
              </p>
              <p>{t('lock.passkey.codeStays')}</p>
              <p>{t('lock.passkey.listed')}</p>
              <form class="lock-form" onSubmit={(event) => void add(event)} noValidate>
                <PasscodeField
                  id={FIELD}
                  label={t('lock.passkey.code')}
                  hint={t('lock.passkey.codeHint')}
                  value={code}
                  onInput={(value) => {
                    setCode(value);
                    if (problem === 'empty') setProblem(null);
                  }}
                  autoComplete="current-password"
                  error={error}
                  describedBy={[retry.seconds > 0 && waitId(FIELD)]}
                  inputRef={input}
                />
                <RetryMessages fieldId={FIELD} retry={retry} />
                <div class="form-actions">
                  <button type="submit" class="button button--primary" disabled={busy !== null || retry.seconds > 0}>
                    {t('lock.passkey.add')}
                  </button>
                </div>
              </form>
            </>
          )}
        </>
      )}
      <div role="status" class="lock-busy">
        {busy === 'code' && <p>{t('lock.passkey.busyCode')}</p>}
        {busy === 'phone' && <p>{t('lock.passkey.busyPhone')}</p>}
        {done === 'on' && <p class="status--saved">{t('lock.passkey.on')}</p>}
        {done === 'removed' && (
          <p>
            {t('lock.passkey.removed')} {t('lock.passkey.removedList')}
          </p>
        )}
      </div>
      {passkeyProblem && (
        <p class="form-problem" role="alert">
          {passkeyProblem}
        </p>
      )}
    </section>
  );
}
