-- One row that every change able to take a right from its last active holder locks first
-- (SELECT ... FOR UPDATE), in the same transaction, so that such changes run one after another
-- on every cluster node: two administrators deactivating each other cannot both succeed. The
-- first start locks it too, so that two nodes starting on one empty database create one first
-- administrator.

CREATE TABLE rights_guard (
  id INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO rights_guard (id) VALUES (1);
