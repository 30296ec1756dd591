import { useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import type { ModuleMeta } from '../../content/types';
import { QrCode } from './QrCode';

/**
 * The link, ways to pass it on, its QR code, and the sheet that prints for the parent
 * (modules with summaries, the QR code, the link as text and two sentences on privacy).
 */
export function LinkResult({ url, modules, note }: { url: string; modules: ModuleMeta[]; note: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

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

      <div class="handout">
        <h2 class="print-only">{t('recommend.handoutTitle')}</h2>
        <QrCode text={url} label={t('recommend.qr')} />
        <p class="print-only">{t('recommend.handoutScan')}</p>
        <p class="handout__url">{url}</p>
        {note && <p class="print-only handout__note">{note}</p>}
        <ol class="print-only">
          {modules.map((module) => (
            <li key={module.id}>
              <strong>{module.title}</strong>: {module.summary}
            </li>
          ))}
        </ol>
        <p class="print-only">{t('recommend.privacy')}</p>
      </div>
    </section>
  );
}
