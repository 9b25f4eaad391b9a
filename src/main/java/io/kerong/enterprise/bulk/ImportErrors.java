package io.kerong.enterprise.bulk;

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
 * The violations found in one import file. The first {@link #SHOWN} are kept for the API's answer; all of them go to
 * a spool file in COPY format for {@code enterprise_import_error}, so a file with a million bad rows stays in flat memory.
 */
final class ImportErrors implements AutoCloseable {

    static final int SHOWN = 1000;

    private final long importId;
    private final Path spool;
    private final Writer writer;
    private final CsvLine line;
    private final List<Violation> first = new ArrayList<>();
    private int count;

    ImportErrors(long importId) {
        this.importId = importId;
        try {
            this.spool = Files.createTempFile("enterprise-import-" + importId + "-errors", ".csv");
            this.writer = new BufferedWriter(Files.newBufferedWriter(spool, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.line = new CsvLine(writer);
    }

    void add(Violation v) {
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

    void addAll(List<Violation> violations) {
        violations.forEach(this::add);
    }

    int count() {
        return count;
    }

    List<Violation> first() {
        return List.copyOf(first);
    }

    /** The spooled rows for {@code copy enterprise_import_error from stdin (format csv)}. */
    Reader rows() throws IOException {
        writer.flush();
        return Files.newBufferedReader(spool, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        writer.close();
        Files.deleteIfExists(spool);
    }

    /** A PostgreSQL text[] literal: every element double-quoted, with quotes and backslashes escaped. */
    static String arrayLiteral(Object[] args) {
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
