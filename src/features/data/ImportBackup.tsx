import type { TFunction } from 'i18next';
import { useRef, useState } from 'preact/hooks';
import { useLocale, useT } from '../../app/i18n';
import { measureSince } from '../../app/measure';
import { backupRepository, type ImportCounts, type ImportMode } from '../../storage/backup-repository';
import { readPreferences, savePreferences } from '../../storage/preferences';
import { settingsToRestore } from '../backup/restored-settings';
import { applyTextSize } from '../settings/text-size';
import { backupSpan } from '../backup/backup-span';
import type { EncryptedBackup, ParsedBackup } from '../backup/backup-format';
import { openEncryptedBackup } from '../backup/encrypted-backup';
import { readBackupFile, type BackupProblem } from './read-backup-file';
import { BackupProblemMessage } from './BackupProblemMessage';
import { ConfirmDialog } from './ConfirmDialog';
import { RestoredSettingsList } from './RestoredSettingsList';
import { formatMonth } from './format-month';
import { recordPhrase, type RecordTotals } from './record-phrase';

type Step =
  | { name: 'choose' }
  | { name: 'reading' }
  | { name: 'problem'; problem: BackupProblem }
  /** An encrypted file: nothing is known of what it holds until the password opens it. */
  | { name: 'password'; encrypted: EncryptedBackup; opening: boolean; problem: BackupProblem | 'missing' | null }
  | { name: 'ready'; backup: ParsedBackup; onDevice: RecordTotals }
  | { name: 'writing' }
  | { name: 'done'; counts: ImportCounts; mode: ImportMode }
  | { name: 'failed' };

/**
 * "Restore a backup": the whole file is checked before anything is written (an encrypted file
 * first asks for its password, and a wrong one changes nothing); the parent sees what it holds
 * and chooses merge or replace; writing is one transaction.
 */
export function ImportBackup() {
  const t = useT();
  const locale = useLocale();
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);
  /** Goes up with every file chosen or cancelled, so a slow check of an older file is ignored. */
  const attempt = useRef(0);

  const forgetPassword = () => {
    setPassword('');
    setShowPassword(false);
  };

  const showReady = async (backup: ParsedBackup, current: number) => {
    const { diary, plans } = await backupRepository.counts();
    if (current !== attempt.current) return;
    setMode('merge');
    setStep({ name: 'ready', backup, onDevice: { diary, plans } });
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const current = ++attempt.current;
    forgetPassword();
    setStep({ name: 'reading' });
    const started = performance.now();
    const read = await readBackupFile(file);
    measureSince('kier-diary-import-check', started);
    if (current !== attempt.current) return;
    if (read.kind === 'problem') setStep({ name: 'problem', problem: read.problem });
    else if (read.kind === 'encrypted') setStep({ name: 'password', encrypted: read.encrypted, opening: false, problem: null });
    else await showReady(read.backup, current);
  };

  /** Decrypts and checks the file; a wrong password leaves the parent here to try again. */
  const open = async (event: Event) => {
    event.preventDefault();
    if (step.name !== 'password' || step.opening) return;
    const { encrypted } = step;
    const current = attempt.current;
    if (password === '') {
      setStep({ name: 'password', encrypted, opening: false, problem: 'missing' });
      passwordInput.current?.focus();
      return;
    }
    setStep({ name: 'password', encrypted, opening: true, problem: null });
    const started = performance.now();
    const result = await openEncryptedBackup(encrypted, password);
    measureSince('kier-diary-import-decrypt', started);
    if (current !== attempt.current) return;
    if (!result.ok && result.problem.code === 'wrongPassword') {
      setStep({ name: 'password', encrypted, opening: false, problem: result.problem });
      // Selected once it is editable again, so typing replaces the wrong password.
      setTimeout(() => passwordInput.current?.select(), 0);
      return;
    }
    forgetPassword();
    if (!result.ok) setStep({ name: 'problem', problem: result.problem });
    else await showReady(result.backup, current);
  };

  const cancel = () => {
    attempt.current += 1;
    forgetPassword();
    setStep({ name: 'choose' });
    setInputKey((key) => key + 1);
  };

  const write = async (backup: ParsedBackup) => {
    setConfirming(false);
    setStep({ name: 'writing' });
    try {
      const started = performance.now();
      const counts = await backupRepository.write(backup.records, mode);
      measureSince('kier-diary-import-write', started);
      if (mode === 'replace') {
        // Country and text size come from the file; the language and the quick-exit site never do.
        savePreferences(settingsToRestore(backup.settings, readPreferences()).patch);
        applyTextSize();
      }
      setStep({ name: 'done', counts, mode });
    } catch {
      setStep({ name: 'failed' });
    }
    setInputKey((key) => key + 1);
  };

  const ready = step.name === 'ready' ? step : null;
  const span = ready ? backupSpan(ready.backup.records.diary) : null;
  const inFile: RecordTotals | null = ready && { diary: ready.backup.records.diary.length, plans: ready.backup.records.plans.length };
  // Name plans everywhere once either side has any, so a replace never removes them unmentioned.
  const withPlans = !!ready && !!inFile && (inFile.plans > 0 || ready.onDevice.plans > 0);
  const deviceEmpty = !!ready && ready.onDevice.diary + ready.onDevice.plans === 0;
  const locked = step.name === 'password' ? step : null;
  const madeOn = (exportedAt: string) => t('data.import.madeOn', { date: new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date(exportedAt)) });

  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('data.import.title')}</h2>
      <p>{t('data.import.intro')}</p>
      <p>{t('data.import.mergeSafe')}</p>
      <div class="field">
        <label for="backup-file">{t('data.import.choose')}</label>
        <input key={inputKey} id="backup-file" type="file" accept=".json,application/json" onChange={(event) => void choose(event.currentTarget.files?.[0])} />
      </div>

      <div role="status" class="import-status">
        {step.name === 'reading' && <p>{t('data.import.reading')}</p>}
        {locked && (
          <p>
            {t('data.import.encrypted')} {madeOn(locked.encrypted.exportedAt)}
          </p>
        )}
        {locked?.opening && <p>{t('data.import.opening')}</p>}
        {step.name === 'writing' && <p>{t('data.import.writing')}</p>}
        {step.name === 'done' && <p>{doneMessage(t, step.counts, step.mode)}</p>}
      </div>
      {step.name === 'problem' && <BackupProblemMessage problem={step.problem} />}
      {step.name === 'failed' && (
        <p class="form-problem" role="alert">
          {t('data.import.failed')}
        </p>
      )}

      {locked && (
        <form class="import-password" noValidate onSubmit={(event) => void open(event)}>
          <p id="backup-password-hint">{t('data.import.encryptedHint')}</p>
          <div class="field">
            <label for="backup-password">{t('data.import.password')}</label>
            <input
              ref={passwordInput}
              id="backup-password"
              type={showPassword ? 'text' : 'password'}
              autocomplete="current-password"
              autocapitalize="off"
              spellcheck={false}
              value={password}
              readOnly={locked.opening}
              aria-describedby={locked.problem ? 'backup-password-hint backup-password-problem' : 'backup-password-hint'}
              aria-invalid={locked.problem ? true : undefined}
              onInput={(event) => setPassword(event.currentTarget.value)}
            />
          </div>
          <label class="choice">
            <input type="checkbox" checked={showPassword} onChange={(event) => setShowPassword(event.currentTarget.checked)} />
            <span>{t('data.password.show')}</span>
          </label>
          {locked.problem && (
            <div id="backup-password-problem">
              {locked.problem === 'missing' ? (
                <p class="field__error" role="alert">
                  {t('data.import.passwordMissing')}
                </p>
              ) : (
                <BackupProblemMessage problem={locked.problem} />
              )}
            </div>
          )}
          <div class="form-actions">
            <button type="submit" class="button button--primary" disabled={locked.opening}>
              {t('data.import.open')}
            </button>
            <button type="button" class="button" onClick={cancel}>
              {t('data.cancel')}
            </button>
          </div>
        </form>
      )}

      {ready && span && inFile && (
        <div class="import-ready">
          <p class="import-ready__summary">
            {inFile.diary + inFile.plans === 0 ? t('data.import.holdsNothing') : t('data.import.holds', { what: recordPhrase(t, inFile) })}{' '}
            {span.count > 0 &&
              `${
                span.first && span.last && formatMonth(span.first, locale) !== formatMonth(span.last, locale)
                  ? t('data.import.periodRange', { from: formatMonth(span.first, locale), to: formatMonth(span.last, locale) })
                  : t('data.import.periodMonth', { count: span.count, month: formatMonth(span.first ?? ready.backup.exportedAt, locale) })
              } `}
            {madeOn(ready.backup.exportedAt)}
          </p>
          <fieldset class="choice-group">
            <legend>{t('data.import.how')}</legend>
            <label class="choice">
              <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              <span>
                <strong>{t('data.import.merge')}</strong> {t('data.import.mergeHint')}
              </span>
            </label>
            <label class="choice">
              <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              <span>
                <strong>{t('data.import.replace')}</strong>{' '}
                {deviceEmpty ? t('data.import.replaceHintEmpty') : t('data.import.replaceHint', { what: recordPhrase(t, ready.onDevice, withPlans) })}
              </span>
            </label>
          </fieldset>
          <div class="form-actions">
            <button type="button" class="button button--primary" onClick={() => (mode === 'replace' ? setConfirming(true) : void write(ready.backup))}>
              {t('data.import.start')}
            </button>
            <button type="button" class="button" onClick={cancel}>
              {t('data.cancel')}
            </button>
          </div>
          <ConfirmDialog
            open={confirming}
            title={t('data.import.confirmTitle')}
            confirmLabel={t('data.import.confirmReplace')}
            cancelLabel={t('data.cancel')}
            danger
            onConfirm={() => void write(ready.backup)}
            onCancel={() => setConfirming(false)}
          >
            <p>
              {deviceEmpty
                ? t('data.import.confirmTextEmpty', { inFile: recordPhrase(t, inFile, withPlans) })
                : t('data.import.confirmText', { onDevice: recordPhrase(t, ready.onDevice, withPlans), inFile: recordPhrase(t, inFile, withPlans) })}
            </p>
            <RestoredSettingsList settings={ready.backup.settings} />
          </ConfirmDialog>
        </div>
      )}
    </section>
  );
}

/**
 * What the import did. Without any plan in the file or removed from the device, the diary's
 * message is enough; otherwise both are named.
 */
function doneMessage(t: TFunction, counts: ImportCounts, mode: ImportMode): string {
  const { diary, plans } = counts;
  const plansInvolved = plans.added + plans.updated + plans.kept + plans.removed > 0;
  if (mode === 'replace') {
    if (!plansInvolved) return t('data.import.doneReplace', { added: diary.added, removed: diary.removed });
    return t('data.import.doneReplacePlans', {
      now: recordPhrase(t, { diary: diary.added, plans: plans.added }, true),
      removed: recordPhrase(t, { diary: diary.removed, plans: plans.removed }, true),
    });
  }
  if (!plansInvolved) return t('data.import.doneMerge', { added: diary.added, updated: diary.updated, kept: diary.kept });
  return t('data.import.doneMergePlans', {
    added: diary.added,
    updated: diary.updated,
    kept: diary.kept,
    plansAdded: plans.added,
    plansUpdated: plans.updated,
    plansKept: plans.kept,
  });
}
