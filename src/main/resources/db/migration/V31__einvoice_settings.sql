-- A company's MyInvois identity, API client and signing certificate. The client secret, the .p12 file
-- and its password are stored encrypted (AES-GCM, key chancery.secrets.key); the certificate's
-- subject, issuer, serial and validity are kept in clear so they can be shown and warned about.
create table einvoice_settings (
    company_id               bigint       primary key references company (id),
    tin                      varchar(14),
    id_type                  varchar(10),
    id_value                 varchar(20),
    sst_number               varchar(35),
    tourism_tax_number       varchar(17),
    msic_code                varchar(5),
    business_activity        varchar(300),
    address_line1            varchar(150),
    address_line2            varchar(150),
    address_city             varchar(50),
    address_postcode         varchar(20),
    address_state_code       varchar(2),
    address_country_code     varchar(3),
    phone                    varchar(20),
    email                    varchar(320),
    client_id                varchar(100),
    client_secret_enc        bytea,
    environment              varchar(20)  not null,
    on_behalf_of_tin         varchar(14),
    certificate_enc          bytea,
    certificate_password_enc bytea,
    certificate_subject      varchar(1000),
    certificate_issuer       varchar(1000),
    certificate_serial       varchar(100),
    certificate_not_before   timestamp(6) with time zone,
    certificate_not_after    timestamp(6) with time zone,
    updated_at               timestamp(6) with time zone not null,
    version                  bigint       not null
);
