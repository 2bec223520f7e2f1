CREATE TABLE "tracked_time_months" (
	"workspace_id" uuid NOT NULL,
	"month" date NOT NULL,
	"user_id" text NOT NULL,
	"category_id" uuid NOT NULL,
	"network_key" text,
	"seconds" numeric NOT NULL,
	"entries" integer NOT NULL,
	CONSTRAINT "tracked_time_months_key" UNIQUE NULLS NOT DISTINCT("workspace_id","month","user_id","category_id","network_key")
);
--> statement-breakpoint
ALTER TABLE "tracked_time_months" ADD CONSTRAINT "tracked_time_months_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The rollup is kept by the database (see tracked-time-months.table.ts): what follows is hand-written.
-- A finished entry's key: its workspace, the local month of its start, its member, category, network.
-- Rebuilds one workspace's rows from its entries (its zone changed, or the rollup is new).
CREATE FUNCTION "tracked_time_months_rebuild"(rebuilt_workspace_id uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM tracked_time_months WHERE workspace_id = rebuilt_workspace_id;
  INSERT INTO tracked_time_months (workspace_id, month, user_id, category_id, network_key, seconds, entries)
  SELECT e.workspace_id, date_trunc('month', e.started_at AT TIME ZONE w.time_zone)::date,
    e.user_id, e.category_id, e.network_key,
    sum(extract(epoch FROM e.ended_at - e.started_at)), count(*)::int
  FROM time_entries e JOIN workspaces w ON w.id = e.workspace_id
  WHERE e.workspace_id = rebuilt_workspace_id AND e.ended_at IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5;
END;
$$;
--> statement-breakpoint
-- After each statement on time_entries: the signed change of the finished entries it inserted
-- (+1), deleted (-1) or updated (old -1, new +1), summed per key and added to the rollup in one
-- upsert; keys left without an entry lose their row. An edit that moves nothing (a note) changes
-- nothing. Entries of a workspace being deleted find no workspace and are skipped: its rows go
-- with it (on delete cascade).
CREATE FUNCTION "tracked_time_months_apply_entries"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  changes text;
  emptied uuid[];
BEGIN
  changes := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT *, 1 AS sign FROM new_entries'
    WHEN 'DELETE' THEN 'SELECT *, -1 AS sign FROM old_entries'
    ELSE 'SELECT *, 1 AS sign FROM new_entries UNION ALL SELECT *, -1 FROM old_entries'
  END;
  EXECUTE format($sql$
    WITH changes AS (%s),
    deltas AS (
      SELECT c.workspace_id, date_trunc('month', c.started_at AT TIME ZONE w.time_zone)::date AS month,
        c.user_id, c.category_id, c.network_key,
        sum(c.sign * extract(epoch FROM c.ended_at - c.started_at)) AS seconds, sum(c.sign)::int AS entries
      FROM changes c JOIN workspaces w ON w.id = c.workspace_id
      WHERE c.ended_at IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5
    ),
    upserted AS (
      INSERT INTO tracked_time_months AS t (workspace_id, month, user_id, category_id, network_key, seconds, entries)
      SELECT * FROM deltas WHERE entries <> 0 OR seconds <> 0
      -- One order for every writer, so that two transactions never wait on each other's keys crosswise.
      ORDER BY workspace_id, month, user_id, category_id, network_key
      ON CONFLICT (workspace_id, month, user_id, category_id, network_key)
      DO UPDATE SET seconds = t.seconds + excluded.seconds, entries = t.entries + excluded.entries
      RETURNING t.workspace_id, t.entries
    )
    SELECT array_agg(DISTINCT workspace_id) FILTER (WHERE entries = 0) FROM upserted
  $sql$, changes) INTO emptied;
  IF emptied IS NOT NULL THEN
    DELETE FROM tracked_time_months WHERE workspace_id = ANY(emptied) AND entries = 0;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "tracked_time_months_clear"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM tracked_time_months;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "tracked_time_months_rezone"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tracked_time_months_rebuild(NEW.id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "time_entries_rollup_insert" AFTER INSERT ON "time_entries"
  REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION tracked_time_months_apply_entries();
--> statement-breakpoint
CREATE TRIGGER "time_entries_rollup_update" AFTER UPDATE ON "time_entries"
  REFERENCING OLD TABLE AS old_entries NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION tracked_time_months_apply_entries();
--> statement-breakpoint
CREATE TRIGGER "time_entries_rollup_delete" AFTER DELETE ON "time_entries"
  REFERENCING OLD TABLE AS old_entries FOR EACH STATEMENT EXECUTE FUNCTION tracked_time_months_apply_entries();
--> statement-breakpoint
CREATE TRIGGER "time_entries_rollup_truncate" AFTER TRUNCATE ON "time_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION tracked_time_months_clear();
--> statement-breakpoint
CREATE TRIGGER "workspaces_rollup_rezone" AFTER UPDATE OF "time_zone" ON "workspaces"
  FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone) EXECUTE FUNCTION tracked_time_months_rezone();
--> statement-breakpoint
-- Existing entries (an upgrade, a restored older backup): the rollup starts exact.
SELECT tracked_time_months_rebuild(id) FROM workspaces;
