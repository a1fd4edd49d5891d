-- The billing invoice a closed rental became: one per rental (the primary key), so a repeated close
-- or a redelivered close job cannot make a second one.
create table rental_invoice (
    rental_id   bigint not null primary key references rental (id),
    company_id  bigint not null references company (id),
    invoice_id  bigint not null unique references invoice (id),
    created_at  timestamp(6) with time zone not null
);
