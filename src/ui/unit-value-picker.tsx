/**
 * The library panel on a gain line's unit value (issue 8 §1–2): a modal dialog to search
 * the built-in and own values, choose one, convert it to the model's price base, and hand
 * back a LibraryPick (unit value, source, bearing sector). The caller applies it with
 * `applyLibraryValue` as one undoable edit.
 *
 * A dialog rather than the confirm dialog (an alertdialog, 36 rem wide): this is a task
 * with a table. Focus goes to the search, Tab stays inside, Escape cancels, and focus
 * returns to the button that opened it.
 */
import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { CohortBenefit, Model } from '../engine/model';
import { modelPriceBaseYear } from '../engine/price';
import { formatYear } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { useOwnLibrary } from '../store/own-library';
import { sectorForPreset, type LibraryPick } from './apply-library-value';
import { presetName } from './sector-presets';
import { ConversionForm, conversionResult, initialConversion, type ConversionState } from './unit-value-conversion';
import { BUILTIN_ENTRIES, NO_FILTER, bearerPreset, entryName, ownEntries, type EntryFilter, type UnitLibraryEntry } from './unit-value-entries';
import { UnitValueBrowser } from './unit-value-browser';
import { unitValueMessages } from './unit-value-messages';
import { UnitValueSourceNote } from './unit-value-source-note';
import { dialogKeyDown } from './dialog-keys';

export interface UnitValuePickerProps {
  open: boolean;
  model: Model;
  line: CohortBenefit;
  onPick: (pick: LibraryPick) => void;
  onCancel: () => void;
}

export function UnitValuePicker(props: UnitValuePickerProps) {
  if (!props.open) return null;
  return createPortal(<PickerDialog {...props} />, document.body);
}

export interface PickFromLibraryProps {
  model: Model;
  line: CohortBenefit;
  /** Apply with `update((m) => applyLibraryValue(m, line.id, pick, lang))`: one undo step. */
  onPick: (pick: LibraryPick) => void;
}

/**
 * What a gain line shows beside its unit value: "Pick from library", opening the panel,
 * and the source note of the value in use.
 */
export function PickFromLibrary({ model, line, onPick }: PickFromLibraryProps) {
  const t = useMessages(unitValueMessages);
  const [open, setOpen] = useState(false);
  return (
    <span className="pick-from-library">
      <button type="button" aria-label={t('pickButtonName', { line: line.label })} onClick={() => setOpen(true)}>
        {t('pickButton')}
      </button>
      {line.unitValueSource ? (
        <UnitValueSourceNote source={line.unitValueSource} unitValue={line.unitValue} priceBaseYear={modelPriceBaseYear(model)} />
      ) : null}
      <UnitValuePicker
        open={open}
        model={model}
        line={line}
        onCancel={() => setOpen(false)}
        onPick={(pick) => {
          setOpen(false);
          onPick(pick);
        }}
      />
    </span>
  );
}

// Inline like the confirm dialog's, so the panel works wherever it is mounted.
const backdropStyle: CSSProperties = {
  position: 'fixed', inset: 0, background: 'rgba(0, 0, 0, 0.45)', display: 'flex', alignItems: 'center',
  justifyContent: 'center', zIndex: 100, padding: '1rem',
};
const panelStyle: CSSProperties = {
  background: 'var(--paper, #fff)', color: 'var(--ink, #1a1a1a)', border: '1px solid var(--muted, #4a4a4a)',
  borderRadius: 6, padding: '1rem 1.25rem', maxWidth: '64rem', width: '100%', maxHeight: '92vh', overflowY: 'auto',
};
const buttonsStyle: CSSProperties = { display: 'flex', gap: '.5rem', justifyContent: 'flex-end', marginTop: '1rem' };

function PickerDialog({ model, line, onPick, onCancel }: UnitValuePickerProps) {
  const t = useMessages(unitValueMessages);
  const lang = useLang();
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const own = useOwnLibrary((s) => s.values);
  const entries: UnitLibraryEntry[] = [...ownEntries(own), ...BUILTIN_ENTRIES];
  const base = modelPriceBaseYear(model);
  const previous = line.unitValueSource;
  const [filter, setFilter] = useState<EntryFilter>(NO_FILTER);
  const [chosenId, setChosenId] = useState<string | undefined>(previous?.libraryId);
  const chosen = entries.find((e) => e.id === chosenId);
  const [conversion, setConversion] = useState<ConversionState | null>(() => (chosen ? initialConversion(chosen, base, previous) : null));
  const [assign, setAssign] = useState(true);

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    panel.current?.querySelector<HTMLElement>('input')?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);

  function choose(entry: UnitLibraryEntry) {
    setChosenId(entry.id);
    setConversion(initialConversion(entry, base, previous));
  }

  const result = chosen && conversion ? conversionResult(chosen, conversion, base, lang) : null;
  const preset = chosen ? bearerPreset(chosen.bearer) : undefined;
  const presetInModel = preset ? sectorForPreset(model.sectors, preset) !== undefined : false;

  function use() {
    if (!result || !chosen) return;
    onPick({ unitValue: result.unitValue, source: result.source, sectorPresetId: preset?.id ?? null, assignSector: Boolean(preset) && assign });
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => dialogKeyDown(event, panel.current, onCancel);

  return (
    <div className="unit-value-picker-backdrop" style={backdropStyle}>
      <div ref={panel} role="dialog" aria-modal="true" aria-labelledby={titleId} className="unit-value-picker" style={panelStyle} onKeyDown={onKeyDown}>
        <h2 id={titleId}>{t('pickerTitle')}</h2>
        <p>{t('pickerIntro', { line: line.label, base: formatYear(base, lang) })}</p>
        <UnitValueBrowser
          entries={entries}
          filter={filter}
          onFilterChange={setFilter}
          caption={t('pickerList')}
          currentId={chosenId}
          actions={(e) => (
            <button type="button" aria-pressed={e.id === chosenId} aria-label={t('choose', { name: entryName(e, lang) })} onClick={() => choose(e)}>
              {t('chooseShort')}
            </button>
          )}
        />
        {chosen && conversion ? (
          <>
            <ConversionForm entry={chosen} state={conversion} onChange={setConversion} priceBaseYear={base} />
            {preset ? (
              <span className="field">
                <input type="checkbox" id={`${titleId}-assign`} checked={assign} onChange={(e) => setAssign(e.currentTarget.checked)} />{' '}
                <label htmlFor={`${titleId}-assign`}>
                  {t(presetInModel ? 'assignSector' : 'assignSectorAdded', { sector: presetName(preset, lang) })}
                </label>
              </span>
            ) : null}
          </>
        ) : (
          <p>{t('chooseFirst')}</p>
        )}
        <div className="dialog-buttons" style={buttonsStyle}>
          <button type="button" onClick={onCancel}>{t('cancel')}</button>
          <button type="button" onClick={use} disabled={!result}>{t('use')}</button>
        </div>
      </div>
    </div>
  );
}
