-- The evidence service's investigational agents (seed review sections 7.2-7.3), so that the drug catalogue covers
-- every agent it knows. Nothing is known about their access beyond the evidence service's own facts: investigational
-- in breast cancer, so no minimum tier (no tier is expected to deliver them outside a trial), no schedule, no price.
-- Radium-223's ATC code is the evidence service's (WHO ATC/DDD Index 2025); it is licensed for prostate cancer, not
-- breast cancer. External beam radiotherapy is not a drug: the country's radiotherapy_available covers it.
INSERT INTO drug (inn, atc_code, who_eml, who_eml_year, who_eml_source, who_eml_indication, generic_exists, generic_source,
    schedule, schedule_source) VALUES
('radium-223 dichloride', 'V10XX03', NULL, NULL, NULL, NULL, NULL, NULL,
 'investigational in breast cancer', 'evidence-service (seed review section 7.2)'),
('lutetium-177 radioligands', NULL, NULL, NULL, NULL, NULL, NULL, NULL,
 'investigational in breast cancer', 'evidence-service (seed review section 7.2)'),
('fapi radioligand', NULL, NULL, NULL, NULL, NULL, NULL, NULL,
 'investigational in breast cancer', 'evidence-service (seed review section 7.2)'),
('bintrafusp alfa', NULL, NULL, NULL, NULL, NULL, NULL, NULL,
 'investigational in breast cancer', 'evidence-service (seed review section 7.3)'),
('vactosertib', NULL, NULL, NULL, NULL, NULL, NULL, NULL,
 'investigational in breast cancer', 'evidence-service (seed review section 7.3)')
ON CONFLICT (inn) DO NOTHING;
