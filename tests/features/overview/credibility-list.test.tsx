// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { CredibilityList } from '../../../src/features/overview/credibility-list';
import { overviewMessages } from '../../../src/features/overview/messages';
import { useLangStore } from '../../../src/i18n/lang-store';
import { aModel } from '../../builders';

beforeEach(() => useLangStore.getState().setLang('nb'));
afterEach(cleanup);

describe('CredibilityList with no flags', () => {
  it.each([
    ['a model without gain lines says there is nothing to assess yet', aModel({ benefits: [] }), overviewMessages.nb['credibility.noGains']],
    ['a model with gain lines says none lacks an adjustment', aModel(), overviewMessages.nb['credibility.none']],
  ])('%s', (_, model, text) => {
    render(<CredibilityList flags={[]} model={model} headingId="c" />);
    expect(screen.getByText(text)).toBeInTheDocument();
  });
});
