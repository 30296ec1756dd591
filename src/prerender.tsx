import { prerender as renderToHtml } from 'preact-iso';
import { App } from './app/App';
import { takeServerHead } from './app/head';
import { translator } from './app/i18n';
import { prepareLocaleFully } from './app/prepare-locale';
import { DEFAULT_LOCALE, LOCALES, isLocale } from './app/locales';

/** Called at build time for every route (vite-prerender-plugin through @preact/preset-vite). */
export async function prerender(data: { url: string }) {
  await Promise.all(LOCALES.map(prepareLocaleFully));
  const { html, links } = await renderToHtml(<App url={data.url} />);
  const head = takeServerHead();
  const first = data.url.split('/')[1];
  const lang = isLocale(first) ? first : DEFAULT_LOCALE;
  const description = head.description ?? translator(lang)('app.tagline');
  const elements = new Set([{ type: 'meta', props: { name: 'description', content: description } }]);
  return {
    html,
    links,
    head: { lang, title: head.fullTitle, elements },
  };
}
