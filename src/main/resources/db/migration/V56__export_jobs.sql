-- Background exports (reporting): each job's state, progress and the storage key of its finished file
-- (in the private area), so a restart neither loses a finished export nor leaves an interrupted one
-- looking busy. A running job's process touches heartbeat_at every few seconds; a RUNNING job whose
-- heartbeat has stopped was interrupted and is shown as failed, to be retried.
create table export_job (
    id           uuid         not null primary key,
    company_id   bigint       not null references company (id),
    user_id      bigint       not null references app_user (id),
    list_name    varchar(40)  not null,
    range_from   date,
    range_to     date,
    status       varchar(20)  not null,
    rows_written bigint       not null,
    file_key     varchar(200),
    file_size    bigint,
    error        varchar(500),
    started_at   timestamp(6) with time zone not null,
    heartbeat_at timestamp(6) with time zone not null,
    finished_at  timestamp(6) with time zone
);
-- a person's exports, newest first; the sweeps for stopped heartbeats and for expired files
create index export_job_owner_idx on export_job (company_id, user_id, started_at);
create index export_job_status_idx on export_job (status, heartbeat_at);
create index export_job_finished_idx on export_job (finished_at);
