DROP INDEX "publications_due_idx";--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "next_attempt_at" timestamp with time zone NOT NULL;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "job_id" uuid;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "request" jsonb;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "failure_reason" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "publishing_lateness_minutes" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
CREATE INDEX "publications_due_idx" ON "publications" USING btree ("status","next_attempt_at");