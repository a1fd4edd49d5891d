-- The variance report sums receipts and variances per order within one company, and picks a
-- company's orders by the date they were due.
create index purchase_order_company_expected_idx on purchase_order (company_id, expected_delivery_date);
create index goods_receipt_company_order_idx on goods_receipt (company_id, purchase_order_id);
create index purchase_variance_company_order_idx on purchase_variance (company_id, purchase_order_id, kind);
