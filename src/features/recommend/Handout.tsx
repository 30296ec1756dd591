import { Fragment } from 'preact';
import type { Locale } from '../../app/locales';
import { translator } from '../../app/i18n';
import type { ModuleMeta } from '../../content/types';
import { HandoutHelpLines } from './HandoutHelpLines';
import { QrCode } from './QrCode';

/** A link that may wrap only after "?" and ",", so no module id is split over two lines. */
function withBreaks(url: string) {
  return url.split(/(?<=[?,])/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

/**
 * The sheet for the parent, in the language of the link. On screen: the QR code with the note
 * beside it and the short link. On paper also: per module a way to find it by hand, what Kier
 * is, a blank line for the counsellor's name and hours, and the help lines.
 * The QR code and the printed link carry only the module ids; the note is printed, never encoded.
 */
export function Handout(props: { locale: Locale; shortUrl: string; host: string; modules: ModuleMeta[]; note: string }) {
  const t = translator(props.locale);
  return (
    <div class="handout" lang={props.locale}>
      <h2 class="print-only">{t('recommend.handoutTitle')}</h2>
      <div class="handout__scan">
        <QrCode text={props.shortUrl} label={t('recommend.qr')} />
        <div class="handout__beside">
          {props.note && (
            <figure class="counsellor-note handout__note" aria-labelledby="handout-note-label">
              <figcaption id="handout-note-label">{t('recommend.note')}</figcaption>
              <blockquote>{props.note}</blockquote>
            </figure>
          )}
          <p class="print-only">{t('recommend.handoutScan')}</p>
          <p class="handout__url">{withBreaks(props.shortUrl)}</p>
        </div>
      </div>
      <ol class="print-only handout__modules">
        {props.modules.map((module) => (
          <li key={module.id}>
            <strong>{module.title}</strong>: {module.summary}
            <span class="handout__route">{t('recommend.handoutRoute', { host: props.host, title: module.title })}</span>
          </li>
        ))}
      </ol>
      <p class="print-only handout__contact">{t('recommend.handoutContact')}</p>
      <section class="print-only handout__about" aria-labelledby="handout-about-title">
        <h3 id="handout-about-title">{t('recommend.aboutTitle')}</h3>
        <p>{t('recommend.aboutFree')}</p>
        <p>{t('recommend.aboutWhat')}</p>
        <p>{t('recommend.aboutPrivate')}</p>
      </section>
      <HandoutHelpLines t={t} locale={props.locale} />
    </div>
  );
}
