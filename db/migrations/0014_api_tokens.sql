CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"hint" text NOT NULL,
	"workspace_ids" uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "utm_source" text;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "utm_medium" text;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "utm_campaign" text;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "utm_content" text;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outcomes_workspace_external_id_idx" ON "outcomes" USING btree ("workspace_id","external_id") WHERE "outcomes"."external_id" is not null;