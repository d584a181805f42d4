-- One row that every log append updates first: its row lock, held to the end of the appending
-- transaction, serialises appends on Derby and PostgreSQL alike, so two transactions can never
-- compute the same leaf index.
CREATE TABLE event_log_writer (
    id SMALLINT NOT NULL,
    appends BIGINT NOT NULL,
    CONSTRAINT pk_event_log_writer PRIMARY KEY (id)
);
INSERT INTO event_log_writer (id, appends) VALUES (1, 0);
