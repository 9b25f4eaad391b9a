package io.kerong.access;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The financing push as the matrix needs it: the first enterprise applied to the community, was endorsed, rated B and
 * pushed, and the first bank holds a credit intent on it. The rating has one empty input per indicator of model
 * version 1, as stored ratings do, so that its report can be explained.
 */
final class PushAccessFixtures {

    private PushAccessFixtures() {
    }

    static void create(JdbcClient jdbc, AccessFixtures f) {
        long enterprise = f.enterprises.get("enterprise");
        long application = jdbc.sql("""
                        insert into rating_push_application (enterprise_id, enterprise_org_id, community_id, project,
                            amount, purpose, channel, consented_at, submitted_at, submitted_by, decision, decided_at,
                            decided_by)
                        values (?, ?, ?, '矩阵测试项目', 1000000, '研发', 'ENTERPRISE', now(), now(), 'm-enterprise',
                            'ENDORSED', now(), 'm-community') returning id""")
                .params(enterprise, f.org("enterprise"), f.org("community")).query(Long.class).single();
        long rating = jdbc.sql("""
                        insert into rating_result (enterprise_id, model_version, as_of, rated_at, trigger, total_score,
                            grade, credit_min, credit_max, completeness, dimension_scores, inputs, inputs_hash)
                        select ?, 1, current_date, now(), 'ON_DEMAND', 70, 'B', 3000000, 5000000, 1, '{0,0,0,0}',
                            repeat(chr(30), n - 1), decode('00', 'hex')
                        from (select jsonb_array_length(definition -> 'indicators') as n
                              from rating_model where version = 1) model returning id""")
                .param(enterprise).query(Long.class).single();
        jdbc.sql("""
                        insert into rating_latest (enterprise_id, rating_id, grade, total_score, model_version, as_of,
                            rated_at, inputs_hash)
                        values (?, ?, 'B', 70, 1, current_date, now(), decode('00', 'hex'))""").params(enterprise, rating).update();
        long push = jdbc.sql("""
                        insert into rating_push (application_id, enterprise_id, pushed_at, rating_id, grade,
                            total_score, model_version)
                        values (?, ?, now(), ?, 'B', 70, 1) returning id""")
                .params(application, enterprise, rating).query(Long.class).single();
        long intent = jdbc.sql("""
                        insert into rating_credit_intent (push_id, enterprise_id, bank_id, amount, created_at,
                            created_by, updated_at, updated_by, seen_rating_id, seen_at)
                        values (?, ?, ?, 2000000, now(), 'm-bank', now(), 'm-bank', ?, now()) returning id""")
                .params(push, enterprise, f.org("bank"), rating).query(Long.class).single();
        f.records.put("pushApplication", application);
        f.records.put("creditIntent", intent);
    }
}
