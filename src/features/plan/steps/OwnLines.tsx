import { useT } from '../../../app/i18n';

/** The parent's own lines in a list, each with a remove button that names it. */
export function OwnLines({ lines, onRemove }: { lines: readonly { id: string; label: string }[]; onRemove: (id: string) => void }) {
  const t = useT();
  if (lines.length === 0) return null;
  return (
    <ul class="own-lines">
      {lines.map((line) => (
        <li key={line.id}>
          <span class="own-lines__text">{line.label}</span>
          <button type="button" class="button button--small button--quiet" aria-label={t('plan.builder.removeNamed', { name: line.label })} onClick={() => onRemove(line.id)}>
            {t('plan.builder.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
