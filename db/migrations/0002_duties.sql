CREATE TYPE "public"."cadence" AS ENUM('once', 'monthly', 'quarterly', 'yearly', 'on_event');--> statement-breakpoint
CREATE TYPE "public"."duty_category" AS ENUM('leadership', 'implementation', 'supervision', 'hazard', 'training', 'emergency', 'accident', 'investment', 'internal');--> statement-breakpoint
CREATE TYPE "public"."duty_kind" AS ENUM('business', 'safety');--> statement-breakpoint
CREATE TYPE "public"."list_owner_type" AS ENUM('unit', 'post', 'leader');--> statement-breakpoint
CREATE TYPE "public"."list_status" AS ENUM('draft', 'submitted', 'reviewed', 'confirmed', 'approved', 'published', 'archived');--> statement-breakpoint
CREATE TYPE "public"."responsibility_type" AS ENUM('first', 'leadership', 'direct', 'post');--> statement-breakpoint
CREATE TYPE "public"."template_key" AS ENUM('director', 'party_secretary', 'deputy_safety', 'deputy_other', 'chief_engineer', 'head_general', 'head_regulatory', 'head_technical', 'head_branch', 'unit', 'staff');--> statement-breakpoint
CREATE TABLE "duty_templates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "duty_templates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"template_key" "template_key" NOT NULL,
	"ref" text NOT NULL,
	"paired_ref" text,
	"text" text NOT NULL,
	"category" "duty_category" NOT NULL,
	"kind" "duty_kind" NOT NULL,
	"responsibility_type" "responsibility_type" NOT NULL,
	"legal_basis" text,
	"scope" text,
	"standard" text,
	"cadence" "cadence" DEFAULT 'yearly' NOT NULL,
	"evidence_required" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duty_templates_ref_uq" UNIQUE("template_key","ref")
);
--> statement-breakpoint
CREATE TABLE "list_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "list_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"list_id" integer NOT NULL,
	"item_key" text NOT NULL,
	"paired_key" text,
	"supervised_unit_id" integer,
	"text" text NOT NULL,
	"category" "duty_category" NOT NULL,
	"kind" "duty_kind" NOT NULL,
	"responsibility_type" "responsibility_type" NOT NULL,
	"legal_basis" text,
	"scope" text,
	"standard" text,
	"cadence" "cadence" DEFAULT 'yearly' NOT NULL,
	"evidence_required" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "list_version_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "list_version_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version_id" integer NOT NULL,
	"item_key" text NOT NULL,
	"paired_key" text,
	"supervised_unit_id" integer,
	"text" text NOT NULL,
	"category" "duty_category" NOT NULL,
	"kind" "duty_kind" NOT NULL,
	"responsibility_type" "responsibility_type" NOT NULL,
	"legal_basis" text,
	"scope" text,
	"standard" text,
	"cadence" "cadence" DEFAULT 'yearly' NOT NULL,
	"evidence_required" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "list_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "list_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"list_id" integer NOT NULL,
	"version_no" integer NOT NULL,
	"content_hash" text NOT NULL,
	"item_count" integer NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "list_versions_no_uq" UNIQUE("list_id","version_no")
);
--> statement-breakpoint
CREATE TABLE "responsibility_lists" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "responsibility_lists_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"owner_type" "list_owner_type" NOT NULL,
	"unit_id" integer NOT NULL,
	"post_id" integer,
	"leader_id" integer,
	"status" "list_status" DEFAULT 'draft' NOT NULL,
	"published_version_no" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "responsibility_lists_owner_uq" UNIQUE NULLS NOT DISTINCT("year","owner_type","unit_id","post_id","leader_id")
);
--> statement-breakpoint
ALTER TABLE "list_items" ADD CONSTRAINT "list_items_list_id_responsibility_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."responsibility_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_items" ADD CONSTRAINT "list_items_supervised_unit_id_units_id_fk" FOREIGN KEY ("supervised_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_version_items" ADD CONSTRAINT "list_version_items_version_id_list_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."list_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_version_items" ADD CONSTRAINT "list_version_items_supervised_unit_id_units_id_fk" FOREIGN KEY ("supervised_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_versions" ADD CONSTRAINT "list_versions_list_id_responsibility_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."responsibility_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_versions" ADD CONSTRAINT "list_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_lists" ADD CONSTRAINT "responsibility_lists_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_lists" ADD CONSTRAINT "responsibility_lists_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_lists" ADD CONSTRAINT "responsibility_lists_leader_id_people_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "duty_templates_key_idx" ON "duty_templates" USING btree ("template_key");--> statement-breakpoint
CREATE INDEX "list_items_list_idx" ON "list_items" USING btree ("list_id");--> statement-breakpoint
CREATE UNIQUE INDEX "list_items_key_uq" ON "list_items" USING btree ("list_id","item_key");--> statement-breakpoint
CREATE INDEX "list_items_supervised_unit_idx" ON "list_items" USING btree ("supervised_unit_id");--> statement-breakpoint
CREATE INDEX "list_version_items_version_idx" ON "list_version_items" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "list_version_items_key_idx" ON "list_version_items" USING btree ("item_key");--> statement-breakpoint
CREATE INDEX "list_version_items_category_idx" ON "list_version_items" USING btree ("category");--> statement-breakpoint
CREATE INDEX "list_version_items_supervised_unit_idx" ON "list_version_items" USING btree ("supervised_unit_id");--> statement-breakpoint
CREATE INDEX "list_versions_list_idx" ON "list_versions" USING btree ("list_id");--> statement-breakpoint
CREATE INDEX "list_versions_published_by_idx" ON "list_versions" USING btree ("published_by");--> statement-breakpoint
CREATE INDEX "list_versions_published_at_idx" ON "list_versions" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "responsibility_lists_year_idx" ON "responsibility_lists" USING btree ("year");--> statement-breakpoint
CREATE INDEX "responsibility_lists_unit_idx" ON "responsibility_lists" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "responsibility_lists_post_idx" ON "responsibility_lists" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "responsibility_lists_leader_idx" ON "responsibility_lists" USING btree ("leader_id");--> statement-breakpoint
CREATE INDEX "responsibility_lists_status_idx" ON "responsibility_lists" USING btree ("status");