-- Failed logins per email (existing account or not, so that a lock tells nobody whether the account exists).
-- A row goes when the login succeeds, or when it is older than chancery.login-lockout.forget-after.
create table login_failure (
    email           varchar(254) not null primary key,
    failures        integer not null,
    last_failure_at timestamp(6) with time zone not null,
    locked_until    timestamp(6) with time zone
);
