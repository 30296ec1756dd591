import { useRef, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { lockRepository } from '../../storage/lock/lock-repository';
import { PasscodeField } from './PasscodeField';
import { RetryMessages, waitId } from './RetryMessages';
import { useRetryWait } from './use-retry-wait';

const FIELD = 'lock-off-code';

/** Switching the lock off asks the passcode, and says that records are then stored readable again. */
export function DisableLock({ onDisabled }: { onDisabled: () => void }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<'empty' | 'wrong' | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const retry = useRetryWait();
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || retry.seconds > 0) return;
    retry.reset();
    setFailed(false);
    if (code === '') {
      setProblem('empty');
      input.current?.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const outcome = await lockRepository.disable(code);
      if (outcome.ok) {
        onDisabled();
        return;
      }
      if (outcome.reason === 'wrong') setProblem('wrong');
      if (outcome.waitMs > 0) retry.wait(outcome.waitMs);
      setCode('');
      input.current?.focus();
    } catch {
      setFailed(true);
    }
    setBusy(false);
  };

  return (
    <section class="panel" aria-labelledby="lock-off-title">
      <h2 id="lock-off-title">{t('lock.off.title')}</h2>
      <p id="lock-off-text">{t('lock.off.text')}</p>
      <form class="lock-form" onSubmit={(event) => void submit(event)} noValidate>
        <PasscodeField
          id={FIELD}
          label={t('lock.off.code')}
          value={code}
          onInput={setCode}
          autoComplete="current-password"
          error={problem === 'empty' ? t('lock.problems.empty') : problem === 'wrong' ? t('lock.wrong') : null}
          describedBy={['lock-off-text', retry.seconds > 0 && waitId(FIELD)]}
          inputRef={input}
        />
        <RetryMessages fieldId={FIELD} retry={retry} />
        <div class="form-actions">
          <button type="submit" class="button button--danger" disabled={busy || retry.seconds > 0}>
            {t('lock.off.submit')}
          </button>
        </div>
        <p role="status" class="lock-busy">
          {busy ? t('lock.off.busy') : ''}
        </p>
        {failed && (
          <p class="form-problem" role="alert">
            {t('lock.off.failed')}
          </p>
        )}
      </form>
    </section>
  );
}
