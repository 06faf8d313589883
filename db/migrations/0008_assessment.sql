CREATE TYPE "public"."assessment_status" AS ENUM('open', 'self_assessed', 'submitted', 'reviewed', 'decided', 'publicised', 'objection', 'final');--> statement-breakpoint
CREATE TYPE "public"."attachment_purpose" AS ENUM('self', 'review', 'bonus', 'veto', 'objection');--> statement-breakpoint
CREATE TYPE "public"."bonus_mode" AS ENUM('sum', 'highest');--> statement-breakpoint
CREATE TYPE "public"."indicator_direction" AS ENUM('higher_better', 'lower_better');--> statement-breakpoint
CREATE TYPE "public"."objection_status" AS ENUM('open', 'upheld', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."sanction_kind" AS ENUM('lose_honours', 'no_excellent', 'rectification', 'commendation');--> statement-breakpoint
CREATE TYPE "public"."sanction_status" AS ENUM('proposed', 'confirmed');--> statement-breakpoint
CREATE TYPE "public"."scheme_status" AS ENUM('draft', 'approved', 'published', 'locked');--> statement-breakpoint
CREATE TYPE "public"."veto_effect" AS ENUM('force_grade', 'zero_score', 'cap_grade');--> statement-breakpoint
CREATE TYPE "public"."veto_hit_status" AS ENUM('proposed', 'confirmed', 'dismissed');--> statement-breakpoint
CREATE TABLE "assessment_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assessment_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"assessment_id" integer NOT NULL,
	"step" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"actor_user_id" integer,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_reviewers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assessment_reviewers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"scheme_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_schemes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assessment_schemes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"status" "scheme_status" DEFAULT 'draft' NOT NULL,
	"total_points" numeric(6, 1) DEFAULT 100 NOT NULL,
	"bonus_cap" numeric(6, 1) DEFAULT 5 NOT NULL,
	"bonus_mode" "bonus_mode" DEFAULT 'sum' NOT NULL,
	"bonus_tiers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"grade_bands" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"publicity_days" integer DEFAULT 5 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"approved_by" integer,
	"approved_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"locked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assessments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"scheme_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"status" "assessment_status" DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"self_total" numeric(6, 1),
	"total" numeric(6, 1),
	"grade" text,
	"rank" integer,
	"is_vetoed" boolean DEFAULT false NOT NULL,
	"result" jsonb,
	"submitted_by" integer,
	"submitted_at" timestamp with time zone,
	"reviewed_by" integer,
	"reviewed_at" timestamp with time zone,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"publicised_until" date,
	"finalised_by" integer,
	"finalised_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attachments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"assessment_id" integer NOT NULL,
	"purpose" "attachment_purpose" NOT NULL,
	"item_id" integer,
	"ref_id" integer,
	"filename" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bonus_awards" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bonus_awards_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"assessment_id" integer NOT NULL,
	"tier_key" text NOT NULL,
	"reason" text NOT NULL,
	"awarded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicator_values_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"indicator_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"target" numeric(14, 2) NOT NULL,
	"actual" numeric(14, 2),
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicators_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"scheme_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"measure" text NOT NULL,
	"direction" "indicator_direction" DEFAULT 'higher_better' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "objections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"assessment_id" integer NOT NULL,
	"item_id" integer,
	"text" text NOT NULL,
	"status" "objection_status" DEFAULT 'open' NOT NULL,
	"filed_by" integer,
	"decision" text,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_scores" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "review_scores_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"assessment_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deduction" numeric(6, 1) DEFAULT 0 NOT NULL,
	"score" numeric(6, 1) NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"reviewer_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sanctions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sanctions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"assessment_id" integer NOT NULL,
	"kind" "sanction_kind" NOT NULL,
	"unit_id" integer,
	"person_id" integer,
	"status" "sanction_status" DEFAULT 'proposed' NOT NULL,
	"due_date" date,
	"note" text DEFAULT '' NOT NULL,
	"veto_hit_id" integer,
	"confirmed_by" integer,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sanctions_uq" UNIQUE NULLS NOT DISTINCT("assessment_id","kind","unit_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "scheme_categories" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scheme_categories_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"scheme_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"points" numeric(6, 1) NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheme_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scheme_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"scheme_id" integer NOT NULL,
	"category_id" integer NOT NULL,
	"code" text NOT NULL,
	"content" text NOT NULL,
	"max_points" numeric(6, 1) NOT NULL,
	"scoring_rule" text NOT NULL,
	"deduction_rules" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheme_veto_rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scheme_veto_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"scheme_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"basis" text NOT NULL,
	"effect" "veto_effect" DEFAULT 'force_grade' NOT NULL,
	"effect_grade" text,
	"consequences" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"applies_to" jsonb DEFAULT '{"groups":[],"kinds":[]}'::jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "self_scores" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "self_scores_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"assessment_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"score" numeric(6, 1) NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "veto_hits" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "veto_hits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"assessment_id" integer NOT NULL,
	"rule_id" integer NOT NULL,
	"basis" text NOT NULL,
	"status" "veto_hit_status" DEFAULT 'proposed' NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"source_ref" integer,
	"proposed_by" integer,
	"confirmed_by" integer,
	"confirmed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_events" ADD CONSTRAINT "assessment_events_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_events" ADD CONSTRAINT "assessment_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_reviewers" ADD CONSTRAINT "assessment_reviewers_scheme_id_assessment_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."assessment_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_reviewers" ADD CONSTRAINT "assessment_reviewers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_schemes" ADD CONSTRAINT "assessment_schemes_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_scheme_id_assessment_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."assessment_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_finalised_by_users_id_fk" FOREIGN KEY ("finalised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_item_id_scheme_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."scheme_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bonus_awards" ADD CONSTRAINT "bonus_awards_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bonus_awards" ADD CONSTRAINT "bonus_awards_awarded_by_users_id_fk" FOREIGN KEY ("awarded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_scheme_id_assessment_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."assessment_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_item_id_scheme_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."scheme_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_scores" ADD CONSTRAINT "review_scores_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_scores" ADD CONSTRAINT "review_scores_item_id_scheme_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."scheme_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_scores" ADD CONSTRAINT "review_scores_reviewer_user_id_users_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_veto_hit_id_veto_hits_id_fk" FOREIGN KEY ("veto_hit_id") REFERENCES "public"."veto_hits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheme_categories" ADD CONSTRAINT "scheme_categories_scheme_id_assessment_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."assessment_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheme_items" ADD CONSTRAINT "scheme_items_scheme_id_assessment_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."assessment_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheme_items" ADD CONSTRAINT "scheme_items_category_id_scheme_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."scheme_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheme_veto_rules" ADD CONSTRAINT "scheme_veto_rules_scheme_id_assessment_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."assessment_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_scores" ADD CONSTRAINT "self_scores_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_scores" ADD CONSTRAINT "self_scores_item_id_scheme_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."scheme_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_scores" ADD CONSTRAINT "self_scores_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "veto_hits" ADD CONSTRAINT "veto_hits_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "veto_hits" ADD CONSTRAINT "veto_hits_rule_id_scheme_veto_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."scheme_veto_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "veto_hits" ADD CONSTRAINT "veto_hits_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "veto_hits" ADD CONSTRAINT "veto_hits_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_events_assessment_idx" ON "assessment_events" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "assessment_events_actor_idx" ON "assessment_events" USING btree ("actor_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_reviewers_uq" ON "assessment_reviewers" USING btree ("scheme_id","person_id");--> statement-breakpoint
CREATE INDEX "assessment_reviewers_person_idx" ON "assessment_reviewers" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_schemes_year_uq" ON "assessment_schemes" USING btree ("year");--> statement-breakpoint
CREATE INDEX "assessment_schemes_approved_by_idx" ON "assessment_schemes" USING btree ("approved_by");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_uq" ON "assessments" USING btree ("scheme_id","unit_id");--> statement-breakpoint
CREATE INDEX "assessments_unit_idx" ON "assessments" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "assessments_status_idx" ON "assessments" USING btree ("status");--> statement-breakpoint
CREATE INDEX "assessments_submitted_by_idx" ON "assessments" USING btree ("submitted_by");--> statement-breakpoint
CREATE INDEX "assessments_reviewed_by_idx" ON "assessments" USING btree ("reviewed_by");--> statement-breakpoint
CREATE INDEX "assessments_decided_by_idx" ON "assessments" USING btree ("decided_by");--> statement-breakpoint
CREATE INDEX "assessments_finalised_by_idx" ON "assessments" USING btree ("finalised_by");--> statement-breakpoint
CREATE INDEX "attachments_assessment_idx" ON "attachments" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "attachments_item_idx" ON "attachments" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "attachments_uploaded_by_idx" ON "attachments" USING btree ("uploaded_by");--> statement-breakpoint
CREATE INDEX "bonus_awards_assessment_idx" ON "bonus_awards" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "bonus_awards_by_idx" ON "bonus_awards" USING btree ("awarded_by");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_values_uq" ON "indicator_values" USING btree ("indicator_id","unit_id");--> statement-breakpoint
CREATE INDEX "indicator_values_unit_idx" ON "indicator_values" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "indicator_values_updated_by_idx" ON "indicator_values" USING btree ("updated_by");--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_code_uq" ON "indicators" USING btree ("scheme_id","code");--> statement-breakpoint
CREATE INDEX "indicators_scheme_idx" ON "indicators" USING btree ("scheme_id");--> statement-breakpoint
CREATE INDEX "objections_assessment_idx" ON "objections" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "objections_item_idx" ON "objections" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "objections_filed_by_idx" ON "objections" USING btree ("filed_by");--> statement-breakpoint
CREATE INDEX "objections_decided_by_idx" ON "objections" USING btree ("decided_by");--> statement-breakpoint
CREATE UNIQUE INDEX "review_scores_uq" ON "review_scores" USING btree ("assessment_id","item_id");--> statement-breakpoint
CREATE INDEX "review_scores_item_idx" ON "review_scores" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "review_scores_reviewer_idx" ON "review_scores" USING btree ("reviewer_user_id");--> statement-breakpoint
CREATE INDEX "sanctions_year_idx" ON "sanctions" USING btree ("year");--> statement-breakpoint
CREATE INDEX "sanctions_unit_idx" ON "sanctions" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "sanctions_person_idx" ON "sanctions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "sanctions_veto_hit_idx" ON "sanctions" USING btree ("veto_hit_id");--> statement-breakpoint
CREATE INDEX "sanctions_confirmed_by_idx" ON "sanctions" USING btree ("confirmed_by");--> statement-breakpoint
CREATE UNIQUE INDEX "scheme_categories_code_uq" ON "scheme_categories" USING btree ("scheme_id","code");--> statement-breakpoint
CREATE INDEX "scheme_categories_scheme_idx" ON "scheme_categories" USING btree ("scheme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scheme_items_code_uq" ON "scheme_items" USING btree ("scheme_id","code");--> statement-breakpoint
CREATE INDEX "scheme_items_scheme_idx" ON "scheme_items" USING btree ("scheme_id");--> statement-breakpoint
CREATE INDEX "scheme_items_category_idx" ON "scheme_items" USING btree ("category_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scheme_veto_rules_code_uq" ON "scheme_veto_rules" USING btree ("scheme_id","code");--> statement-breakpoint
CREATE INDEX "scheme_veto_rules_scheme_idx" ON "scheme_veto_rules" USING btree ("scheme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "self_scores_uq" ON "self_scores" USING btree ("assessment_id","item_id");--> statement-breakpoint
CREATE INDEX "self_scores_item_idx" ON "self_scores" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "self_scores_updated_by_idx" ON "self_scores" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "veto_hits_assessment_idx" ON "veto_hits" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "veto_hits_rule_idx" ON "veto_hits" USING btree ("rule_id");--> statement-breakpoint
CREATE INDEX "veto_hits_proposed_by_idx" ON "veto_hits" USING btree ("proposed_by");--> statement-breakpoint
CREATE INDEX "veto_hits_confirmed_by_idx" ON "veto_hits" USING btree ("confirmed_by");