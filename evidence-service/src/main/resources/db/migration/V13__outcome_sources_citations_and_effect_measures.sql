-- Where each figure comes from, typed (issue 11, items 9 and 10). Checked 30 November 2026; the sources, with the
-- excerpts read, are in docs/research/trials.md, "Primary-source check (V13)".
--
-- 1. source_kind: 'primary_publication' when the stored figures were confirmed against the primary publication (its
--    abstract or full text, on the publisher's page, PubMed/PMC or a verbatim copy of the abstract); 'secondary' when
--    at least one stored figure rests only on a report about it (news or conference summary, review table, ESMO-MCBS
--    scorecard, label, press release). A secondary row names its source in source_note.
-- 2. doi holds a DOI and nothing else; a source without one (a congress abstract, a journal reference whose DOI was
--    not found) is a citation. A trial or an outcome has a DOI, a citation or both.
-- 3. effect_measure says what the ratio in hazard_ratio is: a hazard ratio, or a rate ratio (Stopeck 2010's first
--    and subsequent SREs, a multiple-event analysis). ESMO-MCBS v1.1 forms 2a and 2b grade hazard ratios only.
ALTER TABLE outcome ADD COLUMN effect_measure TEXT NOT NULL DEFAULT 'hazard_ratio';
ALTER TABLE outcome ADD CONSTRAINT outcome_effect_measure CHECK (effect_measure IN ('hazard_ratio', 'rate_ratio'));
ALTER TABLE outcome ADD COLUMN source_kind TEXT NOT NULL DEFAULT 'primary_publication';
ALTER TABLE outcome ADD CONSTRAINT outcome_source_kind CHECK (source_kind IN ('primary_publication', 'secondary'));
ALTER TABLE outcome ADD COLUMN source_note TEXT;
ALTER TABLE outcome ADD COLUMN citation TEXT;
ALTER TABLE outcome ALTER COLUMN doi DROP NOT NULL;
ALTER TABLE trial ALTER COLUMN doi DROP NOT NULL;

-- the two values that were not DOIs become citations
UPDATE outcome SET citation = 'Dent RA et al. ESMO Congress 2025, abstract LBA21', doi = NULL
WHERE trial_id = 'TROPION-BREAST02' AND doi = 'ESMO 2025 LBA21';
UPDATE outcome SET citation = 'Tolaney SM et al. N Engl J Med 2026;394(4):354-366', doi = NULL
WHERE trial_id = 'ASCENT-04' AND doi = 'NEJM 2026;394:354-366';
UPDATE trial SET doi = NULL WHERE trial_id IN ('TROPION-BREAST02', 'ASCENT-04');

ALTER TABLE outcome ADD CONSTRAINT outcome_doi_is_doi CHECK (doi IS NULL OR doi ~ '^10\.[0-9]{4,9}/\S+$');
ALTER TABLE outcome ADD CONSTRAINT outcome_has_source CHECK (doi IS NOT NULL OR citation IS NOT NULL);
ALTER TABLE outcome ADD CONSTRAINT outcome_secondary_names_source CHECK (source_kind <> 'secondary' OR source_note IS NOT NULL);
ALTER TABLE trial ADD CONSTRAINT trial_doi_is_doi CHECK (doi IS NULL OR doi ~ '^10\.[0-9]{4,9}/\S+$');

-- Stopeck 2010: first and subsequent on-study SREs are a rate ratio (0.77, 0.66-0.89); time to first SRE stays a
-- hazard ratio (0.82, 0.71-0.95). The stored values are right; only their type was missing.
UPDATE outcome SET effect_measure = 'rate_ratio'
WHERE trial_id = 'STOPECK-2010' AND endpoint = 'TIME_TO_FIRST_AND_SUBSEQUENT_SRE';

-- Sources replaced by the primary publication
UPDATE outcome SET note = 'Objective response 62.6% vs 27.2% (odds ratio 4.99; ACT Genomics news item, secondary). Medians 8.6 vs 5.6 months and HR 0.54 (0.41-0.71), P<0.001, as in the NEJM 2018 abstract; HR to three decimals, 0.542 (0.413-0.711), P<0.0001, as restated in the final OS publication (Ann Oncol 2020). DOI not independently verified.'
WHERE trial_id = 'EMBRACA' AND endpoint = 'PFS';
UPDATE outcome SET note = 'OS immature (16% deaths). Data cut-off 26 February 2025. Figures as in the NEJM abstract.'
WHERE trial_id = 'DESTINY-BREAST09' AND endpoint = 'PFS';
-- ASCENT-04: the NEJM abstract gives two-sided P<0.001; 0.0009 was the manufacturer's release (consistent with it)
UPDATE outcome SET p_value = '<0.001',
    note = 'OS immature (26% of patients had died). Figures as in the NEJM abstract (two-sided P<0.001; a Merck release gave p=0.0009). DOI not found.'
WHERE trial_id = 'ASCENT-04' AND endpoint = 'PFS';

-- Outcomes whose figures rest, at least in part, on a secondary source
UPDATE outcome SET source_kind = 'secondary', source_note = 'ASCO 2019 abstract LBA1008 (Tripathy 2018 restated) and ESMO-MCBS scorecard 158 for the CI; the Lancet Oncol 2018 publication itself was not reached'
WHERE trial_id = 'MONALEESA-7' AND endpoint = 'PFS';
UPDATE outcome SET source_kind = 'secondary', source_note = 'CI from the ASCO 2022 abstract LBA1003 and ESMO-MCBS scorecard 7; the Rugo 2019 abstract gives HR 0.563 without its CI'
WHERE trial_id = 'PALOMA-2' AND endpoint = 'PFS' AND analysis LIKE 'updated PFS%';
UPDATE outcome SET source_kind = 'secondary', source_note = 'ASCO 2022 abstract LBA1003 and a summary of the JCO 2024 paper (journaljams.org); the publication itself was not reached'
WHERE trial_id = 'PALOMA-2' AND endpoint = 'OS';
UPDATE outcome SET source_kind = 'secondary', source_note = 'ESMO-MCBS scorecard 4 (control median 40.8, gain 16.3, HR 0.69 (0.58-0.82)); the experimental median 57.1 is control plus gain'
WHERE trial_id = 'CLEOPATRA' AND endpoint = 'OS';
UPDATE outcome SET source_kind = 'secondary', source_note = 'US prescribing information for denosumab (Xgeva), Table 2; the JCO 2010 publication itself was not reached'
WHERE trial_id = 'STOPECK-2010';
UPDATE outcome SET source_kind = 'secondary', source_note = 'ESMO-MCBS scorecard 161 and a review table (PMC10046117); the Ann Oncol 2021 publication itself was not reached'
WHERE trial_id = 'MONALEESA-3' AND endpoint = 'OS' AND analysis LIKE 'updated OS%';
UPDATE outcome SET source_kind = 'secondary', source_note = 'review tables (PMC10046117; physician.tw); the Lancet Oncol 2016 publication itself was not reached'
WHERE trial_id = 'PALOMA-3' AND endpoint = 'PFS';
UPDATE outcome SET source_kind = 'secondary', source_note = 'review table (PMC7288640) and the ASCO 2022 abstract (HR 0.814, 0.644-1.029); the NEJM 2018 publication itself was not reached'
WHERE trial_id = 'PALOMA-3' AND endpoint = 'OS';
UPDATE outcome SET source_kind = 'secondary', source_note = 'medians from the JAMA Oncol 2020 publication (PMC6777264); HR, CI and p from a review table (PMC7288640) and the SABCS 2022 final-OS abstract (HR 0.757, 0.606-0.945, p = 0.01)'
WHERE trial_id = 'MONARCH-2' AND endpoint = 'OS';
UPDATE outcome SET source_kind = 'secondary', source_note = 'control median 6.8 months from eviQ; HR, CI and P from the NEJM 2022 abstract'
WHERE trial_id = 'DESTINY-BREAST03' AND endpoint = 'PFS' AND analysis LIKE 'primary PFS%';
UPDATE outcome SET source_kind = 'secondary', source_note = 'summary of Hurvitz et al., Lancet 2023 (pharmaconews.net); the publication itself was not reached'
WHERE trial_id = 'DESTINY-BREAST03' AND analysis IN ('updated PFS analysis (blinded independent central review)', 'OS analysis reported with the updated PFS (Hurvitz et al. 2023)');
UPDATE outcome SET source_kind = 'secondary', source_note = '95% CI from a summary (journaljams.org); medians, HR and P agree with the NEJM 2022 abstract, which gives no CI'
WHERE trial_id = 'DESTINY-BREAST04';
UPDATE outcome SET source_kind = 'secondary', source_note = 'mdedge news report; the NEJM 2021 publication itself was not reached'
WHERE trial_id = 'ASCENT';
UPDATE outcome SET source_kind = 'secondary', source_note = 'P value from a secondary report; the JAMA 2017 publication gives the primary analysis'
WHERE trial_id = 'CALGB-70604' AND endpoint = 'TIME_TO_FIRST_SRE';
UPDATE outcome SET source_kind = 'secondary', source_note = 'CPS >= 10 figures from ASCO Post (July 2022); the NEJM 2022 abstract copy read gives the CPS >= 1 figures only'
WHERE trial_id = 'KEYNOTE-355' AND endpoint = 'OS';
UPDATE outcome SET source_kind = 'secondary', source_note = 'COSA 2022 conference abstract restating the primary analyses; the Lancet 2020 publication (9.7 vs 5.6 months, HR 0.65, 0.49-0.86, per a review) was not reached'
WHERE trial_id = 'KEYNOTE-355' AND endpoint = 'PFS';
UPDATE outcome SET source_kind = 'secondary', source_note = 'ecancer interview and ESMO-MCBS scorecard 374 (CI); the JCO 2022 publication itself was not reached'
WHERE trial_id = 'TROPICS-02' AND endpoint = 'PFS';
UPDATE outcome SET source_kind = 'secondary', source_note = 'CancerNetwork report and ESMO-MCBS scorecard 374; the Lancet 2023 publication itself was not reached'
WHERE trial_id = 'TROPICS-02' AND endpoint = 'OS';
UPDATE outcome SET source_kind = 'secondary', source_note = 'Nat Rev Clin Oncol news item; the Ann Oncol 2019 publications themselves were not reached'
WHERE trial_id = 'KEYNOTE-086';
UPDATE outcome SET source_kind = 'secondary', source_note = 'EndocrineWeb summary of Gnant et al., Lancet 2015; the publication and the 95% CI were not reached'
WHERE trial_id = 'ABCSG-18';
UPDATE outcome SET source_kind = 'secondary', source_note = 'review table (J Clin Med 2013, PMC4470230); the NEJM 2011 abstract copy read stops before its results'
WHERE trial_id = 'AZURE' AND analysis LIKE 'primary DFS%';
UPDATE outcome SET source_kind = 'secondary', source_note = 'ASCO Post summary of Coleman et al., Lancet Oncol 2014; the abstract copies read stop before the results'
WHERE trial_id = 'AZURE' AND analysis LIKE 'final efficacy analysis%';
UPDATE outcome SET source_kind = 'secondary', source_note = 'ASCO 2024 presentation (Curigliano et al.) as summarised by ACT Genomics, 25 July 2024; the NEJM abstract gives the HER2-low figures only'
WHERE trial_id = 'DESTINY-BREAST06' AND analysis LIKE 'all randomised%';
UPDATE outcome SET source_kind = 'secondary', source_note = 'ASCO 2024 presentation (Curigliano et al.) as summarised by ACT Genomics, 25 July 2024; the NEJM abstract says only that HER2-ultralow results were consistent, and no copy of the paper''s HER2-ultralow figures was reached',
    note = 'Exploratory subgroup (n = 153), consistent with HER2-low per the publication. A median of 15.1 months with trastuzumab deruxtecan has been recalled for this subgroup; no source on file states it, so the summarised 13.2 is kept.'
WHERE trial_id = 'DESTINY-BREAST06' AND analysis LIKE 'exploratory, HER2-ultralow%';
UPDATE outcome SET source_kind = 'secondary', source_note = 'HR and CI from CancerNetwork (SABCS 2024 report) and the approval news; the NEJM abstract gives the medians (5.5 vs 3.8 months) and restricted mean survival, not the HR'
WHERE trial_id = 'EMBER-3' AND analysis LIKE 'primary PFS analysis, ESR1%';
UPDATE outcome SET source_kind = 'secondary', source_note = 'CancerNetwork (SABCS 2024 report); the NEJM abstract copies read agree on the medians and HR 0.57 but stop before the CI'
WHERE trial_id = 'EMBER-3' AND analysis LIKE 'all patients, imlunestrant + abemaciclib%';
UPDATE outcome SET source_kind = 'secondary', source_note = 'ESMO 2025 presentation as reported by ASCO Post (25 June 2026); no journal publication found'
WHERE trial_id = 'TROPION-BREAST02' AND endpoint = 'PFS';
UPDATE outcome SET source_kind = 'secondary', source_note = 'ESMO 2025 presentation as reported by OncLive; no journal publication found'
WHERE trial_id = 'TROPION-BREAST02' AND endpoint = 'OS';
UPDATE outcome SET source_kind = 'secondary', source_note = 'OncLive (24 June 2026) and a review of the NEJM paper (altaioncology.com); the NEJM abstract copy read stops before its results'
WHERE trial_id = 'ASCENT-03';

-- Every trial's outcomes now carry these fields in TrialChanged: each trial gets a new version, so the start-up
-- catch-up publishes it as it now reads.
UPDATE trial SET version = version + 1;
UPDATE knowledge_version SET version = version + 1, changed_at = now() WHERE id = 1;
