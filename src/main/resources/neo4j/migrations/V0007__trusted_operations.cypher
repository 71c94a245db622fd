// Trusted operations (issue 15): GraphQL documents integrations call by name or by the SHA-256
// of their text (id); a name is registered once and always means the same document.
CREATE CONSTRAINT trusted_operation_name IF NOT EXISTS FOR (t:TrustedOperation) REQUIRE t.name IS UNIQUE;
CREATE INDEX trusted_operation_id IF NOT EXISTS FOR (t:TrustedOperation) ON (t.id);
