/**
 * The sources: those the user gave for the model as a whole, then each distinct source a
 * unit value was taken from, with its price year and the lines that use it. A model with
 * neither says so plainly: a case without sources should not reach the council unnoticed.
 */
import type { Model } from '../../engine/model';
import { useMessages } from '../../i18n/use-messages';
import { reportMessages } from './messages';
import { provenanceMessages } from './provenance-messages';
import { modelSources, unitValueSources } from './provenance-data';

export function SourcesSection({ model }: { model: Model }) {
  const t = useMessages(reportMessages);
  const p = useMessages(provenanceMessages);
  const own = modelSources(model);
  const cited = unitValueSources(model);
  return (
    <section className="report-section" aria-labelledby="report-sources">
      <h2 id="report-sources">{t('sources.heading')}</h2>
      {own.length === 0 && cited.length === 0 && <p>{t('sources.none')}</p>}
      {own.length > 0 && (
        <>
          <h3>{p('sources.own')}</h3>
          <ol className="report-sources">
            {own.map((s, i) => <li key={i}>{s}</li>)}
          </ol>
        </>
      )}
      {cited.length > 0 && (
        <>
          <h3>{p('sources.unitValues')}</h3>
          <p>{p('sources.unitValuesIntro')}</p>
          <ul className="report-sources">
            {cited.map((c) => (
              <li key={`${c.source}\u0000${c.priceYear}`}>
                {p('sources.cited', { source: c.source, year: c.priceYear, lines: c.usedBy.map((label) => p('sources.line', { label })).join(', ') })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
