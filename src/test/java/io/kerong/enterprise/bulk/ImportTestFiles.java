package io.kerong.enterprise.bulk;

import io.kerong.demo.SyntheticEnterprise;
import io.kerong.demo.SyntheticEnterprises;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small import files written by the tests themselves: rows of generated enterprises, as CSV or .xlsx. */
final class ImportTestFiles {

    static final List<String> ENTERPRISE_HEADERS = List.of("统一社会信用代码", "企业名称", "法定代表人", "成立日期", "所属行业",
            "高新技术领域", "职工总数", "科技人员数", "联系人", "联系电话", "联系邮箱");
    static final List<String> FIGURE_HEADERS = List.of("统一社会信用代码", "年度", "营业收入", "成本费用总额", "研发费用",
            "资产总额", "负债总额", "净利润", "纳税总额", "高新技术产品收入");

    private static final SyntheticEnterprises GENERATOR = new SyntheticEnterprises(20240601L, 2024);

    private final Path dir;

    ImportTestFiles(Path dir) {
        this.dir = dir;
    }

    static SyntheticEnterprise enterprise(int index) {
        return GENERATOR.get(index);
    }

    /** Data rows (header not included) for enterprises {@code from} to {@code to - 1}. */
    static List<List<String>> enterpriseRows(int from, int to) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            SyntheticEnterprise e = enterprise(i);
            rows.add(new ArrayList<>(List.of(e.uscc(), e.name(), e.legalRepresentative(), e.foundedOn().toString(),
                    e.industrySection(), highTechFieldName(e.highTechField()), String.valueOf(e.employees()),
                    String.valueOf(e.techStaff()), e.contactName(), e.contactPhone(), e.contactEmail())));
        }
        return rows;
    }

    static List<List<String>> figureRows(int from, int to) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            SyntheticEnterprise e = enterprise(i);
            for (SyntheticEnterprise.Figures f : e.figures()) {
                rows.add(new ArrayList<>(List.of(e.uscc(), String.valueOf(f.fiscalYear()), f.revenue().toPlainString(),
                        f.totalCosts().toPlainString(), f.rdExpense().toPlainString(), f.totalAssets().toPlainString(),
                        f.totalLiabilities().toPlainString(), f.netProfit().toPlainString(), f.taxPaid().toPlainString(),
                        f.highTechRevenue().toPlainString())));
            }
        }
        return rows;
    }

    static String highTechFieldName(String code) {
        return io.kerong.enterprise.HighTechField.valueOf(code).chineseName();
    }

    Path csv(String name, Charset charset, boolean byteOrderMark, List<String> headers, List<List<String>> rows)
            throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (byteOrderMark) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            StringBuilder text = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
                printer.printRecord(headers);
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
            }
            out.write(text.toString().getBytes(charset));
        }
        return file;
    }

    Path csv(String name, List<String> headers, List<List<String>> rows) throws IOException {
        return csv(name, StandardCharsets.UTF_8, false, headers, rows);
    }

    /**
     * An .xlsx as Excel users make it: the founding date as a real date cell, staff counts as numbers, the rest text.
     */
    Path enterprisesXlsx(String name, List<List<String>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("企业");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy年m月d日"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < ENTERPRISE_HEADERS.size(); c++) {
                header.createCell(c).setCellValue(ENTERPRISE_HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    if (c == 3) {
                        cell.setCellValue(LocalDate.parse(values.get(c)));
                        cell.setCellStyle(date);
                    } else if (c == 6 || c == 7) {
                        cell.setCellValue(Double.parseDouble(values.get(c)));
                    } else {
                        cell.setCellValue(values.get(c));
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
