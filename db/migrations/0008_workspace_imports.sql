CREATE TABLE "workspace_imports" (
	"archive_sha256" text PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"source_workspace_id" uuid NOT NULL,
	"imported_by_user_id" text,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "workspace_imports" ADD CONSTRAINT "workspace_imports_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;