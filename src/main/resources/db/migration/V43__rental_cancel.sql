-- A reservation cancelled before check-out: when and by whom (its bookings are deleted).
alter table rental add column cancelled_at timestamp(6) with time zone;
alter table rental add column cancelled_by varchar(254);
