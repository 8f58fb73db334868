import { memo } from 'react';
import type { BenefitLine, Cohort, Sector } from '../../engine/model';
import { useMessages } from '../../i18n/use-messages';
import { LineCard } from '../../ui/line-card';
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
  const name = line.label || t('unnamed');
  return (
    <LineCard
      id={line.id}
      label={line.label}
      name={name}
      heading={t('gainHeading', { label: name })}
      className="gain-card"
      open={open}
      t={t}
      onToggle={props.onToggle}
      onDuplicate={props.onDuplicate}
      onDelete={props.onDelete}
      body={(shown) =>
        shown ? <GainLineFields line={line} name={name} /> : <GainLineBrief line={line} sectors={props.sectors} cohorts={props.cohorts} years={props.years} />
      }
    />
  );
});
