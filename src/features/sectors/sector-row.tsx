import { useId } from 'react';
import type { Sector } from '../../engine/model';
import { useLang, useMessages } from '../../i18n/use-messages';
import { TextField } from '../../ui/field';
import { levelOptions, toLevel } from '../../ui/level-names';
import { SECTOR_PALETTE, sectorColor } from '../../ui/sector-colors';
import { useModelStore } from '../../store/model-store';
import { moveSector, renameSector, setSectorColor, setSectorLevel, type SectorUsage } from './sector-edits';
import { sectorsMessages } from './messages';

const COLOR_KEYS = ['color.0', 'color.1', 'color.2', 'color.3', 'color.4', 'color.5', 'color.6', 'color.7'] as const;

export interface SectorRowProps {
  sectors: readonly Sector[];
  index: number;
  usage: SectorUsage;
  canDelete: boolean;
  onDelete: (sector: Sector) => void;
  onStatus: (text: string) => void;
}

export function SectorRow({ sectors, index, usage, canDelete, onDelete, onStatus }: SectorRowProps) {
  const t = useMessages(sectorsMessages);
  const lang = useLang();
  const update = useModelStore((s) => s.update);
  const sector = sectors[index]!;
  const color = sectorColor(sectors, sector.id);
  const uid = useId();
  const lastHint = `${uid}-last`;
  function move(direction: -1 | 1) {
    const to = index + direction;
    if (to < 0 || to >= sectors.length) return;
    update((m) => moveSector(m, sector.id, direction));
    onStatus(t('moved', { name: sector.name, n: index + direction + 1 }));
  }

  const counts = [
    [usage.costs.length, 'usage.cost.one', 'usage.cost.other'],
    [usage.benefits.length, 'usage.benefit.one', 'usage.benefit.other'],
    [usage.transfers.length, 'usage.transfer.one', 'usage.transfer.other'],
  ] as const;
  const usageText =
    counts
      .filter(([n]) => n > 0)
      .map(([n, one, other]) => t(n === 1 ? one : other, { n }))
      .join(', ') || t('usageNone');

  // Move and delete use aria-disabled, not disabled: a button that becomes disabled while it
  // has focus (moving the first sector up) would drop keyboard focus to the page.
  return (
    <tr>
      <td>
        <span className="sector-color">
          <input
            type="color"
            value={color.toLowerCase()}
            aria-label={t('colorLabel', { name: sector.name })}
            onChange={(e) => update((m) => setSectorColor(m, sector.id, e.currentTarget.value))}
          />
          <details className="sector-palette">
            <summary aria-label={t('paletteSummary', { name: sector.name })}>{t('paletteLabel')}</summary>
            <div className="sector-palette-swatches">
              {SECTOR_PALETTE.map((c, i) => (
                <button
                  key={c}
                  type="button"
                  className="sector-swatch"
                  style={{ background: c }}
                  aria-pressed={c.toLowerCase() === color.toLowerCase()}
                  aria-label={t('paletteUse', { color: t(COLOR_KEYS[i]!), name: sector.name })}
                  title={t(COLOR_KEYS[i]!)}
                  onClick={() => update((m) => setSectorColor(m, sector.id, c))}
                />
              ))}
            </div>
          </details>
        </span>
      </td>
      <th scope="row">
        <TextField
          label={t('nameLabel', { n: index + 1 })}
          hideLabel
          required
          value={sector.name}
          onCommit={(name) => update((m) => renameSector(m, sector.id, name))}
        />
      </th>
      <td>
        <select
          aria-label={t('levelLabel', { name: sector.name })}
          value={sector.level}
          onChange={(e) => {
            const level = toLevel(e.currentTarget.value);
            if (level) update((m) => setSectorLevel(m, sector.id, level));
          }}
        >
          {levelOptions(lang).map((o) => (
            <option key={o.level} value={o.level}>
              {o.name}
            </option>
          ))}
        </select>
      </td>
      <td>{usageText}</td>
      <td className="sector-actions">
        <button type="button" aria-label={t('moveUpLabel', { name: sector.name })} aria-disabled={index === 0} onClick={() => move(-1)}>
          {t('moveUp')}
        </button>
        <button
          type="button"
          aria-label={t('moveDownLabel', { name: sector.name })}
          aria-disabled={index === sectors.length - 1}
          onClick={() => move(1)}
        >
          {t('moveDown')}
        </button>
        <button
          type="button"
          aria-label={t('removeLabel', { name: sector.name })}
          aria-describedby={canDelete ? undefined : lastHint}
          aria-disabled={!canDelete}
          onClick={() => canDelete && onDelete(sector)}
        >
          {t('remove')}
        </button>
        {!canDelete && (
          <span id={lastHint} className="visually-hidden">
            {t('removeLastHint')}
          </span>
        )}
      </td>
    </tr>
  );
}
