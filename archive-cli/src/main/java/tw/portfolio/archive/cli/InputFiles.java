package tw.portfolio.archive.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.Ed25519PublicKey;

/** Reads the verifier's input files, turning every problem into an input error naming the file. */
final class InputFiles {
    private InputFiles() {
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static String readText(Path file) {
        return new String(read(file), StandardCharsets.UTF_8);
    }

    static List<Ed25519PublicKey> keys(List<Path> pemFiles) {
        List<Ed25519PublicKey> keys = new ArrayList<>();
        for (Path pem : pemFiles) {
            try {
                keys.add(Ed25519PublicKey.ofPem(readText(pem)));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(pem + ": " + e.getMessage(), e);
            }
        }
        return keys;
    }
}
