import { hydrate } from 'preact-iso';
import { App } from './app/App';
import { localeOfPath } from './app/i18n';
import { prepareLocale } from './app/prepare-locale';
import { refuseToRunInFrame } from './app/frame-guard';
import { continueQuickExit } from './features/quick-exit/quick-exit';
import { applyTextSize } from './features/settings/text-size';
import { listenForInstallPrompt } from './features/keep-safe/install-prompt-early';
import './styles/global.css';
// Feature styles after the base, so their modifiers win over the base classes.
import './styles/diary.css';
import './styles/insights.css';
import './styles/plan.css';
import './styles/lock.css';

// A quick exit that stepped back onto this page finishes before anything else happens, also when
// the page comes back from the back-forward cache.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) continueQuickExit();
});
const leaving = refuseToRunInFrame() || continueQuickExit();

applyTextSize();
// Chromium offers its install prompt once, early: kept for the install guidance to show on a tap.
listenForInstallPrompt();

const root = document.getElementById('app');
if (root && !leaving) {
  void prepareLocale(localeOfPath(location.pathname)).then(() => hydrate(<App />, root));
}
