package io.kerong.shared.tabular;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Small helpers shared by the export, the templates and the error reports. */
public final class Sheets {

    private Sheets() {
    }

    public static void header(Sheet sheet, List<String> headers) {
        Workbook workbook = sheet.getWorkbook();
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            row.createCell(c).setCellValue(headers.get(c));
            row.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, Math.max(12, headers.get(c).length() * 4) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    public static CellStyle dateStyle(Workbook workbook) {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        return date;
    }
}
