-- Indexes found with EXPLAIN (ANALYZE, BUFFERS) over 1 M documents and 200 k invoices in 50 companies
-- (src/test/resources/scale/seed.sql): each lets a report read only an index instead of one heap page
-- per row (a company's rows are spread over the table, as rows of many tenants written over time are).
-- Plain (non-partial) indexes so H2 accepts them too; widened ones are dropped and made again.

-- Outstanding balances (revenue, ageing): a company's issued invoices up to a day with the customer,
-- due date and total, so the balance per invoice comes from the index alone.
drop index invoice_company_issue_idx;
create index invoice_company_issue_idx on invoice (company_id, issue_date, status, customer_id, total, due_date, id);

-- Invoiced by service: the lines' service and net amount by invoice (the primary key has neither).
create index invoice_line_service_idx on invoice_line (invoice_id, service_id, net_amount);

-- Staff performance per person: completed in a range, late among them (due time), by whom.
drop index user_task_completed_idx;
create index user_task_completed_idx on user_task (company_id, completed_by, completed_at, state, due_at);
-- Cycle time per task type: the company's completed tasks in a range with their name and times.
create index user_task_cycle_idx on user_task (company_id, state, completed_at, name, created_at, completed_by);

-- Renewals recorded per person: a renewal is a document with a previous version.
drop index document_renewed_by_idx;
create index document_renewed_by_idx on document (company_id, created_by, created_at, previous_id);
