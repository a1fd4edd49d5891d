-- Run once by the postgres image on first start (empty data volume), after POSTGRES_DB/POSTGRES_USER exist.
-- Second database for Camunda's RDBMS secondary storage, kept apart from the app's own "chancery" schema.
-- The owner needs DDL rights because Camunda creates its tables itself (Liquibase, auto-DDL on by default).
CREATE DATABASE camunda OWNER chancery ENCODING 'UTF8';
