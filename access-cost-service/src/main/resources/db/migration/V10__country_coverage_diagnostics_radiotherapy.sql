-- What the public system covers, which diagnostics exist and whether radiotherapy is delivered, per country, only
-- where a source says (excerpts: docs/research/lmic-access.md, uz-medicines.md, us-prices-second-pass.md). A fact
-- that is fragile (machines often down, stock-outs) says so in its source text rather than being rounded to "yes".
ALTER TABLE country ADD COLUMN public_coverage TEXT;
ALTER TABLE country ADD COLUMN public_coverage_source TEXT;

UPDATE country SET
    public_coverage = 'NHIA oncology benefit: listed chemotherapy fully covered; radiotherapy 50 % up to NGN 400,000; '
        || 'NHIA-Roche cost-sharing for monoclonal antibodies (Roche 50 %, NHIA 30 %, patient 20 %) at 24 centres',
    public_coverage_source = 'ThisDay 5 February 2025 (NHIA); NHIA-Roche programme report 28 July 2025',
    ihc_available = TRUE, ish_available = NULL, ngs_available = NULL,
    diagnostics_source = 'ER/PR/HER2 immunohistochemistry in routine care at teaching hospitals (Sokoto data set '
        || '2015-2019, World J Clin Oncol, 24 November 2020) and private laboratories (Lagos, Niger J Clin Pract 2015); '
        || 'no source on HER2 ISH; BRCA/NGS only in research pilots through foreign laboratories',
    diagnostics_as_of = '2020-11-24',
    radiotherapy_available = TRUE,
    radiotherapy_source = '8 government-funded radiotherapy machines; in 2021 six of the eight centres treated no '
        || 'patients because their machines were not working (JCO Global Oncology, 22 June 2023, doi:10.1200/GO.22.00406)',
    version = version + 1
WHERE code = 'NG';

UPDATE country SET
    public_coverage = 'Care and medicines generally free in government facilities; stock-outs documented, so patients '
        || 'often buy part of a prescription privately',
    public_coverage_source = 'PLoS ONE 12 February 2019 (doi:10.1371/journal.pone.0212125); Direct Relief, July 2019',
    ihc_available = TRUE, ish_available = NULL, ngs_available = NULL,
    diagnostics_source = 'Kamuzu Central Hospital pathology laboratory (operational since July 2011): breast cancer '
        || 'subtypes by immunohistochemistry in the Lilongwe cohort (Cancer Causes Control, April 2020); no source on ISH or NGS',
    diagnostics_as_of = '2020-04-30',
    version = version + 1
WHERE code = 'MW';

UPDATE country SET
    public_coverage = 'Free cancer care policy (start year reported as 2005 or 2007); chemotherapy at the Centre '
        || 'National de Lutte contre le Cancer since 2017; which medicines the policy covers is not on file',
    public_coverage_source = 'aniamey.com (government statement, 2018-2019 budget context); UNMC case study (2005 policy)',
    version = version + 1
WHERE code = 'NE';

UPDATE country SET
    public_coverage = 'State budget pays diagnosis and treatment of screen-detected breast and cervical cancer '
        || '(Resolution PP-402, 22 November 2024; programme 2025-2030); about USD 3.8 million of public cancer-drug '
        || 'procurement in 2024; tamoxifen free on preferential outpatient prescription for oncology patients',
    public_coverage_source = 'yuz.uz (PP-402); Tashkent Times 12 February 2026; advice.uz document 1549 (undated)',
    radiotherapy_available = TRUE,
    radiotherapy_source = 'Uzbekistan had 2 modern linear accelerators (Central Asian Radiation Oncology Congress, '
        || '9 October 2018); 11 gamma-therapy and 7 brachytherapy units to be installed (xs.uz, 6 March 2018)',
    version = version + 1
WHERE code = 'UZ';

UPDATE country SET
    public_coverage = 'Medicare Part B pays physician-administered cancer drugs at ASP + 6 % and radiotherapy '
        || 'delivery under the Physician Fee Schedule; oral generics priced by NADAC',
    public_coverage_source = 'CMS ASP payment limit file October 2026; CMS PFS October 2026 (CPT 77412 priced)',
    radiotherapy_available = TRUE,
    radiotherapy_source = 'CMS Physician Fee Schedule, October 2026 release: radiation treatment delivery (CPT 77412) '
        || 'priced at USD 443.56 per fraction (freestanding, global)',
    version = version + 1
WHERE code = 'US';

-- Uzbekistan: the only agent-level facts on file (docs/research/uz-medicines.md).
INSERT INTO listing (country_code, inn, registered, reimbursed, generic_available, availability_source, availability_as_of) VALUES
('UZ', 'tamoxifen', TRUE, TRUE, NULL, 'On the list of medicines given free on preferential outpatient prescription '
    || 'to oncology patients (tamoxifen 10 mg and 20 mg tablets; advice.uz document 1549, undated)', NULL)
ON CONFLICT (country_code, inn) DO NOTHING;
