CREATE TABLE "budget_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"performer_user_id" text,
	"performer_option_id" uuid
);
--> statement-breakpoint
CREATE TABLE "task_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"reference_key" text,
	"name" text,
	"description" text,
	"color" text NOT NULL,
	"is_complex" boolean DEFAULT false NOT NULL,
	"sort_order" integer NOT NULL,
	"weekly_minutes" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"pricing" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "budget_settings" ADD CONSTRAINT "budget_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_settings" ADD CONSTRAINT "budget_settings_performer_option_id_work_options_id_fk" FOREIGN KEY ("performer_option_id") REFERENCES "public"."work_options"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_categories" ADD CONSTRAINT "task_categories_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_options" ADD CONSTRAINT "work_options_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_categories_workspace_id_idx" ON "task_categories" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "task_categories_reference_key_idx" ON "task_categories" USING btree ("workspace_id","reference_key") WHERE "task_categories"."reference_key" is not null;--> statement-breakpoint
CREATE INDEX "work_options_workspace_id_idx" ON "work_options" USING btree ("workspace_id");