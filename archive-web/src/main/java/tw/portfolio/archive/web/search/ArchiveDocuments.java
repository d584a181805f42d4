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
        return switch (type) {
            case ARTIFACT -> artifact(documentId);
            case COURSE_OUTCOME -> RecordDocuments.outcome(em, documentId);
            case DIVERSE_PERFORMANCE -> RecordDocuments.diverse(em, documentId);
            default -> anyRecord(documentId);
        };
    }

    /** The student's artifacts, outcomes and diverse items, each by the student-id column of its table. */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<SearchDocument> studentDocuments(String studentId) {
        List<SearchDocument> docs = new java.util.ArrayList<>();
        em.createQuery("select a from Artifact a where a.studentId = :s", Artifact.class).setParameter("s", studentId)
                .getResultStream().map(this::toDocument).forEach(docs::add);
        em.createQuery("select o.id from CourseOutcome o where o.studentId = :s", String.class)
                .setParameter("s", studentId).getResultStream()
                .forEach(id -> RecordDocuments.outcome(em, id).ifPresent(docs::add));
        em.createQuery("select d.id from DiversePerformance d where d.studentId = :s", String.class)
                .setParameter("s", studentId).getResultStream()
                .forEach(id -> RecordDocuments.diverse(em, id).ifPresent(docs::add));
        return docs;
    }

    /** A record whose kind the requester did not know (an event names only its id): try each kind. */
    private Optional<SearchDocument> anyRecord(String id) {
        Optional<SearchDocument> d = artifact(id);
        if (d.isEmpty()) {
            d = RecordDocuments.outcome(em, id);
        }
        return d.isPresent() ? d : RecordDocuments.diverse(em, id);
    }

    private Optional<SearchDocument> artifact(String id) {
        Artifact a = em.find(Artifact.class, id);
        return a == null ? Optional.empty() : Optional.of(toDocument(a));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public long count() {
        return em.createQuery("select count(a) from Artifact a", Long.class).getSingleResult()
                + em.createQuery("select count(o) from CourseOutcome o", Long.class).getSingleResult()
                + em.createQuery("select count(d) from DiversePerformance d", Long.class).getSingleResult();
    }

    /** Artifacts, outcomes and diverse items merged in ascending id order (ids are UUIDs across tables). */
    @Override
    public Stream<SearchDocument> documentsAfter(String afterId) {
        Stream<String> ids = Stream.iterate(idPage(afterId), p -> !p.isEmpty(), p -> idPage(p.get(p.size() - 1)))
                .flatMap(List::stream);
        return ids.map(id -> anyRecord(id)).flatMap(Optional::stream);
    }

    /** The next ids after {@code afterId} over the three record tables, in ascending order. */
    private List<String> idPage(String afterId) {
        java.util.TreeSet<String> merged = new java.util.TreeSet<>();
        for (String entity : List.of("Artifact", "CourseOutcome", "DiversePerformance")) {
            String jpql = "select x.id from " + entity + " x" + (afterId == null ? "" : " where x.id > :after")
                    + " order by x.id";
            jakarta.persistence.TypedQuery<String> q = em.createQuery(jpql, String.class);
            if (afterId != null) {
                q.setParameter("after", afterId);
            }
            merged.addAll(q.setMaxResults(PAGE).getResultList());
        }
        return merged.stream().limit(PAGE).toList();
    }

    SearchDocument toDocument(Artifact a) {
        Student s = em.find(Student.class, a.studentId());
        Semester sem = Semester.containing(a.createdAt().atZone(java.time.ZoneId.of("Asia/Taipei")).toLocalDate());
        // Sealing is the student's (STUDENT.SEALED_ON, set by the sweep): their files are sealed with them.
        boolean sealed = a.state() == Artifact.State.SEALED
                || (a.state() == Artifact.State.ACTIVE && s != null && s.seal().isPresent());
        SearchDocument.Builder b = SearchDocument.builder(a.id(), DocumentType.ARTIFACT)
                .state(sealed ? DocumentState.SEALED : state(a.state()))
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
        if (a.state() == Artifact.State.ACTIVE && !sealed && extractor.supports(a.mediaType())) {
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
