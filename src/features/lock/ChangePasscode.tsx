import { useRef, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { lockRepository, MIN_PASSCODE_LENGTH } from '../../storage/lock/lock-repository';
import { newPasscodeProblem } from './new-passcode';
import { PasscodeField } from './PasscodeField';
import { RetryMessages, waitId } from './RetryMessages';
import { StrengthHint } from './StrengthHint';
import { useRetryWait } from './use-retry-wait';

type Problem = 'empty' | 'wrong' | 'tooShort' | 'mismatch';

/** A new passcode: the current one first, then the new one twice. Everything is re-encrypted at once. */
export function ChangePasscode() {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<'done' | 'failed' | null>(null);
  const retry = useRetryWait();
  const currentInput = useRef<HTMLInputElement>(null);
  const nextInput = useRef<HTMLInputElement>(null);
  const repeatInput = useRef<HTMLInputElement>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || retry.seconds > 0) return;
    retry.reset();
    setResult(null);
    const found: Problem | null = current === '' ? 'empty' : (newPasscodeProblem(next, repeat)?.problem ?? null);
    setProblem(found);
    if (found) {
      (found === 'empty' ? currentInput : found === 'tooShort' ? nextInput : repeatInput).current?.focus();
      return;
    }
    setBusy(true);
    try {
      const outcome = await lockRepository.change(current, next);
      if (outcome.ok) {
        setCurrent('');
        setNext('');
        setRepeat('');
        setResult('done');
      } else {
        if (outcome.reason === 'wrong') setProblem('wrong');
        if (outcome.waitMs > 0) retry.wait(outcome.waitMs);
        setCurrent('');
        currentInput.current?.focus();
      }
    } catch {
      setResult('failed');
    }
    setBusy(false);
  };

  const currentError = problem === 'empty' ? t('lock.problems.empty') : problem === 'wrong' ? t('lock.wrong') : null;

  return (
    <section class="panel" aria-labelledby="lock-change-title">
      <h2 id="lock-change-title">{t('lock.change.title')}</h2>
      <form class="lock-form" onSubmit={(event) => void submit(event)} noValidate>
        <PasscodeField
          id="lock-change-current"
          label={t('lock.change.current')}
          value={current}
          onInput={setCurrent}
          autoComplete="current-password"
          error={currentError}
          describedBy={[retry.seconds > 0 && waitId('lock-change-current')]}
          inputRef={currentInput}
        />
        <RetryMessages fieldId="lock-change-current" retry={retry} />
        <PasscodeField
          id="lock-change-next"
          label={t('lock.change.next')}
          hint={t('lock.setup.codeHint', { min: MIN_PASSCODE_LENGTH })}
          value={next}
          onInput={setNext}
          autoComplete="new-password"
          error={problem === 'tooShort' ? t('lock.problems.tooShort', { min: MIN_PASSCODE_LENGTH }) : null}
          describedBy={['lock-change-strength']}
          inputRef={nextInput}
        >
          <StrengthHint id="lock-change-strength" code={next} />
        </PasscodeField>
        <PasscodeField
          id="lock-change-repeat"
          label={t('lock.change.repeat')}
          value={repeat}
          onInput={setRepeat}
          autoComplete="new-password"
          error={problem === 'mismatch' ? t('lock.problems.mismatch') : null}
          inputRef={repeatInput}
        />
        <div class="form-actions">
          <button type="submit" class="button button--primary" disabled={busy || retry.seconds > 0}>
            {t('lock.change.submit')}
          </button>
        </div>
        <div role="status" class="lock-busy">
          {busy && <p>{t('lock.change.busy')}</p>}
          {result === 'done' && <p>{t('lock.change.done')}</p>}
        </div>
        {result === 'failed' && (
          <p class="form-problem" role="alert">
            {t('lock.change.failed')}
          </p>
        )}
      </form>
    </section>
  );
}
