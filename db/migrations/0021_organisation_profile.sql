CREATE TABLE "organisation_profile" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"website" text DEFAULT '' NOT NULL,
	"contact_line" text DEFAULT '' NOT NULL,
	"logo" "bytea",
	"logo_mime_type" text,
	"logo_width" integer,
	"logo_height" integer,
	"logo_updated_at" timestamp with time zone,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_profile_singleton" CHECK ("organisation_profile"."singleton"),
	CONSTRAINT "organisation_profile_logo_whole" CHECK (("organisation_profile"."logo" is null) = ("organisation_profile"."logo_mime_type" is null))
);
--> statement-breakpoint
ALTER TABLE "organisation_profile" ADD CONSTRAINT "organisation_profile_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;