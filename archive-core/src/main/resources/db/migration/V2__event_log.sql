-- Event log (issue 3): an RFC 9162 Merkle tree. Portable between Derby 10.16 and PostgreSQL:
-- only BIGINT, SMALLINT and VARCHAR; binary values are standard padded base64 text.

-- One row per leaf, in append order. leaf_data is base64 of the exact bytes that were hashed
-- (canonical JSON of an event, at most 16 KiB, so at most 21,848 base64 characters).
CREATE TABLE event_log_leaf (
    leaf_index BIGINT NOT NULL,
    leaf_data VARCHAR(21848) NOT NULL,
    CONSTRAINT pk_event_log_leaf PRIMARY KEY (leaf_index)
);

-- The hash of every complete subtree: (node_level, node_index) covers leaves
-- [node_index * 2^node_level, (node_index + 1) * 2^node_level). Level 0 rows are leaf hashes.
-- Keeping these makes appends and proofs O(log n) lookups by primary key.
CREATE TABLE event_log_node (
    node_level SMALLINT NOT NULL,
    node_index BIGINT NOT NULL,
    node_hash VARCHAR(44) NOT NULL,
    CONSTRAINT pk_event_log_node PRIMARY KEY (node_level, node_index)
);

-- Signed checkpoints as issued (C2SP signed-note text), one per tree size at most, so auditors can
-- fetch an earlier one and ask for a consistency proof from it.
CREATE TABLE event_log_checkpoint (
    tree_size BIGINT NOT NULL,
    note VARCHAR(4000) NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_event_log_checkpoint PRIMARY KEY (tree_size)
);
