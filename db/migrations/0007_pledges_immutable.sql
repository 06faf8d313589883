-- A pledge signature is evidence: never changed or removed.
CREATE TRIGGER pledge_signatures_immutable BEFORE UPDATE OR DELETE ON pledge_signatures
  FOR EACH ROW EXECUTE FUNCTION published_is_immutable();
