package io.kerong.rating.internal;

import io.kerong.rating.ModelStatus;
import io.kerong.rating.RatingModel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code rating_model}; the definition is JSON, identity and life cycle are columns. */
@Repository
class ModelStore {

    /** Serialises version numbering and publishing across nodes. */
    static final long LOCK = 0x5241_5449_4E47_4DL;

    private final JdbcClient jdbc;
    private final ModelJson json = new ModelJson();

    ModelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, n) -> 1).list();
    }

    Optional<RatingModel> published() {
        return one("where status = 'PUBLISHED'", null);
    }

    Optional<RatingModel> byVersion(int version) {
        return one("where version = ?", version);
    }

    /** Identity and status without parsing the definition: enough to reuse a model already read. */
    record Head(long id, ModelStatus status) {
    }

    Optional<Head> publishedHead() {
        return jdbc.sql("select id, status from rating_model where status = 'PUBLISHED'").query(this::mapHead).optional();
    }

    Optional<Head> head(int version) {
        return jdbc.sql("select id, status from rating_model where version = ?").param(version).query(this::mapHead).optional();
    }

    private Head mapHead(ResultSet rs, int row) throws SQLException {
        return new Head(rs.getLong("id"), ModelStatus.valueOf(rs.getString("status")));
    }

    Optional<RatingModel> byId(long id) {
        return one("where id = ?", id);
    }

    List<RatingModel> all() {
        return jdbc.sql("select * from rating_model order by version desc").query(this::map).list();
    }

    int nextVersion() {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from rating_model").query(Integer.class).single();
    }

    long insert(RatingModel model, String createdBy, OffsetDateTime now) {
        return jdbc.sql("""
                        insert into rating_model (version, status, name, definition, created_at, created_by, published_at)
                        values (?, ?, ?, cast(? as jsonb), ?, ?, ?) returning id""")
                .params(model.version(), model.status().name(), model.name(),
                        json.writeDefinition(ModelDefinition.of(model)), now, createdBy, model.publishedAt())
                .query(Long.class).single();
    }

    void updateDraft(RatingModel draft) {
        jdbc.sql("update rating_model set name = ?, definition = cast(? as jsonb) where id = ? and status = 'DRAFT'")
                .params(draft.name(), json.writeDefinition(ModelDefinition.of(draft)), draft.id()).update();
    }

    void publish(long id, OffsetDateTime now) {
        jdbc.sql("update rating_model set status = 'PUBLISHED', published_at = ? where id = ? and status = 'DRAFT'")
                .params(now, id).update();
    }

    void retire(long id, OffsetDateTime now) {
        jdbc.sql("update rating_model set status = 'RETIRED', retired_at = ? where id = ? and status = 'PUBLISHED'")
                .params(now, id).update();
    }

    private Optional<RatingModel> one(String where, Object param) {
        var statement = jdbc.sql("select * from rating_model " + where);
        return (param == null ? statement : statement.param(param)).query(this::map).optional();
    }

    private RatingModel map(ResultSet rs, int row) throws SQLException {
        return json.readDefinition(rs.getString("definition")).toModel(rs.getLong("id"), rs.getInt("version"),
                ModelStatus.valueOf(rs.getString("status")), rs.getObject("published_at", OffsetDateTime.class));
    }
}
