import { useId, useState } from 'react';
import type { Sector, Transfer } from '../../engine/model';
import { useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { TextField } from '../../ui/field';
import { deleteTransfer, setTransferEnds, setTransferLabel } from './transfer-edits';
import { transfersMessages } from './messages';

/** The id of a transfer's name field, so the screen can focus it when the transfer is new. */
export function transferLabelId(id: string): string {
  return `transfer-label-${id}`;
}

export interface TransferRowProps {
  transfer: Transfer;
  index: number;
  sectors: readonly Sector[];
  displayLabel: string;
  onStatus: (text: string) => void;
}

export function TransferRow({ transfer, index, sectors, displayLabel, onStatus }: TransferRowProps) {
  const t = useMessages(transfersMessages);
  const update = useModelStore((s) => s.update);
  const uid = useId();
  const errorId = `${uid}-error`;
  const [problem, setProblem] = useState<'sameSector' | 'unknownSector' | null>(null);

  function setEnd(end: 'from' | 'to', id: string) {
    // Checked against the model as it is now, so the refusal and the message agree.
    const outcome = setTransferEnds(useModelStore.getState().model, transfer.id, { [end]: id });
    if (!outcome.ok) {
      setProblem(outcome.code);
      return;
    }
    setProblem(null);
    update((m) => {
      const again = setTransferEnds(m, transfer.id, { [end]: id });
      return again.ok ? again.model : m;
    });
  }

  const selectProps = (end: 'from' | 'to') => ({
    value: transfer[end],
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? errorId : undefined,
    'aria-label': t(end === 'from' ? 'fromLabel' : 'toLabel', { label: displayLabel }),
    onChange: (e: { currentTarget: HTMLSelectElement }) => setEnd(end, e.currentTarget.value),
  });

  return (
    <tr>
      <th scope="row">
        <TextField
          id={transferLabelId(transfer.id)}
          label={t('labelLabel', { n: index + 1 })}
          hideLabel
          value={transfer.label}
          onCommit={(label) => update((m) => setTransferLabel(m, transfer.id, label))}
        />
      </th>
      <td>
        <select {...selectProps('from')}>
          {sectors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select {...selectProps('to')}>
          {sectors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <span id={errorId} role="alert" className="field-error">
          {problem ? t(problem) : ''}
        </span>
      </td>
      <td>
        <button
          type="button"
          aria-label={t('removeLabel', { label: displayLabel })}
          onClick={() => {
            update((m) => deleteTransfer(m, transfer.id));
            onStatus(t('removed', { label: displayLabel }));
          }}
        >
          {t('remove')}
        </button>
      </td>
    </tr>
  );
}
