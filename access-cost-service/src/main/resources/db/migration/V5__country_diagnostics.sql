-- Which diagnostics a country can deliver (NULL = no source on file): HER2 by IHC and by ISH, and NGS/ctDNA for
-- PIK3CA, ESR1, AKT1, PTEN. A curator sets them with their source; without data, the tier rule gives an
-- expectation (IHC from the limited tier, ISH from enhanced, NGS at maximal: the project's convention).
ALTER TABLE country ADD COLUMN ihc_available BOOLEAN;
ALTER TABLE country ADD COLUMN ish_available BOOLEAN;
ALTER TABLE country ADD COLUMN ngs_available BOOLEAN;
ALTER TABLE country ADD COLUMN diagnostics_source TEXT;
ALTER TABLE country ADD COLUMN diagnostics_as_of DATE;
