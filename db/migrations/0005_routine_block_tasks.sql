ALTER TABLE "routine_blocks" ADD COLUMN "title" text;--> statement-breakpoint
ALTER TABLE "routine_blocks" ADD COLUMN "description" text;