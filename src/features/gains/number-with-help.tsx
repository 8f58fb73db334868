import type { ReactNode } from 'react';
import type { NumberFieldProps } from '../../ui/number-field';
import { NumberField } from '../../ui/number-field';
import { HelpTip } from '../../ui/help-tip';

/** A number field followed by its "?" explanation (term = the field's label). */
export function NumberWithHelp({ help, children, ...field }: NumberFieldProps & { help: string; children?: ReactNode }) {
  return (
    <div className="field-with-help">
      <NumberField {...field} />
      {children}
      <HelpTip term={field.label}>{help}</HelpTip>
    </div>
  );
}
