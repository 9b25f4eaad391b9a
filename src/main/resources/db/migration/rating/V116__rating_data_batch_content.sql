-- What a department batch delivered, so that a batch key sent again can be told apart: the same content is a retry
-- (answered as already received), other content under a used key is refused as a conflict naming the earlier batch.
-- For a file its SHA-256; for values sent as JSON the SHA-256 of the values in order (BatchKeyReuse.fingerprint).
-- Batches from before this column keep it null for JSON: those are still answered as received, as they were.
alter table rating_data_batch add column content_sha256 char(64);
update rating_data_batch set content_sha256 = sha256 where source = 'FILE';
