-- The last MyInvois TIN validation of each customer: which TIN and ID were checked, against which
-- environment, when, and the answer. A changed TIN or ID makes the result stale (shown as such).
create table customer_tin_check (
    customer_id  bigint       primary key references customer (id),
    company_id   bigint       not null references company (id),
    tin          varchar(14)  not null,
    id_type      varchar(10)  not null,
    id_value     varchar(20)  not null,
    valid        boolean      not null,
    environment  varchar(20)  not null,
    checked_at   timestamp(6) with time zone not null
);
