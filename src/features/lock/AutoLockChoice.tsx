import type { ComponentChildren } from 'preact';
import { useT } from '../../app/i18n';
import { AUTO_LOCK_CHOICES } from '../../storage/lock/lock-config';
import { ChoiceGroup } from '../settings/ChoiceGroup';

/** "Lock by itself after 1, 5, 15 or 30 minutes in the background." */
export function AutoLockChoice({ name, value, onChange, children }: { name: string; value: number; onChange: (minutes: number) => void; children?: ComponentChildren }) {
  const t = useT();
  return (
    <ChoiceGroup
      name={name}
      legend={t('lock.autoLock.legend')}
      hint={t('lock.autoLock.hint')}
      choices={AUTO_LOCK_CHOICES.map((minutes) => ({ value: String(minutes), label: t('lock.autoLock.minutes', { count: minutes }) }))}
      value={String(value)}
      onChange={(next) => onChange(Number(next))}
    >
      {children}
    </ChoiceGroup>
  );
}
