import { useEffect, useRef, useState } from 'preact/hooks';
import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { lockRepository } from '../../storage/lock/lock-repository';
import { ForgotPasscode } from './ForgotPasscode';
import { measuredUnlock } from './measured-unlock';
import { PasskeyUnlock } from './passkey/PasskeyUnlock';
import { PasscodeField } from './PasscodeField';
import { RetryMessages, waitId } from './RetryMessages';
import { useRetryWait } from './use-retry-wait';

const FIELD = 'lock-code';

type Problem = 'empty' | 'wrong' | 'failed' | 'damaged';

/**
 * Shown in place of a private page while the diary is locked. Focus starts in the passcode
 * field. Wrong passcodes make the next try wait a little longer (kept in the database, so a
 * reload does not skip it); nothing is ever deleted for a wrong passcode.
 */
export function LockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const t = useT();
  const locale = useLocale();
  usePageHead({ title: t('lock.screen.title') });
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const retry = useRetryWait();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    let live = true;
    void lockRepository.waitMs().then((ms) => live && ms > 0 && retry.wait(ms), () => undefined);
    return () => {
      live = false;
    };
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || retry.seconds > 0) return;
    retry.reset();
    if (code === '') {
      setProblem('empty');
      input.current?.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const result = await measuredUnlock(code);
      if (result.ok) {
        onUnlocked();
        return;
      }
      if (result.reason === 'wrong') setProblem('wrong');
      if (result.reason === 'damaged') setProblem('damaged');
      if (result.waitMs > 0) retry.wait(result.waitMs);
      setCode('');
    } catch {
      setProblem('failed');
    }
    setBusy(false);
    input.current?.focus();
  };

  const error = problem === 'empty' ? t('lock.problems.empty') : problem === 'wrong' ? t('lock.wrong') : problem === 'failed' ? t('lock.screen.failed') : problem === 'damaged' ? t('lock.damaged') : null;

  return (
    <div class="page lock-screen">
      <h1>{t('lock.screen.title')}</h1>
      <p class="lead">{t('lock.screen.text')}</p>
      <PasskeyUnlock onUnlocked={onUnlocked} />
      <form class="lock-form" onSubmit={(event) => void submit(event)} noValidate>
        <PasscodeField
          id={FIELD}
          label={t('lock.screen.code')}
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
          <button type="submit" class="button button--primary" disabled={busy || retry.seconds > 0}>
            {t('lock.screen.submit')}
          </button>
        </div>
        <p role="status" class="lock-busy">
          {busy ? t('lock.screen.busy') : ''}
        </p>
      </form>
      <ForgotPasscode />
      <p class="muted">
        {t('lock.screen.free')} <a href={pathFor(locale, { name: 'library' })}>{t('app.nav.library')}</a> · <a href={pathFor(locale, { name: 'help' })}>{t('app.helpButton')}</a>
      </p>
    </div>
  );
}
