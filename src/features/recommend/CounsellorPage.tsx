import { useEffect, useState } from 'preact/hooks';
import { usePageHead } from '../../app/head';
import { loadStrings, useLocale, useT } from '../../app/i18n';
import { LOCALES, type Locale } from '../../app/locales';
import { findModule, listModules, loadCatalog } from '../../content/catalog';
import type { ModuleMeta } from '../../content/types';
import { ChoiceGroup } from '../settings/ChoiceGroup';
import { ChosenList } from './ChosenList';
import { LinkResult } from './LinkResult';
import { ModulePicker } from './ModulePicker';
import { MAX_MODULES, MAX_NOTE, buildPreviewPath, buildRecommendationPath, normalizeNote } from './recommendation-link';

/** `/nl/hulpverlener`, `/en/counsellor`: a counsellor picks modules and gets a link, QR code and handout. */
export default function CounsellorPage() {
  const t = useT();
  const locale = useLocale();
  usePageHead({ title: t('recommend.counsellorTitle'), description: t('recommend.counsellorIntro') });
  const [linkLocale, setLinkLocale] = useState<Locale>(locale);
  const [catalogReady, setCatalogReady] = useState<Locale>(locale);
  const [chosen, setChosen] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [where, setWhere] = useState({ origin: '', host: '' });

  useEffect(() => setWhere({ origin: location.origin, host: location.host }), []);
  // The modules and the sheet are in the language of the link: its catalogue and its strings.
  useEffect(() => {
    void Promise.all([loadCatalog(linkLocale), loadStrings(linkLocale, ['recommend'])]).then(() => setCatalogReady(linkLocale));
  }, [linkLocale]);

  const shownLocale = catalogReady;
  const modules = listModules(shownLocale);
  const chosenModules = chosen.map((id) => findModule(shownLocale, id)).filter((module): module is ModuleMeta => module !== undefined);
  const { origin } = where;
  const url = `${origin}${buildRecommendationPath(linkLocale, chosen, note)}`;
  const shortUrl = `${origin}${buildRecommendationPath(linkLocale, chosen)}`;
  const move = (id: string, by: -1 | 1) =>
    setChosen((list) => {
      const from = list.indexOf(id);
      const to = from + by;
      if (from < 0 || to < 0 || to >= list.length) return list;
      const next = [...list];
      [next[from], next[to]] = [next[to]!, next[from]!];
      return next;
    });

  return (
    <div class="page counsellor-page">
      <div class="counsellor-form">
        <h1>{t('recommend.counsellorTitle')}</h1>
        <p class="lead">{t('recommend.counsellorIntro')}</p>
        <ChoiceGroup
          name="link-language"
          legend={t('recommend.language')}
          hint={t('recommend.languageHint')}
          choices={LOCALES.map((value) => ({ value, label: t(`recommend.languageNames.${value}`), lang: value }))}
          value={linkLocale}
          onChange={setLinkLocale}
        />
        <ModulePicker
          modules={modules}
          chosen={chosen}
          full={chosen.length >= MAX_MODULES}
          onToggle={(id) => setChosen((list) => (list.includes(id) ? list.filter((item) => item !== id) : [...list, id].slice(0, MAX_MODULES)))}
        />
        <ChosenList modules={chosenModules} onMove={move} onRemove={(id) => setChosen((list) => list.filter((item) => item !== id))} />
        <div class="field">
          <label for="counsellor-note">{t('recommend.noteLabel')}</label>
          <p class="hint" id="counsellor-note-hint">
            {t('recommend.noteHint')}
          </p>
          <textarea id="counsellor-note" rows={3} maxLength={MAX_NOTE} aria-describedby="counsellor-note-hint counsellor-note-count" value={note} onInput={(event) => setNote((event.target as HTMLTextAreaElement).value)} />
          <p class="hint" id="counsellor-note-count">
            {t('recommend.noteCount', { count: Array.from(note).length, max: MAX_NOTE })}
          </p>
        </div>
      </div>
      {chosen.length > 0 && origin && (
        <LinkResult
          url={url}
          shortUrl={shortUrl}
          previewUrl={buildPreviewPath(linkLocale, chosen, note)}
          host={where.host}
          locale={shownLocale}
          modules={chosenModules}
          note={normalizeNote(note)}
        />
      )}
    </div>
  );
}
