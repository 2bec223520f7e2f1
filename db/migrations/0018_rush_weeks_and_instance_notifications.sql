CREATE TABLE "rush_weeks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"turned_on_by" text,
	"turned_on_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "workspace_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "rush_weeks" ADD CONSTRAINT "rush_weeks_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rush_weeks" ADD CONSTRAINT "rush_weeks_turned_on_by_user_id_fk" FOREIGN KEY ("turned_on_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "rush_weeks_workspace_week_idx" ON "rush_weeks" USING btree ("workspace_id","week_start");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_instance_once_idx" ON "notifications" USING btree ("user_id","kind","subject_key") WHERE workspace_id is null;