import { useMessages } from '../../i18n/use-messages';
import { useModelStore } from '../../store/model-store';
import { DiscountFieldset } from './discount-fieldset';
import { DecimalInput, IntegerInput, TextInput } from './measure-fields';
import { checkNonNegative, checkUnit, INTEGER_RULES, setInteger, setOptimismBias, setOptionalText, setText, setThreshold } from './measure-edits';
import { KeyFiguresSummary } from '../../ui/key-figures-summary';
import { SourcesFieldset } from './sources-fieldset';
import { YearField } from './year-field';
import { measureMessages } from './messages';
import './measure.css';

export function MeasureScreen() {
  const t = useMessages(measureMessages);
  const model = useModelStore((s) => s.model);
  const update = useModelStore((s) => s.update);

  return (
    <div className="measure-screen">
      <h1>{t('title')}</h1>
      <KeyFiguresSummary />
      <p>{t('intro')}</p>

      <section aria-labelledby="measure-about">
        <h2 id="measure-about">{t('sectionAbout')}</h2>
        <TextInput label={t('titleLabel')} help={t('titleHelp')} value={model.title} onCommit={(v) => update((m) => setText(m, 'title', v))} />
        <TextInput
          label={t('descriptionLabel')}
          help={t('descriptionHelp')}
          value={model.description}
          multiline
          onCommit={(v) => update((m) => setText(m, 'description', v))}
        />
        <TextInput
          label={t('proposerLabel')}
          help={t('proposerHelp')}
          value={model.proposer ?? ''}
          onCommit={(v) => update((m) => setOptionalText(m, 'proposer', v))}
        />
        <TextInput
          label={t('municipalityLabel')}
          help={t('municipalityHelp')}
          value={model.municipality ?? ''}
          onCommit={(v) => update((m) => setOptionalText(m, 'municipality', v))}
        />
      </section>

      <section aria-labelledby="measure-time">
        <h2 id="measure-time">{t('sectionTime')}</h2>
        <YearField label={t('startYearLabel')} help={t('startYearHelp')} value={model.startYear} onCommit={(v) => update((m) => setInteger(m, 'startYear', v))} />
        <IntegerInput field="years" label={t('yearsLabel')} help={t('yearsHelp')} value={model.years} onCommit={(v) => update((m) => setInteger(m, 'years', v))} />
        <IntegerInput field="planYears" label={t('planYearsLabel')} help={t('planYearsHelp')} value={model.planYears} onCommit={(v) => update((m) => setInteger(m, 'planYears', v))} />
        <YearField
          label={t('priceBaseLabel')}
          help={t('priceBaseHelp')}
          rule={INTEGER_RULES.priceBaseYear}
          value={model.priceBaseYear ?? model.startYear}
          onCommit={(v) => update((m) => setInteger(m, 'priceBaseYear', v))}
        />
      </section>

      <section aria-labelledby="measure-discount">
        <h2 id="measure-discount">{t('sectionDiscount')}</h2>
        <DiscountFieldset />
      </section>

      <section aria-labelledby="measure-bias">
        <h2 id="measure-bias">{t('sectionBias')}</h2>
        <DecimalInput
          label={t('costBiasLabel')}
          help={t('costBiasHelp')}
          value={model.optimismBias.costs}
          percent
          check={checkNonNegative}
          onCommit={(v) => update((m) => setOptimismBias(m, 'costs', v))}
        />
        <DecimalInput
          label={t('benefitBiasLabel')}
          help={t('benefitBiasHelp')}
          value={model.optimismBias.benefits}
          percent
          check={checkUnit}
          onCommit={(v) => update((m) => setOptimismBias(m, 'benefits', v))}
        />
      </section>

      <section aria-labelledby="measure-procurement">
        <h2 id="measure-procurement">{t('sectionProcurement')}</h2>
        <DecimalInput
          label={t('thresholdLabel')}
          help={t('thresholdHelp')}
          value={model.procurement.threshold}
          check={checkNonNegative}
          onCommit={(v) => update((m) => setThreshold(m, v))}
        />
        <IntegerInput
          field="contractYears"
          label={t('contractYearsLabel')}
          help={t('contractYearsHelp')}
          value={model.procurement.contractYears}
          onCommit={(v) => update((m) => setInteger(m, 'contractYears', v))}
        />
      </section>

      <section aria-labelledby="measure-sources">
        <h2 id="measure-sources">{t('sectionSources')}</h2>
        <SourcesFieldset />
      </section>
    </div>
  );
}
