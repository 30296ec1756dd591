import { useRef, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { DEFAULT_AUTO_LOCK_MINUTES } from '../../storage/lock/lock-config';
import { lockRepository } from '../../storage/lock/lock-repository';
import { rememberAutoLockMinutes } from './auto-lock';
import { AutoLockChoice } from './AutoLockChoice';
import { newPasscodeProblem } from './new-passcode';
import { MIN_LENGTH, MIN_WORDS, type StrengthReason } from './passcode-strength';
import { PasscodeField } from './PasscodeField';
import { SuggestPassphrase } from './passphrase/SuggestPassphrase';
import type { Passphrase } from './passphrase/suggest-passphrase';
import { StrengthHint } from './StrengthHint';

interface Problems {
  code?: StrengthReason;
  repeat?: 'mismatch';
  understood?: boolean;
}

/**
 * Switching the lock on: a new passcode twice (with a strength hint), the auto-lock time, and
 * a tick, right under the warning, that the parent understands nobody can recover the passcode. Encrypting every record
 * can take a moment; the form says so while it works.
 */
export function LockSetup({ onEnabled }: { onEnabled: () => void }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [repeat, setRepeat] = useState('');
  const [minutes, setMinutes] = useState(DEFAULT_AUTO_LOCK_MINUTES);
  const [understood, setUnderstood] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [suggestion, setSuggestion] = useState<Passphrase | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);
  const repeatInput = useRef<HTMLInputElement>(null);
  const understoodInput = useRef<HTMLInputElement>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setFailed(false);
    const found = newPasscodeProblem(code, repeat);
    const next: Problems = {};
    if (found?.field === 'code') next.code = found.reason;
    if (found?.field === 'repeat') next.repeat = found.problem;
    if (!understood) next.understood = true;
    setProblems(next);
    if (next.code || next.repeat || next.understood) {
      (next.code ? codeInput : next.repeat ? repeatInput : understoodInput).current?.focus();
      return;
    }
    setBusy(true);
    try {
      await lockRepository.enable(code, { autoLockMinutes: minutes });
      rememberAutoLockMinutes(minutes);
      onEnabled();
    } catch {
      setBusy(false);
      setFailed(true);
    }
  };

  return (
    <section class="panel" aria-labelledby="lock-setup-title">
      <h2 id="lock-setup-title">{t('lock.setup.title')}</h2>
      <form class="lock-form" onSubmit={(event) => void submit(event)} noValidate>
        <PasscodeField
          id="lock-new"
          label={t('lock.setup.code')}
          hint={t('lock.setup.codeHint', { min: MIN_LENGTH, words: MIN_WORDS })}
          value={code}
          onInput={(value) => {
            setCode(value);
            if (problems.code) setProblems({ ...problems, code: undefined });
          }}
          autoComplete="new-password"
          error={problems.code ? t('lock.problems.weak', { reason: t(`lock.strength.reasons.${problems.code}`, { min: MIN_LENGTH, words: MIN_WORDS }) }) : null}
          describedBy={['lock-new-strength']}
          inputRef={codeInput}
        >
          <StrengthHint id="lock-new-strength" code={code} knownBits={suggestion?.phrase === code ? suggestion.bits : undefined} />
          <SuggestPassphrase
            onUse={(passphrase) => {
              setSuggestion(passphrase);
              setCode(passphrase.phrase);
              if (problems.code) setProblems({ ...problems, code: undefined });
              repeatInput.current?.focus();
            }}
          />
        </PasscodeField>
        <PasscodeField
          id="lock-repeat"
          label={t('lock.setup.repeat')}
          value={repeat}
          onInput={(value) => {
            setRepeat(value);
            if (problems.repeat) setProblems({ ...problems, repeat: undefined });
          }}
          autoComplete="new-password"
          error={problems.repeat ? t('lock.problems.mismatch') : null}
          inputRef={repeatInput}
        />
        <AutoLockChoice name="lock-setup-minutes" value={minutes} onChange={setMinutes} />
        <div class="lock-understand">
          {/* The one warning that cannot wait behind "Hoe werkt het?": it also describes the tick. */}
          <p id="lock-forget-text" class="lock-forget-note">
            <strong>{t('lock.forget.text')}</strong>
          </p>
          <label class="choice">
            <input
              ref={understoodInput}
              type="checkbox"
              checked={understood}
              disabled={busy}
              aria-invalid={problems.understood ? true : undefined}
              aria-describedby={['lock-forget-text', problems.understood && 'lock-understand-error'].filter(Boolean).join(' ')}
              onChange={(event) => {
                setUnderstood((event.target as HTMLInputElement).checked);
                if (problems.understood) setProblems({ ...problems, understood: false });
              }}
            />
            {t('lock.setup.understand')}
          </label>
          {problems.understood && (
            <p id="lock-understand-error" class="field__error" role="alert">
              {t('lock.problems.notUnderstood')}
            </p>
          )}
        </div>
        <div class="form-actions">
          <button type="submit" class="button button--primary" disabled={busy}>
            {t('lock.setup.submit')}
          </button>
        </div>
        <div role="status" class="lock-busy">
          {busy && (
            <p>
              <strong>{t('lock.setup.busy')}</strong> {t('lock.setup.busyHint')}
            </p>
          )}
        </div>
        {failed && (
          <p class="form-problem" role="alert">
            {t('lock.setup.failed')}
          </p>
        )}
      </form>
    </section>
  );
}
