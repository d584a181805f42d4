-- Event-log appends in two steps, as Trillian's sequencer does. The event's own transaction queues
-- its leaf (durable with the event, no lock held, so concurrent transactions commit together); the
-- sequencer then gives queued leaves their indexes in batches, in one transaction per batch that
-- holds the event_log_writer row lock. event_log_entry keeps which queue entry became which leaf.
-- Entry ids come from the application (LogEntryIds), not an identity column: Derby's identity
-- generator fails inserts under concurrent writers ("too much contention").
CREATE TABLE event_log_queue (
    entry_id BIGINT NOT NULL,
    leaf_data VARCHAR(21848) NOT NULL,
    CONSTRAINT pk_event_log_queue PRIMARY KEY (entry_id)
);
CREATE TABLE event_log_entry (
    entry_id BIGINT NOT NULL,
    leaf_index BIGINT NOT NULL,
    CONSTRAINT pk_event_log_entry PRIMARY KEY (entry_id)
);
-- Rows written before this migration keep their LEAF_INDEX; newer ones name their queue entry.
ALTER TABLE ARTIFACT ADD COLUMN LOG_ENTRY BIGINT;
ALTER TABLE AUDIT_TRAIL ADD COLUMN LOG_ENTRY BIGINT;
