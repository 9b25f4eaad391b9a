package io.kerong.enterprise.bulk;

import static io.kerong.enterprise.bulk.ImportColumn.optional;
import static io.kerong.enterprise.bulk.ImportColumn.required;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What an import file holds: enterprises (企业名录) or their yearly figures (年度数据). Columns in template order. */
public enum ImportKind {

    ENTERPRISES(List.of(
            required("统一社会信用代码", "uscc"),
            required("企业名称", "name"),
            optional("法定代表人", "legalRepresentative"),
            optional("成立日期", "foundedOn"),
            optional("所属行业", "industrySection"),
            optional("高新技术领域", "highTechField"),
            optional("职工总数", "employees"),
            optional("科技人员数", "techStaff"),
            optional("联系人", "contactName"),
            optional("联系电话", "contactPhone"),
            optional("联系邮箱", "contactEmail"))),

    YEARLY_FIGURES(List.of(
            required("统一社会信用代码", "uscc"),
            required("年度", "fiscalYear"),
            optional("营业收入", "revenue"),
            optional("成本费用总额", "totalCosts"),
            optional("研发费用", "rdExpense"),
            optional("资产总额", "totalAssets"),
            optional("负债总额", "totalLiabilities"),
            optional("净利润", "netProfit"),
            optional("纳税总额", "taxPaid"),
            optional("高新技术产品收入", "highTechRevenue")));

    private final List<ImportColumn> columns;

    ImportKind(List<ImportColumn> columns) {
        this.columns = columns;
    }

    List<ImportColumn> columns() {
        return columns;
    }

    ImportColumn column(int index) {
        return columns.get(index);
    }

    public String messageKey() {
        return "registryimport.kind." + name();
    }

    /** Reads {@code enterprises}, {@code yearly-figures} (as used in URLs and the API) or the constant name. */
    static Optional<ImportKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (t.equals("FIGURES")) {
            return Optional.of(YEARLY_FIGURES);
        }
        for (ImportKind kind : values()) {
            if (kind.name().equals(t)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    String urlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
