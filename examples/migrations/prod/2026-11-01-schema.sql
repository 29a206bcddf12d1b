-- Ordinary schema migration: no import, no finding.
USE app;

CREATE TABLE IF NOT EXISTS orders (
  id BIGINT PRIMARY KEY AUTO_RANDOM,
  customer_id BIGINT NOT NULL,
  total DECIMAL(12, 2) NOT NULL,
  note VARCHAR(255) DEFAULT 'IMPORT INTO is only text here; so is this ;',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

/* A comment that mentions IMPORT INTO t FROM '/x.csv'; is not a statement either. */
INSERT INTO orders (customer_id, total) VALUES (1, 9.99);
