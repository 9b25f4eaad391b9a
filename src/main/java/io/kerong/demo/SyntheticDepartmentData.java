package io.kerong.demo;

import io.kerong.demo.internal.DemoDepartmentValues;
import io.kerong.rating.Department;
import io.kerong.rating.RatingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Synthetic department data (合成部门数据) for benchmarks: for each generated enterprise, the values every delivering
 * department of the model would send, in the long format the departments deliver (统一社会信用代码, 指标代码, 期间, 数值),
 * one CSV per department. Values follow the enterprise's profile as in the demo, so grades spread A to D.
 */
public final class SyntheticDepartmentData {

    private final RatingModel model;
    private final long seed;
    private final LocalDate today;

    public SyntheticDepartmentData(RatingModel model, long seed, LocalDate today) {
        this.model = model;
        this.seed = seed;
        this.today = today;
    }

    /**
     * Writes the rows of enterprises {@code 0 … count-1} of the generator to one writer per department (opened by
     * {@code open}, each given its header row, closed by the caller). Returns the number of value rows per department.
     */
    public Map<Department, Long> writeCsv(SyntheticEnterprises enterprises, long count,
                                          Function<Department, Writer> open) {
        DemoDepartmentValues values = new DemoDepartmentValues(model, today);
        Map<Department, Writer> writers = new EnumMap<>(Department.class);
        Map<Department, Long> rows = new EnumMap<>(Department.class);
        for (long i = 0; i < count; i++) {
            SyntheticEnterprise enterprise = enterprises.get(i);
            values.forEnterprise(enterprise, (int) (i % 4), seed * 31 + i, (department, code, period, value) -> {
                Writer out = writers.computeIfAbsent(department, d -> header(open.apply(d)));
                try {
                    out.append(enterprise.uscc()).append(',').append(code).append(',').append(period).append(',')
                            .append(value).append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows.merge(department, 1L, Long::sum);
            });
        }
        return rows;
    }

    private static Writer header(Writer out) {
        try {
            out.append("统一社会信用代码,指标代码,期间,数值\n");
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
