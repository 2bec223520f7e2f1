CREATE TABLE "connected_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"network" text NOT NULL,
	"account_name" text NOT NULL,
	"remote_account_id" text NOT NULL,
	"credentials_sealed" text NOT NULL,
	"limits" jsonb NOT NULL,
	"limits_read_at" timestamp with time zone DEFAULT now() NOT NULL,
	"health_status" text DEFAULT 'unchecked' NOT NULL,
	"health_message" text,
	"health_checked_at" timestamp with time zone,
	"connected_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mastodon_apps" (
	"instance_url" text NOT NULL,
	"redirect_uri" text NOT NULL,
	"client_id" text NOT NULL,
	"client_secret_sealed" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mastodon_apps_instance_url_redirect_uri_pk" PRIMARY KEY("instance_url","redirect_uri")
);
--> statement-breakpoint
CREATE TABLE "publication_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"publication_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"outcome" text DEFAULT 'running' NOT NULL,
	"message" text
);
--> statement-breakpoint
CREATE TABLE "publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"post_version_id" uuid NOT NULL,
	"connected_account_id" uuid,
	"network" text NOT NULL,
	"account_name" text NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"idempotency_key" text NOT NULL,
	"remote_id" text,
	"url" text,
	"published_at" timestamp with time zone,
	"published_parts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failure_message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "connected_accounts" ADD CONSTRAINT "connected_accounts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connected_accounts" ADD CONSTRAINT "connected_accounts_connected_by_user_id_user_id_fk" FOREIGN KEY ("connected_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_attempts" ADD CONSTRAINT "publication_attempts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_attempts" ADD CONSTRAINT "publication_attempts_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_post_version_id_post_versions_id_fk" FOREIGN KEY ("post_version_id") REFERENCES "public"."post_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_connected_account_id_connected_accounts_id_fk" FOREIGN KEY ("connected_account_id") REFERENCES "public"."connected_accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "connected_accounts_workspace_idx" ON "connected_accounts" USING btree ("workspace_id","network");--> statement-breakpoint
CREATE UNIQUE INDEX "connected_accounts_remote_idx" ON "connected_accounts" USING btree ("workspace_id","network","remote_account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "publication_attempts_number_idx" ON "publication_attempts" USING btree ("publication_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "publications_idempotency_key_idx" ON "publications" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "publications_version_account_idx" ON "publications" USING btree ("post_version_id","connected_account_id");--> statement-breakpoint
CREATE INDEX "publications_due_idx" ON "publications" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "publications_workspace_idx" ON "publications" USING btree ("workspace_id","published_at");