-- Whether the country can run NGS/ctDNA tests (NULL = no source), so recommended tests can say where they are
-- unlikely to be available.
ALTER TABLE rm_country ADD COLUMN ngs_available BOOLEAN;
