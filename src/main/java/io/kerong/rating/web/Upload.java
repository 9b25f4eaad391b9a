package io.kerong.rating.web;

import io.kerong.shared.InvalidInputException;
import io.kerong.shared.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded batch file copied to a temporary file, deleted when closed. */
record Upload(String fileName, Path path) implements AutoCloseable {

    /** @throws InvalidInputException when no file was sent */
    static Upload of(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException(Violation.of("file", "ratingdata.file.missing"));
        }
        String name = file.getOriginalFilename() == null ? "upload.csv"
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        try {
            Path copy = Files.createTempFile("rating-data-", "-" + name.replaceAll("[^A-Za-z0-9.]", "_"));
            file.transferTo(copy);
            return new Upload(name, copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }
}
