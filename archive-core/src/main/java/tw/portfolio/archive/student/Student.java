package tw.portfolio.archive.student;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A student whose portfolio the archive keeps. The id is opaque and is also the pseudonym the
 * event log uses; the national ID and name stay in this table only. Status and completion date
 * follow from the student's enrollment changes ({@link EnrollmentLifecycle}).
 */
@Entity
@Table(name = "STUDENT")
public class Student {
    /** Enrollment status (DOMAIN.md, Lifecycles: student). */
    public enum Status {
        ENROLLED, SUSPENDED, VISITING, TRANSFERRED_OUT, GRADUATED, COMPLETED, WITHDRAWN;

        /** True for a student who has left the school: their login becomes an alumni login. */
        public boolean left() {
            return this == TRANSFERRED_OUT || this == GRADUATED || this == COMPLETED || this == WITHDRAWN;
        }
    }

    @Id
    @Column(name = "ID", length = 36)
    private String id;
    @Column(name = "NATIONAL_ID", length = 10, nullable = false, unique = true)
    private String nationalId;
    @Column(name = "NAME", nullable = false)
    private String name;
    @Column(name = "STUDENT_NUMBER")
    private String studentNumber;
    @Column(name = "CLASS_NAME")
    private String className;
    @Column(name = "SCHOOL_CODE", length = 6)
    private String schoolCode;
    @Column(name = "EMAIL")
    private String email;
    @Column(name = "BIRTH_DATE")
    private LocalDate birthDate;
    @Column(name = "GRADE")
    private Integer grade;
    @Column(name = "ENROLLED_ON")
    private LocalDate enrolledOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private Status status;
    @Column(name = "COMPLETED_ON")
    private LocalDate completedOn;
    /** Set by a retention sweep with SQL (V14, V15, issue 15); this entity only reads them. */
    @Column(name = "SEALED_ON", insertable = false, updatable = false)
    private LocalDate sealedOn;
    @Column(name = "SEAL_DATE", insertable = false, updatable = false)
    private LocalDate sealDate;
    @Version
    @Column(name = "VERSION")
    private long version;

    protected Student() {
    }

    public Student(NationalId nationalId, String name, String studentNumber, String className, SchoolCode schoolCode) {
        this.id = UUID.randomUUID().toString();
        this.nationalId = nationalId.value();
        this.name = name;
        this.studentNumber = studentNumber;
        this.className = className;
        this.schoolCode = schoolCode == null ? null : schoolCode.value();
        this.status = Status.ENROLLED;
    }

    /** A student as the registrar enters them (checked by {@link StudentRecordRule}). */
    public static Student enrolled(StudentRecord r, SchoolCode schoolCode) {
        Student s = new Student(r.nationalId(), r.name(), r.studentNumber(), r.className(), schoolCode);
        s.birthDate = r.birthDate();
        s.grade = r.grade();
        s.enrolledOn = r.enrolledOn();
        return s;
    }

    public String id() {
        return id;
    }

    public NationalId nationalId() {
        return NationalId.of(nationalId);
    }

    public String name() {
        return name;
    }

    public String studentNumber() {
        return studentNumber;
    }

    public String className() {
        return className;
    }

    public String schoolCode() {
        return schoolCode;
    }

    public String email() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Integer grade() {
        return grade;
    }

    public LocalDate enrolledOn() {
        return enrolledOn;
    }

    public Status status() {
        return status;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    /** The student's seal once a retention sweep sealed their records, empty until then. */
    public java.util.Optional<tw.portfolio.archive.access.Seal> seal() {
        return sealedOn == null ? java.util.Optional.empty()
                : java.util.Optional.of(new tw.portfolio.archive.access.Seal(sealedOn, sealDate));
    }

    /** Refuses (409) a change to a sealed student's records. */
    public void requireNotSealed() {
        if (sealedOn != null) {
            throw new tw.portfolio.archive.access.SealedReadOnlyException(seal().get());
        }
    }

    /** The record as checked fields, for a correction that changes some of them. */
    public StudentRecord record() {
        return new StudentRecord(nationalId(), studentNumber, name, birthDate, className, grade == null ? 0 : grade,
                enrolledOn);
    }

    /** Replaces the registrar's fields with a checked record (a correction, §4(1)1). */
    public void correct(StudentRecord r) {
        this.nationalId = r.nationalId().value();
        this.studentNumber = r.studentNumber();
        this.name = r.name();
        this.birthDate = r.birthDate();
        this.className = r.className();
        this.grade = r.grade();
        this.enrolledOn = r.enrolledOn();
    }

    /** Status and completion date as the enrollment changes leave them ({@link EnrollmentLifecycle}). */
    public void settle(Status status, LocalDate completedOn) {
        this.status = status;
        this.completedOn = completedOn;
    }
}
