ALTER TABLE "post_efforts" ALTER COLUMN "session_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "post_efforts" ADD COLUMN "time_entry_id" uuid;--> statement-breakpoint
ALTER TABLE "post_efforts" ADD CONSTRAINT "post_efforts_time_entry_id_time_entries_id_fk" FOREIGN KEY ("time_entry_id") REFERENCES "public"."time_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "post_efforts_entry_post_idx" ON "post_efforts" USING btree ("time_entry_id","post_id");--> statement-breakpoint
ALTER TABLE "post_efforts" ADD CONSTRAINT "post_efforts_source_check" CHECK (("post_efforts"."source" = 'linked_entry') = ("post_efforts"."time_entry_id" is not null) and ("post_efforts"."source" = 'linked_entry') = ("post_efforts"."session_id" is null));--> statement-breakpoint
ALTER TABLE "post_efforts" ADD CONSTRAINT "post_efforts_minutes_check" CHECK ("post_efforts"."minutes" >= 0);--> statement-breakpoint
-- What follows is hand-written (see content-work.table.ts): the database keeps a post's effort
-- exact whoever writes, as it keeps tracked_time_months (0020).
-- After each statement on post_efforts: the posts it touched get the sum of their rows again.
-- Posts being deleted (the efforts go with them by cascade) are simply not found.
CREATE FUNCTION "posts_effort_minutes_apply"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  touched text;
BEGIN
  touched := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT post_id FROM new_efforts'
    WHEN 'DELETE' THEN 'SELECT post_id FROM old_efforts'
    ELSE 'SELECT post_id FROM new_efforts UNION SELECT post_id FROM old_efforts'
  END;
  -- Only posts whose sum moved are written: a copy of rows already summed (a move to
  -- PostgreSQL) rewrites nothing.
  EXECUTE format($sql$
    UPDATE posts p SET effort_minutes = s.minutes
    FROM (
      SELECT t.post_id, coalesce((SELECT sum(e.minutes)::int FROM post_efforts e WHERE e.post_id = t.post_id), 0) AS minutes
      FROM (SELECT DISTINCT post_id FROM (%s) touched) t
    ) s
    WHERE p.id = s.post_id AND p.effort_minutes <> s.minutes
  $sql$, touched);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "post_efforts_sum_insert" AFTER INSERT ON "post_efforts"
  REFERENCING NEW TABLE AS new_efforts FOR EACH STATEMENT EXECUTE FUNCTION posts_effort_minutes_apply();
--> statement-breakpoint
CREATE TRIGGER "post_efforts_sum_update" AFTER UPDATE ON "post_efforts"
  REFERENCING OLD TABLE AS old_efforts NEW TABLE AS new_efforts FOR EACH STATEMENT EXECUTE FUNCTION posts_effort_minutes_apply();
--> statement-breakpoint
CREATE TRIGGER "post_efforts_sum_delete" AFTER DELETE ON "post_efforts"
  REFERENCING OLD TABLE AS old_efforts FOR EACH STATEMENT EXECUTE FUNCTION posts_effort_minutes_apply();
--> statement-breakpoint
-- After each statement on time_entries: the links of entries whose whole minutes changed (the
-- rounding of src/core/content `minutesOfSeconds`: half a minute rounds up) are refitted.
-- Links that took the whole entry (their sum was its old minutes), or that no longer fit (their
-- sum is over its new minutes), are shared out over its new minutes in proportion to what they
-- had: the floor of each exact share, then the minutes left over to the largest remainders, the
-- earlier link first on a tie (the core's `shareOut`). Other links stay as they are. A link
-- refitted to 0 minutes is removed. An entry deleted takes its links with it (foreign key).
CREATE FUNCTION "post_efforts_follow_entries"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  WITH changed AS (
    SELECT n.id,
      round(extract(epoch FROM n.ended_at - n.started_at) / 60)::int AS new_minutes,
      round(extract(epoch FROM o.ended_at - o.started_at) / 60)::int AS old_minutes
    FROM new_entries n JOIN old_entries o ON o.id = n.id
    WHERE n.ended_at IS NOT NULL AND o.ended_at IS NOT NULL
  ),
  links AS (
    SELECT e.id, e.time_entry_id, e.minutes, e.created_at, c.new_minutes, c.old_minutes,
      sum(e.minutes) OVER (PARTITION BY e.time_entry_id)::int AS linked
    FROM post_efforts e JOIN changed c ON c.id = e.time_entry_id
    WHERE c.new_minutes <> c.old_minutes
  ),
  refitted AS (
    SELECT id, time_entry_id, created_at, new_minutes,
      (minutes * new_minutes) / linked AS floor_minutes,
      (minutes * new_minutes) % linked AS remainder
    FROM links
    WHERE linked > 0 AND (linked = old_minutes OR linked > new_minutes)
  ),
  ranked AS (
    SELECT id, floor_minutes + CASE
        WHEN row_number() OVER (PARTITION BY time_entry_id ORDER BY remainder DESC, created_at, id)
          <= new_minutes - sum(floor_minutes) OVER (PARTITION BY time_entry_id) THEN 1 ELSE 0
      END AS minutes
    FROM refitted
  ),
  updated AS (
    UPDATE post_efforts e SET minutes = r.minutes FROM ranked r
    WHERE e.id = r.id AND r.minutes > 0 AND e.minutes <> r.minutes
    RETURNING e.id
  )
  DELETE FROM post_efforts e USING ranked r WHERE e.id = r.id AND r.minutes = 0;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "time_entries_efforts_follow" AFTER UPDATE ON "time_entries"
  REFERENCING OLD TABLE AS old_entries NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION post_efforts_follow_entries();
--> statement-breakpoint
-- Existing posts start exact.
UPDATE posts p SET effort_minutes = s.minutes
FROM (SELECT p2.id, coalesce(sum(e.minutes), 0)::int AS minutes
      FROM posts p2 LEFT JOIN post_efforts e ON e.post_id = p2.id GROUP BY p2.id) s
WHERE s.id = p.id AND p.effort_minutes <> s.minutes;
