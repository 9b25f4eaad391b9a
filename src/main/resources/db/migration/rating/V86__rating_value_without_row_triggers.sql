-- rating_indicator_value is the largest table of the platform (about a hundred values per enterprise and period) and
-- receives department batches of millions of rows. Its two foreign keys cost one trigger query per written row, which
-- made them the larger part of a batch's merge, for no protection in practice: the import writes only enterprise ids
-- it has just resolved from the registry (enterprises are never deleted) and the id of the batch row it inserted in
-- the same transaction. The revision table, written rarely, keeps its keys.
alter table rating_indicator_value drop constraint rating_indicator_value_enterprise_id_fkey;
alter table rating_indicator_value drop constraint rating_indicator_value_batch_id_fkey;
