import { describe, expect, it } from 'vitest';
import { credibilityText } from '../../src/charts/credibility-text';
import { credibilityFlags, type CredibilityFlag } from '../../src/engine/credibility';
import { calculate } from '../../src/engine/calculate';
import { aCohortBenefit, aModel } from '../builders';

const model = aModel();
const flags: CredibilityFlag[] = [
  { code: 'noAdjustments', params: { benefit: 'b', label: 'Færre på AAP' } },
  { code: 'noLag', params: { benefit: 'b', label: 'Færre på AAP' } },
  { code: 'highRatio', params: { measure: 'sroi', ratio: '12.500000' } },
  { code: 'mostlySocial', params: { share: '0.750000' } },
  { code: 'unconvertedPrice', params: { benefit: 'b', label: 'Færre på AAP', priceYear: 2019, priceBaseYear: 2027 } },
];

describe('credibility flags in words', () => {
  it.each(flags.flatMap((flag) => (['nb', 'en'] as const).map((lang) => ({ flag, lang }))))(
    '$flag.code in $lang fills every placeholder',
    ({ flag, lang }) => {
      const text = credibilityText(flag, model, lang);
      expect(text).not.toMatch(/[{}]|undefined|NaN/);
      if ('label' in flag.params) expect(text).toContain('Færre på AAP');
    },
  );

  it('names both years of an unconverted price, and the ratio in the language’s format', () => {
    expect(credibilityText(flags[4]!, model, 'nb')).toContain('2019-kroner');
    expect(credibilityText(flags[4]!, model, 'nb')).toContain('(2027)');
    expect(credibilityText(flags[2]!, model, 'nb')).toContain('12,50');
    expect(credibilityText(flags[2]!, model, 'en')).toContain('12.50');
  });

  it('flags a unit value left in an older year’s kroner, and not once it is converted', () => {
    const source = { label: 'AAP', source: 'NAV', priceYear: 2019, value: '250000', unit: 'per year', unitFactor: '1', priceMethod: 'none', priceFactor: '1' } as const;
    const old = aModel({ benefits: [aCohortBenefit({ unitValueSource: source })] });
    expect(credibilityFlags(old, calculate(old)).map((f) => f.code)).toContain('unconvertedPrice');
    const converted = aModel({ benefits: [aCohortBenefit({ unitValueSource: { ...source, priceMethod: 'growth', growthRate: '0.02', priceFactor: '1.17' } })] });
    expect(credibilityFlags(converted, calculate(converted)).map((f) => f.code)).not.toContain('unconvertedPrice');
  });
});
