import { hydrate } from 'preact-iso';
import { App } from './app/App';
import { localeOfPath } from './app/i18n';
import { prepareLocale } from './app/prepare-locale';
import { applyTextSize } from './features/settings/text-size';
import './styles/global.css';
// Feature styles after the base, so their modifiers win over the base classes.
import './styles/diary.css';
import './styles/insights.css';
import './styles/plan.css';
import './styles/lock.css';

applyTextSize();

const root = document.getElementById('app');
if (root) {
  void prepareLocale(localeOfPath(location.pathname)).then(() => hydrate(<App />, root));
}
