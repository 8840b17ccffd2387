import type { Goal, KeyResult } from '@pm-widgets/core';
import type { DraftErrors, GoalDraft } from './types.js';

// Applying and checking a draft: used by editing only, so in its chunk (see goal-editing.ts).

const toNumber = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

/** The goal with the draft's values (call only when `validateDraft` found nothing). */
export function applyDraft(goal: Goal, draft: GoalDraft): Goal {
  const { touched } = draft;
  const next: Goal = { ...goal };
  if (touched.has('title')) next.title = draft.title.trim() || goal.title;
  if (touched.has('status')) next.status = draft.status;
  if (touched.has('progress') && goal.progressMode === 'manual') next.progress = draft.progress;
  if (touched.has('weight') && Number.isFinite(toNumber(draft.weight))) next.weight = toNumber(draft.weight);
  if (touched.has('keyResults')) {
    next.keyResults = draft.keyResults.map((kr) => {
      const boolean = kr.kind === 'boolean';
      const result: KeyResult = {
        id: kr.id,
        title: kr.title.trim(),
        kind: kr.kind,
        start: boolean ? 0 : toNumber(kr.start),
        target: boolean ? 1 : toNumber(kr.target),
        current: toNumber(kr.current),
      };
      const unit = kr.kind === 'currency' ? kr.unit.trim().toUpperCase() : kr.unit.trim();
      if (unit && (kr.kind === 'number' || kr.kind === 'currency')) result.unit = unit;
      return result;
    });
  }
  const optional = (field: 'description' | 'ownerId' | 'startDate' | 'dueDate', value: string) => {
    if (!touched.has(field)) return;
    if (value) next[field] = value;
    else delete next[field];
  };
  optional('description', draft.description.trim());
  optional('ownerId', draft.ownerId);
  optional('startDate', draft.startDate);
  optional('dueDate', draft.dueDate);
  if (touched.has('alignedTo')) {
    if (draft.alignedTo.length) next.alignedTo = draft.alignedTo.map((a) => ({ ...a }));
    else delete next.alignedTo;
  }
  return next;
}

export interface DraftErrorTexts {
  errTitle: string;
  errWeight: string;
  errDueBeforeStart: string;
  errNumber: string;
  errTargetIsStart: string;
  errPercent: string;
  errCurrency: string;
  errWhole: string;
}

/** What is wrong with a draft, by form field name; empty when it can be saved. */
export function validateDraft(draft: GoalDraft, text: DraftErrorTexts): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.title.trim()) errors['title'] = text.errTitle;
  const weight = toNumber(draft.weight);
  if (!Number.isFinite(weight) || weight < 0 || weight > 1000) errors['weight'] = text.errWeight;
  if (draft.startDate && draft.dueDate && draft.dueDate < draft.startDate) errors['dueDate'] = text.errDueBeforeStart;
  for (const kr of draft.keyResults) {
    // The current value is `kr:<id>` (the field a check-in-like update touches most), the rest `kr:<id>:<field>`.
    const name = (field: string) => (field === 'current' ? `kr:${kr.id}` : `kr:${kr.id}:${field}`);
    if (!kr.title.trim()) errors[name('title')] = text.errTitle;
    if (kr.kind === 'boolean') continue;
    const values = { start: toNumber(kr.start), target: toNumber(kr.target), current: toNumber(kr.current) };
    for (const [field, value] of Object.entries(values)) {
      if (!Number.isFinite(value)) errors[name(field)] = text.errNumber;
      else if (kr.kind === 'percent' && (value < 0 || value > 100)) errors[name(field)] = text.errPercent;
      else if (kr.kind === 'milestone' && (value < 0 || !Number.isInteger(value))) errors[name(field)] = text.errWhole;
    }
    if (!errors[name('target')] && !errors[name('start')] && values.target === values.start) errors[name('target')] = text.errTargetIsStart;
    if (kr.kind === 'currency' && !/^[A-Za-z]{3}$/.test(kr.unit.trim())) errors[name('unit')] = text.errCurrency;
  }
  return errors;
}
