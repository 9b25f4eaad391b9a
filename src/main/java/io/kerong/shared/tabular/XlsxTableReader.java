package io.kerong.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Iterator;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx with POI's SAX event API, so a million rows never sit in memory. Date cells come
 * out as yyyy-MM-dd and numbers without grouping or display rounding, whatever the cell's display format.
 */
public final class XlsxTableReader implements TableReader {

    @Override
    public void read(Path file, RowHandler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(pkg), new Rows(handler), new PlainFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("Not a readable .xlsx workbook: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e.getClass().getName().startsWith("org.apache.poi.")) {
                throw new IOException("Not a readable .xlsx workbook: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** Collects the cells of one row; the handler skips empty cells, so positions come from the cell reference. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private String[] cells = new String[16];
        private int width;
        private int rowNumber;

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowIndex) {
            rowNumber = rowIndex + 1;
            Arrays.fill(cells, 0, width, null);
            width = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? width : new CellReference(reference).getCol();
            if (column >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
            }
            cells[column] = value;
            width = Math.max(width, column + 1);
        }

        @Override
        public void endRow(int rowIndex) {
            String[] row = Arrays.copyOf(cells, width);
            if (!TableReader.isBlank(row)) {
                handler.row(rowNumber, row);
            }
        }
    }

    /** Dates as ISO dates, other numbers as plain decimals (no grouping, no display rounding). */
    private static final class PlainFormatter extends DataFormatter {
        private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().format(ISO);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }
    }
}
