-- Embedded mode: how far the record handlers (task table, monitor read model) have followed the
-- engine's log, per engine run. The embedded engine keeps its log on disk and replays it after a
-- restart, so the export continues after the last record whose handlers committed: written in the
-- same transaction as their changes, a record is handled exactly once, crash or not.
create table engine_export (
    engine_run      varchar(40) primary key,
    record_position bigint      not null,
    updated_at      timestamp(6) with time zone not null
);
