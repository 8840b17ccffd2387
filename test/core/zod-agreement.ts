import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { FAIL, checkFor } from '../../packages/core/src/schemas/check.js';
import { CHECKED, type CheckName } from '../../packages/core/src/schemas/checked.js';
import { CHECKS } from '../../packages/core/src/schemas/checks.generated.js';

/**
 * A generated check held to the zod/mini schema it was generated from: `agree(value)` asserts the
 * same verdict (so valid data never needs zod) and the same value, and counts the verdicts so a
 * property can show both occurred.
 */
export function zodAgreement(name: CheckName) {
  const check = checkFor(CHECKS[name]);
  const tally = { accepted: 0, refused: 0 };
  const agree = (value: unknown): void => {
    const result = z.safeParse(CHECKED[name] as z.core.$ZodType, value);
    const out = check(value);
    expect(out !== FAIL, `zod ${result.success ? 'accepts' : 'refuses'} ${JSON.stringify(value)?.slice(0, 300)}`).to.equal(result.success);
    if (out === FAIL) tally.refused++;
    else {
      tally.accepted++;
      expect(out).to.deep.equal(result.data);
    }
  };
  return { agree, tally };
}
