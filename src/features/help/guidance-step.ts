import type { Country } from '../../storage/preferences';
import type { Localized } from './help-lines';

/** One calm step of guidance on the help page or in the plan builder ("Als het misgaat", "Als je kind dreigt"). */
export interface GuidanceStep {
  /** Stable anchor and key. */
  id: string;
  title: Localized;
  text: Localized;
  /** Help-line ids (help-lines.ts) shown as call buttons under the text, per country. */
  lines?: Record<Country, string[]>;
}
