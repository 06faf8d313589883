-- A signature is evidence: it can never be changed or removed.
CREATE TRIGGER list_signatures_immutable BEFORE UPDATE OR DELETE ON list_signatures
  FOR EACH ROW EXECUTE FUNCTION published_is_immutable();
--> statement-breakpoint
CREATE TRIGGER list_events_immutable BEFORE UPDATE OR DELETE ON list_events
  FOR EACH ROW EXECUTE FUNCTION published_is_immutable();
