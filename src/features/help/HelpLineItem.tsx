import { useLocale, useT } from '../../app/i18n';
import { telHref, type HelpLine } from './help-lines';
import { OpenNow } from './OpenNow';

export function HelpLineItem({ line, now = null }: { line: HelpLine; now?: Date | null }) {
  const locale = useLocale();
  const t = useT();
  const name = line.name[locale];
  return (
    <li class="help-line">
      <h3 class="help-line__name">{name}</h3>
      <p>{line.forWhom[locale]}</p>
      {line.numbers.length > 0 && (
        <p class="help-line__numbers">
          {line.numbers.map((number) => (
            <a key={number.dial} class="call-link" href={telHref(number)} aria-label={t('help.call', { name, number: number.display })}>
              {number.display}
            </a>
          ))}
        </p>
      )}
      <p class="help-line__hours">
        {t('help.hours')}: {line.hours[locale]} <OpenNow line={line} now={now} />
      </p>
      {line.web && (
        <p class="help-line__web">
          <a href={line.web} rel="noopener noreferrer" target="_blank">
            {line.web.replace(/^https:\/\/(www\.)?/, '')}
          </a>
        </p>
      )}
    </li>
  );
}
