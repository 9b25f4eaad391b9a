package io.kerong.enterprise.bulk;

import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** Uploaded files on their way to the importer: copied to temporary files, deleted once the import is done. */
final class Uploads implements AutoCloseable {

    private final List<ImportUpload> uploads = new ArrayList<>();

    Uploads add(ImportKind kind, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return this;
        }
        String name = file.getOriginalFilename() == null ? "upload" : Path.of(file.getOriginalFilename()).getFileName().toString();
        try {
            Path copy = Files.createTempFile("enterprise-import-", "-" + name.replaceAll("[^A-Za-z0-9.]", "_"));
            file.transferTo(copy);
            uploads.add(new ImportUpload(kind, name, copy));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** @throws InvalidInputException when no file was chosen */
    List<ImportUpload> list(String field) {
        if (uploads.isEmpty()) {
            throw new InvalidInputException(Violation.of(field, "registryimport.file.missing"));
        }
        return List.copyOf(uploads);
    }

    @Override
    public void close() {
        for (ImportUpload upload : uploads) {
            try {
                Files.deleteIfExists(upload.file());
            } catch (IOException e) {
                // a leftover temporary file is harmless
            }
        }
    }
}
