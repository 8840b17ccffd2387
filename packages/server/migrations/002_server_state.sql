-- A revision bumped by every write, in the write's transaction: a server process compares it with
-- the revision it loaded and reloads when another process has written (several servers, one database).
CREATE TABLE IF NOT EXISTS server_state (id integer PRIMARY KEY, revision integer NOT NULL);
INSERT INTO server_state (id, revision) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
