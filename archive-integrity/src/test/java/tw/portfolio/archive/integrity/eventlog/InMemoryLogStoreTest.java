package tw.portfolio.archive.integrity.eventlog;

class InMemoryLogStoreTest extends LogStoreContract {
    @Override
    LogStore newStore() {
        return new InMemoryLogStore();
    }
}
