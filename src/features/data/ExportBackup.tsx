import { useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { measureSince } from '../../app/measure';
import { backupRepository } from '../../storage/backup-repository';
import { readPreferences } from '../../storage/preferences';
import { backupFileName, buildBackup, serializeBackup } from '../backup/build-backup';
import { downloadFile } from './download-file';
import { recordPhrase, type RecordTotals } from './record-phrase';

/** "Make a backup": every diary entry, every plan and the settings, in one JSON file the parent keeps. */
export function ExportBackup() {
  const t = useT();
  const [result, setResult] = useState<({ name: string } & RecordTotals) | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);

  const exportNow = async () => {
    setBusy(true);
    try {
      const started = performance.now();
      const now = new Date();
      const records = await backupRepository.readAll();
      const name = backupFileName(now);
      downloadFile(name, serializeBackup(buildBackup(records, readPreferences(), now)), 'application/json');
      measureSince('kier-diary-export', started);
      setResult({ name, diary: records.diary.length, plans: records.plans.length });
    } catch {
      setResult('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('data.export.title')}</h2>
      <p>{t('data.export.intro')}</p>
      <p>
        <button type="button" class="button button--primary" disabled={busy} onClick={() => void exportNow()}>
          {t('data.export.button')}
        </button>
      </p>
      <div role="status">
        {result === 'failed' && <p class="form-problem">{t('data.export.failed')}</p>}
        {result && result !== 'failed' && (
          <p>
            {t('data.export.done', { name: result.name, what: recordPhrase(t, result) })} {t('data.export.keepSafe')}
          </p>
        )}
      </div>
    </section>
  );
}
