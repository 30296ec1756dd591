import { hydrate } from 'preact-iso';
import { App } from './app/App';
import { loadLocale, localeOfPath } from './app/i18n';
import './styles/global.css';

const root = document.getElementById('app');
if (root) {
  void loadLocale(localeOfPath(location.pathname)).then(() => hydrate(<App />, root));
}
