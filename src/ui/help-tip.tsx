import { useId, useState, type ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { uiMessages } from './ui-messages';

export interface HelpTipProps {
  /** The term explained, e.g. "Dødvekt"; names the button for screen readers. */
  term: string;
  /** A short plain-language explanation, best with an example. */
  children: ReactNode;
}

/**
 * A small "?" button that shows a term's explanation right after it. A disclosure (button
 * with aria-expanded) rather than a hover tooltip, so it works by keyboard and touch and
 * the text stays while it is read. Place it beside a label, not inside one.
 */
export function HelpTip({ term, children }: HelpTipProps) {
  const t = useMessages(uiMessages);
  const [open, setOpen] = useState(false);
  const textId = `help-${useId()}`;
  return (
    <span className="help-tip">
      <button
        type="button"
        className="help-tip-button"
        aria-expanded={open}
        aria-controls={textId}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
          }
        }}
      >
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{t('help.show', { term })}</span>
      </button>
      <span id={textId} className="help-tip-text" hidden={!open} style={{ display: open ? 'block' : undefined }}>
        {children}
      </span>
    </span>
  );
}
