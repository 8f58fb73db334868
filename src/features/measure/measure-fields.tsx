/**
 * The measure's field kinds, each with its label and a plain-language help text linked by
 * aria-describedby (read out with the field, visible under it).
 */
import { useId } from 'react';
import type { DecimalString } from '../../engine/model';
import { useMessages } from '../../i18n/use-messages';
import { TextField } from '../../ui/field';
import { NumberField } from '../../ui/number-field';
import { checkInteger, INTEGER_RULES, type DecimalCheckCode, type IntegerField } from './measure-edits';
import { measureMessages } from './messages';

export function Help({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} className="field-help">
      {text}
    </p>
  );
}

/** Title and description commit on blur or Enter, so a typed sentence is one undo step. */
export function TextInput(props: { label: string; help: string; value: string; multiline?: boolean; onCommit: (v: string) => void }) {
  const helpId = `${useId()}-help`;
  return (
    <div className="measure-field">
      <TextField label={props.label} value={props.value} multiline={props.multiline} describedBy={helpId} onCommit={props.onCommit} />
      <Help id={helpId} text={props.help} />
    </div>
  );
}

export function IntegerInput(props: { field: IntegerField; label: string; help: string; value: number; onCommit: (v: number) => void }) {
  const t = useMessages(measureMessages);
  const helpId = `${useId()}-help`;
  const rule: { min: number; max?: number } = INTEGER_RULES[props.field];
  return (
    <div className="measure-field">
      <NumberField
        label={props.label}
        value={String(props.value)}
        integer
        size={6}
        describedBy={helpId}
        validate={(v) => {
          const code = checkInteger(v, rule);
          return code ? t(`error.${code}`, { min: rule.min, max: rule.max ?? '' }) : null;
        }}
        onCommit={(v) => props.onCommit(Number(v))}
      />
      <Help id={helpId} text={props.help} />
    </div>
  );
}

export function DecimalInput(props: {
  label: string;
  help: string;
  value: DecimalString;
  percent?: boolean;
  disabled?: boolean;
  check: (v: DecimalString) => DecimalCheckCode | null;
  onCommit: (v: DecimalString) => void;
}) {
  const t = useMessages(measureMessages);
  const helpId = `${useId()}-help`;
  return (
    <div className="measure-field">
      <NumberField
        label={props.label}
        value={props.value}
        percent={props.percent}
        disabled={props.disabled}
        size={12}
        describedBy={helpId}
        validate={(v) => {
          const code = props.check(v);
          return code ? t(`error.${code}`) : null;
        }}
        onCommit={props.onCommit}
      />
      <Help id={helpId} text={props.help} />
    </div>
  );
}
