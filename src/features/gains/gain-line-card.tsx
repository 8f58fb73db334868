import { memo, useId } from 'react';
import type { BenefitLine, Cohort, Sector } from '../../engine/model';
import { useMessages } from '../../i18n/use-messages';
import { LineActions, LineToggle } from '../../ui/line-list';
import { GainLineBrief } from './gain-line-brief';
import { GainLineFields } from './gain-line-fields';
import { gainsMessages } from './messages';

export interface GainLineCardProps {
  line: BenefitLine;
  sectors: readonly Sector[];
  cohorts: readonly Cohort[];
  years: number;
  /** Open or closed in a large model; undefined in a small one, where every line is open for good. */
  open?: boolean;
  onToggle: (id: string) => void;
  onDuplicate: (id: string, label: string) => void;
  onDelete: (id: string, label: string) => void;
}

/**
 * One gain line: where it lands, what kind it is, how it is worked out, and what it
 * produces. Memoised with stable callbacks: in a large model an edit redraws the line it
 * changed and the open ones, not hundreds of closed rows.
 */
export const GainLineCard = memo(function GainLineCard(props: GainLineCardProps) {
  const { line, open } = props;
  const t = useMessages(gainsMessages);
  const headingId = useId();
  const name = line.label || t('unnamed');
  const shown = open !== false;

  return (
    <article className={shown ? 'line-card gain-card' : 'line-card gain-card line-card-closed'} aria-labelledby={headingId} data-line-id={line.id}>
      <header className="line-card-head">
        <h3 id={headingId}>{t('gainHeading', { label: name })}</h3>
        <span className="line-card-buttons">
          {open !== undefined && (
            <LineToggle
              open={open}
              text={t(open ? 'hideLine' : 'showLine')}
              name={t(open ? 'hideLineName' : 'showLineName', { label: name })}
              onToggle={() => props.onToggle(line.id)}
            />
          )}{' '}
          <LineActions
            duplicateText={t('duplicate')}
            deleteText={t('delete')}
            duplicateName={t('duplicateName', { label: name })}
            deleteName={t('deleteName', { label: name })}
            onDuplicate={() => props.onDuplicate(line.id, line.label)}
            onDelete={() => props.onDelete(line.id, line.label)}
          />
        </span>
      </header>
      {shown ? (
        <GainLineFields line={line} name={name} />
      ) : (
        <GainLineBrief line={line} sectors={props.sectors} cohorts={props.cohorts} years={props.years} />
      )}
    </article>
  );
});
