-- H2's counterpart of db/vendor/postgresql/V61: UPDATE and DELETE on the audit log fail (H2 has no
-- PL/pgSQL, so the trigger is a Java class). H2 fires no trigger on TRUNCATE.
create trigger audit_entry_no_update before update on audit_entry
    for each row call 'io.chancery.audit.internal.AppendOnlyH2Trigger';

create trigger audit_entry_no_delete before delete on audit_entry
    for each row call 'io.chancery.audit.internal.AppendOnlyH2Trigger';
