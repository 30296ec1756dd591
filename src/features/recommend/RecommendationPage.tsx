import { useEffect, useState } from 'preact/hooks';
import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { findModule, listModules } from '../../content/catalog';
import type { ModuleMeta } from '../../content/types';
import { keepRecommendation } from '../../storage/recommendations';
import { ModuleCard } from '../library/ModuleCard';
import { parseRecommendation, type ParsedRecommendation } from './recommendation-link';

/**
 * `/<locale>/r?m=…&n=…`: the modules a counsellor picked, in their order, with their note as
 * plain text. Kept on the device until the parent dismisses it on home. The query is read in
 * the browser only (the prerendered page cannot know it). A counsellor's preview (`preview=1`)
 * is shown the same way but not kept.
 */
export default function RecommendationPage() {
  const t = useT();
  const locale = useLocale();
  usePageHead({ title: t('recommend.title'), description: t('recommend.intro') });
  const [parsed, setParsed] = useState<ParsedRecommendation | null>(null);

  useEffect(() => {
    const result = parseRecommendation(location.search, new Set(listModules(locale).map((module) => module.id)));
    if (result.ids.length > 0 && !result.preview) keepRecommendation(locale, result.ids, result.note);
    setParsed(result);
  }, [locale]);

  const modules = (parsed?.ids ?? []).map((id) => findModule(locale, id)).filter((module): module is ModuleMeta => module !== undefined);
  const empty = parsed !== null && modules.length === 0;

  return (
    <div class="page recommendation-page">
      <h1>{empty ? t('recommend.missingTitle') : t('recommend.title')}</h1>
      {empty && (
        <>
          <p>{t('recommend.missingText')}</p>
          <p>
            <a href={pathFor(locale, { name: 'library' })}>{t('recommend.toLibrary')}</a>
          </p>
        </>
      )}
      {parsed && modules.length > 0 && (
        <>
          <p class="lead">{t('recommend.intro')}</p>
          {parsed.note && (
            <figure class="counsellor-note">
              <figcaption>{t('recommend.note')}</figcaption>
              <blockquote>{parsed.note}</blockquote>
            </figure>
          )}
          <ol class="card-list">
            {modules.map((module) => (
              <ModuleCard key={module.id} module={module} />
            ))}
          </ol>
          {(parsed.unknown > 0 || parsed.cut) && (
            <div class="notice" role="note">
              {parsed.unknown > 0 && <p>{t('recommend.unknown', { count: parsed.unknown })}</p>}
              {parsed.cut && <p>{t('recommend.cut')}</p>}
            </div>
          )}
          {parsed.preview ? (
            <p class="notice" role="note">
              {t('recommend.previewNotice')}
            </p>
          ) : (
            <p class="fine-print">{t('recommend.kept')}</p>
          )}
        </>
      )}
    </div>
  );
}
