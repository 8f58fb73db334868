import { useState } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { CohortsSection } from './cohorts-section';
import { GainsSection } from './gains-section';
import { GainsSummary } from './gains-summary';
import { gainsMessages } from './messages';
import './gains.css';

/** #/gains: participants (cohorts) and the gain lines, with what each line produces. */
export function GainsScreen() {
  const t = useMessages(gainsMessages);
  const model = useModelStore((s) => s.model);
  const [status, setStatus] = useState('');
  return (
    <div className="gains-screen">
      <h1>{t('title')}</h1>
      <GainsSummary />
      <p>{t('intro')}</p>
      <p role="status" className="visually-hidden">{status}</p>
      <CohortsSection model={model} announce={setStatus} />
      <GainsSection model={model} announce={setStatus} />
    </div>
  );
}
