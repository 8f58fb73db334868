import { useMemo } from 'react';
import { exampleModels, type Example } from '../../app/examples';
import { navigate } from '../../app/router';
import { useModelStore } from '../../store/model-store';
import { sameModel } from '../../store/library';
import { useMessages } from '../../i18n/use-messages';
import { startMessages } from './messages';
import { NewModelForm } from './new-model-form';
import './start.css';

/** The start screen: the two built-in examples and a guided new model. */
export function StartScreen() {
  const t = useMessages(startMessages);
  const examples = useMemo(() => exampleModels(), []);
  const { addModel, openModel } = useModelStore.getState();

  function openExample(example: Example) {
    // An untouched copy already in the list is reopened rather than added again.
    const existing = useModelStore.getState().library.find((e) => sameModel(e.model, example.model));
    if (existing) openModel(existing.id);
    else addModel(example.model);
    navigate('overview');
  }

  return (
    <section aria-labelledby="start-title" className="start-screen">
      <h1 id="start-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <p className="start-privacy">{t('privacy')}</p>
      <h2>{t('examplesTitle')}</h2>
      <ul className="start-examples">
        {examples.map((example) => (
          <li key={example.id}>
            <h3 lang="nb">{example.model.title}</h3>
            <p>{t(`example.${example.id}`)}</p>
            <button type="button" onClick={() => openExample(example)} aria-label={t('openExampleNamed', { name: example.model.title })}>
              {t('openExample')}
            </button>
          </li>
        ))}
      </ul>
      <NewModelForm
        onCreate={(model) => {
          addModel(model);
          navigate('overview');
        }}
      />
    </section>
  );
}
