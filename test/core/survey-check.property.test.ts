import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { AdapterError, withValidation, type SurveyAssignment } from '@pm-widgets/core';
import { surveyAssignmentSchema, surveySectionSchema } from '../../packages/core/src/schemas/survey.js';
import { zodAgreement } from './zod-agreement.js';

// Each field: absent, a valid value, or an invalid one (wrong type, too long, reserved).
const ABSENT = Symbol('absent');
const field = (...values: unknown[]) => fc.constantFrom(ABSENT, ...values);
const id = ['q1', 'x'.repeat(128), '', 'x'.repeat(129), '__proto__', 7, null, undefined];
const questionArb = fc.record({
  id: field(...id), kind: field('rating', 'text', 'choice', 'from-a-newer-backend', '', 'x'.repeat(25), 2),
  text: field('Listens well', '', 'x'.repeat(500), 'x'.repeat(501)), help: field('hint', 'x'.repeat(501), undefined, null),
  required: field(true, false, 'yes'), allowNA: field(true, false, undefined, 1), options: field(['A', 'B'], [], [''], ['x'.repeat(201)], Array(51).fill('o'), 'A'),
  multiple: field(true, false, 0), surprise: field('unknown key'),
}, { requiredKeys: [] });
const QUESTION_KEYS = ['id', 'kind', 'text', 'help', 'required', 'allowNA', 'options', 'multiple', 'surprise'];
const strip = (o: unknown): unknown =>
  Array.isArray(o) ? o.map(strip) : o && typeof o === 'object'
    ? Object.fromEntries(Object.entries(o).filter(([, v]) => v !== ABSENT).map(([k, v]) => [k, strip(v)])) : o;

const validQuestion = () => ({ id: 'q1', kind: 'rating', text: 'Listens well', help: 'hint', required: true, allowNA: true });
const section = (questions: unknown[], extra: Record<string, unknown> = {}) => ({ id: 's1', title: 'Listening', description: 'd', competencyId: 'c1', questions, ...extra });
const assignment = (sections: unknown[]): SurveyAssignment => ({
  id: 'a1', survey: { id: 's', title: 'Survey', scale: { min: 1, max: 5, labels: ['1', '2', '3', '4', '5'] }, sections: sections as never, threshold: 3 },
  subject: { id: 'p1', name: 'Ann' }, relationship: 'peer', status: 'open', dueDate: '2099-01-01',
  draft: { answers: { q1: 3 }, savedAt: '2026-11-20T10:00:00Z' },
});

describe('the generated survey check (validating wrapper, large surveys)', () => {
  it('accepts exactly what zod accepts, and answers what zod answers', () => {
    let accepted = 0;
    let rejected = 0;
    const changed = fc.tuple(questionArb, fc.shuffledSubarray(QUESTION_KEYS, { maxLength: 3 }), field('Title', '', 'x'.repeat(201)), field('c2', '', undefined))
      .map(([raw, keys, title, competencyId]) => {
        const question: Record<string, unknown> = validQuestion();
        for (const key of keys) {
          const v = (raw as Record<string, unknown>)[key];
          if (v === ABSENT || !(key in raw)) delete question[key];
          else question[key] = strip(v);
        }
        const value: Record<string, unknown> = section([validQuestion(), question]);
        if (title !== ABSENT) value['title'] = title;
        if (competencyId !== ABSENT) value['competencyId'] = competencyId;
        return value;
      });
    const { agree, tally } = zodAgreement('surveyAssignment');
    fc.assert(fc.property(changed, (value) => {
      // The section inside a whole assignment, whose zod verdict follows the section's.
      const before = tally.accepted;
      agree(assignment([value]));
      if (tally.accepted > before) expect(z.safeParse(surveySectionSchema, value).success).to.equal(true);
    }), { numRuns: 3000 });
    expect(tally.accepted).to.be.greaterThan(100);
    expect(tally.refused).to.be.greaterThan(100);
  });

  it('keeps the sections as they came on the fast path; a bad question anywhere fails with zod’s message', async () => {
    const sections = Array.from({ length: 40 }, (_, s) => section(Array.from({ length: 5 }, (_, q) => ({ ...validQuestion(), id: `q${s}-${q}` })), { id: `s${s}` }));
    const raw = assignment(sections);
    const fast = await withValidation({ getAssignment: async () => raw }).getAssignment('a1');
    expect(fast.survey.sections).to.equal(sections);
    expect(fast).to.deep.equal(z.safeParse(surveyAssignmentSchema, raw).data);

    const bad = assignment(sections.map((s, i) => (i === 39 ? { ...s, questions: [...s.questions, { ...validQuestion(), id: 'x', text: '' }] } : s)));
    let error: unknown;
    try {
      await withValidation({ getAssignment: async () => bad }).getAssignment('a1');
    } catch (e) {
      error = e;
    }
    expect(AdapterError.is(error)).to.equal(true);
    expect((error as AdapterError).code).to.equal('invalid-response');
    expect((error as AdapterError).message).to.contain('survey.sections[39].questions[5].text');
  });

  it('still refuses a bad assignment head with the sections fine', async () => {
    const raw = { ...assignment([section([validQuestion()])]), status: 'lost' };
    let error: unknown;
    try {
      await withValidation({ getAssignment: async () => raw as never }).getAssignment('a1');
    } catch (e) {
      error = e;
    }
    expect((error as AdapterError).code).to.equal('invalid-response');
    expect((error as AdapterError).message).to.contain('status');
  });
});
