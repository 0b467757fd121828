-- What ESMO-MCBS adjusts for, per outcome (NULL = not reported / not assessed): quality of life, toxicity.
ALTER TABLE outcome ADD COLUMN qol_improved BOOLEAN;
ALTER TABLE outcome ADD COLUMN toxicity_reduced BOOLEAN;
ALTER TABLE outcome ADD COLUMN toxicity_increased BOOLEAN;

-- ESMO-MCBS scorecards credit improved quality of life to MONALEESA-7 (OS, grade 5) and PALOMA-3 (PFS, grade 4);
-- MONALEESA-3's scorecard records no global QoL benefit.
UPDATE outcome SET qol_improved = TRUE WHERE trial_id = 'MONALEESA-7' AND endpoint = 'OS';
UPDATE outcome SET qol_improved = TRUE, mcbs_grade_published = '4' WHERE trial_id = 'PALOMA-3' AND endpoint = 'PFS';
UPDATE outcome SET qol_improved = FALSE WHERE trial_id = 'MONALEESA-3' AND endpoint = 'OS' AND mcbs_grade_published = '4';
UPDATE trial SET version = version + 1 WHERE trial_id IN ('MONALEESA-7', 'PALOMA-3', 'MONALEESA-3');
-- CLEOPATRA enrolled HER2-positive disease whatever its hormone receptors
UPDATE trial SET subtype = 'HER2+', version = version + 1 WHERE trial_id = 'CLEOPATRA';
UPDATE knowledge_version SET version = version + 1, changed_at = now() WHERE id = 1;
