import { useState } from 'preact/hooks';
import { useLocale, useT } from '../../app/i18n';
import { measureSince } from '../../app/measure';
import { backupRepository, type ImportCounts, type ImportMode } from '../../storage/backup-repository';
import { savePreferences } from '../../storage/preferences';
import { applyTextSize } from '../settings/text-size';
import { backupSpan } from '../backup/backup-span';
import type { ParsedBackup } from '../backup/backup-format';
import { readBackupFile, type BackupProblem } from './read-backup-file';
import { BackupProblemMessage } from './BackupProblemMessage';
import { ConfirmDialog } from './ConfirmDialog';
import { formatMonth } from './format-month';

type Step =
  | { name: 'choose' }
  | { name: 'reading' }
  | { name: 'problem'; problem: BackupProblem }
  | { name: 'ready'; backup: ParsedBackup; onDevice: number }
  | { name: 'writing' }
  | { name: 'done'; counts: ImportCounts; mode: ImportMode }
  | { name: 'failed' };

/**
 * "Restore a backup": the whole file is checked before anything is written; the parent sees
 * what it holds and chooses merge or replace; writing is one transaction.
 */
export function ImportBackup() {
  const t = useT();
  const locale = useLocale();
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setStep({ name: 'reading' });
    const started = performance.now();
    const read = await readBackupFile(file);
    measureSince('kier-diary-import-check', started);
    if (!read.ok) {
      setStep({ name: 'problem', problem: read.problem });
      return;
    }
    const onDevice = (await backupRepository.counts()).diary;
    setMode('merge');
    setStep({ name: 'ready', backup: read.backup, onDevice });
  };

  const write = async (backup: ParsedBackup) => {
    setConfirming(false);
    setStep({ name: 'writing' });
    try {
      const started = performance.now();
      const counts = await backupRepository.write(backup.records, mode);
      measureSince('kier-diary-import-write', started);
      if (mode === 'replace') {
        // The file's settings replace the device's, except the language of the page being read.
        const { locale: _ignored, ...settings } = backup.settings;
        savePreferences(settings);
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

  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('data.import.title')}</h2>
      <p>{t('data.import.intro')}</p>
      <div class="field">
        <label for="backup-file">{t('data.import.choose')}</label>
        <input key={inputKey} id="backup-file" type="file" accept=".json,application/json" onChange={(event) => void choose(event.currentTarget.files?.[0])} />
      </div>

      <div role="status" class="import-status">
        {step.name === 'reading' && <p>{t('data.import.reading')}</p>}
        {step.name === 'writing' && <p>{t('data.import.writing')}</p>}
        {step.name === 'done' && (
          <p>{t(step.mode === 'replace' ? 'data.import.doneReplace' : 'data.import.doneMerge', { added: step.counts.added, updated: step.counts.updated, kept: step.counts.kept, removed: step.counts.removed })}</p>
        )}
      </div>
      {step.name === 'problem' && <BackupProblemMessage problem={step.problem} />}
      {step.name === 'failed' && (
        <p class="form-problem" role="alert">
          {t('data.import.failed')}
        </p>
      )}

      {ready && span && (
        <div class="import-ready">
          <p class="import-ready__summary">
            {span.count === 0
              ? t('data.import.holdsNothing')
              : span.first && span.last && formatMonth(span.first, locale) !== formatMonth(span.last, locale)
                ? t('data.import.holdsRange', { count: span.count, from: formatMonth(span.first, locale), to: formatMonth(span.last, locale) })
                : t('data.import.holdsMonth', { count: span.count, month: formatMonth(span.first ?? ready.backup.exportedAt, locale) })}{' '}
            {t('data.import.madeOn', { date: new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date(ready.backup.exportedAt)) })}
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
                <strong>{t('data.import.replace')}</strong> {t('data.import.replaceHint', { count: ready.onDevice })}
              </span>
            </label>
          </fieldset>
          <div class="form-actions">
            <button type="button" class="button button--primary" onClick={() => (mode === 'replace' ? setConfirming(true) : void write(ready.backup))}>
              {t('data.import.start')}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                setStep({ name: 'choose' });
                setInputKey((key) => key + 1);
              }}
            >
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
            <p>{t('data.import.confirmText', { onDevice: ready.onDevice, inFile: span.count })}</p>
          </ConfirmDialog>
        </div>
      )}
    </section>
  );
}
