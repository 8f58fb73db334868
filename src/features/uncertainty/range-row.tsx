/** One uncertain input as a table row: its low, likely and high values, where it comes from, and a reset. */
import type { Model, Range } from '../../engine/model';
import { compareDecimal } from '../../ui/year-grid-ops';
import type { UncertainInput } from '../../engine/uncertainty/inputs';
import type { Lang } from '../../i18n/catalog';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { NumberField } from '../../ui/number-field';
import { fieldFormat, inputLabel } from '../../charts/input-labels';
import { uncertaintyMessages } from './messages';
import { withRangeEnd } from './range-edits';

export function inputField(input: UncertainInput) {
  return input.ref.kind === 'model' ? 'discountRate' : input.ref.field;
}

export function formatInputValue(input: UncertainInput, value: string, lang: Lang): string {
  const format = fieldFormat(inputField(input));
  if (format === 'percent') return formatPercent(value, lang, 2, { trim: true });
  return formatNumber(value, lang, format === 'integer' ? 0 : undefined);
}

const ENDS = ['low', 'likely', 'high'] as const;

/** The range as it will be stored: "likely" left out while it equals the model's value, so it follows later edits. */
export function storedRange(input: UncertainInput, range: Range): Range {
  if (range.likely !== undefined && compareDecimal(range.likely, input.value) === 0) return { low: range.low, high: range.high };
  return range;
}

export interface RangeRowProps {
  model: Model;
  input: UncertainInput;
  /** The field name only: the line is the group's heading. */
  name: string;
  onRange: (input: UncertainInput, range: Range | null) => void;
}

export function RangeRow({ model, input, name, onRange }: RangeRowProps) {
  const t = useMessages(uncertaintyMessages);
  const format = fieldFormat(inputField(input));
  const full = inputLabel(model, input.ref, t);
  const orderProblem = (end: (typeof ENDS)[number], value: string) => {
    const next = withRangeEnd(input, end, value);
    return compareDecimal(next.low, next.likely!) <= 0 && compareDecimal(next.likely!, next.high) <= 0 ? null : t('ranges.order');
  };
  return (
    <tr>
      <th scope="row">{name}</th>
      {ENDS.map((end) => (
        <td key={end}>
          <NumberField
            label={`${full}: ${t(`ranges.${end}`)}`}
            hideLabel
            value={input[end]}
            percent={format === 'percent'}
            integer={format === 'integer'}
            min={input.bounds.min ?? undefined}
            max={input.bounds.max ?? undefined}
            validate={(v) => orderProblem(end, v)}
            onCommit={(v) => onRange(input, storedRange(input, withRangeEnd(input, end, v)))}
            size={10}
          />
        </td>
      ))}
      <td>{t(input.source === 'user' ? 'ranges.user' : 'ranges.default')}</td>
      <td>
        {input.source === 'user' && (
          <button type="button" onClick={() => onRange(input, null)} aria-label={t('ranges.resetLabel', { input: full })}>
            {t('ranges.reset')}
          </button>
        )}
      </td>
    </tr>
  );
}
