import { useEffect, useState } from 'preact/hooks';
import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { findModule, listModules } from '../../content/catalog';
import type { ModuleMeta } from '../../content/types';
import { lockOnMirror } from '../../storage/lock/lock-mirror';
import { keepRecommendation, keepRecommendationNote, listRecommendations } from '../../storage/recommendations';
import { ModuleCard } from '../library/ModuleCard';
import { parseRecommendation, type ParsedRecommendation } from './recommendation-link';

/**
 * `/<locale>/r?m=…&n=…`: the modules a counsellor picked, in their order, with their note as
 * plain text. The modules are kept on the device until the parent dismisses them on home; the
 * note only when she asks (anyone can make a link with a note, so it is labelled as what it is),
 * and never while the diary lock is on. The query is read in the browser only (the prerendered
 * page cannot know it) and then removed from the address bar, so the note is not left in the tab's
 * address or offered again as a suggestion. A reload shows the newest kept recommendation. A
 * counsellor's preview (`preview=1`) is shown the same way but not kept.
 */
export default function RecommendationPage() {
  const t = useT();
  const locale = useLocale();
  usePageHead({ title: t('recommend.title'), description: t('recommend.intro') });
  const [parsed, setParsed] = useState<ParsedRecommendation | null>(null);
  const [noteKept, setNoteKept] = useState(false);
  const [lockOn, setLockOn] = useState(false);

  useEffect(() => {
    const known = new Set(listModules(locale).map((module) => module.id));
    const fromLink = location.search !== '';
    let result = parseRecommendation(location.search, known);
    if (fromLink) history.replaceState(history.state, '', location.pathname + location.hash);
    const newest = listRecommendations().find((item) => item.locale === locale);
    if (!fromLink && newest) {
      // Opened again without the query (a reload): what was kept from the link.
      result = { ...parseRecommendation(`?m=${newest.moduleIds.join(',')}`, known), note: newest.note };
      setNoteKept(newest.note !== '');
    } else if (result.ids.length > 0 && !result.preview) {
      const kept = keepRecommendation(locale, result.ids);
      setNoteKept(kept.note !== '' && kept.note === result.note);
    }
    setLockOn(lockOnMirror());
    setParsed(result);
  }, [locale]);

  const keepNote = () => {
    if (!parsed || lockOnMirror()) return;
    keepRecommendationNote(parsed.ids, parsed.note);
    setNoteKept(true);
  };

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
            <figure class="counsellor-note" aria-labelledby="link-note-label">
              <figcaption id="link-note-label">{t('recommend.linkNote')}</figcaption>
              <blockquote>{parsed.note}</blockquote>
              <p class="hint">{t('recommend.linkNoteWho')}</p>
              {!parsed.preview && (
                <div role="status">
                  {lockOn ? (
                    <p>{t('recommend.noteNotKeptLocked')}</p>
                  ) : noteKept ? (
                    <p>{t('recommend.noteKept')}</p>
                  ) : (
                    <p>
                      <button type="button" class="button" onClick={keepNote}>
                        {t('recommend.keepNote')}
                      </button>{' '}
                      <span class="hint">{t('recommend.keepNoteHint')}</span>
                    </p>
                  )}
                </div>
              )}
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
