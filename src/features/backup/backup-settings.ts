import { isLocale } from '../../app/locales';
import { isCountry, isSafeExitUrl, isTextSize, type Preferences } from '../../storage/preferences';

/**
 * The valid preferences found in `value`, each checked on its own: an invalid or unknown
 * value is dropped, never a reason to refuse a backup. Always returns a new plain object
 * without undefined keys.
 */
export function sanitizeSettings(value: unknown): Preferences {
  const settings: Preferences = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return settings;
  const source = value as Record<string, unknown>;
  const own = (key: keyof Preferences): unknown => (Object.hasOwn(source, key) ? source[key] : undefined);
  const locale = own('locale');
  const country = own('country');
  const quickExitUrl = own('quickExitUrl');
  const textSize = own('textSize');
  if (isLocale(locale)) settings.locale = locale;
  if (isCountry(country)) settings.country = country;
  if (isSafeExitUrl(quickExitUrl)) settings.quickExitUrl = quickExitUrl;
  if (isTextSize(textSize)) settings.textSize = textSize;
  return settings;
}
