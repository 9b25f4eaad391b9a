package io.kerong.enterprise.internal;

import io.kerong.enterprise.EnterpriseCard;
import io.kerong.enterprise.IpHoldings;
import io.kerong.enterprise.IpKind;
import io.kerong.enterprise.QualificationKind;
import io.kerong.enterprise.RegistryFacts;
import io.kerong.enterprise.RegistryQueries;
import io.kerong.enterprise.YearlyFigures;
import io.kerong.shared.AdministrativeDivisions;
import io.kerong.shared.Division;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The registry facts in one statement per page: figures, IP and qualifications aggregated into arrays per enterprise. */
@Service
class JdbcRegistryQueries implements RegistryQueries {

    private static final String FACTS = """
            select e.id, e.uscc, e.employees, e.tech_staff, f.years, f.revenue, f.total_costs, f.rd_expense,
                   f.total_assets, f.total_liabilities, f.net_profit, f.tax_paid, f.high_tech_revenue,
                   ip.kinds as ip_kinds, ip.quantities as ip_quantities, q.kinds as qualifications
            from enterprise e
            left join lateral (
                select array_agg(y.fiscal_year order by y.fiscal_year) as years,
                       array_agg(y.revenue order by y.fiscal_year) as revenue,
                       array_agg(y.total_costs order by y.fiscal_year) as total_costs,
                       array_agg(y.rd_expense order by y.fiscal_year) as rd_expense,
                       array_agg(y.total_assets order by y.fiscal_year) as total_assets,
                       array_agg(y.total_liabilities order by y.fiscal_year) as total_liabilities,
                       array_agg(y.net_profit order by y.fiscal_year) as net_profit,
                       array_agg(y.tax_paid order by y.fiscal_year) as tax_paid,
                       array_agg(y.high_tech_revenue order by y.fiscal_year) as high_tech_revenue
                from (select * from enterprise_yearly_figures y0
                      where y0.enterprise_id = e.id and y0.fiscal_year < :year
                      order by y0.fiscal_year desc limit :years) y) f on true
            left join lateral (
                select array_agg(h.ip_kind) as kinds, array_agg(h.quantity) as quantities
                from enterprise_ip_holding h where h.enterprise_id = e.id) ip on true
            left join lateral (
                select array_agg(distinct q0.kind) as kinds from enterprise_qualification q0
                where q0.enterprise_id = e.id and q0.valid_from <= :asOf
                  and (q0.valid_until is null or q0.valid_until >= :asOf)) q on true
            """;

    private final JdbcClient jdbc;
    private final Enterprises enterprises;
    private final QualificationRepository qualifications;
    private final AdministrativeDivisions divisions;

    JdbcRegistryQueries(JdbcClient jdbc, Enterprises enterprises, QualificationRepository qualifications,
                        AdministrativeDivisions divisions) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.qualifications = qualifications;
        this.divisions = divisions;
    }

    @Override
    public Optional<RegistryFacts> facts(long enterpriseId, LocalDate asOf) {
        return jdbc.sql(FACTS + " where e.id = :id").param("id", enterpriseId).param("asOf", asOf)
                .param("year", asOf.getYear()).param("years", FISCAL_YEARS)
                .query((rs, i) -> read(rs)).optional();
    }

    @Override
    public Optional<EnterpriseCard> card(long enterpriseId) {
        return enterprises.find(enterpriseId).map(e -> new EnterpriseCard(e.id(), e.uscc(), e.name(),
                divisions.find(e.profile().divisionCode()).map(Division::fullName).orElse(e.profile().divisionCode()),
                e.profile().industrySection(), e.profile().foundedOn(), qualifications.of(e.id())));
    }

    @Override
    public List<RegistryFacts> factsPage(LocalDate asOf, long afterId, int limit) {
        return jdbc.sql(FACTS + " where e.id > :after order by e.id limit :limit").param("after", afterId)
                .param("limit", limit).param("asOf", asOf).param("year", asOf.getYear()).param("years", FISCAL_YEARS)
                .query((rs, i) -> read(rs)).list();
    }

    @Override
    public Map<String, Long> idsByUscc(Collection<String> usccs) {
        Map<String, Long> ids = new HashMap<>();
        if (usccs.isEmpty()) {
            return ids;
        }
        jdbc.sql("select uscc, id from enterprise where uscc = any(?)")
                .param(usccs.toArray(String[]::new))
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    @Override
    public Map<Long, String> names(Collection<Long> enterpriseIds) {
        Map<Long, String> names = new HashMap<>();
        if (enterpriseIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, name from enterprise where id = any(?)")
                .param(enterpriseIds.toArray(Long[]::new))
                .query(rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    private static RegistryFacts read(ResultSet rs) throws SQLException {
        return new RegistryFacts(rs.getLong("id"), rs.getString("uscc"), (Integer) rs.getObject("employees"),
                (Integer) rs.getObject("tech_staff"), figures(rs), ip(rs), qualifications(rs));
    }

    private static List<YearlyFigures> figures(ResultSet rs) throws SQLException {
        Integer[] years = array(rs.getArray("years"), Integer[].class);
        List<YearlyFigures> figures = new ArrayList<>();
        if (years == null) {
            return figures;
        }
        BigDecimal[][] columns = new BigDecimal[8][];
        String[] names = {"revenue", "total_costs", "rd_expense", "total_assets", "total_liabilities", "net_profit",
                "tax_paid", "high_tech_revenue"};
        for (int c = 0; c < names.length; c++) {
            columns[c] = array(rs.getArray(names[c]), BigDecimal[].class);
        }
        for (int y = 0; y < years.length; y++) {
            figures.add(new YearlyFigures(years[y], columns[0][y], columns[1][y], columns[2][y], columns[3][y],
                    columns[4][y], columns[5][y], columns[6][y], columns[7][y]));
        }
        return figures;
    }

    private static IpHoldings ip(ResultSet rs) throws SQLException {
        String[] kinds = array(rs.getArray("ip_kinds"), String[].class);
        Integer[] quantities = array(rs.getArray("ip_quantities"), Integer[].class);
        Map<IpKind, Integer> holdings = new EnumMap<>(IpKind.class);
        for (int i = 0; kinds != null && i < kinds.length; i++) {
            holdings.put(IpKind.valueOf(kinds[i]), quantities[i]);
        }
        return new IpHoldings(holdings);
    }

    private static Set<QualificationKind> qualifications(ResultSet rs) throws SQLException {
        String[] kinds = array(rs.getArray("qualifications"), String[].class);
        Set<QualificationKind> valid = EnumSet.noneOf(QualificationKind.class);
        for (int i = 0; kinds != null && i < kinds.length; i++) {
            valid.add(QualificationKind.valueOf(kinds[i]));
        }
        return valid;
    }

    private static <T> T array(Array array, Class<T> type) throws SQLException {
        return array == null ? null : type.cast(array.getArray());
    }
}
