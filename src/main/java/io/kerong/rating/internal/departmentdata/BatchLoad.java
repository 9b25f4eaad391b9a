package io.kerong.rating.internal.departmentdata;

import io.kerong.enterprise.RegistryQueries;
import io.kerong.rating.Department;
import io.kerong.rating.Indicator;
import io.kerong.shared.Violation;
import io.kerong.shared.tabular.CsvLine;
import io.kerong.shared.tabular.ViolationSpool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Loads one batch into the staging tables of the current transaction and runs every check: each row as it streams
 * in, then repeats and unknown credit codes in SQL when a cheaper test in Java cannot rule them out. Problems go to
 * the batch's {@link ViolationSpool}.
 */
final class BatchLoad {

    private final DataSource dataSource;
    private final StagedValues staged;
    private final RegistryQueries registry;

    BatchLoad(DataSource dataSource, JdbcTemplate streaming, RegistryQueries registry) {
        this.dataSource = dataSource;
        this.staged = new StagedValues(streaming);
        this.registry = registry;
    }

    StagedValues staged() {
        return staged;
    }

    /** What was staged: how many data rows were read, and the indicator codes of the staged ones. */
    record Loaded(int rows, Set<String> indicators) {
    }

    /** Stages and checks the rows. */
    Loaded load(BatchRows rows, Map<String, Indicator> catalog, Department department, LocalDate today,
             ViolationSpool errors, StepTimes times) {
        staged.create();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        RowCheck check = new RowCheck(catalog, department, today);
        int[] count = {0};
        RowCheck.Fields[] fields = {RowCheck.Fields.JSON};
        boolean allKnown;
        try {
            Writer copy = StagedValues.copy(connection);
            try (copy) {
                RowCheck.Staging line = RowCheck.Staging.csv(new CsvLine(copy));
                List<Violation> found = new ArrayList<>();
                rows.feed((row, uscc, code, period, value, f) -> {
                    count[0]++;
                    fields[0] = f;
                    try {
                        check.accept(row, uscc, code, period, value, f, found, line);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    errors.addAll(found);
                    found.clear();
                }, errors::add);
            }
            times.mark("stage");
            allKnown = staged.resolveEnterprises(connection, registry::idsByUscc);
            times.mark("resolve");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not stage the batch", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        staged.check(fields[0], check.mayRepeatKeys(), !allKnown, errors::add);
        times.mark("check");
        if (count[0] == 0 && errors.count() == 0) {
            errors.add(Violation.of("values", "ratingdata.batch.empty"));
        }
        return new Loaded(count[0], check.indicators());
    }
}
