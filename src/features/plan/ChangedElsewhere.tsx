import { useT } from '../../app/i18n';

/** The plan changed in another window or tab: this one offers to load the newest version. */
export function ChangedElsewhere({ onReload }: { onReload: () => void }) {
  const t = useT();
  return (
    <div class="notice notice--warning" role="alert">
      <p>{t('plan.builder.changedElsewhere')}</p>
      <button type="button" class="button" onClick={onReload}>
        {t('plan.builder.loadNewest')}
      </button>
    </div>
  );
}
