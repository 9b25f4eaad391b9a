package io.kerong.enterprise.bulk;

import io.kerong.shared.tabular.CellLimits;
import io.kerong.shared.tabular.TableReader;
import io.kerong.shared.tabular.CsvLine;
import io.kerong.shared.tabular.ViolationSpool;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.shared.AdministrativeDivisions;
import io.kerong.shared.Violation;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Streams one import file into its staging table: reads the header, validates each row as it comes and copies the
 * valid ones to PostgreSQL, sending every problem to the file's {@link ViolationSpool}. Nothing is kept per row.
 */
final class FileLoader {

    private final EnterpriseRegistry registry;
    private final AdministrativeDivisions divisions;

    FileLoader(EnterpriseRegistry registry, AdministrativeDivisions divisions) {
        this.registry = registry;
        this.divisions = divisions;
    }

    /** The result of loading: the header layout (null when the file had none that reads) and the data rows read. */
    record Loaded(HeaderLayout layout, int rows) {
    }

    Loaded load(ImportUpload upload, boolean utf8, Connection connection, ViolationSpool errors) throws SQLException {
        TableReader reader = readerFor(upload, utf8);
        if (reader == null) {
            errors.add(Violation.atRow(1, upload.fileName(), upload.fileName(), "registryimport.file.format"));
            return new Loaded(null, 0);
        }
        Rows rows = new Rows(upload.kind(), errors);
        Writer copy = StagingTables.copyInto(connection, upload.kind());
        try {
            rows.staging = new CsvLine(copy);
            reader.read(upload.file(), rows::row);
        } catch (HeaderRejected stop) {
            return new Loaded(null, 0);
        } catch (IOException e) {
            errors.add(Violation.atRow(1, upload.fileName(), upload.fileName(), "registryimport.file.unreadable"));
            return new Loaded(null, 0);
        } finally {
            endCopy(copy);
        }
        if (rows.layout == null) {
            errors.add(Violation.atRow(1, upload.fileName(), upload.fileName(), "registryimport.file.empty"));
        }
        return new Loaded(rows.layout, rows.count);
    }

    private static void endCopy(Writer copy) {
        try {
            copy.close();
        } catch (IOException e) {
            throw new IllegalStateException("Could not copy the rows into the staging table", e);
        }
    }

    private static TableReader readerFor(ImportUpload upload, boolean utf8) {
        return TableReader.forFile(upload.fileName(), utf8);
    }

    /** Thrown from inside the reader to stop at a header that cannot be read; its problems are already reported. */
    private static final class HeaderRejected extends RuntimeException {
        HeaderRejected() {
            super(null, null, false, false);
        }
    }

    private final class Rows {
        private final ImportKind kind;
        private final ViolationSpool errors;
        private final List<Violation> found = new ArrayList<>();
        private CsvLine staging;
        private HeaderLayout layout;
        private String[] headers;
        private RowValidator validator;
        private int count;

        Rows(ImportKind kind, ViolationSpool errors) {
            this.kind = kind;
            this.errors = errors;
        }

        void row(int rowNumber, String[] cells) {
            if (layout == null) {
                header(rowNumber, cells);
                return;
            }
            count++;
            Optional<Violation> refused = CellLimits.refused(rowNumber, headers, cells);
            if (refused.isPresent()) {
                errors.add(refused.get());
                return;
            }
            try {
                validator.accept(rowNumber, layout.arrange(cells), found, staging);
            } catch (IOException e) {
                throw new IllegalStateException("Could not copy a row into the staging table", e);
            }
            if (!found.isEmpty()) {
                errors.addAll(found);
                found.clear();
            }
        }

        private void header(int rowNumber, String[] cells) {
            headers = cells;
            HeaderLayout read = HeaderLayout.read(kind, rowNumber, cells);
            if (!read.valid()) {
                errors.addAll(read.violations());
                throw new HeaderRejected();
            }
            layout = read;
            validator = kind == ImportKind.ENTERPRISES
                    ? new EnterpriseRows(layout, registry)
                    : new FigureRows(layout, registry, divisions);
        }
    }
}
