-- MyInvois buyer identity and structured address of a customer (all optional: only e-invoicing needs them)
alter table customer add column tin varchar(14);
alter table customer add column id_type varchar(10);
alter table customer add column id_value varchar(20);
alter table customer add column sst_number varchar(35);
alter table customer add column address_line1 varchar(150);
alter table customer add column address_line2 varchar(150);
alter table customer add column address_city varchar(50);
alter table customer add column address_postcode varchar(20);
alter table customer add column address_state_code varchar(2);
alter table customer add column address_country_code varchar(3);
