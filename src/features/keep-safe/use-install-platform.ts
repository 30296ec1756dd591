import { useEffect, useState } from 'preact/hooks';
import { installPlatform, runsStandalone, type InstallPlatform } from './install-platform';
import { canShowInstallPrompt, installedThisVisit, onInstallPromptChange } from './install-prompt';

function readPlatform(): InstallPlatform {
  return installPlatform({
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints ?? 0,
    standalone: runsStandalone(),
    canPrompt: canShowInstallPrompt(),
  });
}

/**
 * The install guidance this device needs; null until mounted (a prerendered page cannot know).
 * Follows the browser's install offer as it arrives or is used.
 */
export function useInstallPlatform(): { platform: InstallPlatform | null; installedNow: boolean } {
  const [platform, setPlatform] = useState<InstallPlatform | null>(null);
  const [installedNow, setInstalledNow] = useState(false);
  useEffect(() => {
    const read = () => {
      setPlatform(readPlatform());
      setInstalledNow(installedThisVisit());
    };
    read();
    return onInstallPromptChange(read);
  }, []);
  return { platform, installedNow };
}
