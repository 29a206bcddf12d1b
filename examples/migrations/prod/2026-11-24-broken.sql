-- An unterminated string: the linter cannot read the rest of the file, so it cannot call it
-- safe: syntax-error.
INSERT INTO app.notes (body) VALUES ('this string never ends);
IMPORT INTO app.notes FROM 's3://dumps/notes.csv';
