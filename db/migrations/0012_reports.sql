CREATE TYPE "public"."report_status" AS ENUM('draft', 'approved');--> statement-breakpoint
CREATE TABLE "reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"status" "report_status" DEFAULT 'draft' NOT NULL,
	"problems" text DEFAULT '' NOT NULL,
	"plans" text DEFAULT '' NOT NULL,
	"snapshot" jsonb,
	"snapshot_hash" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"approved_by" integer,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reports_one_draft_uq" ON "reports" USING btree ("year") WHERE status = 'draft';--> statement-breakpoint
CREATE INDEX "reports_year_idx" ON "reports" USING btree ("year");--> statement-breakpoint
CREATE INDEX "reports_created_by_idx" ON "reports" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "reports_approved_by_idx" ON "reports" USING btree ("approved_by");