CREATE TYPE "public"."pledge_kind" AS ENUM('responsibility', 'commitment');--> statement-breakpoint
CREATE TYPE "public"."pledge_party" AS ENUM('a', 'b');--> statement-breakpoint
CREATE TYPE "public"."pledge_status" AS ENUM('pending', 'signed_b', 'signed_a', 'complete', 'superseded');--> statement-breakpoint
CREATE TABLE "pledge_signatures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pledge_signatures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"pledge_id" integer NOT NULL,
	"party" "pledge_party" NOT NULL,
	"signer_user_id" integer NOT NULL,
	"signer_person_id" integer,
	"signer_post" text,
	"content_hash" text NOT NULL,
	"method" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pledge_signatures_once_uq" UNIQUE("pledge_id","party")
);
--> statement-breakpoint
CREATE TABLE "pledges" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pledges_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"kind" "pledge_kind" NOT NULL,
	"level" integer NOT NULL,
	"party_a_id" integer NOT NULL,
	"party_b_id" integer NOT NULL,
	"unit_id" integer,
	"list_id" integer,
	"title" text NOT NULL,
	"targets" text,
	"content" text NOT NULL,
	"content_hash" text NOT NULL,
	"status" "pledge_status" DEFAULT 'pending' NOT NULL,
	"replaces_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pledge_signatures" ADD CONSTRAINT "pledge_signatures_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_signatures" ADD CONSTRAINT "pledge_signatures_signer_user_id_users_id_fk" FOREIGN KEY ("signer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_signatures" ADD CONSTRAINT "pledge_signatures_signer_person_id_people_id_fk" FOREIGN KEY ("signer_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_party_a_id_people_id_fk" FOREIGN KEY ("party_a_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_party_b_id_people_id_fk" FOREIGN KEY ("party_b_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_list_id_responsibility_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."responsibility_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pledge_signatures_pledge_idx" ON "pledge_signatures" USING btree ("pledge_id");--> statement-breakpoint
CREATE INDEX "pledge_signatures_signer_idx" ON "pledge_signatures" USING btree ("signer_user_id");--> statement-breakpoint
CREATE INDEX "pledge_signatures_person_idx" ON "pledge_signatures" USING btree ("signer_person_id");--> statement-breakpoint
CREATE INDEX "pledges_year_idx" ON "pledges" USING btree ("year");--> statement-breakpoint
CREATE INDEX "pledges_party_a_idx" ON "pledges" USING btree ("party_a_id");--> statement-breakpoint
CREATE INDEX "pledges_party_b_idx" ON "pledges" USING btree ("party_b_id");--> statement-breakpoint
CREATE INDEX "pledges_unit_idx" ON "pledges" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "pledges_list_idx" ON "pledges" USING btree ("list_id");--> statement-breakpoint
CREATE INDEX "pledges_status_idx" ON "pledges" USING btree ("status");