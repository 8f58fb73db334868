import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, checkForm, formFromValue, type OwnValueForm } from '../../../src/features/unit-library/own-value-form-check';

const filled = (overrides: Partial<OwnValueForm> = {}): OwnValueForm => ({
  ...EMPTY_FORM, label: 'Avlastning', value: '4 200', priceYear: '2024', source: 'Eget regnskap', ...overrides,
});

describe('checkForm', () => {
  it.each([
    ['1 234 567', '1234567'],
    ['1\u00a0234,50', '1234.5'],
    ['−40 000', '-40000'],
    ['15562', '15562'],
  ])('reads the amount %j as %s', (text, value) => {
    const out = checkForm(filled({ value: text }), 'nb');
    expect(out.ok && out.input.value).toBe(value);
  });

  it.each([
    [{ label: '  ' }, { label: 'required' }],
    [{ value: '' }, { value: 'required' }],
    [{ value: 'mye' }, { value: 'notANumber' }],
    [{ priceYear: '' }, { priceYear: 'required' }],
    [{ priceYear: '1899' }, { priceYear: 'year' }],
    [{ priceYear: '2024.5' }, { priceYear: 'year' }],
    [{ source: '' }, { source: 'required' }],
    [{ label: '', source: '', priceYear: '22' }, { label: 'required', source: 'required', priceYear: 'year' }],
  ])('refuses %j with %j, all problems at once', (patch, errors) => {
    expect(checkForm(filled(patch), 'nb')).toEqual({ ok: false, errors });
  });

  it('trims names and sources, and an edited value shows as it was saved', () => {
    const out = checkForm(filled({ label: ' Avlastning ', source: ' Eget regnskap ' }), 'nb');
    expect(out).toMatchObject({ ok: true, input: { label: 'Avlastning', source: 'Eget regnskap', priceYear: 2024 } });
    if (!out.ok) return;
    const again = formFromValue({ ...out.input, id: 'x', updatedAt: '2026-01-01T00:00:00.000Z' }, 'nb');
    expect(checkForm(again, 'nb')).toEqual(out);
  });
});
