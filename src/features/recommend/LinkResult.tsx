import { useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import type { Locale } from '../../app/locales';
import type { ModuleMeta } from '../../content/types';
import { Handout } from './Handout';

export interface LinkResultProps {
  /** The link to copy or share: with the note, if there is one (it travels in e-mail and chat). */
  url: string;
  /** The link in the QR code and on paper: module ids only. */
  shortUrl: string;
  /** The counsellor's own look at the page the parent sees (kept nowhere). */
  previewUrl: string;
  host: string;
  locale: Locale;
  modules: ModuleMeta[];
  note: string;
}

/** The link, ways to pass it on, a preview, and the sheet that prints for the parent. */
export function LinkResult(props: LinkResultProps) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const { url } = props;

  return (
    <section aria-labelledby="result-title" class="link-result">
      <h2 id="result-title" class="screen-only">
        {t('recommend.result')}
      </h2>
      <div class="field screen-only">
        <label for="recommendation-link">{t('recommend.link')}</label>
        <input id="recommendation-link" type="text" readOnly value={url} onFocus={(event) => (event.target as HTMLInputElement).select()} />
      </div>
      <div class="button-row screen-only">
        <button
          type="button"
          class="button button--primary"
          onClick={() =>
            void navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('recommend.copy')}
        </button>
        {canShare && (
          <button type="button" class="button" onClick={() => void navigator.share({ url }).catch(() => undefined)}>
            {t('recommend.share')}
          </button>
        )}
        <button type="button" class="button" onClick={() => window.print()}>
          {t('recommend.print')}
        </button>
        <span role="status" class="hint">
          {copied ? t('recommend.copied') : ''}
        </span>
      </div>
      <div class="button-row screen-only">
        <a class="button" href={props.previewUrl} target="_blank" rel="noopener" aria-describedby="preview-hint">
          {t('recommend.preview')}
        </a>
        <span class="hint" id="preview-hint">
          {t('recommend.previewHint')}
        </span>
      </div>
      {props.note && <p class="hint screen-only">{t('recommend.shortLinkHint')}</p>}
      <Handout locale={props.locale} shortUrl={props.shortUrl} host={props.host} modules={props.modules} note={props.note} />
    </section>
  );
}
