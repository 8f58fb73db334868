/**
 * Where a worker job stands, for the sections that compute exact figures of a large model:
 * a labelled progress bar with a cancel button while it runs, a button to compute again
 * after a cancel or an error, and a polite status line (started, out of date, cancelled,
 * failed) that screen readers announce without interrupting.
 */
import { useId, useLayoutEffect, useRef, type RefObject } from 'react';
import { formatNumber } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { uncertaintyMessages } from './messages';
import type { JobStatus } from '../../workers/use-worker-job';

export interface JobProgressProps {
  current: JobStatus;
  /** A finished result for an earlier model is on show (marked out of date). */
  stale: boolean;
  /** The progress bar's label, and its "n of N" text. */
  label: string;
  progressText: (done: string, total: string) => string;
  /** Announced when a run starts. */
  computing: string;
  /** The button that computes again after a cancel or an error. */
  computeLabel: string;
  onCancel: () => void;
  onResume: () => void;
  /** Where focus goes when the focused cancel or compute button goes away. */
  focusAfter: RefObject<HTMLElement | null>;
}

/** Moves focus to `target` when this element unmounts while it holds focus (it would fall to the page). */
function useKeepFocus<T extends HTMLElement>(target: RefObject<HTMLElement | null>) {
  const own = useRef<T>(null);
  useLayoutEffect(() => {
    const el = own.current;
    // The target (a section's heading) outlives this element: the node taken now is the one to focus.
    const to = target.current;
    return () => {
      if (el && el.contains(document.activeElement)) to?.focus();
    };
  }, [target]);
  return own;
}

function Running({ done, total, label, text, onCancel, focusAfter }: { done: number; total: number; label: string; text: string; onCancel: () => void; focusAfter: JobProgressProps['focusAfter'] }) {
  const t = useMessages(uncertaintyMessages);
  const id = useId();
  const own = useKeepFocus<HTMLParagraphElement>(focusAfter);
  const known = total > 0;
  return (
    <p className="simulation-progress job-progress" ref={own}>
      <label htmlFor={id}>{label}</label>{' '}
      {/* Without a total yet (the job is starting) the bar is indeterminate. */}
      <progress id={id} max={known ? total : undefined} value={known ? done : undefined} aria-valuetext={known ? text : undefined} />{' '}
      {known && <span>{text}</span>}{' '}
      <button type="button" onClick={onCancel}>
        {t('work.cancel')}
      </button>
    </p>
  );
}

function Resume({ label, onResume, focusAfter }: { label: string; onResume: () => void; focusAfter: JobProgressProps['focusAfter'] }) {
  const own = useKeepFocus<HTMLButtonElement>(focusAfter);
  return (
    <button type="button" ref={own} onClick={onResume}>
      {label}
    </button>
  );
}

export function JobProgress(props: JobProgressProps) {
  const { current, stale } = props;
  const t = useMessages(uncertaintyMessages);
  const lang = useLang();
  const messages: string[] = [];
  if (current.status === 'running') messages.push(stale ? t('work.stale') : props.computing);
  if (current.status === 'cancelled') messages.push(t('work.cancelled'));
  if (current.status === 'error') messages.push(t('work.error', { message: current.message }));
  if (stale && current.status !== 'running') messages.push(t('work.staleStopped'));
  return (
    <>
      {current.status === 'running' && (
        <Running
          done={current.done}
          total={current.total}
          label={props.label}
          text={props.progressText(formatNumber(current.done, lang, 0), formatNumber(current.total, lang, 0))}
          onCancel={props.onCancel}
          focusAfter={props.focusAfter}
        />
      )}
      {(current.status === 'cancelled' || current.status === 'error') && <Resume label={props.computeLabel} onResume={props.onResume} focusAfter={props.focusAfter} />}
      <div role="status" aria-live="polite">
        {messages.map((m) => (
          <p key={m} className={stale ? 'warning' : undefined}>
            {m}
          </p>
        ))}
      </div>
    </>
  );
}
