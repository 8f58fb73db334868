import fc from 'fast-check';

/** Canonical decimal strings (spec §1, normalised) with at most `maxDecimals` decimals. */
export function canonicalDecimal(maxDecimals = 12, maxIntDigits = 20): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.boolean(),
      fc.bigInt({ min: 0n, max: 10n ** BigInt(maxIntDigits) - 1n }),
      fc.integer({ min: 0, max: maxDecimals }),
      fc.bigInt({ min: 0n, max: 10n ** 12n - 1n }),
    )
    .map(([neg, int, scale, frac]) => {
      const f = scale === 0 ? '' : frac.toString().padStart(12, '0').slice(0, scale).replace(/0+$/, '');
      const body = f ? `${int}.${f}` : `${int}`;
      return neg && body !== '0' ? `-${body}` : body;
    });
}
