import { useLocale, useT } from '../../app/i18n';
import { HELP_LINES, telHref } from './help-lines';

/** Call buttons for help lines by id (help-lines.ts): each line's first number as a `tel:` link. */
export function CallLinks({ ids }: { ids: readonly string[] }) {
  const t = useT();
  const locale = useLocale();
  const lines = ids.flatMap((id) => HELP_LINES.filter((line) => line.id === id && line.numbers.length > 0));
  return (
    <span class="call-links">
      {lines.map((line) => {
        const number = line.numbers[0]!;
        // "Veilig Thuis (Safe at Home)" → "Veilig Thuis": the button has little room.
        const name = line.name[locale].replace(/\s*\(.*\)$/, '');
        return (
          <a key={line.id} class="call-link call-link--small" href={telHref(number)} aria-label={t('help.call', { name: line.name[locale], number: number.display })}>
            {name.includes(number.display) ? name : `${name} ${number.display}`}
          </a>
        );
      })}
    </span>
  );
}
