package io.kerong.rating.web;

import io.kerong.rating.Bin;
import io.kerong.rating.BinScoring;
import io.kerong.rating.BooleanScoring;
import io.kerong.rating.CategoryScoring;
import io.kerong.rating.Scoring;
import java.util.stream.Collectors;

/** A scoring in one line, as the model documentation writes it: {@code [0,1): 1; [1,3): 0.5; ≥3: 0}. */
final class ScoringText {

    private ScoringText() {
    }

    static String of(Scoring scoring, String yes, String no) {
        return switch (scoring) {
            case BinScoring bins -> bins.bins().stream().map(ScoringText::bin).collect(Collectors.joining("; "));
            case CategoryScoring categories -> categories.bestFirst().stream()
                    .map(code -> code + ": " + FormReader.plain(categories.points().get(code)))
                    .collect(Collectors.joining("; "));
            case BooleanScoring flag -> yes + ": " + FormReader.plain(flag.whenTrue()) + "; " + no + ": "
                    + FormReader.plain(flag.whenFalse());
        };
    }

    private static String bin(Bin bin) {
        String points = ": " + FormReader.plain(bin.points());
        if (bin.lower() == null && bin.upper() == null) {
            return "*" + points;
        }
        if (bin.upper() == null) {
            return "≥" + FormReader.plain(bin.lower()) + points;
        }
        if (bin.lower() == null) {
            return "<" + FormReader.plain(bin.upper()) + points;
        }
        return "[" + FormReader.plain(bin.lower()) + "," + FormReader.plain(bin.upper()) + ")" + points;
    }
}
