package io.kerong.enterprise.internal;

import io.kerong.enterprise.Qualification;
import io.kerong.enterprise.QualificationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code enterprise_qualification} table. */
@Repository
class QualificationRepository {

    private static final RowMapper<Qualification> ROWS = (rs, i) -> new Qualification(rs.getLong("id"),
            QualificationKind.valueOf(rs.getString("kind")), rs.getString("certificate_no"),
            rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class));

    private final JdbcClient jdbc;

    QualificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Latest validity first. */
    List<Qualification> of(long enterpriseId) {
        return jdbc.sql("""
                        select * from enterprise_qualification where enterprise_id = ?
                        order by valid_from desc, id desc""")
                .param(enterpriseId).query(ROWS).list();
    }

    Optional<Qualification> find(long enterpriseId, long id) {
        return jdbc.sql("select * from enterprise_qualification where enterprise_id = ? and id = ?")
                .params(enterpriseId, id).query(ROWS).optional();
    }

    Qualification add(long enterpriseId, Qualification q) {
        long id = jdbc.sql("""
                        insert into enterprise_qualification (enterprise_id, kind, certificate_no, valid_from,
                            valid_until)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(enterpriseId, q.kind().name(), q.certificateNo(), q.validFrom(), q.validUntil())
                .query(Long.class).single();
        return new Qualification(id, q.kind(), q.certificateNo(), q.validFrom(), q.validUntil());
    }

    void remove(long enterpriseId, long id) {
        jdbc.sql("delete from enterprise_qualification where enterprise_id = ? and id = ?").params(enterpriseId, id)
                .update();
    }
}
