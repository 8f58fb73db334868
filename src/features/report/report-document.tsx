/**
 * The printable report: every section in reading order, charts at a fixed paper width.
 * It draws what it is given, so the report screen and the tests feed it any model.
 */
import type { Model } from '../../engine/model';
import type { Result } from '../../engine/result';
import { useLang } from '../../i18n/use-messages';
import { CredibilitySection } from './credibility-section';
import { LevelsSection } from './levels-section';
import { MethodSection } from './method-section';
import { ScenariosSection } from './scenarios-section';
import { SharingSection } from './sharing-section';
import { SourcesSection } from './sources-section';
import { SummarySection } from './summary-section';
import { TitleBlock } from './title-block';
import { YearsSection } from './years-section';

export interface ReportDocumentProps {
  model: Model;
  result: Result;
  fingerprint: string | null;
  date: Date;
}

export function ReportDocument({ model, result, fingerprint, date }: ReportDocumentProps) {
  const lang = useLang();
  return (
    <article className="report" lang={lang} data-ready={fingerprint ? 'true' : 'false'}>
      <TitleBlock model={model} fingerprint={fingerprint} date={date} />
      <SummarySection model={model} result={result} />
      <YearsSection model={model} result={result} />
      <LevelsSection model={model} result={result} />
      <SharingSection model={model} result={result} />
      <CredibilitySection model={model} result={result} />
      <ScenariosSection model={model} result={result} />
      <MethodSection model={model} result={result} />
      <SourcesSection model={model} />
    </article>
  );
}
