import type { TFunction } from 'i18next';
import { Fragment } from 'preact';
import type { Locale } from '../../app/locales';
import { COUNTRIES, HELP_LINES, telHref, type Country, type HelpLine } from '../help/help-lines';

/** The lines on the sheet's footer, per country: the emergency number, suicide prevention, violence at home, someone to talk to at night. */
export const HANDOUT_LINES: Record<Country, readonly string[]> = {
  NL: ['alarm-112', 'nl-113', 'nl-veilig-thuis'],
  BE: ['alarm-112', 'be-1813', 'be-1712', 'be-tele-onthaal'],
};

function lineById(id: string): HelpLine {
  const line = HELP_LINES.find((candidate) => candidate.id === id);
  if (!line) throw new Error(`Handout: no help line "${id}" in help-lines.ts`);
  return line;
}

/**
 * One line as on paper: a name that holds its number is the link ("Alarmnummer 112"), other numbers
 * follow it ("113 Zelfmoordpreventie (0800-0113)", "Veilig Thuis 0800-2000").
 */
function HandoutLine({ line, locale }: { line: HelpLine; locale: Locale }) {
  const name = line.name[locale];
  const named = line.numbers.find((number) => name.includes(number.display));
  const others = line.numbers.filter((number) => number !== named);
  const numbers = others.map((number, i) => (
    <Fragment key={number.dial}>
      {i > 0 && ', '}
      <a href={telHref(number)}>{number.display}</a>
    </Fragment>
  ));
  if (named) {
    return (
      <>
        <a href={telHref(named)}>{name}</a>
        {others.length > 0 && <> ({numbers})</>}
      </>
    );
  }
  return (
    <>
      {name}
      {others.length > 0 && <> {numbers}</>}
    </>
  );
}

/** The sheet's footer: help lines for the Netherlands and Flanders, read from the help page's own data. */
export function HandoutHelpLines({ t, locale }: { t: TFunction; locale: Locale }) {
  return (
    <footer class="print-only handout__help">
      <p class="handout__help-title">{t('recommend.handoutHelpTitle')}</p>
      {COUNTRIES.map((country) => (
        <p key={country}>
          <strong>{t(`recommend.handoutCountry.${country}`)}:</strong>{' '}
          {HANDOUT_LINES[country].map((id, i) => (
            <span key={id}>
              {i > 0 && ' · '}
              <HandoutLine line={lineById(id)} locale={locale} />
            </span>
          ))}
        </p>
      ))}
    </footer>
  );
}
