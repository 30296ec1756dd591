import type { ComponentChildren } from 'preact';
import { useLocale } from '../../app/i18n';
import type { Country } from '../../storage/preferences';
import { CallLinks } from './CallLinks';
import type { GuidanceStep } from './guidance-step';

/** A step as a list item: the title as a lead-in sentence, the text, the country's call buttons, then any links. */
export function GuidanceStepItem({ step, country, children }: { step: GuidanceStep; country: Country; children?: ComponentChildren }) {
  const locale = useLocale();
  const title = step.title[locale];
  return (
    <li>
      <strong>{/[.?!]$/.test(title) ? title : `${title}.`}</strong> {step.text[locale]}
      {step.lines && <CallLinks ids={step.lines[country]} />}
      {children}
    </li>
  );
}
