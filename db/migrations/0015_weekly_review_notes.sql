CREATE TABLE "weekly_review_notes" (
	"workspace_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"text" text NOT NULL,
	"updated_by_user_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "weekly_review_notes_workspace_id_week_start_pk" PRIMARY KEY("workspace_id","week_start")
);
--> statement-breakpoint
ALTER TABLE "weekly_review_notes" ADD CONSTRAINT "weekly_review_notes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_review_notes" ADD CONSTRAINT "weekly_review_notes_updated_by_user_id_user_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;