/**
 * A transfer's name in the year grid. A name that already says both ends (the cost-sharing
 * agreement writes "Kostnadsdeling: Barnevern til Grunnskole") is used as it is; only a name
 * that does not ("Overføring 1") gets "from → to" after it, so the grid never says the route twice.
 */
export function namesBothEnds(label: string, from: string, to: string): boolean {
  const text = label.toLocaleLowerCase();
  return text.includes(from.toLocaleLowerCase()) && text.includes(to.toLocaleLowerCase());
}

export function gridRowLabel(label: string, from: string, to: string, withRoute: (parts: { label: string; from: string; to: string }) => string): string {
  return namesBothEnds(label, from, to) ? label : withRoute({ label, from, to });
}
