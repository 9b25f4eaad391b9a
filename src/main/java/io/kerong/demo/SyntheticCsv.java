package io.kerong.demo;

import io.kerong.shared.tabular.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Stream;

/** Writes rows in the layout the registry's bulk import reads. */
final class SyntheticCsv {

    static final String[] HEADERS = {"统一社会信用代码", "企业名称", "法定代表人", "成立日期", "所属行业", "高新技术领域",
            "职工总数", "科技人员数", "联系人", "联系电话", "联系邮箱"};

    static final Map<String, String> FIELD_NAMES = Map.of(
            "ELECTRONIC_INFORMATION", "电子信息", "BIO_MEDICINE", "生物与新医药", "AEROSPACE", "航空航天",
            "NEW_MATERIALS", "新材料", "HIGH_TECH_SERVICES", "高技术服务", "NEW_ENERGY", "新能源与节能",
            "RESOURCES_ENVIRONMENT", "资源与环境", "ADVANCED_MANUFACTURING", "先进制造与自动化");

    private SyntheticCsv() {
    }

    static void write(Stream<SyntheticEnterprise> rows, Appendable out) throws IOException {
        CsvWriter csv = CsvWriter.to(out, "\n");
        try {
            csv.row((Object[]) HEADERS);
            rows.forEach(row -> csv.row(row.uscc(), row.name(), row.legalRepresentative(), row.foundedOn(),
                    row.industrySection(), FIELD_NAMES.get(row.highTechField()), row.employees(), row.techStaff(),
                    row.contactName(), row.contactPhone(), row.contactEmail()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }
}
