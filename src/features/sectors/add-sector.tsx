import { useId, useState, type FormEvent } from 'react';
import type { Level, Sector } from '../../engine/model';
import { useLang, useMessages } from '../../i18n/use-messages';
import { levelOptions, levelTitle, toLevel } from '../../ui/level-names';
import { SECTOR_PRESETS, presetName, presetsByLevel, type SectorPreset } from '../../ui/sector-presets';
import { useModelStore } from '../../store/model-store';
import { addSector } from './sector-edits';
import { sectorsMessages } from './messages';

/** A preset counts as present when a sector carries its id or one of its names. */
function isPresent(preset: SectorPreset, sectors: readonly Sector[]): boolean {
  return sectors.some((s) => s.id === preset.id || s.name === preset.nb || s.name === preset.en);
}

export function AddSector({ onStatus }: { onStatus: (text: string) => void }) {
  const t = useMessages(sectorsMessages);
  const lang = useLang();
  const sectors = useModelStore((s) => s.model.sectors);
  const update = useModelStore((s) => s.update);
  const uid = useId();
  const [presetId, setPresetId] = useState(SECTOR_PRESETS[0]?.id ?? '');
  const [name, setName] = useState('');
  const [level, setLevel] = useState<Level>('municipal');
  const [nameError, setNameError] = useState(false);

  function addPreset(e: FormEvent) {
    e.preventDefault();
    const preset = SECTOR_PRESETS.find((p) => p.id === presetId);
    if (!preset) return;
    const shown = presetName(preset, lang);
    update((m) => addSector(m, { name: shown, level: preset.level, baseId: preset.id }).model);
    onStatus(t('added', { name: shown }));
  }

  function addCustom(e: FormEvent) {
    e.preventDefault();
    if (name.trim() === '') {
      setNameError(true);
      return;
    }
    update((m) => addSector(m, { name, level }).model);
    onStatus(t('added', { name: name.trim() }));
    setName('');
    setNameError(false);
  }

  return (
    <section aria-labelledby={`${uid}-title`} className="add-sector">
      <h2 id={`${uid}-title`}>{t('addTitle')}</h2>
      <form onSubmit={addPreset}>
        <fieldset>
          <legend>{t('presetLegend')}</legend>
          <label htmlFor={`${uid}-preset`}>{t('presetLabel')}</label>{' '}
          <select id={`${uid}-preset`} value={presetId} onChange={(e) => setPresetId(e.currentTarget.value)}>
            {presetsByLevel().map((group) => (
              <optgroup key={group.level} label={levelTitle(group.level, lang)}>
                {group.presets.map((p) => (
                  <option key={p.id} value={p.id}>
                    {isPresent(p, sectors) ? `${presetName(p, lang)} ${t('presetAlready')}` : presetName(p, lang)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>{' '}
          <button type="submit">{t('presetAdd')}</button>
        </fieldset>
      </form>
      <form onSubmit={addCustom} noValidate>
        <fieldset>
          <legend>{t('customLegend')}</legend>
          <label htmlFor={`${uid}-name`}>{t('customName')}</label>{' '}
          <input
            id={`${uid}-name`}
            type="text"
            value={name}
            aria-invalid={nameError || undefined}
            aria-describedby={nameError ? `${uid}-name-error` : undefined}
            onChange={(e) => {
              setName(e.currentTarget.value);
              if (e.currentTarget.value.trim() !== '') setNameError(false);
            }}
          />{' '}
          <label htmlFor={`${uid}-level`}>{t('customLevel')}</label>{' '}
          <select id={`${uid}-level`} value={level} onChange={(e) => setLevel(toLevel(e.currentTarget.value) ?? level)}>
            {levelOptions(lang).map((o) => (
              <option key={o.level} value={o.level}>
                {o.name}
              </option>
            ))}
          </select>{' '}
          <button type="submit">{t('customAdd')}</button>
          <span id={`${uid}-name-error`} role="alert" className="field-error">
            {nameError ? t('customNameEmpty') : ''}
          </span>
        </fieldset>
      </form>
    </section>
  );
}
