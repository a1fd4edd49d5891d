-- Indexes for the revenue report, "invoices issued" in staff performance and billing's list exports,
-- sized for a few hundred thousand invoices per database. Plain (non-partial) indexes so H2 accepts them.

-- Invoiced in a range (and the invoices export by issue date): a company's invoices by issue date,
-- with the columns the sums read, so PostgreSQL can answer from the index alone.
create index invoice_company_issue_idx on invoice (company_id, issue_date, status, customer_id, total);
-- Collected in a range (and the payments export); a payment's invoice with its date for balances on a day.
create index payment_company_paid_idx on payment (company_id, paid_on, invoice_id, amount);
create index payment_invoice_paid_idx on payment (invoice_id, paid_on, amount);
-- Quotes sent in a range (conversion), and the quotes export by creation time.
create index quote_company_sent_idx on quote (company_id, sent_at, status);
create index quote_company_created_idx on quote (company_id, created_at);
-- Approvals (time to approval) and issues per person (staff performance) from billing's audit.
create index billing_audit_transition_idx on billing_audit (company_id, document_kind, to_status, at, actor);
-- The expenses export by recording time.
create index expense_company_recorded_idx on expense (company_id, recorded_at);
