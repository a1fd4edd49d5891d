-- The reporting scale set: 50 companies with 1 000 000 documents and 200 000 invoices (with lines,
-- payments and billing's audit), and tasks, quotes, rentals, process instances and purchase orders
-- in proportion. For a scratch PostgreSQL database that has the Flyway migrations applied, e.g.
--
--   createdb -h 127.0.0.1 -U postgres report_scale
--   for f in $(ls src/main/resources/db/migration | sort -t_ -k1.2 -n); do
--     psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres report_scale -f src/main/resources/db/migration/$f; done
--   psql -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres report_scale -f src/test/resources/scale/seed.sql
--
-- Days are relative to current_date, so the reports' default range (the last twelve months) sees
-- the data. Run it once per database: numbers and e-mail addresses would collide a second time.
-- Company "Scale 1" has users u1-c1@scale.test … u10-c1@scale.test (ids in scale_company).

\timing on

insert into company (name, country, currency, time_zone, created_at)
select 'Scale ' || n, 'AE', 'AED', 'Asia/Dubai', now() - interval '3 years' from generate_series(1, 50) n;

create table scale_company as
select cast(substring(name from 7) as int) as n, id from company where name like 'Scale %';

insert into app_user (company_id, email, full_name, password_hash, enabled, locked, created_at)
select s.id, 'u' || k || '-c' || s.n || '@scale.test', 'User ' || k || ' of ' || s.n, 'seeded', true, false, now()
from scale_company s, generate_series(1, 10) k;

insert into customer (company_id, kind, name, email, preferred_language, archived, created_at, updated_at, version)
select s.id, 'ORGANISATION', 'Customer ' || s.n || '-' || k, 'c' || k || '-c' || s.n || '@scale.test', 'en', false,
       now() - (k % 900) * interval '1 day', now(), 0
from scale_company s, generate_series(1, 400) k;

-- customer k of a company, k = 1 .. 400 (kept, like scale_company, for queries over the set)
create table scale_customer as
select id, company_id, row_number() over (partition by company_id order by id) as k from customer
where company_id in (select id from scale_company);
create index on scale_customer (company_id, k);

insert into document_type (company_id, code, name, expires, expiring_window_days, created_at)
select s.id, t.code, t.name, true, t.days, now()
from scale_company s, (values ('PASSPORT', 'Passport', 30), ('VISA', 'Residence visa', 60)) t(code, name, days)
on conflict (company_id, code) do nothing;

-- 20 000 documents per company: expiries from a year ago to two years ahead, every 10th superseded
-- (history), the one after it its renewal, every 17th current one in renewal, every 3rd a visa.
insert into document (company_id, type_id, customer_id, number, active_number, issuing_country, issue_date, expiry_date,
    expiring_from, renewal_started_at, superseded_at, created_at, created_by, updated_at, version)
select s.id, case when g % 3 = 0 then v.id else p.id end, c.id, 'D' || g, case when g % 10 = 0 then null else 'D' || g end,
       'AE', current_date - 3000 + g % 1000, current_date - 365 + (g * 7) % 1095,
       current_date - 365 + (g * 7) % 1095 - case when g % 3 = 0 then 60 else 30 end,
       case when g % 17 = 0 and g % 10 <> 0 then now() - (g % 60) * interval '1 day' end,
       case when g % 10 = 0 then now() - interval '730 days' + (g % 700) * interval '1 day' + interval '30 days' end,
       now() - interval '730 days' + (g % 700) * interval '1 day', 'u' || (g % 10 + 1) || '-c' || s.n || '@scale.test', now(), 0
from scale_company s
join document_type p on p.company_id = s.id and p.code = 'PASSPORT'
join document_type v on v.company_id = s.id and v.code = 'VISA'
cross join generate_series(1, 20000) g
join scale_customer c on c.company_id = s.id and c.k = g % 400 + 1
order by s.id, g;

-- a renewal points at the version it replaced (ids follow the insert's order)
update document d set previous_id = d.id - 1
from document p
where p.id = d.id - 1 and p.company_id = d.company_id and p.superseded_at is not null
  and d.company_id in (select id from scale_company);

-- 4 000 invoices per company over two years: every 20th a draft, every 25th cancelled, two thirds
-- of the rest paid in full, the others sent (half of those paid in part).
insert into invoice (company_id, customer_id, number, status, currency, issue_date, due_date, payment_terms_days, subtotal,
    discount_total, tax_total, total, amount_paid, review_required, source, created_by, created_at, updated_at, version)
select s.id, c.id, case when g % 20 = 0 then null else 'INV-' || g end,
       x.status, 'AED', case when x.status <> 'DRAFT' then current_date - g % 730 end,
       case when x.status <> 'DRAFT' then current_date - g % 730 + 30 end, 30,
       100 + g % 1000, 0, (100 + g % 1000) * 0.05, (100 + g % 1000) * 1.05,
       case x.status when 'PAID' then (100 + g % 1000) * 1.05 when 'SENT' then
         case when g % 2 = 0 then (100 + g % 1000) * 0.5 else 0 end else 0 end,
       false, 'MANUAL', 'u' || (g % 10 + 1) || '-c' || s.n || '@scale.test', now() - (g % 730) * interval '1 day', now(), 0
from scale_company s
cross join generate_series(1, 4000) g
cross join lateral (select case when g % 20 = 0 then 'DRAFT' when g % 25 = 0 then 'CANCELLED'
                                when g % 3 = 0 then 'SENT' else 'PAID' end as status) x
join scale_customer c on c.company_id = s.id and c.k = g % 400 + 1;

insert into invoice_line (invoice_id, position, description, quantity, unit_price, tax_rate, net_amount, line_discount, tax_amount)
select i.id, l, 'Service ' || l, 1, i.subtotal / 2, 5, i.subtotal / 2, 0, i.tax_total / 2
from invoice i cross join generate_series(1, 2) l
where i.company_id in (select id from scale_company);

insert into payment (company_id, invoice_id, amount, paid_on, method, reference, recorded_by, recorded_at)
select i.company_id, i.id, i.amount_paid, i.issue_date + cast(i.id % 40 as int), 'BANK', 'P-' || i.id, i.created_by, now()
from invoice i
where i.company_id in (select id from scale_company) and i.amount_paid > 0;

insert into billing_audit (company_id, document_kind, document_id, from_status, to_status, actor, at)
select i.company_id, 'INVOICE', i.id, 'DRAFT', 'SENT', i.created_by, i.issue_date + interval '9 hours'
from invoice i
where i.company_id in (select id from scale_company) and i.status <> 'DRAFT';

-- 1 000 quotes per company, sent over two years; the approved ones with their audit entry
insert into quote (company_id, customer_id, number, revision, status, currency, valid_until, subtotal, discount_total,
    tax_total, total, sent_by, sent_at, created_by, created_at, updated_at, version)
select s.id, c.id, 'Q-' || g, 1, case g % 5 when 0 then 'REJECTED' when 1 then 'EXPIRED' when 2 then 'SENT' else 'APPROVED' end,
       'AED', current_date - g % 730 + 30, 1000, 0, 50, 1050, 'u1-c' || s.n || '@scale.test',
       now() - (g % 730) * interval '1 day', 'u1-c' || s.n || '@scale.test', now() - (g % 730) * interval '1 day', now(), 0
from scale_company s cross join generate_series(1, 1000) g
join scale_customer c on c.company_id = s.id and c.k = g % 400 + 1;

insert into billing_audit (company_id, document_kind, document_id, from_status, to_status, actor, at)
select q.company_id, 'QUOTE', q.id, 'SENT', 'APPROVED', 'Customer', q.sent_at + (q.id % 10) * interval '1 day'
from quote q where q.company_id in (select id from scale_company) and q.status = 'APPROVED';

-- 4 000 tasks per company over a year: nine in ten completed within three days, the rest open
insert into user_task (company_id, engine_run, engine_key, process_instance_key, bpmn_process_id, element_id, name,
    assignee, due_at, variables, state, created_at, completed_at, completed_by, version)
select s.id, 'scale', s.n * 100000 + g, g, 'scale-process', 'task-' || g % 5, 'Task type ' || g % 5,
       'u' || (g % 10 + 1) || '-c' || s.n || '@scale.test',
       now() - (g % 365) * interval '1 day' + interval '48 hours', '{}',
       case when g % 10 = 0 then 'OPEN' else 'COMPLETED' end, now() - (g % 365) * interval '1 day',
       case when g % 10 <> 0 then now() - (g % 365) * interval '1 day' + (g % 72) * interval '1 hour' end,
       case when g % 10 <> 0 then 'u' || (g % 10 + 1) || '-c' || s.n || '@scale.test' end, 0
from scale_company s cross join generate_series(1, 4000) g;

-- 1 000 process instances per company over a year, every 50th with an open incident
insert into process_instance (engine_run, process_instance_key, process_definition_key, bpmn_process_id, version,
    company_id, state, incident, started_at, ended_at)
select 'scale', s.n * 100000 + g, 1, 'process-' || g % 4, 1, s.id,
       case when g % 50 = 0 or g % 7 = 0 then 'ACTIVE' when g % 13 = 0 then 'TERMINATED' else 'COMPLETED' end,
       g % 50 = 0, now() - (g % 365) * interval '1 day',
       case when g % 50 <> 0 and g % 7 <> 0 then now() - (g % 365) * interval '1 day' + interval '1 hour' end
from scale_company s cross join generate_series(1, 1000) g;

insert into incident (engine_run, incident_key, process_instance_key, element_instance_key, element_id, error_type, state, created_at)
select 'scale', p.process_instance_key, p.process_instance_key, p.process_instance_key, 'task', 'JOB_NO_RETRIES', 'ACTIVE', p.started_at
from process_instance p where p.engine_run = 'scale' and p.incident;

-- 100 items per company in four categories; 500 one-week rentals, five per item, 72 days apart;
-- those still out past their due date are overdue, with a late fee per overdue day
insert into equipment (company_id, category, serial_number, description, daily_rate, deposit, item_condition, status,
    created_at, updated_at, version)
select s.id, 'Category ' || k % 4, 'SN-' || k, 'Item ' || k, 50 + k % 50, 500, 'GOOD', 'AVAILABLE', now(), now(), 0
from scale_company s cross join generate_series(1, 100) k;

insert into rental (company_id, number, customer_id, start_date, due_date, status, checked_out_at, returned_at, created_at,
    updated_at, version)
select s.id, 'R-' || r, c.id, current_date - 300 + (r / 100) * 72 + r % 7, current_date - 300 + (r / 100) * 72 + r % 7 + 6,
       case when current_date - 300 + (r / 100) * 72 + r % 7 + 6 < current_date - 20 then 'RETURNED' else 'RENTED' end,
       now(), null, now(), now(), 0
from scale_company s cross join generate_series(0, 499) r
join scale_customer c on c.company_id = s.id and c.k = r % 400 + 1;

insert into rental_item (company_id, rental_id, equipment_id, daily_rate, deposit)
select r.company_id, r.id, e.id, e.daily_rate, e.deposit
from rental r join equipment e on e.company_id = r.company_id
  and e.serial_number = 'SN-' || (cast(substring(r.number from 3) as int) % 100 + 1)
where r.company_id in (select id from scale_company);

insert into equipment_booking (equipment_id, booked_on, company_id, rental_id)
select i.equipment_id, r.start_date + d, r.company_id, r.id
from rental r join rental_item i on i.rental_id = r.id cross join generate_series(0, 6) d
where r.company_id in (select id from scale_company);

insert into rental_late_fee (company_id, rental_item_id, overdue_day, amount, daily_fee, grace_days, charged_at)
select r.company_id, i.id, d, i.daily_rate, i.daily_rate, 0, r.due_date + d
from rental r join rental_item i on i.rental_id = r.id
cross join lateral generate_series(1, least(30, current_date - r.due_date)) d
where r.company_id in (select id from scale_company) and r.status = 'RENTED' and r.due_date < current_date;

-- 20 suppliers and 200 sent orders per company; four in five received, most on time
insert into supplier (company_id, name, payment_terms_days, created_at, updated_at, version)
select s.id, 'Supplier ' || s.n || '-' || k, 30, now(), now(), 0 from scale_company s cross join generate_series(1, 20) k;

insert into purchase_order (company_id, supplier_id, number, status, currency, expected_delivery_date, subtotal, tax_total,
    total, created_by, created_at, sent_at, updated_at, version)
select s.id, p.id, 'PO-' || g, 'SENT', 'AED', current_date - g % 365, 1000, 50, 1050, 'u1-c' || s.n || '@scale.test',
       now() - (g % 365 + 20) * interval '1 day', now() - (g % 365 + 19) * interval '1 day', now(), 0
from scale_company s cross join generate_series(1, 200) g
join supplier p on p.company_id = s.id and p.name = 'Supplier ' || s.n || '-' || (g % 20 + 1);

insert into goods_receipt (company_id, purchase_order_id, received_on, received_by, created_at, final_delivery)
select o.company_id, o.id, o.expected_delivery_date + cast(o.id % 5 as int) - 3, o.created_by, now(), true
from purchase_order o where o.company_id in (select id from scale_company) and o.id % 5 <> 0;

analyze;
