import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../../app/i18n';

/**
 * The parent's own lines in a list, each with a remove button that names it. After a remove,
 * focus goes to the next line's remove button, else the previous one's, else the element with
 * id `fallbackFocus` (the add field), so it never falls back to the page.
 */
export function OwnLines({ lines, onRemove, fallbackFocus }: { lines: readonly { id: string; label: string }[]; onRemove: (id: string) => void; fallbackFocus: string }) {
  const t = useT();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const removed = useRef<{ id: string; focus: string | null } | null>(null);

  // Once the removed line is gone from the list: move focus.
  useEffect(() => {
    const pending = removed.current;
    if (!pending || lines.some((line) => line.id === pending.id)) return;
    removed.current = null;
    const target = pending.focus === null ? undefined : buttons.current.get(pending.focus);
    (target ?? document.getElementById(fallbackFocus))?.focus();
  });

  if (lines.length === 0) return null;
  return (
    <ul class="own-lines">
      {lines.map((line, index) => (
        <li key={line.id}>
          <span class="own-lines__text">{line.label}</span>
          <button
            type="button"
            class="button button--small button--quiet"
            ref={(element) => {
              if (element) buttons.current.set(line.id, element);
              else buttons.current.delete(line.id);
            }}
            aria-label={t('plan.builder.removeNamed', { name: line.label })}
            onClick={() => {
              removed.current = { id: line.id, focus: (lines[index + 1] ?? lines[index - 1])?.id ?? null };
              onRemove(line.id);
            }}
          >
            {t('plan.builder.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
