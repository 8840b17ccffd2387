import type { SurveyDraft, SurveysPort } from '@pm-widgets/core';
import type { ScormSession } from './scorm.js';

/**
 * Resume drafts in SCORM `cmi.suspend_data`, for a try-out package with no backend and only for
 * self-assessments (a rater's answers about someone else never reach the LMS). JSON first
 * (`j:`); over the limit, deflated and base64-encoded (`z:`); still over, refused with a reason.
 */
export interface SuspendStore {
  load(): Promise<{ assignmentId: string; draft: SurveyDraft } | null>;
  save(assignmentId: string, draft: SurveyDraft): Promise<{ ok: true } | { ok: false; reason: string }>;
}

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

async function inflate(base64: string): Promise<string> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

export function suspendStore(session: ScormSession, limit: number): SuspendStore {
  return {
    async load() {
      const raw = session.suspendData();
      try {
        const text = raw.startsWith('j:') ? raw.slice(2) : raw.startsWith('z:') ? await inflate(raw.slice(2)) : '';
        if (!text) return null;
        const value = JSON.parse(text) as { a?: unknown; d?: SurveyDraft };
        return typeof value.a === 'string' && value.d ? { assignmentId: value.a, draft: value.d } : null;
      } catch {
        return null;
      }
    },
    async save(assignmentId, draft) {
      const json = JSON.stringify({ a: assignmentId, d: draft });
      let data = `j:${json}`;
      if (data.length > limit) data = `z:${await deflate(json)}`;
      if (data.length > limit) return { ok: false, reason: `This draft is too long for the learning platform to keep (${data.length} of ${limit} characters); it is kept until you close this page.` };
      return session.saveSuspendData(data);
    },
  };
}

/**
 * The adapter with its self-assessment drafts also kept in suspend data: a draft found there is
 * handed back with the assignment on the next launch. `onRefused` hears why a draft was not kept.
 */
export function withSuspendDrafts<A extends SurveysPort>(adapter: A, store: SuspendStore, onRefused: (reason: string) => void): A {
  const self = new Set<string>();
  return {
    ...adapter,
    getAssignment: async (id: string, options?: Parameters<SurveysPort['getAssignment']>[1]) => {
      const assignment = await adapter.getAssignment(id, options);
      if (assignment.relationship !== 'self' || assignment.status !== 'open') return assignment;
      self.add(id);
      const kept = await store.load();
      if (kept?.assignmentId !== id) return assignment;
      if (assignment.draft && assignment.draft.savedAt >= kept.draft.savedAt) return assignment;
      return { ...assignment, draft: kept.draft };
    },
    saveSurveyDraft: async (id: string, answers: Parameters<SurveysPort['saveSurveyDraft']>[1], options?: Parameters<SurveysPort['saveSurveyDraft']>[2]) => {
      const saved = await adapter.saveSurveyDraft(id, answers, options);
      if (self.has(id)) {
        const result = await store.save(id, saved);
        if (!result.ok) onRefused(result.reason);
      }
      return saved;
    },
  };
}
