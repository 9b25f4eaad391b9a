package io.kerong.shared.tabular;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV in the charset found by {@link FileFacts}: UTF-8 (a byte-order mark is dropped) when the bytes are valid
 * UTF-8, else GBK, which is what Excel on a Chinese Windows saves. Row numbers count records from the header as 1, as
 * a spreadsheet shows them.
 */
public final class CsvTableReader implements TableReader {

    public static final Charset GBK = Charset.forName("GBK");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final Charset charset;

    public CsvTableReader(boolean utf8) {
        this.charset = utf8 ? java.nio.charset.StandardCharsets.UTF_8 : GBK;
    }

    @Override
    public void read(Path file, RowHandler handler) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 1 << 16);
             CSVParser parser = CSVParser.builder().setReader(skipByteOrderMark(reader)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            int rowNumber = 0;
            CSVRecord record;
            while ((record = next(records)) != null) {
                rowNumber++;
                String[] cells = record.values();
                if (!TableReader.isBlank(cells)) {
                    handler.row(rowNumber, cells);
                }
            }
        }
    }

    /** The next record, or null at the end; malformed CSV (a stray quote) is an unreadable file. */
    private static CSVRecord next(Iterator<CSVRecord> records) throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new IOException("Malformed CSV: " + e.getMessage(), e);
        }
    }

    private static BufferedReader skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
