-- The MyInvois tax type each tax rate is reported as (01 sales tax, 02 service tax, E exempt, ...):
-- e-invoices take it from here instead of assuming service tax. Malaysian companies' shipped rates get
-- theirs; other rates have none (and a Malaysian e-invoice line using one fails the checks, by field).
alter table tax_rate add column einvoice_tax_type varchar(2);
update tax_rate set einvoice_tax_type = '02'
 where code in ('SST6', 'SST8') and company_id in (select id from company where country = 'MY');
update tax_rate set einvoice_tax_type = '01'
 where code = 'SALES10' and company_id in (select id from company where country = 'MY');
update tax_rate set einvoice_tax_type = 'E'
 where code = 'EXEMPT' and company_id in (select id from company where country = 'MY');
