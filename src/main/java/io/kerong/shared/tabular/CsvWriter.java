package io.kerong.shared.tabular;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the platform writes CSV for people to open (error reports, templates, generated data): every text cell
 * goes through {@link #cell}, so that a spreadsheet never runs a value as a formula (CSV injection, OWASP: a cell
 * beginning with = + - @, a tab or a carriage return gets a leading single quote). Numbers stay numbers: a number
 * value, or a text that reads as a plain number such as {@code -5}, {@code +3.2}, {@code -1,234.50} or {@code -12.5%},
 * is written as it is. Not for PostgreSQL's COPY ({@link CsvLine}), which must get the data unchanged.
 */
public final class CsvWriter implements Closeable {

    private static final String TRIGGERS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?%?");

    private final CSVPrinter printer;

    private CsvWriter(CSVPrinter printer) {
        this.printer = printer;
    }

    /** A download: UTF-8 with a byte-order mark (so that Excel reads the Chinese text), CRLF line ends. */
    public static CsvWriter download(OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        return new CsvWriter(new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get()));
    }

    /** Rows into any text sink, with the given line end. */
    public static CsvWriter to(Appendable out, String recordSeparator) throws IOException {
        return new CsvWriter(new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator(recordSeparator).get()));
    }

    public void row(Object... cells) {
        row(Arrays.asList(cells));
    }

    public void row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(CsvWriter::cell));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell as written: text that a spreadsheet would take for a formula gets a leading single quote. */
    public static Object cell(Object value) {
        if (!(value instanceof CharSequence sequence) || sequence.isEmpty()) {
            return value;
        }
        String text = sequence.toString();
        if (TRIGGERS.indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    public void flush() throws IOException {
        printer.flush();
    }

    /** Flushes and closes the underlying stream. */
    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
