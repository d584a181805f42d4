package tw.portfolio.archive.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tw.portfolio.archive.artifact.Artifact;
import tw.portfolio.archive.calendar.Semester;
import tw.portfolio.archive.search.DocumentLoader;
import tw.portfolio.archive.search.DocumentSource;
import tw.portfolio.archive.search.DocumentState;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.ExtractedText;
import tw.portfolio.archive.search.SearchDocument;
import tw.portfolio.archive.search.TextExtractor;
import tw.portfolio.archive.storage.ArtifactStore;
import tw.portfolio.archive.student.Student;

/**
 * Builds search documents from the archive: an artifact with its student's identifiers, its
 * metadata and, for PDFs, the text PDFBox extracts within bounds. Used by the outbox indexer (one
 * document) and by a rebuild (all of them, in id order).
 */
@ApplicationScoped
public class ArchiveDocuments implements DocumentLoader, DocumentSource {
    private static final int PAGE = 200;

    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    ArtifactStore store;
    @Inject
    TextExtractor extractor;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<SearchDocument> load(String documentId, DocumentType type) {
        if (type != DocumentType.ARTIFACT) {
            return Optional.empty();
        }
        Artifact a = em.find(Artifact.class, documentId);
        return a == null ? Optional.empty() : Optional.of(toDocument(a));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public long count() {
        return em.createQuery("select count(a) from Artifact a", Long.class).getSingleResult();
    }

    @Override
    public Stream<SearchDocument> documentsAfter(String afterId) {
        return Stream.iterate(page(afterId), p -> !p.isEmpty(), p -> page(p.get(p.size() - 1).id()))
                .flatMap(List::stream);
    }

    /** One page of documents; reads outside a transaction are fine for a transaction-scoped manager. */
    private List<SearchDocument> page(String afterId) {
        jakarta.persistence.TypedQuery<Artifact> q = afterId == null
                ? em.createQuery("select a from Artifact a order by a.id", Artifact.class)
                : em.createQuery("select a from Artifact a where a.id > :after order by a.id", Artifact.class)
                        .setParameter("after", afterId);
        List<Artifact> items = q.setMaxResults(PAGE).getResultList();
        return items.stream().map(this::toDocument).toList();
    }

    SearchDocument toDocument(Artifact a) {
        Student s = em.find(Student.class, a.studentId());
        Semester sem = Semester.containing(a.createdAt().atZone(java.time.ZoneId.of("Asia/Taipei")).toLocalDate());
        SearchDocument.Builder b = SearchDocument.builder(a.id(), DocumentType.ARTIFACT)
                .state(state(a.state()))
                .studentId(a.studentId())
                .academicYear(sem.academicYear().value())
                .semester(sem.number())
                .title(a.title() == null ? a.filename() : a.title())
                .filename(a.filename())
                .sha256(a.sha256())
                .mediaType(a.mediaType());
        if (s != null) {
            b.studentName(s.name()).nationalId(s.nationalId().value()).studentNumber(s.studentNumber())
                    .className(s.className());
        }
        if (a.state() == Artifact.State.ACTIVE && extractor.supports(a.mediaType())) {
            Path file = Path.of(store.describeRoot()).resolve(a.contentPath());
            b.extracted(Files.isRegularFile(file) ? extractor.extract(file)
                    : ExtractedText.notExtracted("stored file missing"));
        }
        return b.build();
    }

    private static DocumentState state(Artifact.State s) {
        return switch (s) {
            case ACTIVE -> DocumentState.ACTIVE;
            case SEALED -> DocumentState.SEALED;
            case DELETED -> DocumentState.DELETED;
        };
    }
}
