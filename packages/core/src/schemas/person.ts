import * as z from 'zod/mini';
import { LIMITS, httpUrlSchema, idSchema, text } from './common.js';

export const personSchema = z.object({
  id: idSchema,
  name: text(LIMITS.name, { min: 1 }),
  title: z.optional(text(LIMITS.name)),
  avatarUrl: z.optional(httpUrlSchema),
  managerId: z.optional(z.nullable(idSchema)),
  teamId: z.optional(idSchema),
});
export type Person = z.infer<typeof personSchema>;
