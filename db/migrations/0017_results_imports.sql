CREATE TABLE "follower_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"connected_account_id" uuid NOT NULL,
	"network" text NOT NULL,
	"day" date NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"followers" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "imported_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"network" text NOT NULL,
	"post_key" text NOT NULL,
	"external_id" text,
	"url" text,
	"published_at" timestamp with time zone NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"post_version_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "results_import_mappings" (
	"workspace_id" uuid NOT NULL,
	"source" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "results_import_mappings_workspace_id_source_pk" PRIMARY KEY("workspace_id","source")
);
--> statement-breakpoint
ALTER TABLE "post_metric_snapshots" ALTER COLUMN "post_version_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "import_key" text;--> statement-breakpoint
ALTER TABLE "post_metric_snapshots" ADD COLUMN "imported_post_id" uuid;--> statement-breakpoint
ALTER TABLE "post_metric_snapshots" ADD COLUMN "import_key" text;--> statement-breakpoint
ALTER TABLE "follower_snapshots" ADD CONSTRAINT "follower_snapshots_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follower_snapshots" ADD CONSTRAINT "follower_snapshots_connected_account_id_connected_accounts_id_fk" FOREIGN KEY ("connected_account_id") REFERENCES "public"."connected_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_posts" ADD CONSTRAINT "imported_posts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_posts" ADD CONSTRAINT "imported_posts_post_version_id_post_versions_id_fk" FOREIGN KEY ("post_version_id") REFERENCES "public"."post_versions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_import_mappings" ADD CONSTRAINT "results_import_mappings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "follower_snapshots_account_day_idx" ON "follower_snapshots" USING btree ("connected_account_id","day");--> statement-breakpoint
CREATE INDEX "follower_snapshots_workspace_day_idx" ON "follower_snapshots" USING btree ("workspace_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "imported_posts_key_idx" ON "imported_posts" USING btree ("workspace_id","post_key");--> statement-breakpoint
CREATE INDEX "imported_posts_published_idx" ON "imported_posts" USING btree ("workspace_id","published_at");--> statement-breakpoint
ALTER TABLE "post_metric_snapshots" ADD CONSTRAINT "post_metric_snapshots_imported_post_id_imported_posts_id_fk" FOREIGN KEY ("imported_post_id") REFERENCES "public"."imported_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outcomes_import_key_idx" ON "outcomes" USING btree ("workspace_id","import_key");--> statement-breakpoint
CREATE INDEX "post_metric_snapshots_imported_idx" ON "post_metric_snapshots" USING btree ("workspace_id","imported_post_id","taken_at");--> statement-breakpoint
CREATE UNIQUE INDEX "post_metric_snapshots_import_key_idx" ON "post_metric_snapshots" USING btree ("workspace_id","import_key");--> statement-breakpoint
ALTER TABLE "post_metric_snapshots" ADD CONSTRAINT "post_metric_snapshots_one_target" CHECK (("post_metric_snapshots"."post_version_id" is null) <> ("post_metric_snapshots"."imported_post_id" is null));