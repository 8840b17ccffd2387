import type { FeedbackTimelineMessages } from './messages.js';
import { GIVEN_KINDS, SBI_FIELDS, SBI_KINDS, VISIBILITIES, type ComposerDraft, type SbiField } from './types.js';

export const isSbiKind = (kind: string): boolean => (SBI_KINDS as readonly string[]).includes(kind);

export const SBI_LABEL: Record<SbiField, keyof FeedbackTimelineMessages> = {
  situation: 'sbiSituation', behaviour: 'sbiBehaviour', impact: 'sbiImpact', next: 'sbiNext',
};

/**
 * The four SBI fields as one readable body: each filled field as its label and text, separated by
 * a blank line ("Situation: In Tuesday's planning…"). Empty fields are left out.
 */
export function combineSbi(sbi: Record<SbiField, string>, text: FeedbackTimelineMessages): string {
  return SBI_FIELDS.filter((f) => sbi[f].trim())
    .map((f) => `${text[SBI_LABEL[f]] as string}: ${sbi[f].trim()}`)
    .join('\n\n');
}

/** The body the draft sends: the SBI fields combined (for constructive and coaching), or the one box. */
export function draftBody(draft: ComposerDraft, text: FeedbackTimelineMessages): string {
  if (isSbiKind(draft.kind)) {
    const combined = combineSbi(draft.sbi, text);
    if (combined) return combined;
  }
  return draft.body.trim();
}

export function blankComposerDraft(self: boolean): ComposerDraft {
  return {
    kind: self ? 'note' : 'praise',
    body: '',
    sbi: { situation: '', behaviour: '', impact: '', next: '' },
    competencyIds: [],
    values: [],
    visibility: self ? 'private' : 'public',
  };
}

export const draftHasText = (draft: ComposerDraft): boolean =>
  !!draft.body.trim() || SBI_FIELDS.some((f) => !!draft.sbi[f].trim());

/** Reads a device copy back, keeping only what is well-formed. */
export function restoreComposerDraft(value: unknown, self: boolean): ComposerDraft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<ComposerDraft>;
  const blank = blankComposerDraft(self);
  const str = (x: unknown) => (typeof x === 'string' ? x : '');
  const strings = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
  const draft: ComposerDraft = {
    kind: self ? 'note' : (GIVEN_KINDS as readonly string[]).includes(v.kind as string) ? v.kind! : blank.kind,
    body: str(v.body),
    sbi: { situation: str(v.sbi?.situation), behaviour: str(v.sbi?.behaviour), impact: str(v.sbi?.impact), next: str(v.sbi?.next) },
    competencyIds: strings(v.competencyIds),
    values: strings(v.values),
    visibility: self ? 'private' : (VISIBILITIES as readonly string[]).includes(v.visibility as string) ? v.visibility! : blank.visibility,
  };
  if (typeof v.requestId === 'string') {
    draft.requestId = v.requestId;
    draft.question = str(v.question);
    draft.toId = str(v.toId);
    draft.toName = str(v.toName);
  }
  return draftHasText(draft) || draft.requestId ? draft : undefined;
}
