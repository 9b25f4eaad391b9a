package io.kerong.enterprise.bulk;

import java.nio.file.Path;

/** A file to import: its kind, the name the user gave it, and where it lies on disk (.csv or .xlsx). */
public record ImportUpload(ImportKind kind, String fileName, Path file) {
}
