package io.kerong.shared.tabular;

import io.kerong.shared.Violation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The violations found in one bulk file. The first {@link #SHOWN} are kept for the API's answer; all of them go to
 * a spool file in COPY format, so a file with a million bad rows stays in flat memory. The spooled columns are
 * {@code (owner_id, seq, row_no, field, value, message_key, args text[])}: see {@link #copyInto}.
 */
public final class ViolationSpool implements AutoCloseable {

    public static final int SHOWN = 1000;

    private final long importId;
    private final Path spool;
    private final Writer writer;
    private final CsvLine line;
    private final List<Violation> first = new ArrayList<>();
    private int count;

    public ViolationSpool(long importId) {
        this.importId = importId;
        try {
            this.spool = Files.createTempFile("bulk-" + importId + "-errors", ".csv");
            this.writer = new BufferedWriter(Files.newBufferedWriter(spool, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.line = new CsvLine(writer);
    }

    public void add(Violation refused) {
        Violation v = new Violation(refused.field(), refused.messageKey(), refused.args(), refused.row(),
                CellLimits.shown(refused.value()));
        count++;
        if (first.size() < SHOWN) {
            first.add(v);
        }
        try {
            line.plain(importId).plain(count).plain(v.row()).text(v.field()).text(v.value()).text(v.messageKey())
                    .text(arrayLiteral(v.args())).end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void addAll(List<Violation> violations) {
        violations.forEach(this::add);
    }

    public int count() {
        return count;
    }

    public List<Violation> first() {
        return List.copyOf(first);
    }

    /** The spooled rows for {@code copy enterprise_import_error from stdin (format csv)}. */
    public Reader rows() throws IOException {
        writer.flush();
        return Files.newBufferedReader(spool, StandardCharsets.UTF_8);
    }

    /**
     * Copies every spooled problem into {@code table}, whose first seven columns are named in {@code columns}
     * (owner id, sequence, row, field, value, message key, arguments), on the connection of the current transaction.
     */
    public void copyInto(java.sql.Connection connection, String table, String columns) throws java.sql.SQLException {
        try (Reader rows = rows()) {
            connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin (format csv)", rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
        Files.deleteIfExists(spool);
    }

    /** A PostgreSQL text[] literal: every element double-quoted, with quotes and backslashes escaped. */
    public static String arrayLiteral(Object[] args) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                s.append(',');
            }
            String text = String.valueOf(args[i]);
            s.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }
}
