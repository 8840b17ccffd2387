import * as z from 'zod/mini';
import { RATER_GROUPS } from './values.js';
import { LIMITS, between, idSchema, list, text } from './common.js';
import { ratingScaleSchema } from './survey.js';

export type RaterGroup = (typeof RATER_GROUPS)[number];

export const groupScoreSchema = z.union([
  z.object({ mean: z.number(), n: z.int().check(z.gte(1)) }),
  z.object({ suppressed: z.literal(true) }),
]);
export type GroupScore = z.infer<typeof groupScoreSchema>;

export const competencyScoreSchema = z.object({
  id: idSchema,
  name: text(LIMITS.name, { min: 1 }),
  description: z.optional(text(LIMITS.longText)),
  target: z.optional(z.number()),
  scores: z.partialRecord(z.enum(RATER_GROUPS), groupScoreSchema),
  /**
   * Every rater except the subject (manager, peers, direct reports, others). Suppressed when
   * subtracting the shown groups from it would reveal a hidden group.
   */
  overall: z.optional(groupScoreSchema),
  /** Mean of all shown groups in the previous cycle. */
  previous: z.optional(z.number()),
});
export type CompetencyScore = z.infer<typeof competencyScoreSchema>;

/** One competency's published figures in an earlier cycle (the same anonymity rule applies). */
export const cycleCompetencyScoreSchema = z.object({
  id: idSchema,
  scores: z.partialRecord(z.enum(RATER_GROUPS), groupScoreSchema),
  overall: z.optional(groupScoreSchema),
});
export type CycleCompetencyScore = z.infer<typeof cycleCompetencyScoreSchema>;

/** An earlier review cycle's figures, for development over time. */
export const profileCycleSchema = z.object({
  cycleId: idSchema,
  /** The cycle's name as people know it, e.g. "H1 2026 review". */
  label: text(LIMITS.name, { min: 1 }),
  scores: list(cycleCompetencyScoreSchema, 100),
});
export type ProfileCycle = z.infer<typeof profileCycleSchema>;

export const competencyProfileSchema = z.object({
  personId: idSchema,
  cycleId: z.optional(idSchema),
  /** The current cycle's name, e.g. "H2 2026 review". */
  cycleLabel: z.optional(text(LIMITS.name, { min: 1 })),
  scale: ratingScaleSchema,
  threshold: between(1, 100, { int: true }),
  competencies: list(competencyScoreSchema, 100),
  /** Earlier cycles, oldest first (each competency's `previous` is the last one's figure). */
  history: z.optional(list(profileCycleSchema, 50)),
});
export type CompetencyProfile = z.infer<typeof competencyProfileSchema>;

export const competencyQuerySchema = z.object({ personId: idSchema, cycleId: z.optional(idSchema) });
export type CompetencyQuery = z.infer<typeof competencyQuerySchema>;

export { RATER_GROUPS };
