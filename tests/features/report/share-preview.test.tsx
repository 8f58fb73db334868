// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calculate } from '../../../src/engine/calculate';
import type { Model } from '../../../src/engine/model';
import { parseModel } from '../../../src/engine/parse';
import { serializeModel } from '../../../src/engine/serialize';
import { SharePreview } from '../../../src/features/report/share-preview';
import { formatMoney } from '../../../src/i18n/format';
import { useLangStore } from '../../../src/i18n/lang-store';
import { encodeModel } from '../../../src/io/share-link';
import { useModelStore } from '../../../src/store/model-store';

const load = (name: string): Model => {
  const o = parseModel(JSON.parse(readFileSync(join(__dirname, '../../../fixtures', name), 'utf8')));
  if (!o.ok) throw new Error('fixture');
  return o.model;
};
const school = load('school-coping-course.model.json');
const youth = load('youth-meets-elderly.model.json');

beforeEach(() => {
  useLangStore.getState().setLang('nb');
  useModelStore.getState().replace(school);
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('SharePreview', () => {
  it('shows a shared model read-only, and "save a copy" adds it to the models and opens it', async () => {
    const user = userEvent.setup({ delay: null });
    window.location.hash = `#/share/${await encodeModel(youth)}`;
    const before = useModelStore.getState().library.length;
    render(<SharePreview />);
    expect(await screen.findByRole('heading', { level: 1, name: youth.title }, { timeout: 10_000 })).toBeInTheDocument();
    expect(document.querySelector('[data-figure="npvFiscal"] dd')?.textContent).toBe(formatMoney(calculate(youth).totals.npvFiscal, 'nb'));
    // Only a preview so far: the active model is untouched.
    expect(useModelStore.getState().model).toBe(school);
    await user.click(screen.getByRole('button', { name: 'Lagre en kopi blant mine modeller' }));
    const state = useModelStore.getState();
    expect(state.library).toHaveLength(before + 1);
    expect(serializeModel(state.model)).toBe(serializeModel(youth));
    expect(window.location.hash).toBe('#/overview');
  });

  it('a cut-off link is refused with advice, and nothing is added', async () => {
    const payload = await encodeModel(youth);
    window.location.hash = `#/share/${payload.slice(0, payload.length / 2)}`;
    const before = useModelStore.getState().library.length;
    render(<SharePreview />);
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(/kan ikke leses/);
    expect(screen.queryByRole('button', { name: /Lagre en kopi/ })).toBeNull();
    expect(useModelStore.getState().library).toHaveLength(before);
  });

  it('a link without a model says so', () => {
    window.location.hash = '#/share';
    render(<SharePreview />);
    expect(screen.getByRole('alert')).toHaveTextContent(/ingen modell/);
  });
});
