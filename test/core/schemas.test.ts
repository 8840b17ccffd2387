import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  LIMITS, answersSchema, checkInContextSchema, checkInSchema, competencyProfileSchema, feedbackInputSchema,
  feedbackItemSchema, feedbackPageSchema, goalListSchema, goalSchema, keyResultSchema, personSchema,
  surveyAssignmentSchema,
} from '@pm-widgets/core';
import { goal, person } from '../shared/fixtures.js';

const ok = (schema: z.core.$ZodType, value: unknown) => expect(z.safeParse(schema, value).success, String(JSON.stringify(value)).slice(0, 200)).to.equal(true);
const bad = (schema: z.core.$ZodType, value: unknown) => expect(z.safeParse(schema, value).success, String(JSON.stringify(value)).slice(0, 200)).to.equal(false);
const huge = 'x'.repeat(LIMITS.longText + 1);

const checkIn = {
  id: 'c1', personId: 'p1', period: '2026-W47', status: 'submitted', mood: 4,
  goalUpdates: [{ goalId: 'g1', progress: 0.4, confidence: 7 }],
  wins: 'Shipped', blockers: '', focus: 'Delegate more', answers: { q1: 3, q2: 'text', q3: ['a'], q4: null },
  updatedAt: '2026-11-20T10:00:00Z',
};
const survey = {
  id: 's1', title: '360', scale: { min: 1, max: 5, labels: ['1', '2', '3', '4', '5'] },
  sections: [{ id: 'sec', title: 'Clarity', competencyId: 'clarity', questions: [{ id: 'q1', kind: 'rating', text: 'Sets clear goals', required: true, allowNA: true }] }],
  threshold: 3,
};
const assignment = { id: 'a1', survey, subject: person('p1'), relationship: 'peer', status: 'open' };
const feedback = {
  id: 'f1', kind: 'praise', from: person('p2'), toId: 'p1', body: 'Great demo', competencyIds: ['clarity'],
  values: ['Courage'], visibility: 'public', requested: false, createdAt: '2026-11-20T10:00:00+01:00',
};
const profile = {
  personId: 'p1', scale: survey.scale, threshold: 3,
  competencies: [{ id: 'clarity', name: 'Clarity', target: 4, previous: 3.1, scores: { self: { mean: 4, n: 1 }, peer: { suppressed: true }, others: { mean: 3.5, n: 4 } } }],
};

describe('schemas', () => {
  describe('valid values pass', () => {
    it('every entity', () => {
      ok(personSchema, person('p1', { title: 'Lead', avatarUrl: 'https://cdn.example/a.png', managerId: null }));
      ok(goalSchema, goal('g1', { keyResults: [{ id: 'k', title: 'Churn', kind: 'percent', start: 8, target: 5, current: 6 }], alignedTo: [{ goalId: 'g0', keyResultId: 'k0' }], startDate: '2026-01-01', dueDate: '2026-12-31' }));
      ok(goalListSchema, { goals: [goal('g1')], people: [person('p1')] });
      ok(checkInSchema, checkIn);
      ok(checkInContextSchema, { checkIn: null, previous: checkIn, goals: [goal('g1')], questions: [] });
      ok(surveyAssignmentSchema, assignment);
      ok(feedbackItemSchema, feedback);
      ok(feedbackPageSchema, { items: [feedback], nextCursor: null });
      ok(feedbackInputSchema, { kind: 'coaching', toId: 'p1', body: 'Try this', visibility: 'private' });
      ok(competencyProfileSchema, profile);
    });
  });

  describe('invalid values fail', () => {
    it('missing and mistyped fields', () => {
      bad(personSchema, { name: 'No id' });
      bad(goalSchema, { ...goal('g1'), progress: '50%' });
      bad(goalSchema, { ...goal('g1'), progress: 1.7 });
      bad(goalSchema, { ...goal('g1'), weight: -1 });
      bad(goalSchema, { ...goal('g1'), level: 'galaxy' });
      bad(goalSchema, { ...goal('g1'), version: 1.5 });
      bad(goalSchema, { ...goal('g1'), dueDate: '31/12/2026' });
      bad(goalSchema, { ...goal('g1'), dueDate: '2026-02-30' });
      bad(goalSchema, { ...goal('g1'), updatedAt: 'yesterday' });
      bad(keyResultSchema, { id: 'k', title: 'K', kind: 'number', start: 0, target: Number.NaN, current: 0 });
      bad(keyResultSchema, { id: 'k', title: 'K', kind: 'number', start: 0, target: Number.POSITIVE_INFINITY, current: 0 });
      bad(checkInSchema, { ...checkIn, period: '2026-47' });
      bad(checkInSchema, { ...checkIn, period: '2026-W54' });
      bad(checkInSchema, { ...checkIn, mood: 6 });
      bad(checkInSchema, { ...checkIn, goalUpdates: [{ goalId: 'g1', progress: 0.4, confidence: 7.5 }] });
      bad(surveyAssignmentSchema, { ...assignment, relationship: 'friend' });
      // Unknown kinds are read (a newer backend's); an empty one is not.
      bad(feedbackItemSchema, { ...feedback, kind: '' });
      bad(feedbackPageSchema, { items: [feedback] });
      bad(competencyProfileSchema, { ...profile, competencies: [{ ...profile.competencies[0], scores: { peer: { mean: 3 } } }] });
      bad(competencyProfileSchema, { ...profile, competencies: [{ ...profile.competencies[0], scores: { friends: { mean: 3, n: 4 } } }] });
    });
  });

  describe('hostile values', () => {
    it('refuses javascript:, data: and other non-http URLs', () => {
      for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', '//evil.example/a.png', 'not a url']) {
        bad(personSchema, person('p1', { avatarUrl: url }));
        bad(feedbackItemSchema, { ...feedback, link: url });
      }
      ok(feedbackItemSchema, { ...feedback, link: 'http://intranet.example/kudos/1' });
    });

    it('refuses strings beyond the limits', () => {
      bad(goalSchema, { ...goal('g1'), title: 'x'.repeat(LIMITS.title + 1) });
      bad(goalSchema, { ...goal('g1'), description: huge });
      bad(feedbackItemSchema, { ...feedback, body: huge });
      bad(checkInSchema, { ...checkIn, wins: huge });
      bad(personSchema, { id: 'x'.repeat(LIMITS.id + 1), name: 'A' });
      bad(personSchema, { id: 'p1', name: '' });
      bad(answersSchema, { q1: huge });
    });

    it('refuses wrong types everywhere', () => {
      for (const value of [null, undefined, 42, 'goal', [], true]) bad(goalSchema, value);
      bad(goalListSchema, { goals: 'all of them', people: [] });
      bad(answersSchema, { q1: { nested: true } });
      bad(answersSchema, [1, 2]);
    });

    it('never lets __proto__ keys pollute prototypes', () => {
      const parsedPerson = z.safeParse(personSchema, JSON.parse('{"id":"p1","name":"A","__proto__":{"polluted":true}}'));
      expect(parsedPerson.success).to.equal(true);
      expect((parsedPerson.data as Record<string, unknown>)['polluted']).to.equal(undefined);
      expect(Object.getPrototypeOf(parsedPerson.data)).to.equal(Object.prototype);

      const parsedAnswers = z.safeParse(answersSchema, JSON.parse('{"__proto__":{"polluted":true},"q1":2}'));
      expect(parsedAnswers.success).to.equal(true);
      expect(Object.keys(parsedAnswers.data!)).to.deep.equal(['q1']);
      expect(Object.getPrototypeOf(parsedAnswers.data)).to.equal(Object.prototype);
      bad(answersSchema, JSON.parse('{"constructor":1}'));
      bad(goalSchema, { ...goal('g1'), id: '__proto__' });
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    });

    it('drops unknown keys instead of passing them to widgets', () => {
      const parsed = z.parse(goalSchema, { ...goal('g1'), onclick: 'alert(1)', html: '<img src=x onerror=alert(1)>' });
      expect(parsed).to.not.have.property('onclick');
      expect(parsed).to.not.have.property('html');
    });

    it('accepts markup-like text as plain text (rendering escapes it)', () => {
      ok(goalSchema, { ...goal('g1'), title: '<img src=x onerror=alert(1)>' });
    });
  });
});
