// PLACEHOLDER: replaced by the feature's own screen.
export function UncertaintyScreen() {
  return <h1>UncertaintyScreen</h1>;
}
