-- A receipt marked final: the supplier sends nothing more, so shortfalls are judged at once.
alter table goods_receipt add column final_delivery boolean default false not null;
