/**
 * The ranges of every uncertain input, grouped by line. A group's fields are drawn only
 * while it is open, so a model with a thousand lines does not draw thousands of fields.
 */
import { useId, useState } from 'react';
import type { Model, Range } from '../../engine/model';
import type { UncertainInput } from '../../engine/uncertainty/inputs';
import { useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { lineLabel } from '../../charts/input-labels';
import { uncertaintyMessages, type UncertaintyKey } from './messages';
import { setInputRange } from './range-edits';
import { RangeRow, inputField } from './range-row';

interface Group {
  key: string;
  name: string;
  inputs: UncertainInput[];
}

export function groupInputs(model: Model, inputs: readonly UncertainInput[], modelName: string, t: (k: UncertaintyKey) => string): Group[] {
  const groups = new Map<string, Group>();
  for (const input of inputs) {
    const ref = input.ref;
    const key = ref.kind === 'model' ? 'model' : `${ref.kind}:${ref.id}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, name: ref.kind === 'model' ? modelName : lineLabel(model, ref, t), inputs: [] };
      groups.set(key, group);
    }
    group.inputs.push(input);
  }
  return [...groups.values()];
}

function RangeGroup({ model, group, onRange }: { model: Model; group: Group; onRange: (i: UncertainInput, r: Range | null) => void }) {
  const t = useMessages(uncertaintyMessages);
  const [open, setOpen] = useState(false);
  const users = group.inputs.filter((i) => i.source === 'user').length;
  return (
    <details className="range-group" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('ranges.group', { line: group.name, count: group.inputs.length })}
        {users > 0 ? ` · ${users} ${t('ranges.user')}` : ''}
      </summary>
      {open && (
        <div className="table-scroll">
          <table className="range-table">
            <caption className="visually-hidden">{group.name}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tornado.input')}</th>
                <th scope="col">{t('ranges.low')}</th>
                <th scope="col">{t('ranges.likely')}</th>
                <th scope="col">{t('ranges.high')}</th>
                <th scope="col">{t('ranges.source')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('ranges.reset')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {group.inputs.map((input) => (
                <RangeRow key={input.key} model={model} input={input} name={fieldName(input, t)} onRange={onRange} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}

function fieldName(input: UncertainInput, t: (k: UncertaintyKey) => string): string {
  const field = inputField(input);
  return t(field === 'discountRate' ? 'field.discountRate' : (`field.${field}` as UncertaintyKey));
}

export function RangesSection({ model, inputs }: { model: Model; inputs: UncertainInput[] }) {
  const t = useMessages(uncertaintyMessages);
  const update = useModelStore((s) => s.update);
  const id = useId();
  const groups = groupInputs(model, inputs, t('ranges.model'), t);
  const onRange = (input: UncertainInput, range: Range | null) => update((m) => setInputRange(m, input.ref, range));
  return (
    <section aria-labelledby={`${id}-title`} className="uncertainty-section">
      <h2 id={`${id}-title`}>{t('ranges.title')}</h2>
      <p>{t('ranges.intro')}</p>
      {groups.map((g) => (
        <RangeGroup key={g.key} model={model} group={g} onRange={onRange} />
      ))}
    </section>
  );
}
