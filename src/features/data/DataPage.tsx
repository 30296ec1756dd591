import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { DeleteEverything } from './DeleteEverything';
import { ExportBackup } from './ExportBackup';
import { ImportBackup } from './ImportBackup';
import { StorageStatusPanel } from './StorageStatusPanel';

/** Settings › Your data: where it is kept, backup, restore, delete everything. */
export default function DataPage() {
  const t = useT();
  const locale = useLocale();
  usePageHead({ title: t('data.title') });
  return (
    <div class="page data-page">
      <h1>{t('data.title')}</h1>
      <p class="lead">{t('data.intro')}</p>
      <StorageStatusPanel />
      <ExportBackup />
      <ImportBackup />
      <DeleteEverything />
      <p>
        <a href={pathFor(locale, { name: 'settings' })}>{t('data.backToSettings')}</a> · <a href={pathFor(locale, { name: 'diary' })}>{t('data.toDiary')}</a>
      </p>
    </div>
  );
}
