-- Notices and e-mail of any module, not only expiry escalations: identified by a caller-given key
-- (unique per recipient), so that a repeated call adds nothing.
alter table notification alter column document_id drop not null;
alter table notification alter column escalation_id drop not null;
alter table notification alter column level drop not null;
alter table notification add column notice_key varchar(200);
alter table notification add constraint notification_key_recipient_uk unique (notice_key, recipient_user_id);

alter table email_outbox alter column escalation_id drop not null;
alter table email_outbox add column mail_key varchar(200);
-- attachments are rendered when the e-mail is sent, by the named source (a PDF is never stored)
alter table email_outbox add column attachment_source varchar(100);
alter table email_outbox add column attachment_ref bigint;
alter table email_outbox add constraint email_outbox_key_recipient_uk unique (mail_key, recipient);
