package io.kerong.rating.web;

import io.kerong.rating.internal.report.RatingReport;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures the report page draws with ECharts (radar and grade history), as JSON placed in the page: the
 * Content-Security-Policy forbids inline scripts, so {@code rating-report.js} reads them from there.
 */
@Component
class ReportCharts {

    private final JsonMapper json = JsonMapper.builder().build();

    String json(RatingReport report) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (report.rated()) {
            RatingReport.Rating rating = report.rating();
            data.put("dimensions", rating.dimensions().stream()
                    .map(axis -> Map.of("name", axis.name(), "score", axis.score(), "max", axis.max())).toList());
            data.put("maxTotal", rating.maxTotal());
        }
        data.put("history", report.history().stream().map(point -> Map.of("asOf", point.asOf().toString(),
                "grade", point.grade().name(), "score", point.totalScore())).toList());
        data.put("cutOffs", report.cutOffs().stream()
                .map(cutOff -> Map.of("grade", cutOff.grade().name(), "minScore", cutOff.minScore())).toList());
        // the JSON sits in a <script> element: no "</" may close it early
        return json.writeValueAsString(data).replace("</", "<\\/");
    }
}
