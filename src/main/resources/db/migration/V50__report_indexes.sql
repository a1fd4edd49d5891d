-- Indexes for the reporting module's aggregate queries, sized for a million documents and a few
-- hundred thousand tasks per database. Plain (non-partial) indexes so H2 accepts them too.

-- Document health: every status count reads only these columns of a company's current documents,
-- so PostgreSQL can answer from the index alone (index-only scan) instead of the wide table.
create index document_report_idx on document (company_id, superseded_at, type_id, customer_id, expiry_date,
    expiring_from, renewal_started_at, created_at);
-- Renewals recorded per staff member in a date range.
create index document_renewed_by_idx on document (company_id, created_by, created_at);

-- Staff performance: tasks completed per person in a range, and open tasks per assignee past due.
create index user_task_completed_idx on user_task (company_id, completed_by, completed_at);
create index user_task_assignee_due_idx on user_task (company_id, assignee, state, due_at);

-- Rentals: late fees charged in a range; rentals overdue now; the rentals list by start date.
create index rental_late_fee_company_charged_idx on rental_late_fee (company_id, charged_at);
create index rental_company_due_idx on rental (company_id, status, due_date);
create index rental_company_start_idx on rental (company_id, start_date);

-- Lists exported by creation date.
create index purchase_order_company_created_idx on purchase_order (company_id, created_at);
create index customer_company_created_idx on customer (company_id, created_at);

-- Process health: instances started in a range.
create index process_instance_company_started_idx on process_instance (company_id, started_at);
