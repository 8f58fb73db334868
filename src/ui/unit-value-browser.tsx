/**
 * Search, filters and the table of library values, shared by the library screen (with
 * edit and delete for own values) and the picker on a gain line (with "Choose"). The
 * caller keeps the filter, so a screen can remember it while the table re-renders.
 */
import { useId, type ReactNode } from 'react';
import { formatYear } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { levelTitle, toLevel } from './level-names';
import {
  bearerName, bearersIn, entryName, filterEntries, levelsIn,
  type EntryFilter, type UnitLibraryEntry,
} from './unit-value-entries';
import { unitValueMessages } from './unit-value-messages';
import { formatKroner } from './unit-value-source-note';
import './unit-value.css';

export interface UnitValueBrowserProps {
  entries: readonly UnitLibraryEntry[];
  filter: EntryFilter;
  onFilterChange: (filter: EntryFilter) => void;
  caption: string;
  /** Buttons for one row (choose, edit, delete); the column is left out when absent. */
  actions?: (entry: UnitLibraryEntry) => ReactNode;
  /** Marks the row of the chosen entry (aria-current), e.g. in the picker. */
  currentId?: string;
}

export function UnitValueBrowser({ entries, filter, onFilterChange, caption, actions, currentId }: UnitValueBrowserProps) {
  const t = useMessages(unitValueMessages);
  const lang = useLang();
  const id = useId();
  const shown = filterEntries(entries, filter);
  const words = { society: t('bearer.society'), none: t('bearer.none') };
  const bearers = bearersIn(entries);

  return (
    <div className="unit-value-browser">
      <div className="unit-value-filters">
        <span className="text-field">
          <label htmlFor={`${id}-q`}>{t('search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={filter.query}
            aria-describedby={`${id}-q-help`}
            onChange={(e) => onFilterChange({ ...filter, query: e.currentTarget.value })}
          />
          <span id={`${id}-q-help`} className="help">{t('searchHelp')}</span>
        </span>
        <span className="select-field">
          <label htmlFor={`${id}-bearer`}>{t('filterBearer')}</label>
          <select id={`${id}-bearer`} value={filter.bearer} onChange={(e) => onFilterChange({ ...filter, bearer: e.currentTarget.value })}>
            <option value="">{t('filterAll')}</option>
            {bearers.map((b) => (
              <option key={b} value={b}>{bearerName(b, lang, words)}</option>
            ))}
          </select>
        </span>
        <span className="select-field">
          <label htmlFor={`${id}-level`}>{t('filterLevel')}</label>
          <select
            id={`${id}-level`}
            value={filter.level}
            onChange={(e) => onFilterChange({ ...filter, level: toLevel(e.currentTarget.value) ?? '' })}
          >
            <option value="">{t('filterAll')}</option>
            {levelsIn(entries).map((level) => (
              <option key={level} value={level}>{levelTitle(level, lang)}</option>
            ))}
          </select>
        </span>
      </div>
      <p role="status" className="unit-value-count">{t('count', { shown: shown.length, total: entries.length })}</p>
      {shown.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        // Focusable and named: a keyboard user must be able to scroll the table (WCAG 2.1.1).
        <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
          <table className="unit-value-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.name')}</th>
                <th scope="col">{t('col.value')}</th>
                <th scope="col">{t('col.unit')}</th>
                <th scope="col">{t('col.year')}</th>
                <th scope="col">{t('col.bearer')}</th>
                <th scope="col">{t('col.source')}</th>
                {actions ? <th scope="col">{t('col.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <tr key={`${e.origin}-${e.id}`} data-entry-id={e.id} aria-current={e.id === currentId ? 'true' : undefined}>
                  <th scope="row">
                    {entryName(e, lang)} <span className={`badge badge-${e.origin}`}>{t(`origin.${e.origin}`)}</span>
                  </th>
                  <td className="num">{formatKroner(e.value, lang)}</td>
                  <td>
                    {t(`unit.${e.unit}`)}
                    {e.publishedUnit ? <span className="help"> ({t('published', { unit: e.publishedUnit })})</span> : null}
                  </td>
                  <td>{formatYear(e.priceYear, lang)}</td>
                  <td>{bearerName(e.bearer, lang, words)}</td>
                  <td>
                    {e.source}
                    <br />
                    <span className={`badge badge-${e.confidence}`}>{t(`confidence.${e.confidence}`)}</span>
                  </td>
                  {actions ? <td className="unit-value-actions">{actions(e)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
