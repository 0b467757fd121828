-- ESMO-MCBS v1.1 grades only statistically significant results (Cherny NI et al., Ann Oncol 2017;28:2340-2366,
-- doi:10.1093/annonc/mdx310). No stored value changes: the grade was and is derived when read, and from this
-- release a non-significant result (p >= 0.05, or without a p value a 95 % CI of the HR reaching 1) has none, with
-- the reason instead. Among the stored outcomes that changes MONARCH-3 final OS (p 0.0664; was served as grade 4),
-- EMBRACA final OS (p 0.17; was grade 1) and the final OS of PALOMA-3, PALOMA-2, BOLERO-2 and SOLAR-1.
-- evidence.events still holds those trials with the old grades, and recommendation-service answers from it: a new
-- version of every trial with a gradable-looking outcome makes the start-up catch-up publish them as they now read.
UPDATE trial SET version = version + 1
WHERE trial_id IN (SELECT DISTINCT trial_id FROM outcome WHERE mcbs_form IS NOT NULL OR mcbs_grade_published IS NOT NULL);
UPDATE knowledge_version SET version = version + 1, changed_at = now() WHERE id = 1;
