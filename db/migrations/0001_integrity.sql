-- The audit log is append-only: the database itself refuses to change or remove an entry.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64)) ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- 三权分立: an administrator role excludes every other role, granted or derived from the org.
CREATE OR REPLACE FUNCTION enforce_role_separation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  admin_roles text[] := ARRAY['system_admin', 'security_admin', 'audit_admin'];
  v_person integer;
BEGIN
  IF TG_TABLE_NAME = 'user_roles' THEN
    IF NEW.role::text = ANY(admin_roles) THEN
      IF EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = NEW.user_id AND r.id IS DISTINCT FROM NEW.id) THEN
        RAISE EXCEPTION 'role_separation: an administrator role cannot be combined with another role' USING ERRCODE = 'check_violation';
      END IF;
      SELECT person_id INTO v_person FROM users WHERE id = NEW.user_id;
      IF v_person IS NOT NULL AND (
        EXISTS (SELECT 1 FROM post_holdings h WHERE h.person_id = v_person AND (h.end_date IS NULL OR h.end_date >= current_date))
        OR EXISTS (SELECT 1 FROM committee_members m WHERE m.person_id = v_person AND m.is_active)
        OR EXISTS (SELECT 1 FROM supervisions s WHERE s.leader_id = v_person)
      ) THEN
        RAISE EXCEPTION 'role_separation: an administrator cannot hold a post, a committee seat or a supervision' USING ERRCODE = 'check_violation';
      END IF;
    ELSIF EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = NEW.user_id AND r.role::text = ANY(admin_roles) AND r.id IS DISTINCT FROM NEW.id) THEN
      RAISE EXCEPTION 'role_separation: an administrator role cannot be combined with another role' USING ERRCODE = 'check_violation';
    END IF;
  ELSIF TG_TABLE_NAME = 'users' THEN
    IF NEW.person_id IS NOT NULL AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = NEW.id AND r.role::text = ANY(admin_roles)) THEN
      RAISE EXCEPTION 'role_separation: an administrator account cannot be linked to a person in the org' USING ERRCODE = 'check_violation';
    END IF;
  ELSE
    -- post_holdings, committee_members (person_id) and supervisions (leader_id)
    IF TG_TABLE_NAME = 'supervisions' THEN v_person := NEW.leader_id; ELSE v_person := NEW.person_id; END IF;
    IF EXISTS (SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id
               WHERE u.person_id = v_person AND r.role::text = ANY(admin_roles)) THEN
      RAISE EXCEPTION 'role_separation: an administrator cannot hold a post, a committee seat or a supervision' USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER user_roles_separation BEFORE INSERT OR UPDATE ON user_roles FOR EACH ROW EXECUTE FUNCTION enforce_role_separation();
--> statement-breakpoint
CREATE TRIGGER users_separation BEFORE INSERT OR UPDATE OF person_id ON users FOR EACH ROW EXECUTE FUNCTION enforce_role_separation();
--> statement-breakpoint
CREATE TRIGGER post_holdings_separation BEFORE INSERT OR UPDATE ON post_holdings FOR EACH ROW EXECUTE FUNCTION enforce_role_separation();
--> statement-breakpoint
CREATE TRIGGER committee_members_separation BEFORE INSERT OR UPDATE ON committee_members FOR EACH ROW EXECUTE FUNCTION enforce_role_separation();
--> statement-breakpoint
CREATE TRIGGER supervisions_separation BEFORE INSERT OR UPDATE ON supervisions FOR EACH ROW EXECUTE FUNCTION enforce_role_separation();
--> statement-breakpoint
ALTER TABLE post_holdings ADD CONSTRAINT post_holdings_dates_ck CHECK (end_date IS NULL OR end_date >= start_date);
--> statement-breakpoint
ALTER TABLE units ADD CONSTRAINT units_not_own_parent_ck CHECK (parent_id IS NULL OR parent_id <> id);
