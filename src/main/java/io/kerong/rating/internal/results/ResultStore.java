package io.kerong.rating.internal.results;

import io.kerong.rating.CreditLine;
import io.kerong.rating.Dimension;
import io.kerong.rating.DimensionScore;
import io.kerong.rating.Grade;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import io.kerong.rating.StoredRating;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stored ratings and the latest rating per enterprise in PostgreSQL, one at a time (runs use {@link ResultCopy}). */
@Component
class ResultStore {

    private static final String COLUMNS = """
            id, enterprise_id, model_version, as_of, rated_at, trigger, total_score, grade, previous_grade, credit_min,
            credit_max, knock_outs, completeness, dimension_scores, inputs""";

    private final JdbcClient jdbc;
    private final RatingModels models;

    ResultStore(JdbcClient jdbc, RatingModels models) {
        this.jdbc = jdbc;
        this.models = models;
    }

    /** The latest rating of an enterprise as the re-rating compares with it. */
    record Latest(long enterpriseId, long ratingId, Grade grade, int modelVersion, byte[] inputsHash) {
    }

    /** Locks the enterprise's latest row (if any) until the end of the transaction. */
    Optional<Latest> latestForUpdate(long enterpriseId) {
        return jdbc.sql("""
                        select enterprise_id, rating_id, grade, model_version, inputs_hash from rating_latest
                        where enterprise_id = ? for update""")
                .param(enterpriseId).query(ResultStore::latestRow).optional();
    }

    static Latest latestRow(ResultSet rs, int row) throws SQLException {
        return new Latest(rs.getLong(1), rs.getLong(2), Grade.valueOf(rs.getString(3)), rs.getInt(4), rs.getBytes(5));
    }

    /** The enterprise's latest rating if it was made as of that day with that model version and those inputs. */
    Optional<Long> identicalLatest(long enterpriseId, int modelVersion, LocalDate asOf, byte[] inputsHash) {
        return jdbc.sql("""
                        select rating_id from rating_latest where enterprise_id = ? and model_version = ?
                        and as_of = ? and inputs_hash = ?""")
                .params(enterpriseId, modelVersion, asOf, inputsHash).query(Long.class).optional();
    }

    long insert(NewResult r) {
        CreditLine line = r.score().creditLine();
        return jdbc.sql("""
                        insert into rating_result (enterprise_id, model_version, as_of, rated_at, trigger, run_id,
                            total_score, grade, previous_grade, credit_min, credit_max, knock_outs, completeness,
                            dimension_scores, inputs, inputs_hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as text[]), ?, cast(? as numeric[]), ?, ?)
                        returning id""")
                .params(r.enterpriseId(), r.score().modelVersion(), r.asOf(), r.ratedAt(), r.trigger().name(),
                        r.runId(), r.score().totalScore(), r.score().grade().name(),
                        r.previousGrade() == null ? null : r.previousGrade().name(), line.min(), line.max(),
                        PgArrays.texts(r.score().knockOuts().toArray(String[]::new)), r.score().completeness(),
                        PgArrays.numbers(r.dimensionScores()), r.inputs().encoded(), r.inputsHash())
                .query(Long.class).single();
    }

    void upsertLatest(long ratingId, NewResult r) {
        jdbc.sql("""
                        insert into rating_latest (enterprise_id, rating_id, grade, total_score, model_version, as_of,
                            rated_at, inputs_hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (enterprise_id) do update set rating_id = excluded.rating_id,
                            grade = excluded.grade, total_score = excluded.total_score,
                            model_version = excluded.model_version, as_of = excluded.as_of,
                            rated_at = excluded.rated_at, inputs_hash = excluded.inputs_hash""")
                .params(r.enterpriseId(), ratingId, r.score().grade().name(), r.score().totalScore(),
                        r.score().modelVersion(), r.asOf(), r.ratedAt(), r.inputsHash())
                .update();
    }

    Optional<StoredRating> latest(long enterpriseId) {
        return jdbc.sql("select " + COLUMNS + " from rating_result where id = "
                        + "(select rating_id from rating_latest where enterprise_id = ?)")
                .param(enterpriseId).query(this::rating).optional();
    }

    List<StoredRating> history(long enterpriseId) {
        return jdbc.sql("select " + COLUMNS + " from rating_result where enterprise_id = ? order by id desc")
                .param(enterpriseId).query(this::rating).list();
    }

    Optional<StoredRating> find(long ratingId) {
        return jdbc.sql("select " + COLUMNS + " from rating_result where id = ?")
                .param(ratingId).query(this::rating).optional();
    }

    Map<Grade, Long> gradeCounts() {
        Map<Grade, Long> counts = new EnumMap<>(Grade.class);
        Arrays.stream(Grade.values()).forEach(grade -> counts.put(grade, 0L));
        jdbc.sql("select grade, count(*) from rating_latest group by grade")
                .query(rs -> {
                    counts.put(Grade.valueOf(rs.getString(1).strip()), rs.getLong(2));
                });
        return counts;
    }

    private StoredRating rating(ResultSet rs, int row) throws SQLException {
        int version = rs.getInt("model_version");
        RatingModel model = models.version(version)
                .orElseThrow(() -> new IllegalStateException("rating model version " + version + " is missing"));
        RatingInputs inputs = RatingInputs.decoded(model, rs.getString("inputs"));
        String previous = rs.getString("previous_grade");
        return new StoredRating(rs.getLong("id"), rs.getLong("enterprise_id"), version,
                rs.getObject("as_of", LocalDate.class), rs.getObject("rated_at", OffsetDateTime.class).toInstant(),
                StoredRating.Trigger.valueOf(rs.getString("trigger")), Grade.valueOf(rs.getString("grade")),
                previous == null ? null : Grade.valueOf(previous), rs.getBigDecimal("total_score"),
                new CreditLine(rs.getBigDecimal("credit_min"), rs.getBigDecimal("credit_max")),
                dimensions(model, numbers(rs.getArray("dimension_scores"))),
                List.of(strings(rs.getArray("knock_outs"))), rs.getBigDecimal("completeness"), inputs.asMap());
    }

    private static List<DimensionScore> dimensions(RatingModel model, BigDecimal[] scores) {
        List<DimensionScore> dimensions = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            BigDecimal score = dimension.ordinal() < scores.length ? scores[dimension.ordinal()] : null;
            if (score != null) {
                dimensions.add(new DimensionScore(dimension, score, model.dimensionMax().get(dimension)
                        .setScale(2)));
            }
        }
        return dimensions;
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    private static BigDecimal[] numbers(Array array) throws SQLException {
        return (BigDecimal[]) array.getArray();
    }
}
