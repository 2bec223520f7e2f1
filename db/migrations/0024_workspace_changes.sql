-- Hand-written: the database tells every Cadence process which workspaces a committed statement
-- changed, so that a process's response cache (platform/response-cache.ts) cannot serve an
-- answer older than a write, whoever made it (a request, a job, a service, another process,
-- psql). One notification per workspace touched by a statement, on channel
-- cadence_workspace_changed; PostgreSQL folds identical ones within a transaction and delivers
-- them at commit, in commit order. '*' means "every workspace" (a person renamed, a table
-- emptied).
--
-- Statement-level, not per row: a 100,000-row import pays one scan of its transition table, not
-- a function call per row (benchmark 3).
CREATE FUNCTION "workspace_changes_notify"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  id_column text := TG_ARGV[0];
  changed text;
BEGIN
  FOR changed IN EXECUTE format(
    CASE TG_OP
      WHEN 'INSERT' THEN 'SELECT DISTINCT %1$I::text FROM new_rows WHERE %1$I IS NOT NULL'
      WHEN 'DELETE' THEN 'SELECT DISTINCT %1$I::text FROM old_rows WHERE %1$I IS NOT NULL'
      ELSE 'SELECT %1$I::text FROM new_rows WHERE %1$I IS NOT NULL
            UNION SELECT %1$I::text FROM old_rows WHERE %1$I IS NOT NULL'
    END,
    id_column)
  LOOP
    PERFORM pg_notify('cadence_workspace_changed', changed);
  END LOOP;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- A change that every workspace may show: a statement that changed at least one row.
CREATE FUNCTION "workspace_changes_notify_all"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM old_rows) THEN
    PERFORM pg_notify('cadence_workspace_changed', '*');
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- A table emptied (TRUNCATE has no transition table): every workspace.
CREATE FUNCTION "workspace_changes_notify_emptied"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cadence_workspace_changed', '*');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Puts the triggers on one table whose rows belong to a workspace (`id_column` names it). A new
-- table with a workspace_id column calls this in its migration; workspace-changes.db.test.ts
-- fails until it does. PostgreSQL allows transition tables on one event per trigger: three, plus
-- TRUNCATE (every workspace).
CREATE FUNCTION "workspace_changes_watch"(watched regclass, id_column text DEFAULT 'workspace_id') RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER workspace_changed_insert AFTER INSERT ON %s
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION workspace_changes_notify(%L)',
    watched, id_column);
  EXECUTE format('CREATE TRIGGER workspace_changed_update AFTER UPDATE ON %s
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION workspace_changes_notify(%L)',
    watched, id_column);
  EXECUTE format('CREATE TRIGGER workspace_changed_delete AFTER DELETE ON %s
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION workspace_changes_notify(%L)',
    watched, id_column);
  EXECUTE format('CREATE TRIGGER workspace_changed_truncate AFTER TRUNCATE ON %s
    FOR EACH STATEMENT EXECUTE FUNCTION workspace_changes_notify_emptied()', watched);
END;
$$;
--> statement-breakpoint
-- Every table with a workspace_id column today, and the workspaces themselves (their name, zone,
-- currency; a deleted workspace).
DO $$
DECLARE
  watched text;
BEGIN
  FOR watched IN
    SELECT format('%I.%I', table_schema, table_name) FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'workspace_id'
  LOOP
    PERFORM workspace_changes_watch(watched::regclass);
  END LOOP;
END;
$$;
--> statement-breakpoint
SELECT workspace_changes_watch('workspaces', 'id');
--> statement-breakpoint
-- People's names appear in workspaces' answers (a time entry's member): a person changed or
-- removed may be shown by any workspace. A new account changes no answer.
CREATE TRIGGER "workspace_changed_update" AFTER UPDATE ON "user"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION workspace_changes_notify_all();
--> statement-breakpoint
CREATE TRIGGER "workspace_changed_delete" AFTER DELETE ON "user"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION workspace_changes_notify_all();
--> statement-breakpoint
CREATE TRIGGER "workspace_changed_truncate" AFTER TRUNCATE ON "user"
  FOR EACH STATEMENT EXECUTE FUNCTION workspace_changes_notify_emptied();
