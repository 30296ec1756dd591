import { readPreferences, savePreferences, type TextSize } from '../../storage/preferences';

/** Applies the chosen text size to the whole page (CSS scales from the root font size). */
export function applyTextSize(size: TextSize = readPreferences().textSize ?? 'normal'): void {
  if (typeof document === 'undefined') return;
  if (size === 'normal') delete document.documentElement.dataset.textSize;
  else document.documentElement.dataset.textSize = size;
}

export function chooseTextSize(size: TextSize): void {
  savePreferences({ textSize: size });
  applyTextSize(size);
}
