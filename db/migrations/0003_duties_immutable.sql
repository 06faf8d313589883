-- A published version is immutable: corrections are new versions (DESIGN §4 rule 4).
CREATE OR REPLACE FUNCTION published_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is immutable once published', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER list_versions_immutable BEFORE UPDATE OR DELETE ON list_versions
  FOR EACH ROW EXECUTE FUNCTION published_is_immutable();
--> statement-breakpoint
CREATE TRIGGER list_version_items_immutable BEFORE UPDATE OR DELETE ON list_version_items
  FOR EACH ROW EXECUTE FUNCTION published_is_immutable();
--> statement-breakpoint
ALTER TABLE responsibility_lists ADD CONSTRAINT responsibility_lists_owner_ck CHECK (
  (owner_type = 'unit' AND post_id IS NULL AND leader_id IS NULL)
  OR (owner_type = 'post' AND post_id IS NOT NULL AND leader_id IS NULL)
  OR (owner_type = 'leader' AND leader_id IS NOT NULL AND post_id IS NULL)
);
