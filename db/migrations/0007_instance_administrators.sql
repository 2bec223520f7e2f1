CREATE TABLE "instance_administrators" (
	"user_id" text PRIMARY KEY NOT NULL,
	"is_founder" boolean DEFAULT false NOT NULL,
	"granted_by" text,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "instance_administrators" ADD CONSTRAINT "instance_administrators_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instance_administrators" ADD CONSTRAINT "instance_administrators_granted_by_user_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "instance_administrators_one_founder" ON "instance_administrators" USING btree ("is_founder") WHERE is_founder;--> statement-breakpoint
-- An instance that existed before administrators: its first account becomes the administrator.
INSERT INTO "instance_administrators" ("user_id", "is_founder") SELECT "id", true FROM "user" ORDER BY "created_at", "id" LIMIT 1;
