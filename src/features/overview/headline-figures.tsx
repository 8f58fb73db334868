/**
 * The headline figures as a description list. Each one-line explanation is always
 * visible under its figure (so it is there on hover, on keyboard focus, on a touch
 * screen and in print alike) and read out with the figure by screen readers.
 */
import { useId } from 'react';
import type { Headline } from './headline-data';

export function HeadlineFigures({ figures, label }: { figures: Headline[]; label: string }) {
  const id = useId();
  return (
    <dl className="headline-figures" aria-label={label}>
      {figures.map((f) => (
        <div key={f.key} className="headline-figure" data-figure={f.key}>
          <dt>{f.label}</dt>
          <dd>
            <span className={f.negative ? 'figure-value negative' : 'figure-value'} aria-describedby={`${id}-${f.key}-help`}>
              {f.value}
            </span>
            <span className="figure-help" id={`${id}-${f.key}-help`}>
              {f.help}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
