import { useEffect, useState } from 'react';
import { useResult } from '../../app/use-result';
import { useModelStore } from '../../store/model-store';
import { modelFingerprint } from '../../ui/fingerprint';
import { ReportActions } from './report-actions';
import { ReportDocument } from './report-document';
import './print.css';

/** #/report: the actions (screen only) above the report as it will print. */
export function ReportScreen() {
  const model = useModelStore((s) => s.model);
  const result = useResult();
  const fingerprint = useFingerprint(model);
  // The date the report is made; it stays put while the reader looks at it.
  const [date] = useState(() => new Date());
  return (
    <div className="report-screen">
      <ReportActions model={model} result={result} />
      <ReportDocument model={model} result={result} fingerprint={fingerprint} date={date} />
    </div>
  );
}

function useFingerprint(model: Parameters<typeof modelFingerprint>[0]): string | null {
  const [state, setState] = useState<{ model: typeof model; value: string } | null>(null);
  useEffect(() => {
    let live = true;
    modelFingerprint(model).then(
      (value) => live && setState({ model, value }),
      () => live && setState({ model, value: '–' }),
    );
    return () => {
      live = false;
    };
  }, [model]);
  // A fingerprint of an older model must never be printed next to a newer one.
  return state?.model === model ? state.value : null;
}
