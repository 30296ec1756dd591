import type { TFunction } from 'i18next';
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
import { recordPhrase, type RecordTotals } from './record-phrase';

type Step =
  | { name: 'choose' }
  | { name: 'reading' }
  | { name: 'problem'; problem: BackupProblem }
  | { name: 'ready'; backup: ParsedBackup; onDevice: RecordTotals }
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
    const { diary, plans } = await backupRepository.counts();
    const onDevice = { diary, plans };
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
  const inFile: RecordTotals | null = ready && { diary: ready.backup.records.diary.length, plans: ready.backup.records.plans.length };
  // Name plans everywhere once either side has any, so a replace never removes them unmentioned.
  const withPlans = !!ready && !!inFile && (inFile.plans > 0 || ready.onDevice.plans > 0);
  const deviceEmpty = !!ready && ready.onDevice.diary + ready.onDevice.plans === 0;

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
        {step.name === 'done' && <p>{doneMessage(t, step.counts, step.mode)}</p>}
      </div>
      {step.name === 'problem' && <BackupProblemMessage problem={step.problem} />}
      {step.name === 'failed' && (
        <p class="form-problem" role="alert">
          {t('data.import.failed')}
        </p>
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
                <strong>{t('data.import.replace')}</strong>{' '}
                {deviceEmpty ? t('data.import.replaceHintEmpty') : t('data.import.replaceHint', { what: recordPhrase(t, ready.onDevice, withPlans) })}
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
            <p>
              {deviceEmpty
                ? t('data.import.confirmTextEmpty', { inFile: recordPhrase(t, inFile, withPlans) })
                : t('data.import.confirmText', { onDevice: recordPhrase(t, ready.onDevice, withPlans), inFile: recordPhrase(t, inFile, withPlans) })}
            </p>
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
