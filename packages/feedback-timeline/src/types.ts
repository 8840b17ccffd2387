import { FEEDBACK_KINDS, VISIBILITIES, type FeedbackItem, type FeedbackKind, type Visibility } from '@pm-widgets/core';

export { FEEDBACK_KINDS, VISIBILITIES, type FeedbackKind, type Visibility };

/** Kinds a person gives to someone else; a note to oneself is always a private `note`. */
export const GIVEN_KINDS = ['praise', 'recognition', 'constructive', 'coaching'] as const satisfies readonly FeedbackKind[];

/** Kinds whose composer offers the Situation–Behaviour–Impact structure. */
export const SBI_KINDS = ['constructive', 'coaching'] as const satisfies readonly FeedbackKind[];

/** The four SBI fields, in the order they are asked and combined into the body. */
export const SBI_FIELDS = ['situation', 'behaviour', 'impact', 'next'] as const;
export type SbiField = (typeof SBI_FIELDS)[number];

/** What the composer holds (and keeps on the device until it is sent). */
export interface ComposerDraft {
  kind: FeedbackKind;
  body: string;
  sbi: Record<SbiField, string>;
  competencyIds: string[];
  values: string[];
  visibility: Visibility;
  /** When answering a request: its id, question and who the answer goes to. */
  requestId?: string;
  question?: string;
  toId?: string;
  toName?: string;
}

/** An item in the feed: a stored item, or one being sent (optimistic) that has no server id yet. */
export type FeedEntry = FeedbackItem & { pending?: boolean };

/** Rows of the windowed list: a month heading or an item (by its index in the filtered items). */
export type FeedRow = { type: 'month'; key: string; label: string } | { type: 'item'; index: number };

/** Bodies longer than this (characters) or with more lines than `COLLAPSE_LINES` start collapsed. */
export const COLLAPSE_CHARS = 320;
export const COLLAPSE_LINES = 5;
