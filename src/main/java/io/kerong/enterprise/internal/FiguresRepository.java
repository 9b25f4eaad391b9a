package io.kerong.enterprise.internal;

import io.kerong.enterprise.YearlyFigures;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code enterprise_yearly_figures} table. */
@Repository
class FiguresRepository {

    private static final RowMapper<YearlyFigures> ROWS = (rs, i) -> new YearlyFigures(rs.getInt("fiscal_year"),
            rs.getBigDecimal("revenue"), rs.getBigDecimal("total_costs"), rs.getBigDecimal("rd_expense"),
            rs.getBigDecimal("total_assets"), rs.getBigDecimal("total_liabilities"), rs.getBigDecimal("net_profit"),
            rs.getBigDecimal("tax_paid"), rs.getBigDecimal("high_tech_revenue"));

    private final JdbcClient jdbc;

    FiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest year first. */
    List<YearlyFigures> of(long enterpriseId) {
        return jdbc.sql("select * from enterprise_yearly_figures where enterprise_id = ? order by fiscal_year desc")
                .param(enterpriseId).query(ROWS).list();
    }

    Optional<YearlyFigures> find(long enterpriseId, int year) {
        return jdbc.sql("select * from enterprise_yearly_figures where enterprise_id = ? and fiscal_year = ?")
                .params(enterpriseId, year).query(ROWS).optional();
    }

    void save(long enterpriseId, YearlyFigures f) {
        jdbc.sql("""
                        insert into enterprise_yearly_figures (enterprise_id, fiscal_year, revenue, total_costs,
                            rd_expense, total_assets, total_liabilities, net_profit, tax_paid, high_tech_revenue)
                        values (:id, :fiscalYear, :revenue, :totalCosts, :rdExpense, :totalAssets,
                            :totalLiabilities, :netProfit, :taxPaid, :highTechRevenue)
                        on conflict (enterprise_id, fiscal_year) do update set revenue = excluded.revenue,
                            total_costs = excluded.total_costs, rd_expense = excluded.rd_expense,
                            total_assets = excluded.total_assets, total_liabilities = excluded.total_liabilities,
                            net_profit = excluded.net_profit, tax_paid = excluded.tax_paid,
                            high_tech_revenue = excluded.high_tech_revenue""")
                .paramSource(f).param("id", enterpriseId).update();
    }
}
