CREATE TYPE "public"."accident_domain" AS ENUM('internal', 'supervised');--> statement-breakpoint
CREATE TYPE "public"."accident_level" AS ENUM('general', 'larger', 'major', 'especially_major');--> statement-breakpoint
CREATE TYPE "public"."accountability_form" AS ENUM('notice', 'admonition', 'suspension', 'reassignment', 'ordered_resignation', 'demotion', 'dismissal', 'sanction');--> statement-breakpoint
CREATE TYPE "public"."accountability_leniency" AS ENUM('none', 'lighter', 'heavier', 'exempt');--> statement-breakpoint
CREATE TYPE "public"."accountability_situation" AS ENUM('duty_not_fulfilled', 'obstruction', 'reporting_failure', 'accident_leadership', 'other');--> statement-breakpoint
CREATE TYPE "public"."accountability_trigger" AS ENUM('accident', 'hazard', 'inspection');--> statement-breakpoint
CREATE TYPE "public"."hazard_level" AS ENUM('general', 'major');--> statement-breakpoint
CREATE TYPE "public"."hazard_status" AS ENUM('open', 'rectifying', 'awaiting_acceptance', 'closed');--> statement-breakpoint
CREATE TYPE "public"."proposal_status" AS ENUM('proposed', 'accepted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."record_kind" AS ENUM('meeting', 'inspection', 'training', 'drill', 'hazard_check', 'report');--> statement-breakpoint
CREATE TYPE "public"."record_role" AS ENUM('lead', 'participant');--> statement-breakpoint
CREATE TABLE "accidents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "accidents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"domain" "accident_domain" NOT NULL,
	"unit_id" integer NOT NULL,
	"deaths" integer DEFAULT 0 NOT NULL,
	"serious_injuries" integer DEFAULT 0 NOT NULL,
	"direct_loss" numeric(12, 2) DEFAULT 0 NOT NULL,
	"level" "accident_level" NOT NULL,
	"reports" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_late" boolean DEFAULT false NOT NULL,
	"is_omitted" boolean DEFAULT false NOT NULL,
	"is_false" boolean DEFAULT false NOT NULL,
	"is_concealed" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accountability_cases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "accountability_cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"unit_id" integer,
	"trigger_kind" "accountability_trigger" NOT NULL,
	"accident_id" integer,
	"hazard_id" integer,
	"record_id" integer,
	"situation" "accountability_situation" NOT NULL,
	"form" "accountability_form" NOT NULL,
	"leniency" "accountability_leniency" DEFAULT 'none' NOT NULL,
	"leniency_reason" text DEFAULT '' NOT NULL,
	"summary" text NOT NULL,
	"decided_by" text NOT NULL,
	"decided_on" date NOT NULL,
	"restricted_until" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deduction_proposals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deduction_proposals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"assessment_id" integer NOT NULL,
	"scheme_item_id" integer NOT NULL,
	"rule_key" text NOT NULL,
	"source_type" text NOT NULL,
	"source_id" integer NOT NULL,
	"reason" text NOT NULL,
	"status" "proposal_status" DEFAULT 'proposed' NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duty_statements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "duty_statements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"year" integer NOT NULL,
	"body" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evidence_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"owner_type" text NOT NULL,
	"owner_id" integer NOT NULL,
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
CREATE TABLE "hazard_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hazard_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"hazard_id" integer NOT NULL,
	"step" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"actor_user_id" integer,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hazards" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hazards_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"unit_id" integer NOT NULL,
	"level" "hazard_level" NOT NULL,
	"found_on" date NOT NULL,
	"record_id" integer,
	"deadline" date NOT NULL,
	"owner_person_id" integer,
	"status" "hazard_status" DEFAULT 'open' NOT NULL,
	"is_supervised" boolean DEFAULT false NOT NULL,
	"supervising_leader_id" integer,
	"plan" jsonb,
	"rectified_on" date,
	"accepted_by" integer,
	"closed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_duty_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "record_duty_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"record_id" integer NOT NULL,
	"list_id" integer NOT NULL,
	"item_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_people" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "record_people_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"record_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"role" "record_role" DEFAULT 'participant' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_scheme_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "record_scheme_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"record_id" integer NOT NULL,
	"scheme_item_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_units" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "record_units_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"record_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_records" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "work_records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "record_kind" NOT NULL,
	"title" text NOT NULL,
	"occurred_on" date NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"unit_id" integer NOT NULL,
	"recorded_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accidents" ADD CONSTRAINT "accidents_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accidents" ADD CONSTRAINT "accidents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_cases" ADD CONSTRAINT "accountability_cases_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_cases" ADD CONSTRAINT "accountability_cases_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_cases" ADD CONSTRAINT "accountability_cases_accident_id_accidents_id_fk" FOREIGN KEY ("accident_id") REFERENCES "public"."accidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_cases" ADD CONSTRAINT "accountability_cases_hazard_id_hazards_id_fk" FOREIGN KEY ("hazard_id") REFERENCES "public"."hazards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_cases" ADD CONSTRAINT "accountability_cases_record_id_work_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."work_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_cases" ADD CONSTRAINT "accountability_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deduction_proposals" ADD CONSTRAINT "deduction_proposals_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deduction_proposals" ADD CONSTRAINT "deduction_proposals_scheme_item_id_scheme_items_id_fk" FOREIGN KEY ("scheme_item_id") REFERENCES "public"."scheme_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deduction_proposals" ADD CONSTRAINT "deduction_proposals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_statements" ADD CONSTRAINT "duty_statements_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_statements" ADD CONSTRAINT "duty_statements_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_events" ADD CONSTRAINT "hazard_events_hazard_id_hazards_id_fk" FOREIGN KEY ("hazard_id") REFERENCES "public"."hazards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_events" ADD CONSTRAINT "hazard_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazards" ADD CONSTRAINT "hazards_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazards" ADD CONSTRAINT "hazards_record_id_work_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."work_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazards" ADD CONSTRAINT "hazards_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazards" ADD CONSTRAINT "hazards_supervising_leader_id_people_id_fk" FOREIGN KEY ("supervising_leader_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazards" ADD CONSTRAINT "hazards_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazards" ADD CONSTRAINT "hazards_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_duty_items" ADD CONSTRAINT "record_duty_items_record_id_work_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."work_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_duty_items" ADD CONSTRAINT "record_duty_items_list_id_responsibility_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."responsibility_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_people" ADD CONSTRAINT "record_people_record_id_work_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."work_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_people" ADD CONSTRAINT "record_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_scheme_items" ADD CONSTRAINT "record_scheme_items_record_id_work_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."work_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_scheme_items" ADD CONSTRAINT "record_scheme_items_scheme_item_id_scheme_items_id_fk" FOREIGN KEY ("scheme_item_id") REFERENCES "public"."scheme_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_units" ADD CONSTRAINT "record_units_record_id_work_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."work_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_units" ADD CONSTRAINT "record_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_records" ADD CONSTRAINT "work_records_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_records" ADD CONSTRAINT "work_records_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accidents_unit_idx" ON "accidents" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "accidents_occurred_idx" ON "accidents" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "accidents_created_by_idx" ON "accidents" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "accountability_cases_person_idx" ON "accountability_cases" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "accountability_cases_unit_idx" ON "accountability_cases" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "accountability_cases_accident_idx" ON "accountability_cases" USING btree ("accident_id");--> statement-breakpoint
CREATE INDEX "accountability_cases_hazard_idx" ON "accountability_cases" USING btree ("hazard_id");--> statement-breakpoint
CREATE INDEX "accountability_cases_record_idx" ON "accountability_cases" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "accountability_cases_decided_idx" ON "accountability_cases" USING btree ("decided_on");--> statement-breakpoint
CREATE INDEX "accountability_cases_created_by_idx" ON "accountability_cases" USING btree ("created_by");--> statement-breakpoint
CREATE UNIQUE INDEX "deduction_proposals_uq" ON "deduction_proposals" USING btree ("assessment_id","source_type","source_id","scheme_item_id");--> statement-breakpoint
CREATE INDEX "deduction_proposals_item_idx" ON "deduction_proposals" USING btree ("scheme_item_id");--> statement-breakpoint
CREATE INDEX "deduction_proposals_decided_by_idx" ON "deduction_proposals" USING btree ("decided_by");--> statement-breakpoint
CREATE UNIQUE INDEX "duty_statements_uq" ON "duty_statements" USING btree ("person_id","year");--> statement-breakpoint
CREATE INDEX "duty_statements_updated_by_idx" ON "duty_statements" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "evidence_files_owner_idx" ON "evidence_files" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE INDEX "evidence_files_uploaded_by_idx" ON "evidence_files" USING btree ("uploaded_by");--> statement-breakpoint
CREATE INDEX "hazard_events_hazard_idx" ON "hazard_events" USING btree ("hazard_id");--> statement-breakpoint
CREATE INDEX "hazard_events_actor_idx" ON "hazard_events" USING btree ("actor_user_id");--> statement-breakpoint
CREATE INDEX "hazards_unit_idx" ON "hazards" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "hazards_status_idx" ON "hazards" USING btree ("status");--> statement-breakpoint
CREATE INDEX "hazards_deadline_idx" ON "hazards" USING btree ("deadline");--> statement-breakpoint
CREATE INDEX "hazards_record_idx" ON "hazards" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "hazards_owner_idx" ON "hazards" USING btree ("owner_person_id");--> statement-breakpoint
CREATE INDEX "hazards_leader_idx" ON "hazards" USING btree ("supervising_leader_id");--> statement-breakpoint
CREATE INDEX "hazards_accepted_by_idx" ON "hazards" USING btree ("accepted_by");--> statement-breakpoint
CREATE INDEX "hazards_created_by_idx" ON "hazards" USING btree ("created_by");--> statement-breakpoint
CREATE UNIQUE INDEX "record_duty_items_uq" ON "record_duty_items" USING btree ("record_id","list_id","item_key");--> statement-breakpoint
CREATE INDEX "record_duty_items_list_idx" ON "record_duty_items" USING btree ("list_id","item_key");--> statement-breakpoint
CREATE UNIQUE INDEX "record_people_uq" ON "record_people" USING btree ("record_id","person_id");--> statement-breakpoint
CREATE INDEX "record_people_person_idx" ON "record_people" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "record_scheme_items_uq" ON "record_scheme_items" USING btree ("record_id","scheme_item_id");--> statement-breakpoint
CREATE INDEX "record_scheme_items_item_idx" ON "record_scheme_items" USING btree ("scheme_item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "record_units_uq" ON "record_units" USING btree ("record_id","unit_id");--> statement-breakpoint
CREATE INDEX "record_units_unit_idx" ON "record_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "work_records_unit_idx" ON "work_records" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "work_records_date_idx" ON "work_records" USING btree ("occurred_on");--> statement-breakpoint
CREATE INDEX "work_records_kind_idx" ON "work_records" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "work_records_recorded_by_idx" ON "work_records" USING btree ("recorded_by");