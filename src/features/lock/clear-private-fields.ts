import { lockStatus } from '../../storage/lock/lock-state';

/**
 * With the lock on, a private page's form fields are emptied when the page goes away (closing the
 * tab, quick exit, the back-forward cache): browsers keep the contents of open tabs' forms in their
 * session files to restore them, in clear. The words are not lost: drafts are stored (sealed) as
 * they are typed, and the page reads them back after unlocking. Runs after lock-state's own
 * `pagehide` handler has dropped the key.
 */
export function clearPrivateFields(root: ParentNode = document): void {
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('main textarea, main input')) {
    if (field.type === 'radio' || field.type === 'checkbox') (field as HTMLInputElement).checked = false;
    else if (field.type !== 'button' && field.type !== 'submit' && field.type !== 'hidden') field.value = '';
  }
}

export function clearPrivateFieldsWhenLocked(): void {
  window.addEventListener('pagehide', () => {
    if (lockStatus() !== 'off' && lockStatus() !== 'unknown') clearPrivateFields();
  });
}
