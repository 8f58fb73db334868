/**
 * A modal confirm dialog (WAI-ARIA alertdialog pattern): focus moves into it on open,
 * starting on the safe choice (cancel), Tab cycles inside it, Escape cancels, and focus
 * returns to where it was when the dialog closes. The caller supplies every text, so
 * this component has no language of its own.
 */
import { useEffect, useId, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { dialogKeyDown } from './dialog-keys';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen; may hold extra controls (for example a select). */
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  confirmDisabled?: boolean;
  /** Marks the confirm button as the destructive choice (styled as such). */
  destructive?: boolean;
}

const backdropStyle: CSSProperties = {
  position: 'fixed',
  inset: 0,
  background: 'rgba(0, 0, 0, 0.45)',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  zIndex: 100,
  padding: '1rem',
};

const panelStyle: CSSProperties = {
  background: 'var(--paper, #fff)',
  color: 'var(--ink, #1a1a1a)',
  border: '1px solid var(--muted, #4a4a4a)',
  borderRadius: 6,
  padding: '1rem 1.25rem',
  maxWidth: '36rem',
  width: '100%',
  maxHeight: '90vh',
  overflowY: 'auto',
};

const destructiveStyle: CSSProperties = { background: 'var(--bad, #a1260d)', color: '#fff', borderColor: 'var(--bad, #a1260d)' };

export function ConfirmDialog(props: ConfirmDialogProps) {
  if (!props.open) return null;
  return createPortal(<OpenDialog {...props} />, document.body);
}

function OpenDialog({ title, children, confirmLabel, cancelLabel, onConfirm, onCancel, confirmDisabled, destructive }: ConfirmDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Remember where the user was, so closing the dialog does not drop focus to <body>.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    cancel.current?.focus();
    return () => {
      if (before && before.isConnected) before.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => dialogKeyDown(event, panel.current, onCancel);


  return (
    <div style={backdropStyle} className="confirm-backdrop">
      <div
        ref={panel}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="confirm-dialog"
        style={panelStyle}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} style={{ marginTop: 0 }}>{title}</h2>
        <div id={bodyId}>{children}</div>
        <div style={{ display: 'flex', gap: '.5rem', justifyContent: 'flex-end', marginTop: '1rem' }}>
          <button ref={cancel} type="button" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button
            type="button"
            onClick={onConfirm}
            disabled={confirmDisabled}
            style={destructive ? destructiveStyle : undefined}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
