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
 * event log uses; the national ID and name stay in this table only.
 */
@Entity
@Table(name = "STUDENT")
public class Student {
    /** Enrollment status (DOMAIN.md, Lifecycles: student). */
    public enum Status { ENROLLED, SUSPENDED, VISITING, TRANSFERRED_OUT, GRADUATED, COMPLETED, WITHDRAWN }

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
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private Status status;
    @Column(name = "COMPLETED_ON")
    private LocalDate completedOn;
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

    public Status status() {
        return status;
    }

    public LocalDate completedOn() {
        return completedOn;
    }
}
