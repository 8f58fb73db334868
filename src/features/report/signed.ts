/**
 * A sign in front of a formatted figure, only when the figure as shown is not zero:
 * "+10 %" and "−10 %", but "0 %" (never "+0 %" or "−0 %", which read as a small change
 * rounded away). Decided on the text the reader sees, so 0.0001 shown as "0 %" gets no sign.
 */
export type Sign = '+' | '\u2212';

export function signed(formatted: string, sign: Sign): string {
  return /[1-9]/.test(formatted) ? `${sign}${formatted}` : formatted;
}
