-- The company's logo: a key in the public file area (random, never a file name). Null until one is uploaded.
alter table company add column logo_key varchar(100);
