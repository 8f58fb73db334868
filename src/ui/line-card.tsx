/**
 * The frame of one editable line (a cost line, a gain line): heading, show/hide for large
 * models, duplicate and delete, and the body. Texts come from the calling feature's
 * messages, which use the same keys.
 */
import { useId, type ReactNode } from 'react';
import type { Translate } from '../i18n/catalog';
import { LineActions, LineToggle } from './line-list';

export type LineCardKey = 'hideLine' | 'showLine' | 'hideLineName' | 'showLineName' | 'duplicate' | 'delete' | 'duplicateName' | 'deleteName';

export interface LineCardProps {
  id: string;
  /** The line's own label (passed back to duplicate/delete) and the name shown for it. */
  label: string;
  name: string;
  heading: string;
  /** Extra class beside "line-card". */
  className?: string;
  /** undefined: a small model, always open and no toggle. */
  open: boolean | undefined;
  t: Translate<LineCardKey>;
  onToggle: (id: string) => void;
  onDuplicate: (id: string, label: string) => void;
  onDelete: (id: string, label: string) => void;
  /** Buttons between show/hide and duplicate/delete. */
  buttons?: ReactNode;
  /** The fields when shown, a one-row brief when closed; headingId labels the fields. */
  body: (shown: boolean, headingId: string) => ReactNode;
}

export function LineCard({ id, label, name, heading, className, open, t, buttons, body, ...on }: LineCardProps) {
  const headingId = useId();
  const shown = open !== false;
  const classes = ['line-card', className, shown ? null : 'line-card-closed'].filter(Boolean).join(' ');
  return (
    <article className={classes} aria-labelledby={headingId} data-line-id={id}>
      <header className="line-card-head">
        <h3 id={headingId}>{heading}</h3>
        <span className="line-card-buttons">
          {open !== undefined && (
            <LineToggle
              open={open}
              text={t(open ? 'hideLine' : 'showLine')}
              name={t(open ? 'hideLineName' : 'showLineName', { label: name })}
              onToggle={() => on.onToggle(id)}
            />
          )}{' '}
          {buttons}
          {buttons ? ' ' : null}
          <LineActions
            duplicateText={t('duplicate')}
            deleteText={t('delete')}
            duplicateName={t('duplicateName', { label: name })}
            deleteName={t('deleteName', { label: name })}
            onDuplicate={() => on.onDuplicate(id, label)}
            onDelete={() => on.onDelete(id, label)}
          />
        </span>
      </header>
      {body(shown, headingId)}
    </article>
  );
}
