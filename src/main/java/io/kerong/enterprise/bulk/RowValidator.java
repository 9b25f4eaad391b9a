package io.kerong.enterprise.bulk;

import io.kerong.shared.tabular.CsvLine;
import io.kerong.shared.Violation;
import java.io.IOException;
import java.util.List;

/** Checks one data row of an import file and, when it has no violation, writes it to the staging table. */
interface RowValidator {

    /** @param values the row's cells in the kind's column order (see {@link HeaderLayout#arrange}) */
    void accept(int rowNumber, String[] values, List<Violation> violations, CsvLine staging) throws IOException;
}
