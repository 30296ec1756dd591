import { useRef, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { lockRepository } from '../../storage/lock/lock-repository';
import { newPasscodeProblem } from './new-passcode';
import { MIN_LENGTH, MIN_WORDS, type StrengthReason } from './passcode-strength';
import { PasscodeField } from './PasscodeField';
import { RetryMessages, waitId } from './RetryMessages';
import { SuggestPassphrase } from './passphrase/SuggestPassphrase';
import type { Passphrase } from './passphrase/suggest-passphrase';
import { StrengthHint } from './StrengthHint';
import { useRetryWait } from './use-retry-wait';
import { forgetWeakPasscode } from './weak-passcode';

type Problem = 'empty' | 'wrong' | 'damaged' | 'weak' | 'mismatch';

/** A new passcode: the current one first, then the new one twice. Everything is re-encrypted at once. */
export function ChangePasscode() {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [weakReason, setWeakReason] = useState<StrengthReason>('tooShort');
  const [suggestion, setSuggestion] = useState<Passphrase | null>(null);
  // A new round after a change: the suggestion on screen goes away with the fields.
  const [round, setRound] = useState(0);
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
    const nextProblem = newPasscodeProblem(next, repeat);
    if (nextProblem?.problem === 'weak') setWeakReason(nextProblem.reason);
    const found: Problem | null = current === '' ? 'empty' : (nextProblem?.problem ?? null);
    setProblem(found);
    if (found) {
      (found === 'empty' ? currentInput : found === 'weak' ? nextInput : repeatInput).current?.focus();
      return;
    }
    setBusy(true);
    try {
      const outcome = await lockRepository.change(current, next);
      if (outcome.ok) {
        forgetWeakPasscode();
        setCurrent('');
        setNext('');
        setRepeat('');
        setSuggestion(null);
        setRound(round + 1);
        setResult('done');
      } else {
        if (outcome.reason === 'wrong') setProblem('wrong');
        if (outcome.reason === 'damaged') setProblem('damaged');
        if (outcome.waitMs > 0) retry.wait(outcome.waitMs);
        setCurrent('');
        currentInput.current?.focus();
      }
    } catch {
      setResult('failed');
    }
    setBusy(false);
  };

  const currentError = problem === 'empty' ? t('lock.problems.empty') : problem === 'wrong' ? t('lock.wrong') : problem === 'damaged' ? t('lock.damaged') : null;

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
          hint={t('lock.setup.codeHint', { min: MIN_LENGTH, words: MIN_WORDS })}
          value={next}
          onInput={setNext}
          autoComplete="new-password"
          error={problem === 'weak' ? t('lock.problems.weak', { reason: t(`lock.strength.reasons.${weakReason}`, { min: MIN_LENGTH, words: MIN_WORDS }) }) : null}
          describedBy={['lock-change-strength']}
          inputRef={nextInput}
        >
          <StrengthHint id="lock-change-strength" code={next} knownBits={suggestion?.phrase === next ? suggestion.bits : undefined} />
          <SuggestPassphrase
            key={round}
            onUse={(passphrase) => {
              setSuggestion(passphrase);
              setNext(passphrase.phrase);
              if (problem === 'weak') setProblem(null);
              repeatInput.current?.focus();
            }}
          />
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
