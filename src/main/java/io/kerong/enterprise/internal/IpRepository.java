package io.kerong.enterprise.internal;

import io.kerong.enterprise.IpHoldings;
import io.kerong.enterprise.IpKind;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code enterprise_ip_holding} table. */
@Repository
class IpRepository {

    private final JdbcClient jdbc;

    IpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    IpHoldings of(long enterpriseId) {
        Map<IpKind, Integer> quantities = new EnumMap<>(IpKind.class);
        jdbc.sql("select ip_kind, quantity from enterprise_ip_holding where enterprise_id = ?").param(enterpriseId)
                .query(rs -> {
                    quantities.put(IpKind.valueOf(rs.getString("ip_kind")), rs.getInt("quantity"));
                });
        return new IpHoldings(quantities);
    }

    void replace(long enterpriseId, IpHoldings holdings) {
        jdbc.sql("delete from enterprise_ip_holding where enterprise_id = ?").param(enterpriseId).update();
        holdings.quantities().forEach((kind, quantity) -> jdbc.sql(
                        "insert into enterprise_ip_holding (enterprise_id, ip_kind, quantity) values (?, ?, ?)")
                .params(enterpriseId, kind.name(), quantity).update());
    }
}
