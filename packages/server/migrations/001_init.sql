-- pm-widgets reference server: the first schema. Runs on PGlite and on PostgreSQL alike.
-- Entities are stored in their domain shape (validated by core's schemas) as JSONB, one table per
-- entity, with the columns the server filters or authorises on pulled out beside them.

CREATE TABLE IF NOT EXISTS people (id text PRIMARY KEY, doc jsonb NOT NULL, manager_id text);
CREATE TABLE IF NOT EXISTS teams (id text PRIMARY KEY, doc jsonb NOT NULL);
CREATE TABLE IF NOT EXISTS cycles (id text PRIMARY KEY, doc jsonb NOT NULL);
CREATE TABLE IF NOT EXISTS competencies (id text PRIMARY KEY, doc jsonb NOT NULL);
CREATE TABLE IF NOT EXISTS surveys (id text PRIMARY KEY, doc jsonb NOT NULL);
CREATE TABLE IF NOT EXISTS check_in_questions (id text PRIMARY KEY, doc jsonb NOT NULL);
CREATE TABLE IF NOT EXISTS goals (id text PRIMARY KEY, doc jsonb NOT NULL, owner_id text, version integer NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS check_ins (id text PRIMARY KEY, doc jsonb NOT NULL, person_id text NOT NULL);
CREATE TABLE IF NOT EXISTS assignments (id text PRIMARY KEY, doc jsonb NOT NULL, rater_id text);
-- Individual 360 responses: read only to aggregate them; no endpoint ever serves a row.
CREATE TABLE IF NOT EXISTS responses (id text PRIMARY KEY, doc jsonb NOT NULL, subject_id text NOT NULL);
CREATE TABLE IF NOT EXISTS feedback (id text PRIMARY KEY, doc jsonb NOT NULL, to_id text NOT NULL, from_id text);
CREATE TABLE IF NOT EXISTS feedback_requests (id text PRIMARY KEY, doc jsonb NOT NULL, to_id text NOT NULL);

-- Idempotency: one row per (caller, operation, key); the first request's answer is replayed.
CREATE TABLE IF NOT EXISTS idempotency_keys (
  actor text NOT NULL,
  operation text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  status integer NOT NULL,
  response jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (actor, operation, key)
);

CREATE INDEX IF NOT EXISTS goals_owner ON goals (owner_id);
CREATE INDEX IF NOT EXISTS check_ins_person ON check_ins (person_id);
CREATE INDEX IF NOT EXISTS feedback_to ON feedback (to_id);
CREATE INDEX IF NOT EXISTS assignments_rater ON assignments (rater_id);
