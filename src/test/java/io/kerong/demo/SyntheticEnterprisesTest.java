package io.kerong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.shared.UnifiedSocialCreditCode;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticEnterprisesTest {

    private final SyntheticEnterprises enterprises = new SyntheticEnterprises(2026, 2025);

    @Test
    void sameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        List<SyntheticEnterprise> first = enterprises.stream(50).toList();
        assertThat(new SyntheticEnterprises(2026, 2025).stream(50).toList()).isEqualTo(first);
        assertThat(new SyntheticEnterprises(7, 2025).get(0).uscc()).isNotEqualTo(first.getFirst().uscc());
        assertThat(enterprises.get(37)).isEqualTo(first.get(37));
    }

    @Test
    void everyRowHasAnEnterpriseCreditCodeWithValidCheckCharacters() {
        enterprises.stream(5_000).forEach(row -> {
            String uscc = row.uscc();
            assertThat(uscc).hasSize(18).startsWith("91" + row.divisionCode());
            assertThat(UnifiedSocialCreditCode.validate(uscc).valid()).as(uscc).isTrue();
            assertThat(UnifiedSocialCreditCode.organizationCodeCheckCharacter(uscc.substring(8, 16)))
                    .isEqualTo(uscc.charAt(16));
        });
    }

    @Test
    void namesAndCreditCodesNeverRepeatInAMillionRows() {
        Set<String> names = new HashSet<>(1 << 21);
        Set<String> codes = new HashSet<>(1 << 21);
        enterprises.stream(1_000_000).forEach(row -> {
            assertThat(names.add(row.name())).as(row.name()).isTrue();
            assertThat(codes.add(row.uscc())).as(row.uscc()).isTrue();
        });
    }

    @Test
    void namesBeyondTheNameSpaceStayUniqueWithARoundNumber() {
        long capacity = CompanyNames.capacity();
        CompanyNames names = new CompanyNames(1);
        assertThat(names.slot(capacity + 5)).isNotEqualTo(names.slot(5));
        assertThat(names.slot(capacity + 5).stem()).endsWith("2");
    }

    @Test
    void tradeWordsAndSuffixesNeverSpellTheSameNameTwice() {
        Set<String> texts = new HashSet<>();
        CompanyNames.TRADES.forEach(trade -> assertThat(texts.add(trade.text())).as(trade.text()).isTrue());
    }

    @Test
    void figuresHaveBelievableRatios() {
        enterprises.stream(2_000).forEach(row -> {
            assertThat(row.techStaff()).isBetween(1, row.employees());
            assertThat(row.figures()).extracting(SyntheticEnterprise.Figures::fiscalYear).containsExactly(2023, 2024, 2025);
            assertThat(row.foundedOn().getYear()).isLessThanOrEqualTo(2023);
            row.figures().forEach(f -> {
                assertThat(f.revenue().scale()).isEqualTo(2);
                BigDecimal share = f.rdExpense().divide(f.revenue(), 4, java.math.RoundingMode.HALF_UP);
                assertThat(share).isBetween(new BigDecimal("0.0049"), new BigDecimal("0.1401"));
                assertThat(f.highTechRevenue()).isLessThanOrEqualTo(f.revenue());
            });
        });
        long typical = enterprises.stream(2_000).filter(r -> r.employees() >= 10 && r.employees() <= 300).count();
        assertThat(typical).isGreaterThan(1_600);
    }

    @Test
    void namesStartWithTheCityOfTheirDivision() {
        enterprises.stream(2_000).forEach(row -> {
            String prefix = SeedDivisions.CITIES.stream()
                    .filter(c -> c.districts().contains(row.divisionCode())).findFirst().orElseThrow().prefix();
            assertThat(row.name()).startsWith(prefix).endsWith("有限公司");
        });
    }

    @Test
    void csvHasTheImportHeadersAndChineseFieldNames() throws Exception {
        StringWriter out = new StringWriter();
        enterprises.writeCsv(3, out);
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("统一社会信用代码,企业名称,法定代表人,成立日期,所属行业,高新技术领域,职工总数,科技人员数,联系人,联系电话,联系邮箱");
        SyntheticEnterprise first = enterprises.get(0);
        assertThat(lines[1]).startsWith(first.uscc() + "," + first.name() + "," + first.legalRepresentative() + ","
                + first.foundedOn() + "," + first.industrySection() + "," + SyntheticCsv.FIELD_NAMES.get(first.highTechField()));
    }
}
