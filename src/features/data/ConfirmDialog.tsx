import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A modal confirmation on the platform's <dialog>: focus moves in and is trapped, Escape
 * cancels, and focus returns to where it was. The safe choice (cancel) comes first.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ComponentChildren;
}) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) element.showModal();
    if (!props.open && element.open) element.close();
  }, [props.open]);

  return (
    <dialog ref={dialog} class="confirm-dialog" aria-labelledby="confirm-title" onCancel={props.onCancel} onClose={() => props.open && props.onCancel()}>
      <h2 id="confirm-title">{props.title}</h2>
      {props.children}
      <div class="form-actions">
        <button type="button" class="button" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
        <button type="button" class={props.danger ? 'button button--danger-solid' : 'button button--primary'} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
