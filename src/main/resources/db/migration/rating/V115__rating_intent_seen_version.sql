-- The report version a bank saw when it marked, or last changed, its credit intent (授信意向). A push lets banks see
-- an enterprise's ratings only while the enterprise is on the push list and its consent (the application) stands;
-- after that, a bank that marked an intent keeps, for its records, this version and the ones before it, nothing later.
alter table rating_credit_intent add column seen_rating_id bigint references rating_result (id);
alter table rating_credit_intent add column seen_at timestamptz;

-- Intents marked before this column existed: the newest rating of the enterprise stored by the time the intent was
-- last changed, or the one that put it on the list.
update rating_credit_intent i
set seen_at = i.updated_at,
    seen_rating_id = coalesce(
        (select r.id from rating_result r where r.enterprise_id = i.enterprise_id and r.rated_at <= i.updated_at
         order by r.id desc limit 1),
        (select p.rating_id from rating_push p where p.id = i.push_id));

alter table rating_credit_intent alter column seen_rating_id set not null;
alter table rating_credit_intent alter column seen_at set not null;
create index rating_credit_intent_seen on rating_credit_intent (enterprise_id, bank_id, seen_at desc);
