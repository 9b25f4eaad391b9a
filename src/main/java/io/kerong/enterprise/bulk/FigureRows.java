package io.kerong.enterprise.bulk;

import io.kerong.shared.tabular.CsvLine;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.enterprise.YearlyFigures;
import io.kerong.shared.AdministrativeDivisions;
import io.kerong.shared.UnifiedSocialCreditCode;
import io.kerong.shared.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Rows of a yearly-figures file (年度数据): amounts in yuan with at most two decimals. Whether the credit code belongs
 * to a known enterprise is checked later, in SQL, against the registry and the enterprises imported alongside.
 */
final class FigureRows implements RowValidator {

    static final int USCC = 0;
    static final int FISCAL_YEAR = 1;
    private static final int FIRST_AMOUNT = 2;
    private static final int AMOUNTS = 8;

    private final HeaderLayout layout;
    private final EnterpriseRegistry registry;
    private final AdministrativeDivisions divisions;

    FigureRows(HeaderLayout layout, EnterpriseRegistry registry, AdministrativeDivisions divisions) {
        this.layout = layout;
        this.registry = registry;
        this.divisions = divisions;
    }

    @Override
    public void accept(int rowNumber, String[] values, List<Violation> violations, CsvLine staging) throws IOException {
        int before = violations.size();
        CellParser cells = new CellParser(layout, rowNumber, values, violations);
        String uscc = values[USCC] == null ? null : values[USCC].toUpperCase(Locale.ROOT);
        UnifiedSocialCreditCode.ValidationResult code = UnifiedSocialCreditCode.validate(uscc, divisions);
        if (!code.valid()) {
            violations.add(Violation.atRow(rowNumber, layout.header(USCC), values[USCC], code.messageKey(), code.args()));
        }
        Integer year = cells.integer(FISCAL_YEAR);
        if (year == null && values[FISCAL_YEAR] == null) {
            violations.add(Violation.atRow(rowNumber, layout.header(FISCAL_YEAR), null, "registryimport.required"));
        }
        BigDecimal[] amounts = new BigDecimal[AMOUNTS];
        for (int i = 0; i < AMOUNTS; i++) {
            amounts[i] = cells.amount(FIRST_AMOUNT + i);
        }
        if (year != null) {
            YearlyFigures figures = new YearlyFigures(year, amounts[0], amounts[1], amounts[2], amounts[3], amounts[4],
                    amounts[5], amounts[6], amounts[7]);
            RegistryViolations.addAtRow(registry.check(figures), layout, rowNumber, values, violations);
        }
        if (violations.size() == before) {
            staging.plain(rowNumber).text(code.code().orElseThrow().value()).plain(year);
            for (BigDecimal amount : amounts) {
                staging.plain(amount == null ? null : amount.setScale(2).toPlainString());
            }
            staging.end();
        }
    }
}
