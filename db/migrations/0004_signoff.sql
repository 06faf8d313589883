CREATE TYPE "public"."list_step" AS ENUM('submit', 'review', 'confirm', 'approve', 'publish', 'return');--> statement-breakpoint
CREATE TYPE "public"."signature_role" AS ENUM('confirm', 'approve');--> statement-breakpoint
CREATE TABLE "list_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "list_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"list_id" integer NOT NULL,
	"step" "list_step" NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"actor_user_id" integer,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "list_signatures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "list_signatures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"list_id" integer NOT NULL,
	"role" "signature_role" NOT NULL,
	"signer_user_id" integer NOT NULL,
	"signer_person_id" integer,
	"signer_post" text,
	"content" text NOT NULL,
	"content_hash" text NOT NULL,
	"method" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "list_signatures_once_uq" UNIQUE("list_id","role","signer_user_id","content_hash")
);
--> statement-breakpoint
ALTER TABLE "list_events" ADD CONSTRAINT "list_events_list_id_responsibility_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."responsibility_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_events" ADD CONSTRAINT "list_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_signatures" ADD CONSTRAINT "list_signatures_list_id_responsibility_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."responsibility_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_signatures" ADD CONSTRAINT "list_signatures_signer_user_id_users_id_fk" FOREIGN KEY ("signer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_signatures" ADD CONSTRAINT "list_signatures_signer_person_id_people_id_fk" FOREIGN KEY ("signer_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "list_events_list_idx" ON "list_events" USING btree ("list_id");--> statement-breakpoint
CREATE INDEX "list_events_actor_idx" ON "list_events" USING btree ("actor_user_id");--> statement-breakpoint
CREATE INDEX "list_signatures_list_idx" ON "list_signatures" USING btree ("list_id");--> statement-breakpoint
CREATE INDEX "list_signatures_signer_idx" ON "list_signatures" USING btree ("signer_user_id");--> statement-breakpoint
CREATE INDEX "list_signatures_person_idx" ON "list_signatures" USING btree ("signer_person_id");