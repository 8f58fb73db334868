/** Turns zod's issues into our problems: our own codes, our own paths. */
import type { z } from 'zod';
import { ISSUE_KEY, type FieldIssue } from './parse-fields';
import { pathText, type ExpectedType, type Problem } from './problems';
import { isForbiddenKey } from './parse-checks';

const EXPECTED: Record<string, ExpectedType> = { array: 'list', object: 'object', string: 'text', number: 'decimal' };

export function issuesToProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path;
    switch (issue.code) {
      case 'custom': {
        const own = (issue.params as Record<string, FieldIssue> | undefined)?.[ISSUE_KEY];
        problems.push(own ? withParams(pathText(path), own) : { path: pathText(path), code: 'invalid' });
        break;
      }
      case 'invalid_type':
        problems.push(
          issue.input === undefined
            ? { path: pathText(path), code: 'missing' }
            : { path: pathText(path), code: 'wrongType', params: { expected: EXPECTED[issue.expected] ?? 'object' } },
        );
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          // Forbidden keys are reported once, by the walk over the whole input.
          if (!isForbiddenKey(key)) problems.push({ path: pathText([...path, key]), code: 'unknownKey' });
        }
        break;
      default:
        problems.push({ path: pathText(path), code: 'invalid' });
    }
  }
  return problems;
}

function withParams(path: string, issue: FieldIssue): Problem {
  return issue.params ? { path, code: issue.code, params: issue.params } : { path, code: issue.code };
}
