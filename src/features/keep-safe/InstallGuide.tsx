import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import type { InstallPlatform } from './install-platform';
import { dismissInstallGuide, installGuideDismissed } from './install-guide-store';
import { showInstallPrompt } from './install-prompt';
import { useInstallPlatform } from './use-install-platform';

type Place = 'diary' | 'plan' | 'settings';

export interface InstallGuideProps {
  /** Diary and plan show it before the first entry or plan, until "Niet nu"; settings always. */
  place: Place;
  /** In the diary: how many entries there are (an iPhone with entries in a Safari tab needs the move steps). */
  entryCount?: number;
}

/** Whether the guidance belongs on this screen now. */
function shown(place: Place, platform: InstallPlatform, dismissed: boolean, entryCount: number): boolean {
  if (place === 'settings') return true;
  if (platform === 'installed' || dismissed) return false;
  // On an iPhone, Safari may erase the diary of a site that is not on the home screen: worth
  // saying also when entries exist. Elsewhere only before the first entry.
  return place === 'plan' || platform === 'ios' || entryCount === 0;
}

function IosSteps({ withMove }: { withMove: boolean }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <p>{t('keepSafe.install.iosWhy')}</p>
      <ol class="install-guide__steps">
        <li>{t('keepSafe.install.iosStepShare')}</li>
        <li>{t('keepSafe.install.iosStepAdd')}</li>
        <li>{t('keepSafe.install.iosStepOpen')}</li>
      </ol>
      <p>{t('keepSafe.install.iosSeparate')}</p>
      {withMove && (
        <>
          <h3 class="install-guide__move">{t('keepSafe.install.moveTitle')}</h3>
          <p>{t('keepSafe.install.moveIntro')}</p>
          <ol class="install-guide__steps">
            <li>
              {t('keepSafe.install.moveStepBackup')} <a href={`${pathFor(locale, { name: 'data' })}#export-title`}>{t('keepSafe.install.moveBackupLink')}</a>
            </li>
            <li>{t('keepSafe.install.moveStepInstall')}</li>
            <li>{t('keepSafe.install.moveStepRestore')}</li>
            <li>{t('keepSafe.install.moveStepUse')}</li>
          </ol>
        </>
      )}
    </>
  );
}

/**
 * "Zet Kier op je beginscherm", for the platform the parent is on: the share menu on an iPhone
 * or iPad (and why: Safari may erase a site's data that is not on the home screen; the home
 * screen app keeps its own storage, so entries move with a backup), the browser's own prompt
 * where it offers one, else the browser's menu. Inline and calm; "Niet nu" is remembered.
 */
export function InstallGuide({ place, entryCount = 0 }: InstallGuideProps) {
  const t = useT();
  const { platform, installedNow } = useInstallPlatform();
  const [dismissed, setDismissed] = useState(true);
  const [answered, setAnswered] = useState(false);
  const [outcome, setOutcome] = useState<'accepted' | 'dismissed' | null>(null);
  const thanks = useRef<HTMLParagraphElement>(null);
  useEffect(() => setDismissed(installGuideDismissed()), []);
  useEffect(() => {
    if (answered) thanks.current?.focus();
  }, [answered]);

  if (answered) {
    return (
      <p ref={thanks} tabIndex={-1} class="muted" role="status">
        {t('keepSafe.install.notNowDone')}
      </p>
    );
  }
  if (platform === null || !shown(place, platform, dismissed, entryCount)) return null;
  const titleId = `install-guide-${place}`;

  if (platform === 'installed' || installedNow) {
    return (
      <section class="panel install-guide" id="install" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('keepSafe.install.title')}</h2>
        <p>{t(installedNow ? 'keepSafe.install.promptAccepted' : 'keepSafe.install.installed')}</p>
      </section>
    );
  }

  const install = async () => {
    const result = await showInstallPrompt();
    if (result !== 'unavailable') setOutcome(result);
  };

  return (
    <section class={place === 'settings' ? 'panel install-guide' : 'install-guide install-guide--offer'} id={place === 'settings' ? 'install' : undefined} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('keepSafe.install.title')}</h2>
      <p>{t('keepSafe.install.why')}</p>
      <div role="status">
        {outcome === 'accepted' && <p>{t('keepSafe.install.promptAccepted')}</p>}
        {outcome === 'dismissed' && <p>{t('keepSafe.install.promptDismissed')}</p>}
      </div>
      {outcome === null && platform === 'ios' && <IosSteps withMove={place === 'settings' || entryCount > 0} />}
      {outcome === null && platform === 'prompt' && (
        <>
          <p>{t('keepSafe.install.promptWhy')}</p>
          <p>
            <button type="button" class="button button--primary" onClick={() => void install()}>
              {t('keepSafe.install.promptButton')}
            </button>
          </p>
        </>
      )}
      {outcome === null && platform === 'android' && <p>{t('keepSafe.install.android')}</p>}
      {outcome === null && platform === 'other' && <p>{t('keepSafe.install.other')}</p>}
      {place !== 'settings' && (
        <p>
          <button
            type="button"
            class="button button--quiet"
            onClick={() => {
              dismissInstallGuide();
              setAnswered(true);
            }}
          >
            {t('keepSafe.install.notNow')}
          </button>
        </p>
      )}
    </section>
  );
}
