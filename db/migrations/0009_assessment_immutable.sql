-- Finalised results are immutable (DESIGN §4 rule 4): a final assessment changes only by a reopen
-- (back to 'reviewed', which the application allows to the committee office with a reason), and
-- nothing under it — scores, bonuses, veto hits, objections — changes while it is final.
CREATE OR REPLACE FUNCTION assessment_final_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'assessments are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.status = 'final' AND NEW.status <> 'reviewed' THEN
    RAISE EXCEPTION 'a final assessment is immutable; reopen it first' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER assessments_final_immutable BEFORE UPDATE OR DELETE ON assessments
  FOR EACH ROW EXECUTE FUNCTION assessment_final_is_immutable();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION assessment_child_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  aid integer;
BEGIN
  IF TG_OP = 'DELETE' THEN aid := OLD.assessment_id; ELSE aid := NEW.assessment_id; END IF;
  IF EXISTS (SELECT 1 FROM assessments a WHERE a.id = aid AND a.status = 'final') THEN
    RAISE EXCEPTION '% of a final assessment is immutable', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER self_scores_frozen BEFORE INSERT OR UPDATE OR DELETE ON self_scores
  FOR EACH ROW EXECUTE FUNCTION assessment_child_frozen();
--> statement-breakpoint
CREATE TRIGGER review_scores_frozen BEFORE INSERT OR UPDATE OR DELETE ON review_scores
  FOR EACH ROW EXECUTE FUNCTION assessment_child_frozen();
--> statement-breakpoint
CREATE TRIGGER bonus_awards_frozen BEFORE INSERT OR UPDATE OR DELETE ON bonus_awards
  FOR EACH ROW EXECUTE FUNCTION assessment_child_frozen();
--> statement-breakpoint
CREATE TRIGGER veto_hits_frozen BEFORE INSERT OR UPDATE OR DELETE ON veto_hits
  FOR EACH ROW EXECUTE FUNCTION assessment_child_frozen();
--> statement-breakpoint
CREATE TRIGGER objections_frozen BEFORE INSERT OR UPDATE OR DELETE ON objections
  FOR EACH ROW EXECUTE FUNCTION assessment_child_frozen();
--> statement-breakpoint
-- Evidence files are never changed or removed.
CREATE TRIGGER attachments_immutable BEFORE UPDATE OR DELETE ON attachments
  FOR EACH ROW EXECUTE FUNCTION published_is_immutable();
--> statement-breakpoint
-- A locked scheme (its year finalised) no longer changes.
CREATE OR REPLACE FUNCTION scheme_locked_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sid integer;
BEGIN
  IF TG_OP = 'DELETE' THEN sid := OLD.scheme_id; ELSE sid := NEW.scheme_id; END IF;
  IF EXISTS (SELECT 1 FROM assessment_schemes s WHERE s.id = sid AND s.status = 'locked') THEN
    RAISE EXCEPTION '% of a locked scheme is immutable', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER scheme_categories_locked BEFORE INSERT OR UPDATE OR DELETE ON scheme_categories
  FOR EACH ROW EXECUTE FUNCTION scheme_locked_is_immutable();
--> statement-breakpoint
CREATE TRIGGER scheme_items_locked BEFORE INSERT OR UPDATE OR DELETE ON scheme_items
  FOR EACH ROW EXECUTE FUNCTION scheme_locked_is_immutable();
--> statement-breakpoint
CREATE TRIGGER scheme_veto_rules_locked BEFORE INSERT OR UPDATE OR DELETE ON scheme_veto_rules
  FOR EACH ROW EXECUTE FUNCTION scheme_locked_is_immutable();
--> statement-breakpoint
CREATE TRIGGER indicators_locked BEFORE INSERT OR UPDATE OR DELETE ON indicators
  FOR EACH ROW EXECUTE FUNCTION scheme_locked_is_immutable();
