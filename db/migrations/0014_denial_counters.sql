CREATE TABLE "denial_counters" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "denial_counters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"client" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"audited_count" integer DEFAULT 0 NOT NULL,
	"action" text NOT NULL,
	"user_agent" text,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "denial_counters_client_window_uq" ON "denial_counters" USING btree ("client","window_start");--> statement-breakpoint
CREATE INDEX "denial_counters_window_idx" ON "denial_counters" USING btree ("window_start");