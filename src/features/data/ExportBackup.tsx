import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { measureSince } from '../../app/measure';
import { backupRepository } from '../../storage/backup-repository';
import { lockStatus, onLockStatus, type LockStatus } from '../../storage/lock/lock-state';
import { ensureLockState } from '../../storage/lock/record-codec';
import { readPreferences } from '../../storage/preferences';
import { backupFileName, buildBackup, serializeBackup } from '../backup/build-backup';
import { encryptBackup } from '../backup/encrypted-backup';
import { newPasscodeProblem } from '../lock/new-passcode';
import { MIN_LENGTH, MIN_WORDS, type StrengthReason } from '../lock/passcode-strength';
import { StrengthHint } from '../lock/StrengthHint';
import { recordBackup } from '../../storage/backup-log';
import { downloadFile } from './download-file';
import { shareableFile, shareFile } from './share-file';
import { recordPhrase, type RecordTotals } from './record-phrase';

type Made = { name: string; protected: boolean } & RecordTotals;
type Result = Made | 'failed' | null;
/** A file made where the browser can share files: the parent chooses share sheet or download. */
type Ready = { made: Made; file: File; contents: string };

/** While the diary lock is on, a backup file is always encrypted. */
function lockIsOn(status: LockStatus): boolean {
  return status === 'locked' || status === 'unlocked';
}

/** Whether the lock is on, kept up to date (another tab may switch it). */
function useLockStatus(): LockStatus {
  const [status, setStatus] = useState<LockStatus>(lockStatus());
  useEffect(() => {
    const learn = () => void ensureLockState().catch(() => undefined);
    const stop = onLockStatus((next) => {
      setStatus(next);
      if (next === 'unknown') learn();
    });
    setStatus(lockStatus());
    learn();
    return () => void stop();
  }, []);
  return status;
}

/**
 * "Make a backup": every diary entry, every plan and the settings, in one JSON file the parent
 * keeps. With a password the file is encrypted (encrypted-backup.ts): chosen by default, and
 * required while the diary lock is on. Afterwards it says where the file is and what to do with it.
 */
export function ExportBackup() {
  const t = useT();
  const status = useLockStatus();
  const required = lockIsOn(status);
  // Protected unless the parent unticks it: a backup file is easily left in Downloads or a chat.
  const [chosen, setChosen] = useState(true);
  const protect = required || chosen;
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [show, setShow] = useState(false);
  const [problem, setProblem] = useState<'weak' | 'mismatch' | null>(null);
  const [weakReason, setWeakReason] = useState<StrengthReason>('tooShort');
  const [result, setResult] = useState<Result>(null);
  const [ready, setReady] = useState<Ready | null>(null);
  const [shareFailed, setShareFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);
  const repeatInput = useRef<HTMLInputElement>(null);

  const forgetPasswords = () => {
    setPassword('');
    setRepeat('');
    setShow(false);
    setProblem(null);
  };

  const exportNow = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    // Decided now, not from what was on screen: the lock may have been switched meanwhile.
    await ensureLockState().catch(() => undefined);
    const encrypt = lockIsOn(lockStatus()) || chosen;
    // The same floor as the lock's passcode: whoever finds the file can guess offline, without waits.
    const found = encrypt ? newPasscodeProblem(password, repeat) : null;
    if (found?.field === 'code') {
      setWeakReason(found.reason);
      setProblem('weak');
      passwordInput.current?.focus();
      return;
    }
    if (found?.field === 'repeat') {
      setProblem('mismatch');
      repeatInput.current?.focus();
      return;
    }
    setProblem(null);
    setResult(null);
    setReady(null);
    setShareFailed(false);
    setBusy(true);
    try {
      const started = performance.now();
      const now = new Date();
      const records = await backupRepository.readAll();
      const name = backupFileName(now);
      const file = buildBackup(records, readPreferences(), now);
      const contents = encrypt ? await encryptBackup(file, password) : serializeBackup(file);
      measureSince('kier-diary-export', started);
      if (encrypt) forgetPasswords();
      const made: Made = { name, protected: encrypt, diary: records.diary.length, plans: records.plans.length };
      // Sharing needs a fresh tap (the encryption took that long): the parent chooses next.
      const shareable = shareableFile(name, contents, 'application/json');
      if (shareable) setReady({ made, file: shareable, contents });
      else {
        downloadFile(name, contents, 'application/json');
        recordBackup(new Date());
        setResult(made);
      }
    } catch {
      setResult('failed');
    } finally {
      setBusy(false);
    }
  };

  const problemId = problem ? 'export-password-problem' : '';

  const share = async (pending: Ready) => {
    setShareFailed(false);
    const outcome = await shareFile(pending.file);
    if (outcome === 'shared') {
      recordBackup(new Date());
      setReady(null);
      setResult(pending.made);
    } else if (outcome === 'failed') setShareFailed(true);
  };
  const download = (pending: Ready) => {
    downloadFile(pending.made.name, pending.contents, 'application/json');
    recordBackup(new Date());
    setReady(null);
    setResult(pending.made);
  };

  return (
    <section class="panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('data.export.title')}</h2>
      <p>{t('data.export.intro')}</p>
      <form class="export-form" noValidate onSubmit={(event) => void exportNow(event)}>
        {status !== 'unknown' && !required && (
          <label class="choice">
            <input
              type="checkbox"
              checked={chosen}
              onChange={(event) => {
                setChosen(event.currentTarget.checked);
                if (!event.currentTarget.checked) forgetPasswords();
              }}
            />
            <span>{t('data.export.protect')}</span>
          </label>
        )}
        {required && <p>{t('data.export.protectRequired')}</p>}
        {protect && (
          <div class="export-password">
            <p id="export-password-about">
              {required && `${t('data.export.protectSameAsLock')} `}
              {t('data.export.protectHint')}
            </p>
            <div class="field">
              <label for="export-password">{t('data.export.password')}</label>
              <p class="hint" id="export-password-hint">
                {t('data.export.passwordHint', { min: MIN_LENGTH, words: MIN_WORDS })}
              </p>
              <input
                ref={passwordInput}
                id="export-password"
                type={show ? 'text' : 'password'}
                autocomplete="new-password"
                autocapitalize="off"
                spellcheck={false}
                value={password}
                aria-describedby={`export-password-hint export-password-strength export-password-about ${problem === 'weak' ? problemId : ''}`.trim()}
                aria-invalid={problem === 'weak' ? true : undefined}
                onInput={(event) => setPassword(event.currentTarget.value)}
              />
              <StrengthHint id="export-password-strength" code={password} />
            </div>
            <div class="field">
              <label for="export-password-repeat">{t('data.export.repeat')}</label>
              <input
                ref={repeatInput}
                id="export-password-repeat"
                type={show ? 'text' : 'password'}
                autocomplete="new-password"
                autocapitalize="off"
                spellcheck={false}
                value={repeat}
                aria-describedby={problem === 'mismatch' ? problemId : undefined}
                aria-invalid={problem === 'mismatch' ? true : undefined}
                onInput={(event) => setRepeat(event.currentTarget.value)}
              />
            </div>
            <label class="choice">
              <input type="checkbox" checked={show} onChange={(event) => setShow(event.currentTarget.checked)} />
              <span>{t('data.password.show')}</span>
            </label>
            {problem && (
              <p id="export-password-problem" class="field__error" role="alert">
                {problem === 'weak' ? t('data.export.weak', { reason: t(`lock.strength.reasons.${weakReason}`, { min: MIN_LENGTH, words: MIN_WORDS }) }) : t('data.export.mismatch')}
              </p>
            )}
          </div>
        )}
        <p>
          <button type="submit" class="button button--primary" disabled={busy}>
            {t('data.export.button')}
          </button>
        </p>
      </form>
      <div role="status">
        {busy && protect && <p>{t('data.export.protecting')}</p>}
        {result === 'failed' && <p class="form-problem">{t('data.export.failed')}</p>}
        {ready && <p>{t('data.export.shareReady')}</p>}
        {ready && shareFailed && <p class="form-problem">{t('data.export.shareFailed')}</p>}
        {result && result !== 'failed' && (
          <>
            <p>
              {t('data.export.done', { name: result.name, what: recordPhrase(t, result) })} {result.protected ? t('data.export.protectedNote') : t('data.export.keepSafe')}
            </p>
            <p class="export-where">{t(result.protected ? 'data.export.whereProtected' : 'data.export.whereOpen')}</p>
          </>
        )}
      </div>
      {ready && (
        <p class="button-row">
          <button type="button" class="button button--primary" onClick={() => void share(ready)}>
            {t('data.export.share')}
          </button>
          <button type="button" class="button" onClick={() => download(ready)}>
            {t('data.export.download')}
          </button>
        </p>
      )}
    </section>
  );
}
