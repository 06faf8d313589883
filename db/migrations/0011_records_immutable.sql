-- Evidence files are never changed or removed.
CREATE TRIGGER evidence_files_immutable BEFORE UPDATE OR DELETE ON evidence_files
  FOR EACH ROW EXECUTE FUNCTION published_is_immutable();
--> statement-breakpoint
-- 挂牌督办 is for major hazards only, and needs the five-part plan.
ALTER TABLE hazards ADD CONSTRAINT hazards_supervised_ck CHECK (
  NOT is_supervised OR (level = 'major' AND plan IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE accidents ADD CONSTRAINT accidents_counts_ck CHECK (deaths >= 0 AND serious_injuries >= 0 AND direct_loss >= 0);
