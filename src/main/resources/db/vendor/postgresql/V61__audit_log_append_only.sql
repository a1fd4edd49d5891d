-- The audit log cannot be changed or emptied through SQL: only the owner altering or dropping the
-- trigger could, and that is itself a schema change (visible in Flyway's history when done by migration).
-- PostgreSQL's PL/pgSQL (H2's Java trigger is db/vendor/h2/V61); spring.flyway.locations adds db/vendor/{vendor}.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
