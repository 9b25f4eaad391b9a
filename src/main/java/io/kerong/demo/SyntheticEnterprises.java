package io.kerong.demo;

import io.kerong.shared.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A deterministic generator of realistic tech SMEs (合成企业数据) for demos and benchmarks. Row {@code i} depends
 * only on the seed and {@code i}: rows can be streamed, generated in parallel or looked up by index, and a million
 * rows never sit in memory together. Within one generator unified social credit codes and names never repeat; codes
 * are 91 (enterprise under 市场监管) + a district of the seed cities + a GB 11714 organization code + the GB 32100
 * check character.
 *
 * <pre>{@code
 * var enterprises = new SyntheticEnterprises(42, 2025);
 * enterprises.stream(1_000_000).forEach(row -> ...);
 * enterprises.writeCsv(1_000_000, writer);
 * }</pre>
 */
public final class SyntheticEnterprises {

    private static final long ORGANIZATION_CODE_SPACE = 100_000_000L;
    // odd and not a multiple of 5, hence coprime with 10^8: distinct rows get distinct organization codes
    private static final long ORGANIZATION_CODE_STEP = 48_271_193L;

    private final long seed;
    private final int latestFiscalYear;
    private final CompanyNames names;

    /**
     * @param seed             the same seed gives the same rows
     * @param latestFiscalYear the last of the three fiscal years each row carries figures for
     */
    public SyntheticEnterprises(long seed, int latestFiscalYear) {
        this.seed = seed;
        this.latestFiscalYear = latestFiscalYear;
        this.names = new CompanyNames(seed);
    }

    /** The first {@code count} rows, generated lazily one by one. */
    public Stream<SyntheticEnterprise> stream(long count) {
        return LongStream.range(0, count).mapToObj(this::get);
    }

    /** Row {@code index} (from 0). */
    public SyntheticEnterprise get(long index) {
        if (index < 0 || index >= ORGANIZATION_CODE_SPACE) {
            throw new IllegalArgumentException("row index out of range: " + index);
        }
        SplittableRandom random = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + index));
        SeedDivisions.Division division = SeedDivisions.pick(random);
        CompanyNames.Slot slot = names.slot(index);
        String field = slot.trade().field();
        int employees = employees(random);
        String legalRepresentative = PersonNames.pick(random);
        String organizationBody = organizationBody(index);
        return new SyntheticEnterprise(
                UnifiedSocialCreditCode.assemble("91", division.code(), organizationBody),
                CompanyNames.name(division.cityPrefix(), slot),
                legalRepresentative,
                foundedOn(random),
                division.code(),
                IndustrySections.forField(random, field),
                field,
                employees,
                techStaff(random, employees),
                random.nextDouble() < 0.3 ? legalRepresentative : PersonNames.pick(random),
                mobile(random),
                "contact." + organizationBody + "@example.com",
                SyntheticFigures.generate(random, employees, latestFiscalYear),
                SyntheticIntellectualProperty.generate(random, field));
    }

    /** Writes the first {@code count} rows as the registry's import CSV (Chinese headers). */
    public void writeCsv(long count, Appendable out) throws java.io.IOException {
        SyntheticCsv.write(stream(count), out);
    }

    /** Eight digits, distinct for distinct rows (the check character follows from them). */
    private String organizationBody(long index) {
        return zeroPadded(Math.floorMod(index * ORGANIZATION_CODE_STEP + mix(seed), ORGANIZATION_CODE_SPACE), 8);
    }

    private LocalDate foundedOn(SplittableRandom random) {
        // younger firms are more common; every firm is old enough to have the three years of figures
        int yearsBeforeFirstFigures = (int) Math.floor(Math.pow(random.nextDouble(), 1.6) * 20);
        int year = latestFiscalYear - SyntheticFigures.YEARS + 1 - yearsBeforeFirstFigures;
        return LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    }

    private static int employees(SplittableRandom random) {
        double u = random.nextDouble();
        if (u < 0.05) {
            return 3 + random.nextInt(7);
        }
        if (u < 0.93) {
            return (int) Math.round(SyntheticFigures.logUniform(random, 10, 300));
        }
        return 301 + random.nextInt(500);
    }

    private static int techStaff(SplittableRandom random, int employees) {
        double share = 0.04 + 0.55 * (random.nextDouble() + random.nextDouble()) / 2;
        return (int) Math.max(1, Math.min(employees, Math.round(employees * share)));
    }

    private static String mobile(SplittableRandom random) {
        return "1" + "35789".charAt(random.nextInt(5)) + zeroPadded(random.nextInt(1_000_000_000), 9);
    }

    // String.format is slow enough to show in a million-row benchmark
    private static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        return "0".repeat(width - digits.length()) + digits;
    }

    /** SplitMix64's finalizer: neighbouring indexes get unrelated random streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
