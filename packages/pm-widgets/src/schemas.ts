/** The zod/mini schemas of every entity (`goalSchema`, …), for code that validates data itself. */
export * from '@pm-widgets/core/schemas';
