package tw.portfolio.archive.web.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import tw.portfolio.archive.kept.KeptKind;
import tw.portfolio.archive.kept.KeptObjects;
import tw.portfolio.archive.runtime.DataDirectory;
import tw.portfolio.archive.storage.FileSync;

/**
 * Moves receipts an older version kept as plain files ({@code <data dir>/receipts/<id>/} with
 * {@code receipt.json}, {@code request.json} and {@code bag/<bag>/}) into OCFL objects, byte for byte,
 * at start-up. Idempotent: a receipt whose row already exists (a crash after its commit) only has
 * its old folder removed, and the old folder goes only after the objects and rows are durable. A
 * folder that is not a complete receipt is left where it is and named in the log.
 */
@ApplicationScoped
public class LegacyReceipts {
    private static final Logger LOG = Logger.getLogger(LegacyReceipts.class.getName());
    static final String LEGACY_DIR = "receipts";

    @Inject
    DataDirectory dataDirectory;
    @Inject
    ReceiptFiles files;
    @Inject
    KeptObjects kept;

    /** Moves every legacy receipt; returns how many were moved. */
    public int migrate() {
        Path root = dataDirectory.root().resolve(LEGACY_DIR);
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int moved = 0;
        for (Path dir : list(root)) {
            String id = dir.getFileName().toString();
            try {
                if (migrateOne(id, dir)) {
                    moved++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Legacy receipt " + dir + " could not be moved into OCFL; it stays there", e);
            }
        }
        deleteIfEmpty(root);
        return moved;
    }

    private boolean migrateOne(String id, Path dir) {
        boolean moved = false;
        if (kept.find(KeptKind.RECEIPT, id).isEmpty()) {
            Path request = dir.resolve(ReceiptFiles.REQUEST);
            Path signed = dir.resolve(ReceiptFiles.SIGNED);
            List<Path> bags = list(dir.resolve("bag")).stream().filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            if (!id.matches("[0-9a-f-]{36}") || !Files.isRegularFile(request) || !Files.isRegularFile(signed)
                    || bags.size() != 1) {
                LOG.warning(() -> "Not a complete legacy receipt, left in place: " + dir);
                return false;
            }
            try {
                byte[] requestJson = Files.readAllBytes(request);
                IssuedReceipt receipt = ReceiptRequestJson.read(id, requestJson);
                files.write(id, receipt.request(), Files.readAllBytes(signed), requestJson, bags.get(0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            moved = true;
        }
        try {
            FileSync.deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Receipt " + id + " is kept in OCFL, but its old folder stays", e);
        }
        return moved;
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    private static void deleteIfEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            if (s.findAny().isEmpty()) {
                Files.delete(dir);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove the emptied " + dir, e);
        }
    }
}
