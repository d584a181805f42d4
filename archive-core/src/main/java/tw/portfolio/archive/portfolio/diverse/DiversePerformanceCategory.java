package tw.portfolio.archive.portfolio.diverse;

/** The ten national categories of diverse performance (DOMAIN.md). */
public enum DiversePerformanceCategory {
    CADRE_EXPERIENCE("幹部經歷"),
    COMPETITION("競賽"),
    CERTIFICATION("檢定證照"),
    SERVICE_LEARNING("服務學習"),
    FLEXIBLE_LEARNING_TIME("彈性學習時間"),
    GROUP_ACTIVITY_TIME("團體活動時間"),
    WORKPLACE_LEARNING("職場學習"),
    WORK_OUTCOME("作品成果"),
    ADVANCED_PLACEMENT("先修課程"),
    OTHER("其他");

    private final String label;

    DiversePerformanceCategory(String label) {
        this.label = label;
    }

    /** The Traditional Chinese name. */
    public String label() {
        return label;
    }
}
