// The demo agency's file, compiled in so a copied or installed `docket` needs nothing beside it.
// Sources/DocketEngine/Resources/demo-agency.json is the file people read and edit; this copy must
// equal it byte for byte (DemoAgencyTextTests). After editing the JSON, regenerate it from the
// package's folder:
//   f=Sources/DocketEngine/Demo/DemoAgencyText.swift; { sed '/^    static let text = #"""$/q' "$f";
//   cat Sources/DocketEngine/Resources/demo-agency.json; printf '\n"""#\n}\n'; } > "$f.new" && mv "$f.new" "$f"

extension DemoAgency {
    static let text = #"""
{
  "name": "County of Example",
  "currency": "USD",
  "date_order": "mdy",
  "backlog_threshold_days": 125,
  "idle_logoff_minutes": 15,
  "weekend": ["saturday", "sunday"],
  "holidays": [
    "2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04", "2025-09-01",
    "2025-10-13", "2025-11-11", "2025-11-27", "2025-12-25", "2026-01-01", "2026-01-19", "2026-02-16",
    "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26",
    "2026-12-25", "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05",
    "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25", "2027-12-24", "2027-12-31"
  ],
  "departments": [
    {"code": "INTAKE", "name": "Intake & Triage"},
    {"code": "VET", "name": "Veterans Claims"},
    {"code": "MED", "name": "Medical Review"},
    {"code": "BEN", "name": "Benefits Eligibility"},
    {"code": "TAX", "name": "Tax & Revenue"},
    {"code": "DMV", "name": "Motor Vehicles"},
    {"code": "IMM", "name": "Immigration Services"},
    {"code": "PH", "name": "Public Health"},
    {"code": "REC", "name": "Records & Assessor"},
    {"code": "APPEALS", "name": "Appeals"},
    {"code": "PAY", "name": "Payments"}
  ],
  "lifecycles": [
    {
      "id": "standard",
      "states": [
        {"id": "new", "group": "initial"},
        {"id": "triage", "group": "active"},
        {"id": "in_review", "group": "active", "label": "in review"},
        {"id": "awaiting_info", "group": "hold", "label": "awaiting information", "short": "awaiting info"},
        {"id": "decided", "group": "closed"},
        {"id": "withdrawn", "group": "closed"},
        {"id": "closed", "group": "closed"}
      ],
      "transitions": [
        {"from": "new", "to": "triage"},
        {"from": ["new", "triage"], "to": "in_review"},
        {"from": ["triage", "in_review"], "to": "awaiting_info", "reason": true},
        {"from": "awaiting_info", "to": "triage"},
        {"from": "awaiting_info", "to": "in_review"},
        {"from": ["triage", "in_review"], "to": "decided"},
        {"from": "*", "to": "withdrawn", "reason": true},
        {"from": ["decided", "withdrawn"], "to": "closed"},
        {
          "from": ["decided", "withdrawn", "closed"],
          "to": "in_review",
          "reason": true,
          "roles": ["supervisor", "admin"]
        }
      ]
    },
    {
      "id": "disability",
      "states": [
        {"id": "new", "group": "initial"},
        {"id": "triage", "group": "active"},
        {"id": "in_review", "group": "active", "label": "in review"},
        {"id": "exam_scheduled", "group": "active", "label": "exam scheduled", "short": "exam booked"},
        {"id": "awaiting_info", "group": "hold", "label": "awaiting information", "short": "awaiting info"},
        {"id": "decided", "group": "closed"},
        {"id": "withdrawn", "group": "closed"},
        {"id": "closed", "group": "closed"}
      ],
      "transitions": [
        {"from": "new", "to": "triage"},
        {"from": ["new", "triage"], "to": "in_review"},
        {"from": ["triage", "in_review"], "to": "awaiting_info", "reason": true},
        {"from": "awaiting_info", "to": "triage"},
        {"from": "awaiting_info", "to": "in_review"},
        {"from": "in_review", "to": "exam_scheduled"},
        {"from": "exam_scheduled", "to": "in_review"},
        {"from": "exam_scheduled", "to": "awaiting_info", "reason": true},
        {"from": "awaiting_info", "to": "exam_scheduled"},
        {"from": ["triage", "in_review"], "to": "decided"},
        {"from": "*", "to": "withdrawn", "reason": true},
        {"from": ["decided", "withdrawn"], "to": "closed"},
        {
          "from": ["decided", "withdrawn", "closed"],
          "to": "in_review",
          "reason": true,
          "roles": ["supervisor", "admin"]
        }
      ]
    },
    {
      "id": "traffic_fine",
      "states": [
        {"id": "issued", "group": "initial"},
        {"id": "disputed", "group": "active"},
        {"id": "in_review", "group": "active", "label": "in review"},
        {"id": "awaiting_info", "group": "hold", "label": "awaiting information", "short": "awaiting info"},
        {"id": "paid", "group": "closed"},
        {"id": "decided", "group": "closed"},
        {"id": "withdrawn", "group": "closed"},
        {"id": "closed", "group": "closed"}
      ],
      "transitions": [
        {"from": "issued", "to": "paid"},
        {"from": "issued", "to": "disputed", "reason": true},
        {"from": ["issued", "disputed"], "to": "in_review"},
        {"from": ["disputed", "in_review"], "to": "awaiting_info", "reason": true},
        {"from": "awaiting_info", "to": "disputed"},
        {"from": "awaiting_info", "to": "in_review"},
        {"from": ["disputed", "in_review"], "to": "decided"},
        {"from": "decided", "to": "paid"},
        {"from": "*", "to": "withdrawn", "reason": true},
        {"from": ["paid", "decided", "withdrawn"], "to": "closed"},
        {"from": ["decided", "closed"], "to": "in_review", "reason": true, "roles": ["supervisor", "admin"]}
      ]
    }
  ],
  "outcomes": [
    {"code": "granted", "name": "Granted"},
    {"code": "denied", "name": "Denied"},
    {"code": "partially_granted", "name": "Partially granted"},
    {"code": "dismissed", "name": "Dismissed"},
    {"code": "no_action_needed", "name": "No action needed"}
  ],
  "reason_codes": [
    {"code": "evidence_sufficient", "name": "The evidence supports the request", "outcomes": ["granted", "partially_granted"]},
    {"code": "insufficient_evidence", "name": "The evidence does not support the request", "outcomes": ["denied", "partially_granted"]},
    {"code": "not_eligible", "name": "The applicant does not meet the eligibility rules", "outcomes": ["denied", "partially_granted"]},
    {"code": "service_connection_established", "name": "The condition is connected to military service", "outcomes": ["granted", "partially_granted"]},
    {"code": "no_nexus", "name": "No link between the condition and service was shown", "outcomes": ["denied", "partially_granted"]},
    {"code": "documents_missing", "name": "Required documents were not provided", "outcomes": ["denied", "dismissed"]},
    {"code": "duplicate", "name": "Duplicate of another case", "outcomes": ["dismissed", "no_action_needed"]},
    {"code": "out_of_jurisdiction", "name": "Outside this agency's jurisdiction", "outcomes": ["dismissed", "denied"]},
    {"code": "paid_in_full", "name": "Paid in full", "outcomes": ["no_action_needed", "granted"]},
    {"code": "policy_exception", "name": "Granted as an exception to policy", "outcomes": ["granted", "partially_granted"]}
  ],
  "sla_policies": [
    {"id": "standard", "name": "Standard (30 business days)", "business_days": 30},
    {
      "id": "disability",
      "name": "Disability claims (125 business days; medical review 20)",
      "business_days": 125,
      "by_department": {"MED": 20}
    },
    {"id": "expedited", "name": "Expedited (10 business days)", "business_days": 10},
    {"id": "fine", "name": "Traffic fines (20 business days)", "business_days": 20},
    {"id": "records", "name": "Public records (20 business days)", "business_days": 20},
    {"id": "appeal", "name": "Appeals (60 business days)", "business_days": 60},
    {"id": "permit", "name": "Residence permits (90 business days)", "business_days": 90}
  ],
  "case_types": [
    {
      "code": "disability_claim",
      "name": "Veterans disability claim",
      "short": "Disability",
      "prefix": "DC",
      "lifecycle": "disability",
      "form": "disability_claim",
      "sla_policy": "disability",
      "default_priority": 3,
      "erase_years_after_close": 7
    },
    {
      "code": "benefits_application",
      "name": "Benefits application",
      "short": "Benefits",
      "prefix": "BA",
      "lifecycle": "standard",
      "form": "benefits_application",
      "sla_policy": "standard",
      "default_priority": 3,
      "erase_years_after_close": 7
    },
    {
      "code": "tax_refund_inquiry",
      "name": "Tax refund inquiry",
      "short": "Tax refund",
      "prefix": "TR",
      "lifecycle": "standard",
      "form": "tax_refund_inquiry",
      "sla_policy": "standard",
      "default_priority": 4,
      "erase_years_after_close": 7
    },
    {
      "code": "licence_renewal",
      "name": "Driver licence renewal",
      "short": "Licence",
      "prefix": "LR",
      "lifecycle": "standard",
      "form": "licence_renewal",
      "sla_policy": "standard",
      "default_priority": 4,
      "erase_years_after_close": 5
    },
    {
      "code": "traffic_fine",
      "name": "Traffic fine",
      "short": "Traffic fine",
      "prefix": "TF",
      "lifecycle": "traffic_fine",
      "form": "traffic_fine",
      "sla_policy": "fine",
      "default_priority": 4,
      "erase_years_after_close": 3
    },
    {
      "code": "residence_permit",
      "name": "Residence permit",
      "short": "Residence",
      "prefix": "RP",
      "lifecycle": "standard",
      "form": "residence_permit",
      "sla_policy": "permit",
      "default_priority": 3,
      "erase_years_after_close": 10
    },
    {
      "code": "contact_tracing",
      "name": "Contact-tracing report",
      "short": "Tracing",
      "prefix": "CT",
      "lifecycle": "standard",
      "form": "contact_tracing",
      "sla_policy": "expedited",
      "default_priority": 1,
      "erase_years_after_close": 1
    },
    {
      "code": "records_request",
      "name": "Public records request",
      "short": "Records",
      "prefix": "PR",
      "lifecycle": "standard",
      "form": "records_request",
      "sla_policy": "records",
      "default_priority": 3,
      "erase_years_after_close": 2
    },
    {
      "code": "property_appeal",
      "name": "Property assessment appeal",
      "short": "Prop. appeal",
      "prefix": "PA",
      "lifecycle": "standard",
      "form": "property_appeal",
      "sla_policy": "appeal",
      "default_priority": 3,
      "erase_years_after_close": 7
    },
    {
      "code": "decision_appeal",
      "name": "Appeal of a decision",
      "short": "Appeal",
      "prefix": "AP",
      "lifecycle": "standard",
      "form": "decision_appeal",
      "sla_policy": "appeal",
      "default_priority": 3,
      "erase_years_after_close": 7
    }
  ],
  "forms": [
    {
      "id": "disability_claim",
      "case_type": "disability_claim",
      "title": "Application for Disability Compensation",
      "sections": [
        {
          "title": "Applicant",
          "fields": [
            {
              "id": "given_name",
              "label": "Given name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "given_name"
            },
            {
              "id": "family_name",
              "label": "Family name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "family_name"
            },
            {
              "id": "birth_date",
              "label": "Date of birth",
              "type": "date",
              "required": true,
              "pii": true,
              "identity": "birth_date"
            },
            {
              "id": "national_id",
              "label": "Social Security number",
              "type": "national_id",
              "required": true,
              "pii": true,
              "pattern": "^\\d{3}-\\d{2}-\\d{4}$",
              "help": "9 digits, as 123-45-6789",
              "identity": "national_id"
            },
            {"id": "email", "label": "Email", "type": "email", "max_length": 254, "identity": "email"},
            {"id": "phone", "label": "Phone", "type": "phone", "identity": "phone"},
            {
              "id": "address",
              "label": "Mailing address",
              "type": "address",
              "required": true,
              "max_length": 300,
              "identity": "address",
              "help": "Street on the first line; town or city, state and ZIP code on the next"
            },
            {
              "id": "preferred_language",
              "label": "Preferred language",
              "type": "choice",
              "required": true,
              "default": "en",
              "identity": "language",
              "help": "The language of letters and notices",
              "options": [
                {"value": "en", "label": "English"},
                {"value": "es", "label": "Spanish"},
                {"value": "it", "label": "Italian"},
                {"value": "pl", "label": "Polish"},
                {"value": "ko", "label": "Korean"},
                {"value": "ar", "label": "Arabic"}
              ]
            }
          ]
        },
        {
          "title": "Military service",
          "fields": [
            {
              "id": "branch",
              "label": "Branch of service",
              "type": "choice",
              "required": true,
              "options": [
                {"value": "army", "label": "Army"},
                {"value": "navy", "label": "Navy"},
                {"value": "air_force", "label": "Air Force"},
                {"value": "marine_corps", "label": "Marine Corps"},
                {"value": "coast_guard", "label": "Coast Guard"},
                {"value": "space_force", "label": "Space Force"},
                {"value": "national_guard", "label": "National Guard"}
              ]
            },
            {"id": "service_start", "label": "Entered active duty", "type": "date", "required": true},
            {"id": "service_end", "label": "Released from active duty", "type": "date", "required": true},
            {
              "id": "discharge",
              "label": "Character of discharge",
              "type": "choice",
              "required": true,
              "options": [
                {"value": "honorable", "label": "Honorable"},
                {"value": "general", "label": "General (under honorable conditions)"},
                {"value": "other_than_honorable", "label": "Other than honorable"},
                {"value": "bad_conduct", "label": "Bad conduct"},
                {"value": "dishonorable", "label": "Dishonorable"},
                {"value": "uncharacterized", "label": "Uncharacterized"}
              ]
            },
            {
              "id": "served_in_combat_zone",
              "label": "Served in a combat zone",
              "type": "yes_no",
              "required": true
            },
            {
              "id": "combat_zone_details",
              "label": "Combat zone locations and dates",
              "type": "multiline",
              "required": true,
              "max_length": 1000,
              "show_if": {"field": "served_in_combat_zone", "equals": "yes"},
              "help": "Where and when, e.g. Kandahar Province, Afghanistan, 2010 to 2011"
            }
          ]
        },
        {
          "title": "Claim",
          "fields": [
            {
              "id": "conditions_claimed",
              "label": "Conditions claimed",
              "type": "multi_choice",
              "required": true,
              "options": [
                {"value": "ptsd", "label": "PTSD"},
                {"value": "tinnitus", "label": "Tinnitus"},
                {"value": "hearing_loss", "label": "Hearing loss"},
                {"value": "back", "label": "Back condition"},
                {"value": "knee", "label": "Knee condition"},
                {"value": "sleep_apnea", "label": "Sleep apnea"},
                {"value": "hypertension", "label": "Hypertension"},
                {"value": "diabetes", "label": "Diabetes type 2"},
                {"value": "respiratory", "label": "Respiratory condition (burn pit exposure)"},
                {"value": "cancer", "label": "Cancer"},
                {"value": "other", "label": "Other"}
              ]
            },
            {
              "id": "condition_details",
              "label": "How each condition began and affects you",
              "type": "multiline",
              "max_length": 2000
            },
            {
              "id": "service_connected",
              "label": "Caused or made worse by service",
              "type": "yes_no",
              "required": true
            },
            {
              "id": "priority_circumstances",
              "label": "Circumstances for priority processing",
              "type": "multi_choice",
              "help": "Any that apply; these claims are worked first",
              "options": [
                {"value": "terminally_ill", "label": "Terminally ill"},
                {"value": "age_85_or_older", "label": "85 years of age or older"},
                {"value": "financial_hardship", "label": "Extreme financial hardship"},
                {"value": "homeless", "label": "Homeless or at risk of homelessness"},
                {"value": "former_pow", "label": "Former prisoner of war"},
                {"value": "medal_of_honor", "label": "Medal of Honor or Purple Heart recipient"},
                {"value": "als", "label": "ALS (Lou Gehrig's disease)"}
              ]
            },
            {"id": "dependents", "label": "Number of dependents", "type": "integer", "min": 0, "max": 20}
          ]
        },
        {
          "title": "Direct deposit",
          "fields": [
            {"id": "direct_deposit", "label": "Pay by direct deposit", "type": "yes_no", "default": "no"},
            {
              "id": "account_type",
              "label": "Account type",
              "type": "choice",
              "required": true,
              "show_if": {"field": "direct_deposit", "equals": "yes"},
              "options": [{"value": "checking", "label": "Checking"}, {"value": "savings", "label": "Savings"}]
            },
            {
              "id": "bank_routing_ref",
              "label": "Routing number (last four digits)",
              "type": "text",
              "required": true,
              "pii": true,
              "pattern": "^\\*{4}\\d{4}$",
              "show_if": {"field": "direct_deposit", "equals": "yes"},
              "help": "the last four digits only, written as ****1234; never the full number"
            },
            {
              "id": "bank_account_ref",
              "label": "Account number (last four digits)",
              "type": "text",
              "required": true,
              "pii": true,
              "pattern": "^\\*{4}\\d{4}$",
              "show_if": {"field": "direct_deposit", "equals": "yes"},
              "help": "the last four digits only, written as ****1234; never the full number"
            }
          ]
        }
      ]
    },
    {
      "id": "benefits_application",
      "case_type": "benefits_application",
      "title": "Application for Benefits",
      "sections": [
        {
          "title": "Applicant",
          "fields": [
            {
              "id": "given_name",
              "label": "Given name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "given_name"
            },
            {
              "id": "family_name",
              "label": "Family name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "family_name"
            },
            {
              "id": "birth_date",
              "label": "Date of birth",
              "type": "date",
              "required": true,
              "pii": true,
              "identity": "birth_date"
            },
            {
              "id": "national_id",
              "label": "Social Security number",
              "type": "national_id",
              "required": true,
              "pii": true,
              "pattern": "^\\d{3}-\\d{2}-\\d{4}$",
              "help": "9 digits, as 123-45-6789",
              "identity": "national_id"
            },
            {"id": "email", "label": "Email", "type": "email", "max_length": 254, "identity": "email"},
            {"id": "phone", "label": "Phone", "type": "phone", "identity": "phone"},
            {
              "id": "address",
              "label": "Mailing address",
              "type": "address",
              "required": true,
              "max_length": 300,
              "identity": "address",
              "help": "Street on the first line; town or city, state and ZIP code on the next"
            },
            {
              "id": "preferred_language",
              "label": "Preferred language",
              "type": "choice",
              "required": true,
              "default": "en",
              "identity": "language",
              "help": "The language of letters and notices",
              "options": [
                {"value": "en", "label": "English"},
                {"value": "es", "label": "Spanish"},
                {"value": "it", "label": "Italian"},
                {"value": "pl", "label": "Polish"},
                {"value": "ko", "label": "Korean"},
                {"value": "ar", "label": "Arabic"}
              ]
            }
          ]
        },
        {
          "title": "Household",
          "fields": [
            {
              "id": "household_size",
              "label": "People in the household",
              "type": "integer",
              "required": true,
              "min": 1,
              "max": 20
            },
            {
              "id": "programs_requested",
              "label": "Programs applied for",
              "type": "multi_choice",
              "required": true,
              "options": [
                {"value": "snap", "label": "Food assistance (SNAP)"},
                {"value": "medicaid", "label": "Medicaid"},
                {"value": "tanf", "label": "Cash assistance (TANF)"},
                {"value": "liheap", "label": "Energy assistance (LIHEAP)"},
                {"value": "childcare", "label": "Child care assistance"}
              ]
            },
            {
              "id": "amount",
              "label": "Total monthly household income",
              "type": "money",
              "required": true,
              "min": 0,
              "max": 5000000,
              "help": "Before taxes, from all sources"
            },
            {
              "id": "housing_cost",
              "label": "Monthly rent or mortgage",
              "type": "money",
              "min": 0,
              "max": 1000000
            },
            {
              "id": "cash_on_hand",
              "label": "Cash and bank balances",
              "type": "money",
              "min": 0,
              "max": 10000000
            },
            {
              "id": "has_disability",
              "label": "Anyone in the household has a disability",
              "type": "yes_no",
              "default": "no"
            }
          ]
        },
        {
          "title": "Income",
          "fields": [
            {
              "id": "employment_status",
              "label": "Employment status",
              "type": "choice",
              "required": true,
              "options": [
                {"value": "employed_full_time", "label": "Employed full time"},
                {"value": "employed_part_time", "label": "Employed part time"},
                {"value": "self_employed", "label": "Self-employed"},
                {"value": "unemployed", "label": "Unemployed"},
                {"value": "retired", "label": "Retired"},
                {"value": "unable_to_work", "label": "Unable to work"}
              ]
            },
            {
              "id": "employer_name",
              "label": "Employer",
              "type": "text",
              "required": true,
              "max_length": 100,
              "show_if": {"field": "employment_status", "equals": ["employed_full_time", "employed_part_time"]}
            },
            {
              "id": "receives_other_benefits",
              "label": "Receives other benefits",
              "type": "yes_no",
              "required": true
            },
            {
              "id": "other_benefits",
              "label": "Which benefits",
              "type": "text",
              "required": true,
              "max_length": 200,
              "show_if": {"field": "receives_other_benefits", "equals": "yes"}
            }
          ]
        }
      ]
    },
    {
      "id": "tax_refund_inquiry",
      "case_type": "tax_refund_inquiry",
      "title": "Tax Refund Inquiry",
      "sections": [
        {
          "title": "Applicant",
          "fields": [
            {
              "id": "given_name",
              "label": "Given name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "given_name"
            },
            {
              "id": "family_name",
              "label": "Family name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "family_name"
            },
            {
              "id": "birth_date",
              "label": "Date of birth",
              "type": "date",
              "required": true,
              "pii": true,
              "identity": "birth_date"
            },
            {
              "id": "national_id",
              "label": "Social Security number",
              "type": "national_id",
              "required": true,
              "pii": true,
              "pattern": "^\\d{3}-\\d{2}-\\d{4}$",
              "help": "9 digits, as 123-45-6789",
              "identity": "national_id"
            },
            {"id": "email", "label": "Email", "type": "email", "max_length": 254, "identity": "email"},
            {"id": "phone", "label": "Phone", "type": "phone", "identity": "phone"},
            {
              "id": "address",
              "label": "Mailing address",
              "type": "address",
              "required": true,
              "max_length": 300,
              "identity": "address",
              "help": "Street on the first line; town or city, state and ZIP code on the next"
            },
            {
              "id": "preferred_language",
              "label": "Preferred language",
              "type": "choice",
              "required": true,
              "default": "en",
              "identity": "language",
              "help": "The language of letters and notices",
              "options": [
                {"value": "en", "label": "English"},
                {"value": "es", "label": "Spanish"},
                {"value": "it", "label": "Italian"},
                {"value": "pl", "label": "Polish"},
                {"value": "ko", "label": "Korean"},
                {"value": "ar", "label": "Arabic"}
              ]
            }
          ]
        },
        {
          "title": "Return",
          "fields": [
            {
              "id": "tax_year",
              "label": "Tax year",
              "type": "integer",
              "required": true,
              "min": 2018,
              "max": 2026
            },
            {
              "id": "filing_status",
              "label": "Filing status",
              "type": "choice",
              "required": true,
              "options": [
                {"value": "single", "label": "Single"},
                {"value": "married_joint", "label": "Married filing jointly"},
                {"value": "married_separate", "label": "Married filing separately"},
                {"value": "head_of_household", "label": "Head of household"},
                {"value": "surviving_spouse", "label": "Qualifying surviving spouse"}
              ]
            },
            {
              "id": "filing_method",
              "label": "How the return was filed",
              "type": "choice",
              "required": true,
              "options": [{"value": "electronic", "label": "Electronically"}, {"value": "paper", "label": "On paper"}]
            },
            {
              "id": "return_filed_date",
              "label": "Date the return was filed",
              "type": "date",
              "required": true
            },
            {
              "id": "amount",
              "label": "Refund claimed",
              "type": "money",
              "required": true,
              "min": 100,
              "max": 2500000
            }
          ]
        },
        {
          "title": "Inquiry",
          "fields": [
            {
              "id": "inquiry_reason",
              "label": "Reason for the inquiry",
              "type": "choice",
              "required": true,
              "options": [
                {"value": "not_received", "label": "Refund not received"},
                {"value": "amount_differs", "label": "Refund amount differs"},
                {"value": "offset", "label": "Refund applied to a debt"},
                {"value": "identity_check", "label": "Identity verification letter"},
                {"value": "other", "label": "Other"}
              ]
            },
            {
              "id": "notice_number",
              "label": "Notice number",
              "type": "text",
              "pattern": "^[A-Z]{2}\\d{6}$",
              "help": "two letters and six digits from the top of the notice, as RN123456"
            },
            {"id": "inquiry_details", "label": "Details", "type": "multiline", "max_length": 2000}
          ]
        }
      ]
    },
    {
      "id": "licence_renewal",
      "case_type": "licence_renewal",
      "title": "Driver Licence Renewal",
      "sections": [
        {
          "title": "Applicant",
          "fields": [
            {
              "id": "given_name",
              "label": "Given name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "given_name"
            },
            {
              "id": "family_name",
              "label": "Family name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "family_name"
            },
            {
              "id": "birth_date",
              "label": "Date of birth",
              "type": "date",
              "required": true,
              "pii": true,
              "identity": "birth_date"
            },
            {
              "id": "national_id",
              "label": "Social Security number",
              "type": "national_id",
              "required": true,
              "pii": true,
              "pattern": "^\\d{3}-\\d{2}-\\d{4}$",
              "help": "9 digits, as 123-45-6789",
              "identity": "national_id"
            },
            {"id": "email", "label": "Email", "type": "email", "max_length": 254, "identity": "email"},
            {"id": "phone", "label": "Phone", "type": "phone", "identity": "phone"},
            {
              "id": "address",
              "label": "Mailing address",
              "type": "address",
              "required": true,
              "max_length": 300,
              "identity": "address",
              "help": "Street on the first line; town or city, state and ZIP code on the next"
            },
            {
              "id": "preferred_language",
              "label": "Preferred language",
              "type": "choice",
              "required": true,
              "default": "en",
              "identity": "language",
              "help": "The language of letters and notices",
              "options": [
                {"value": "en", "label": "English"},
                {"value": "es", "label": "Spanish"},
                {"value": "it", "label": "Italian"},
                {"value": "pl", "label": "Polish"},
                {"value": "ko", "label": "Korean"},
                {"value": "ar", "label": "Arabic"}
              ]
            }
          ]
        },
        {
          "title": "Licence",
          "fields": [
            {
              "id": "licence_number",
              "label": "Licence number",
              "type": "text",
              "required": true,
              "pattern": "^[A-Z]\\d{7}$",
              "help": "one letter and seven digits, as D1234567"
            },
            {
              "id": "licence_class",
              "label": "Licence class",
              "type": "choice",
              "required": true,
              "options": [
                {"value": "C", "label": "Class C (car)"},
                {"value": "M", "label": "Class M (motorcycle)"},
                {"value": "B", "label": "Class B (bus or truck)"},
                {"value": "A", "label": "Class A (combination vehicles)"}
              ]
            },
            {"id": "expiry_date", "label": "Current licence expires", "type": "date", "required": true},
            {
              "id": "corrective_lenses",
              "label": "Needs corrective lenses to drive",
              "type": "yes_no",
              "required": true
            },
            {
              "id": "medical_condition",
              "label": "Has a condition that may affect driving",
              "type": "yes_no",
              "required": true
            },
            {
              "id": "medical_details",
              "label": "The condition and its treatment",
              "type": "multiline",
              "required": true,
              "max_length": 1000,
              "show_if": {"field": "medical_condition", "equals": "yes"}
            },
            {"id": "organ_donor", "label": "Register as an organ donor", "type": "yes_no", "default": "no"}
          ]
        }
      ]
    },
    {
      "id": "traffic_fine",
      "case_type": "traffic_fine",
      "title": "Traffic Citation",
      "sections": [
        {
          "title": "Applicant",
          "fields": [
            {
              "id": "given_name",
              "label": "Given name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "given_name"
            },
            {
              "id": "family_name",
              "label": "Family name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "family_name"
            },
            {
              "id": "birth_date",
              "label": "Date of birth",
              "type": "date",
              "required": true,
              "pii": true,
              "identity": "birth_date"
            },
            {
              "id": "national_id",
              "label": "Social Security number",
              "type": "national_id",
              "required": true,
              "pii": true,
              "pattern": "^\\d{3}-\\d{2}-\\d{4}$",
              "help": "9 digits, as 123-45-6789",
              "identity": "national_id"
            },
            {"id": "email", "label": "Email", "type": "email", "max_length": 254, "identity": "email"},
            {"id": "phone", "label": "Phone", "type": "phone", "identity": "phone"},
            {
              "id": "address",
              "label": "Mailing address",
              "type": "address",
              "required": true,
              "max_length": 300,
              "identity": "address",
              "help": "Street on the first line; town or city, state and ZIP code on the next"
            },
            {
              "id": "preferred_language",
              "label": "Preferred language",
              "type": "choice",
              "required": true,
              "default": "en",
              "identity": "language",
              "help": "The language of letters and notices",
              "options": [
                {"value": "en", "label": "English"},
                {"value": "es", "label": "Spanish"},
                {"value": "it", "label": "Italian"},
                {"value": "pl", "label": "Polish"},
                {"value": "ko", "label": "Korean"},
                {"value": "ar", "label": "Arabic"}
              ]
            }
          ]
        },
        {
          "title": "Citation",
          "fields": [
            {
              "id": "citation_number",
              "label": "Citation number",
              "type": "text",
              "required": true,
              "pattern": "^[A-Z]{2}\\d{7}$",
              "help": "two letters and seven digits, as TC1234567"
            },
            {"id": "violation_date", "label": "Date of the violation", "type": "date", "required": true},
            {
              "id": "violation",
              "label": "Violation",
              "type": "choice",
              "required": true,
              "options": [
                {"value": "speeding", "label": "Speeding"},
                {"value": "red_light", "label": "Red light"},
                {"value": "stop_sign", "label": "Stop sign"},
                {"value": "parking", "label": "Parking"},
                {"value": "no_insurance", "label": "No proof of insurance"},
                {"value": "expired_registration", "label": "Expired registration"},
                {"value": "handheld_phone", "label": "Handheld phone use"}
              ]
            },
            {
              "id": "amount",
              "label": "Fine amount",
              "type": "money",
              "required": true,
              "min": 2500,
              "max": 100000
            },
            {
              "id": "vehicle_plate",
              "label": "Licence plate",
              "type": "text",
              "required": true,
              "pattern": "^[A-Z0-9]{2,8}$",
              "help": "letters and digits only, without spaces, as 7ABC123"
            }
          ]
        },
        {
          "title": "Response",
          "fields": [
            {
              "id": "plea",
              "label": "Response",
              "type": "choice",
              "required": true,
              "options": [
                {"value": "pay", "label": "Pay the fine"},
                {"value": "dispute", "label": "Dispute the citation"},
                {"value": "payment_plan", "label": "Ask for a payment plan"}
              ]
            },
            {
              "id": "dispute_reason",
              "label": "Why the citation is disputed",
              "type": "multiline",
              "required": true,
              "max_length": 2000,
              "show_if": {"field": "plea", "equals": "dispute"}
            },
            {
              "id": "hearing_requested",
              "label": "Hearing requested",
              "type": "yes_no",
              "required": true,
              "show_if": {"field": "plea", "equals": "dispute"}
            }
          ]
        }
      ]
    },
    {
      "id": "residence_permit",
      "case_type": "residence_permit",
      "title": "Residence Permit Application",
      "sections": [
        {
          "title": "Applicant",
          "fields": [
            {
              "id": "given_name",
              "label": "Given name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "given_name"
            },
            {
              "id": "family_name",
              "label": "Family name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "family_name"
            },
            {
              "id": "birth_date",
              "label": "Date of birth",
              "type": "date",
              "required": true,
              "pii": true,
              "identity": "birth_date"
            },
            {
              "id": "national_id",
              "label": "Social Security number",
              "type": "national_id",
              "required": true,
              "pii": true,
              "pattern": "^\\d{3}-\\d{2}-\\d{4}$",
              "help": "9 digits, as 123-45-6789",
              "identity": "national_id"
            },
            {"id": "email", "label": "Email", "type": "email", "max_length": 254, "identity": "email"},
            {"id": "phone", "label": "Phone", "type": "phone", "identity": "phone"},
            {
              "id": "address",
              "label": "Mailing address",
              "type": "address",
              "required": true,
              "max_length": 300,
              "identity": "address",
              "help": "Street on the first line; town or city, state and ZIP code on the next"
            },
            {
              "id": "preferred_language",
              "label": "Preferred language",
              "type": "choice",
              "required": true,
              "default": "en",
              "identity": "language",
              "help": "The language of letters and notices",
              "options": [
                {"value": "en", "label": "English"},
                {"value": "es", "label": "Spanish"},
                {"value": "it", "label": "Italian"},
                {"value": "pl", "label": "Polish"},
                {"value": "ko", "label": "Korean"},
                {"value": "ar", "label": "Arabic"}
              ]
            }
          ]
        },
        {
          "title": "Permit",
          "fields": [
            {
              "id": "permit_type",
              "label": "Permit applied for",
              "type": "choice",
              "required": true,
              "options": [
                {"value": "work", "label": "Work"},
                {"value": "family", "label": "Family reunification"},
                {"value": "study", "label": "Study"},
                {"value": "humanitarian", "label": "Humanitarian protection"},
                {"value": "long_term", "label": "Long-term resident"}
              ]
            },
            {"id": "nationality", "label": "Nationality", "type": "text", "required": true, "max_length": 60},
            {
              "id": "passport_number",
              "label": "Passport number",
              "type": "text",
              "required": true,
              "pii": true,
              "pattern": "^[A-Z0-9]{6,9}$",
              "help": "6 to 9 letters and digits, as X1234567"
            },
            {"id": "entry_date", "label": "Date of entry", "type": "date", "required": true},
            {
              "id": "employer_name",
              "label": "Employer",
              "type": "text",
              "required": true,
              "max_length": 100,
              "show_if": {"field": "permit_type", "equals": "work"}
            },
            {
              "id": "sponsor_relationship",
              "label": "Relationship to the sponsor",
              "type": "choice",
              "required": true,
              "show_if": {"field": "permit_type", "equals": "family"},
              "options": [
                {"value": "spouse", "label": "Spouse or partner"},
                {"value": "parent", "label": "Parent"},
                {"value": "child", "label": "Child"},
                {"value": "sibling", "label": "Sibling"}
              ]
            },
            {
              "id": "household_members",
              "label": "Family members on this application",
              "type": "integer",
              "min": 0,
              "max": 15
            },
            {
              "id": "previous_refusal",
              "label": "A permit was refused before",
              "type": "yes_no",
              "required": true
            }
          ]
        }
      ]
    },
    {
      "id": "contact_tracing",
      "case_type": "contact_tracing",
      "title": "Communicable Disease Report",
      "sections": [
        {
          "title": "Applicant",
          "fields": [
            {
              "id": "given_name",
              "label": "Given name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "given_name"
            },
            {
              "id": "family_name",
              "label": "Family name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "family_name"
            },
            {
              "id": "birth_date",
              "label": "Date of birth",
              "type": "date",
              "required": true,
              "pii": true,
              "identity": "birth_date"
            },
            {
              "id": "national_id",
              "label": "Social Security number",
              "type": "national_id",
              "required": true,
              "pii": true,
              "pattern": "^\\d{3}-\\d{2}-\\d{4}$",
              "help": "9 digits, as 123-45-6789",
              "identity": "national_id"
            },
            {"id": "email", "label": "Email", "type": "email", "max_length": 254, "identity": "email"},
            {"id": "phone", "label": "Phone", "type": "phone", "identity": "phone"},
            {
              "id": "address",
              "label": "Mailing address",
              "type": "address",
              "required": true,
              "max_length": 300,
              "identity": "address",
              "help": "Street on the first line; town or city, state and ZIP code on the next"
            },
            {
              "id": "preferred_language",
              "label": "Preferred language",
              "type": "choice",
              "required": true,
              "default": "en",
              "identity": "language",
              "help": "The language of letters and notices",
              "options": [
                {"value": "en", "label": "English"},
                {"value": "es", "label": "Spanish"},
                {"value": "it", "label": "Italian"},
                {"value": "pl", "label": "Polish"},
                {"value": "ko", "label": "Korean"},
                {"value": "ar", "label": "Arabic"}
              ]
            }
          ]
        },
        {
          "title": "Exposure",
          "fields": [
            {
              "id": "disease",
              "label": "Disease",
              "type": "choice",
              "required": true,
              "options": [
                {"value": "measles", "label": "Measles"},
                {"value": "tuberculosis", "label": "Tuberculosis"},
                {"value": "pertussis", "label": "Pertussis (whooping cough)"},
                {"value": "hepatitis_a", "label": "Hepatitis A"},
                {"value": "salmonellosis", "label": "Salmonellosis"},
                {"value": "covid_19", "label": "COVID-19"},
                {"value": "mpox", "label": "Mpox"}
              ]
            },
            {"id": "exposure_date", "label": "Date of exposure", "type": "date", "required": true},
            {
              "id": "setting",
              "label": "Setting",
              "type": "choice",
              "required": true,
              "options": [
                {"value": "household", "label": "Household"},
                {"value": "school", "label": "School or child care"},
                {"value": "workplace", "label": "Workplace"},
                {"value": "healthcare", "label": "Healthcare facility"},
                {"value": "travel", "label": "Travel"},
                {"value": "event", "label": "Event or gathering"}
              ]
            },
            {
              "id": "setting_details",
              "label": "Where, and who else was there",
              "type": "multiline",
              "max_length": 1000
            },
            {
              "id": "contacts_count",
              "label": "Close contacts named",
              "type": "integer",
              "required": true,
              "min": 0,
              "max": 500
            }
          ]
        },
        {
          "title": "Symptoms",
          "fields": [
            {"id": "symptomatic", "label": "Has symptoms", "type": "yes_no", "required": true},
            {
              "id": "symptom_onset",
              "label": "Symptoms began",
              "type": "date",
              "required": true,
              "show_if": {"field": "symptomatic", "equals": "yes"}
            },
            {
              "id": "symptoms",
              "label": "Symptoms",
              "type": "multi_choice",
              "required": true,
              "show_if": {"field": "symptomatic", "equals": "yes"},
              "options": [
                {"value": "fever", "label": "Fever"},
                {"value": "cough", "label": "Cough"},
                {"value": "rash", "label": "Rash"},
                {"value": "diarrhea", "label": "Diarrhea"},
                {"value": "vomiting", "label": "Vomiting"},
                {"value": "fatigue", "label": "Fatigue"},
                {"value": "shortness_of_breath", "label": "Shortness of breath"}
              ]
            },
            {
              "id": "highest_temperature",
              "label": "Highest temperature (°F)",
              "type": "decimal",
              "min": 95,
              "max": 108,
              "show_if": {"field": "symptomatic", "equals": "yes"}
            },
            {"id": "vaccinated", "label": "Vaccinated against this disease", "type": "yes_no"}
          ]
        }
      ]
    },
    {
      "id": "records_request",
      "case_type": "records_request",
      "title": "Public Records Request",
      "sections": [
        {
          "title": "Applicant",
          "fields": [
            {
              "id": "given_name",
              "label": "Given name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "given_name"
            },
            {
              "id": "family_name",
              "label": "Family name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "family_name"
            },
            {
              "id": "birth_date",
              "label": "Date of birth",
              "type": "date",
              "required": true,
              "pii": true,
              "identity": "birth_date"
            },
            {
              "id": "national_id",
              "label": "Social Security number",
              "type": "national_id",
              "required": true,
              "pii": true,
              "pattern": "^\\d{3}-\\d{2}-\\d{4}$",
              "help": "9 digits, as 123-45-6789",
              "identity": "national_id"
            },
            {"id": "email", "label": "Email", "type": "email", "max_length": 254, "identity": "email"},
            {"id": "phone", "label": "Phone", "type": "phone", "identity": "phone"},
            {
              "id": "address",
              "label": "Mailing address",
              "type": "address",
              "required": true,
              "max_length": 300,
              "identity": "address",
              "help": "Street on the first line; town or city, state and ZIP code on the next"
            },
            {
              "id": "preferred_language",
              "label": "Preferred language",
              "type": "choice",
              "required": true,
              "default": "en",
              "identity": "language",
              "help": "The language of letters and notices",
              "options": [
                {"value": "en", "label": "English"},
                {"value": "es", "label": "Spanish"},
                {"value": "it", "label": "Italian"},
                {"value": "pl", "label": "Polish"},
                {"value": "ko", "label": "Korean"},
                {"value": "ar", "label": "Arabic"}
              ]
            }
          ]
        },
        {
          "title": "Request",
          "fields": [
            {
              "id": "requester_type",
              "label": "Requesting as",
              "type": "choice",
              "required": true,
              "options": [
                {"value": "individual", "label": "Individual"},
                {"value": "media", "label": "News media"},
                {"value": "business", "label": "Business"},
                {"value": "attorney", "label": "Attorney or law firm"},
                {"value": "nonprofit", "label": "Nonprofit or researcher"}
              ]
            },
            {
              "id": "organization",
              "label": "Organization",
              "type": "text",
              "max_length": 100,
              "show_if": {"field": "requester_type", "equals": ["media", "business", "attorney", "nonprofit"]}
            },
            {
              "id": "record_categories",
              "label": "Kinds of records",
              "type": "multi_choice",
              "required": true,
              "options": [
                {"value": "property", "label": "Property and assessor records"},
                {"value": "permits", "label": "Building permits"},
                {"value": "police", "label": "Police reports"},
                {"value": "court", "label": "Court records"},
                {"value": "vital", "label": "Vital records"},
                {"value": "minutes", "label": "Meeting minutes"},
                {"value": "contracts", "label": "Contracts and purchasing"},
                {"value": "email", "label": "Email correspondence"}
              ]
            },
            {
              "id": "records_description",
              "label": "Records requested",
              "type": "multiline",
              "required": true,
              "max_length": 4000,
              "help": "Describe the records as precisely as you can: subject, people, places"
            },
            {"id": "records_from", "label": "Records dated from", "type": "date"},
            {"id": "records_to", "label": "Records dated to", "type": "date"}
          ]
        },
        {
          "title": "Delivery and fees",
          "fields": [
            {
              "id": "delivery",
              "label": "Delivery",
              "type": "choice",
              "required": true,
              "options": [
                {"value": "electronic", "label": "Electronic copies"},
                {"value": "paper", "label": "Paper copies"},
                {"value": "inspection", "label": "Inspect in person"}
              ]
            },
            {
              "id": "copies_requested",
              "label": "Paper copies requested",
              "type": "integer",
              "required": true,
              "min": 1,
              "max": 500,
              "show_if": {"field": "delivery", "equals": "paper"}
            },
            {"id": "fee_waiver_requested", "label": "Fee waiver requested", "type": "yes_no", "default": "no"},
            {
              "id": "fee_waiver_reason",
              "label": "Why fees should be waived",
              "type": "multiline",
              "required": true,
              "max_length": 1000,
              "show_if": {"field": "fee_waiver_requested", "equals": "yes"}
            }
          ]
        }
      ]
    },
    {
      "id": "property_appeal",
      "case_type": "property_appeal",
      "title": "Property Assessment Appeal",
      "sections": [
        {
          "title": "Applicant",
          "fields": [
            {
              "id": "given_name",
              "label": "Given name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "given_name"
            },
            {
              "id": "family_name",
              "label": "Family name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "family_name"
            },
            {
              "id": "birth_date",
              "label": "Date of birth",
              "type": "date",
              "required": true,
              "pii": true,
              "identity": "birth_date"
            },
            {
              "id": "national_id",
              "label": "Social Security number",
              "type": "national_id",
              "required": true,
              "pii": true,
              "pattern": "^\\d{3}-\\d{2}-\\d{4}$",
              "help": "9 digits, as 123-45-6789",
              "identity": "national_id"
            },
            {"id": "email", "label": "Email", "type": "email", "max_length": 254, "identity": "email"},
            {"id": "phone", "label": "Phone", "type": "phone", "identity": "phone"},
            {
              "id": "address",
              "label": "Mailing address",
              "type": "address",
              "required": true,
              "max_length": 300,
              "identity": "address",
              "help": "Street on the first line; town or city, state and ZIP code on the next"
            },
            {
              "id": "preferred_language",
              "label": "Preferred language",
              "type": "choice",
              "required": true,
              "default": "en",
              "identity": "language",
              "help": "The language of letters and notices",
              "options": [
                {"value": "en", "label": "English"},
                {"value": "es", "label": "Spanish"},
                {"value": "it", "label": "Italian"},
                {"value": "pl", "label": "Polish"},
                {"value": "ko", "label": "Korean"},
                {"value": "ar", "label": "Arabic"}
              ]
            }
          ]
        },
        {
          "title": "Property",
          "fields": [
            {
              "id": "parcel_number",
              "label": "Parcel number",
              "type": "text",
              "required": true,
              "pattern": "^\\d{3}-\\d{3}-\\d{3}$",
              "help": "as on the assessment notice, 123-456-789"
            },
            {
              "id": "property_address",
              "label": "Property address",
              "type": "address",
              "required": true,
              "max_length": 300
            },
            {
              "id": "property_class",
              "label": "Property class",
              "type": "choice",
              "required": true,
              "options": [
                {"value": "residential", "label": "Residential"},
                {"value": "commercial", "label": "Commercial"},
                {"value": "agricultural", "label": "Agricultural"},
                {"value": "industrial", "label": "Industrial"},
                {"value": "vacant", "label": "Vacant land"}
              ]
            },
            {"id": "year_built", "label": "Year built", "type": "integer", "min": 1800, "max": 2026},
            {"id": "lot_size_acres", "label": "Lot size (acres)", "type": "decimal", "min": 0.01, "max": 5000}
          ]
        },
        {
          "title": "Appeal",
          "fields": [
            {"id": "notice_date", "label": "Date of the assessment notice", "type": "date", "required": true},
            {
              "id": "amount",
              "label": "Assessed value on the notice",
              "type": "money",
              "required": true,
              "min": 100000,
              "max": 1000000000
            },
            {
              "id": "owner_estimate",
              "label": "Your estimate of market value",
              "type": "money",
              "required": true,
              "min": 0,
              "max": 1000000000
            },
            {
              "id": "basis",
              "label": "Grounds for the appeal",
              "type": "multi_choice",
              "required": true,
              "options": [
                {"value": "comparable_sales", "label": "Comparable sales"},
                {"value": "incorrect_characteristics", "label": "Incorrect property characteristics"},
                {"value": "condition", "label": "Condition or damage"},
                {"value": "appraisal", "label": "Recent independent appraisal"},
                {"value": "exemption", "label": "Exemption denied"}
              ]
            },
            {"id": "appeal_details", "label": "Details", "type": "multiline", "max_length": 4000},
            {"id": "hearing_requested", "label": "Hearing requested", "type": "yes_no", "default": "no"}
          ]
        }
      ]
    },
    {
      "id": "decision_appeal",
      "case_type": "decision_appeal",
      "title": "Appeal of a Decision",
      "sections": [
        {
          "title": "Applicant",
          "fields": [
            {
              "id": "given_name",
              "label": "Given name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "given_name"
            },
            {
              "id": "family_name",
              "label": "Family name",
              "type": "text",
              "required": true,
              "max_length": 60,
              "identity": "family_name"
            },
            {
              "id": "birth_date",
              "label": "Date of birth",
              "type": "date",
              "required": true,
              "pii": true,
              "identity": "birth_date"
            },
            {
              "id": "national_id",
              "label": "Social Security number",
              "type": "national_id",
              "required": true,
              "pii": true,
              "pattern": "^\\d{3}-\\d{2}-\\d{4}$",
              "help": "9 digits, as 123-45-6789",
              "identity": "national_id"
            },
            {"id": "email", "label": "Email", "type": "email", "max_length": 254, "identity": "email"},
            {"id": "phone", "label": "Phone", "type": "phone", "identity": "phone"},
            {
              "id": "address",
              "label": "Mailing address",
              "type": "address",
              "required": true,
              "max_length": 300,
              "identity": "address",
              "help": "Street on the first line; town or city, state and ZIP code on the next"
            },
            {
              "id": "preferred_language",
              "label": "Preferred language",
              "type": "choice",
              "required": true,
              "default": "en",
              "identity": "language",
              "help": "The language of letters and notices",
              "options": [
                {"value": "en", "label": "English"},
                {"value": "es", "label": "Spanish"},
                {"value": "it", "label": "Italian"},
                {"value": "pl", "label": "Polish"},
                {"value": "ko", "label": "Korean"},
                {"value": "ar", "label": "Arabic"}
              ]
            }
          ]
        },
        {
          "title": "Decision appealed",
          "fields": [
            {
              "id": "original_case_ref",
              "label": "Reference of the decided case",
              "type": "text",
              "required": true,
              "pattern": "^[A-Z]{1,4}-\\d{4}-\\d{6}$",
              "help": "the reference on the decision letter, as DC-2026-004211"
            },
            {"id": "decision_date", "label": "Date of the decision letter", "type": "date", "required": true},
            {
              "id": "grounds",
              "label": "Grounds",
              "type": "multi_choice",
              "required": true,
              "options": [
                {"value": "new_evidence", "label": "New and relevant evidence"},
                {"value": "error_of_fact", "label": "Error of fact"},
                {"value": "error_of_law", "label": "Error of law"},
                {"value": "procedure", "label": "Procedural error"},
                {"value": "bias", "label": "Bias or conflict of interest"}
              ]
            },
            {
              "id": "appeal_statement",
              "label": "Why the decision should change",
              "type": "multiline",
              "required": true,
              "max_length": 4000
            }
          ]
        },
        {
          "title": "Hearing and representation",
          "fields": [
            {"id": "hearing_requested", "label": "Hearing requested", "type": "yes_no", "required": true},
            {
              "id": "hearing_format",
              "label": "Hearing format",
              "type": "choice",
              "required": true,
              "show_if": {"field": "hearing_requested", "equals": "yes"},
              "options": [
                {"value": "in_person", "label": "In person"},
                {"value": "video", "label": "Video"},
                {"value": "telephone", "label": "Telephone"}
              ]
            },
            {"id": "has_representative", "label": "Has a representative", "type": "yes_no", "default": "no"},
            {
              "id": "representative_name",
              "label": "Representative's name",
              "type": "text",
              "required": true,
              "max_length": 100,
              "show_if": {"field": "has_representative", "equals": "yes"}
            },
            {
              "id": "representative_email",
              "label": "Representative's email",
              "type": "email",
              "show_if": {"field": "has_representative", "equals": "yes"}
            },
            {
              "id": "representative_phone",
              "label": "Representative's phone",
              "type": "phone",
              "show_if": {"field": "has_representative", "equals": "yes"}
            }
          ]
        }
      ]
    }
  ],
  "fees": [
    {"code": "licence_renewal_fee", "case_type": "licence_renewal", "name": "Licence renewal fee", "amount": 4500, "charged": "on_open"},
    {"code": "residence_permit_fee", "case_type": "residence_permit", "name": "Residence permit fee", "amount": 12500, "charged": "on_open"},
    {"code": "records_copies_fee", "case_type": "records_request", "name": "Copies of records", "amount": 1500, "charged": "on_open"},
    {"code": "records_certified_copy", "case_type": "records_request", "name": "Certified copy", "amount": 500},
    {"code": "property_appeal_filing_fee", "case_type": "property_appeal", "name": "Appeal filing fee", "amount": 5000, "charged": "on_open"},
    {
      "code": "traffic_fine",
      "case_type": "traffic_fine",
      "name": "Traffic fine",
      "charged": "on_open",
      "waivable": false,
      "by_offence": {
        "field": "violation",
        "amounts": {
          "speeding": 15000,
          "red_light": 23500,
          "stop_sign": 12000,
          "parking": 4500,
          "no_insurance": 30000,
          "expired_registration": 9000,
          "handheld_phone": 16000
        }
      }
    },
    {"code": "traffic_fine_late_fee", "case_type": "traffic_fine", "name": "Late payment fee", "amount": 2500, "charged": "late", "after_days": 30}
  ],
  "routing_rules": [
    {
      "name": "terminally ill veterans first",
      "trigger": "intake",
      "when": [
        {"field": "case.type", "op": "eq", "value": "disability_claim"},
        {"field": "form.priority_circumstances", "op": "contains", "value": "terminally_ill"}
      ],
      "then": {"department": "VET", "priority": 2, "tags": ["priority_processing"]}
    },
    {
      "name": "veterans aged 85 or older first",
      "trigger": "intake",
      "when": [
        {"field": "case.type", "op": "eq", "value": "disability_claim"},
        {"field": "form.priority_circumstances", "op": "contains", "value": "age_85_or_older"}
      ],
      "then": {"department": "VET", "priority": 2, "tags": ["priority_processing"]}
    },
    {
      "name": "homeless veterans first",
      "trigger": "intake",
      "when": [
        {"field": "case.type", "op": "eq", "value": "disability_claim"},
        {"field": "form.priority_circumstances", "op": "contains", "value": "homeless"}
      ],
      "then": {"department": "VET", "priority": 2, "tags": ["priority_processing", "homeless"]}
    },
    {
      "name": "disability claims to Veterans Claims",
      "trigger": "intake",
      "when": [{"field": "case.type", "op": "eq", "value": "disability_claim"}],
      "then": {"department": "VET"}
    },
    {
      "name": "expedited food assistance for very low income",
      "trigger": "intake",
      "when": [
        {"field": "case.type", "op": "eq", "value": "benefits_application"},
        {"field": "case.amount", "op": "lt", "value": 15000},
        {"field": "form.programs_requested", "op": "contains", "value": "snap"}
      ],
      "then": {"department": "BEN", "priority": 1, "sla_policy": "expedited", "tags": ["expedited_snap"]}
    },
    {
      "name": "benefits applications to Benefits Eligibility",
      "trigger": "intake",
      "when": [{"field": "case.type", "op": "eq", "value": "benefits_application"}],
      "then": {"department": "BEN"}
    },
    {
      "name": "large tax refunds to Tax & Revenue",
      "trigger": "intake",
      "when": [
        {"field": "case.type", "op": "eq", "value": "tax_refund_inquiry"},
        {"field": "case.amount", "op": "gt", "value": 1000000}
      ],
      "then": {"department": "TAX", "priority": 2, "tags": ["large_refund"]}
    },
    {
      "name": "tax refund inquiries to Tax & Revenue",
      "trigger": "intake",
      "when": [{"field": "case.type", "op": "eq", "value": "tax_refund_inquiry"}],
      "then": {"department": "TAX"}
    },
    {
      "name": "licence renewals with a medical condition to Medical Review",
      "trigger": "intake",
      "when": [
        {"field": "case.type", "op": "eq", "value": "licence_renewal"},
        {"field": "form.medical_condition", "op": "eq", "value": "yes"}
      ],
      "then": {"department": "MED", "tags": ["fitness_to_drive"]}
    },
    {
      "name": "licence renewals to Motor Vehicles",
      "trigger": "intake",
      "when": [{"field": "case.type", "op": "eq", "value": "licence_renewal"}],
      "then": {"department": "DMV"}
    },
    {
      "name": "fines disputed at intake to Appeals",
      "trigger": "intake",
      "when": [
        {"field": "case.type", "op": "eq", "value": "traffic_fine"},
        {"field": "form.plea", "op": "eq", "value": "dispute"}
      ],
      "then": {"department": "APPEALS", "tags": ["disputed"]}
    },
    {
      "name": "payment plans for fines to Payments",
      "trigger": "intake",
      "when": [
        {"field": "case.type", "op": "eq", "value": "traffic_fine"},
        {"field": "form.plea", "op": "eq", "value": "payment_plan"}
      ],
      "then": {"department": "PAY", "tags": ["payment_plan"]}
    },
    {
      "name": "traffic fines to Motor Vehicles",
      "trigger": "intake",
      "when": [{"field": "case.type", "op": "eq", "value": "traffic_fine"}],
      "then": {"department": "DMV"}
    },
    {
      "name": "humanitarian permits first",
      "trigger": "intake",
      "when": [
        {"field": "case.type", "op": "eq", "value": "residence_permit"},
        {"field": "form.permit_type", "op": "eq", "value": "humanitarian"}
      ],
      "then": {"department": "IMM", "priority": 2}
    },
    {
      "name": "residence permits to Immigration Services",
      "trigger": "intake",
      "when": [{"field": "case.type", "op": "eq", "value": "residence_permit"}],
      "then": {"department": "IMM"}
    },
    {
      "name": "measles and tuberculosis reports to Public Health at once",
      "trigger": "intake",
      "when": [
        {"field": "case.type", "op": "eq", "value": "contact_tracing"},
        {"field": "form.disease", "op": "in", "value": ["measles", "tuberculosis"]}
      ],
      "then": {"department": "PH", "priority": 1, "sla_policy": "expedited", "tags": ["notify_state"]}
    },
    {
      "name": "contact tracing to Public Health",
      "trigger": "intake",
      "when": [{"field": "case.type", "op": "eq", "value": "contact_tracing"}],
      "then": {"department": "PH", "priority": 1, "sla_policy": "expedited"}
    },
    {
      "name": "media records requests",
      "trigger": "intake",
      "when": [
        {"field": "case.type", "op": "eq", "value": "records_request"},
        {"field": "form.requester_type", "op": "eq", "value": "media"}
      ],
      "then": {"department": "REC", "tags": ["media"]}
    },
    {
      "name": "records requests to Records & Assessor",
      "trigger": "intake",
      "when": [{"field": "case.type", "op": "eq", "value": "records_request"}],
      "then": {"department": "REC"}
    },
    {
      "name": "high-value property appeals",
      "trigger": "intake",
      "when": [
        {"field": "case.type", "op": "eq", "value": "property_appeal"},
        {"field": "case.amount", "op": "gte", "value": 100000000}
      ],
      "then": {"department": "REC", "priority": 2, "tags": ["high_value"]}
    },
    {
      "name": "property appeals to Records & Assessor",
      "trigger": "intake",
      "when": [{"field": "case.type", "op": "eq", "value": "property_appeal"}],
      "then": {"department": "REC"}
    },
    {
      "name": "appeals of veterans decisions",
      "trigger": "intake",
      "when": [
        {"field": "case.type", "op": "eq", "value": "decision_appeal"},
        {"field": "form.original_case_ref", "op": "contains", "value": "DC-"}
      ],
      "then": {"department": "APPEALS", "tags": ["veterans"]}
    },
    {
      "name": "decision appeals to Appeals",
      "trigger": "intake",
      "when": [{"field": "case.type", "op": "eq", "value": "decision_appeal"}],
      "then": {"department": "APPEALS"}
    },
    {
      "name": "claims entering exam_scheduled to Medical Review",
      "trigger": "state:exam_scheduled",
      "when": [{"field": "case.type", "op": "eq", "value": "disability_claim"}],
      "then": {"department": "MED", "tags": ["medical_exam"]}
    },
    {
      "name": "disputed fines to Appeals",
      "trigger": "state:disputed",
      "when": [{"field": "case.type", "op": "eq", "value": "traffic_fine"}],
      "then": {"department": "APPEALS", "tags": ["disputed"]}
    }
  ],
  "default_route": {"department": "INTAKE"},
  "staff": [
    {"login": "ana.kowalski", "name": "Ana Kowalski", "role": "clerk", "departments": ["INTAKE"]},
    {"login": "jose.garcia", "name": "José García", "role": "clerk", "departments": ["INTAKE"]},
    {"login": "mei.chen", "name": "Mei Chen", "role": "clerk", "departments": ["INTAKE"]},
    {"login": "fatima.nasser", "name": "Fatima Nasser", "role": "clerk", "departments": ["INTAKE"]},
    {"login": "marcus.reyes", "name": "Marcus Reyes", "role": "caseworker", "departments": ["VET"]},
    {"login": "tomasz.nowak", "name": "Tomasz Nowak", "role": "caseworker", "departments": ["VET"]},
    {"login": "aisha.bello", "name": "Aisha Bello", "role": "caseworker", "departments": ["VET", "APPEALS"]},
    {"login": "dr.lee", "name": "Dr. Hannah Lee", "role": "caseworker", "departments": ["MED"]},
    {"login": "olga.petrova", "name": "Olga Petrova", "role": "caseworker", "departments": ["MED"]},
    {"login": "luis.moreno", "name": "Luis Moreno", "role": "caseworker", "departments": ["BEN"]},
    {"login": "grace.mensah", "name": "Grace Mensah", "role": "caseworker", "departments": ["BEN", "PAY"]},
    {"login": "kenji.watanabe", "name": "Kenji Watanabe", "role": "caseworker", "departments": ["TAX"]},
    {"login": "sofia.rossi", "name": "Sofia Rossi", "role": "caseworker", "departments": ["TAX", "PAY"]},
    {"login": "jamal.carter", "name": "Jamal Carter", "role": "caseworker", "departments": ["DMV"]},
    {
      "login": "ingrid.larsen",
      "name": "Ingrid Larsen",
      "role": "caseworker",
      "departments": ["DMV", "APPEALS"]
    },
    {"login": "minji.park", "name": "Park Min-ji", "role": "caseworker", "departments": ["IMM"]},
    {"login": "omar.farouk", "name": "Omar Farouk", "role": "caseworker", "departments": ["IMM"]},
    {"login": "nkechi.obi", "name": "Nkechi Obi", "role": "caseworker", "departments": ["PH"]},
    {"login": "daniel.cohen", "name": "Daniel Cohen", "role": "caseworker", "departments": ["PH"]},
    {"login": "helen.oconnor", "name": "Helen O'Connor", "role": "caseworker", "departments": ["REC"]},
    {"login": "raj.patel", "name": "Raj Patel", "role": "caseworker", "departments": ["REC"]},
    {"login": "lucia.fernandez", "name": "Lucía Fernández", "role": "caseworker", "departments": ["APPEALS"]},
    {"login": "wei.zhang", "name": "Wei Zhang", "role": "caseworker", "departments": ["PAY"]},
    {"login": "priya.shah", "name": "Priya Shah", "role": "supervisor", "departments": ["VET", "MED"]},
    {"login": "david.kim", "name": "David Kim", "role": "supervisor", "departments": ["BEN", "TAX", "PAY"]},
    {
      "login": "elena.popescu",
      "name": "Elena Popescu",
      "role": "supervisor",
      "departments": ["DMV", "APPEALS"]
    },
    {"login": "yusuf.demir", "name": "Yusuf Demir", "role": "supervisor", "departments": ["IMM", "PH"]},
    {"login": "maria.santos", "name": "Maria Santos", "role": "supervisor", "departments": ["INTAKE", "REC"]},
    {
      "login": "sam.okafor",
      "name": "Sam Okafor",
      "role": "auditor",
      "departments": ["INTAKE", "VET", "MED", "BEN", "TAX", "DMV", "IMM", "PH", "REC", "APPEALS", "PAY"]
    },
    {
      "login": "robin.admin",
      "name": "Robin Achterberg",
      "role": "admin",
      "departments": ["INTAKE", "VET", "MED", "BEN", "TAX", "DMV", "IMM", "PH", "REC", "APPEALS", "PAY"]
    }
  ],
  "notices": {
    "default_language": "en",
    "appeal_window_business_days": 30,
    "appeal_case_type": "decision_appeal",
    "languages": [
      {
        "code": "en",
        "name": "English",
        "aliases": ["English"],
        "direction": "ltr",
        "letterhead": ["County of Example", "Office of Constituent Services", "100 Civic Center Plaza, Springfield, EX 10001", "Telephone (555) 010-0100"],
        "months": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        "date": "{month} {day}, {year}",
        "decimal": ".",
        "group": ",",
        "money": "${amount}",
        "phrases": {
          "reference": "Reference: {ref}",
          "dear": "Dear {name},",
          "decision_subject": "Decision on your {case_type}",
          "decision_intro": "We received your {case_type} on {opened}. We have now reached a decision.",
          "decision_outcome": "Our decision: {outcome}.",
          "decision_reasons": "We decided this for the following reasons:",
          "rationale_note": "If you would like the full written reasoning of the officer who decided your case, ask us and we will send it to you.",
          "amount_owed": "Amount you still owe us: {amount}.",
          "amount_refund": "Amount we owe you: {amount}. We will pay it back to you.",
          "appeal": "If you disagree with this decision, you have the right to appeal. Your appeal must reach us no later than {appeal_by}. Write to us at the address above, or come to any of our offices, and quote the reference {ref}. You may ask someone to help you.",
          "status_subject": "Your {case_type}: where it stands",
          "status_intro": "We received your {case_type} on {opened}. This letter tells you where it stands today, {today}.",
          "status_state": "Your case is {state}, with our {department} team.",
          "status_closed": "Your case is closed ({state}).",
          "status_position": {"zero": "No case is ahead of yours in that team's queue.", "one": "One case is ahead of yours in that team's queue.", "other": "{position} cases are ahead of yours in that team's queue."},
          "status_expected": "At the pace the team is working now, we expect to decide your case by {expected}.",
          "status_unknown": "It is not yet possible to estimate when your case will be decided: the team is receiving more cases than it can close at the moment. We will write to you again.",
          "closing": "Yours sincerely,",
          "page": "Page {page} of {pages}"
        },
        "outcomes": {
          "granted": "we grant your request",
          "denied": "we deny your request",
          "partially_granted": "we grant part of your request",
          "dismissed": "we dismiss your request without deciding its merits",
          "no_action_needed": "no action is needed"
        },
        "reasons": {
          "evidence_sufficient": "The evidence you sent supports your request.",
          "insufficient_evidence": "The evidence we have does not support your request.",
          "not_eligible": "You do not meet the eligibility rules for this program.",
          "service_connection_established": "Your condition is connected to your military service.",
          "no_nexus": "No link was shown between your condition and your military service.",
          "documents_missing": "We did not receive the required documents we asked you for.",
          "duplicate": "Another case already covers the same request.",
          "out_of_jurisdiction": "This matter is outside what this agency can decide.",
          "paid_in_full": "The amount has been paid in full.",
          "policy_exception": "We granted this as an exception to our usual rules."
        },
        "states": {
          "new": "newly received",
          "triage": "being sorted and checked",
          "in_review": "under review",
          "exam_scheduled": "waiting for a scheduled medical examination",
          "awaiting_info": "waiting for information from you",
          "issued": "issued and awaiting payment or a reply",
          "disputed": "disputed and under review",
          "paid": "paid",
          "decided": "decided",
          "withdrawn": "withdrawn",
          "closed": "closed"
        },
        "case_types": {
          "disability_claim": "veterans disability claim",
          "benefits_application": "benefits application",
          "tax_refund_inquiry": "tax refund inquiry",
          "licence_renewal": "driver licence renewal",
          "traffic_fine": "traffic fine",
          "residence_permit": "residence permit application",
          "contact_tracing": "contact-tracing report",
          "records_request": "public records request",
          "property_appeal": "property assessment appeal",
          "decision_appeal": "appeal of a decision"
        },
        "departments": {
          "INTAKE": "Intake & Triage",
          "VET": "Veterans Claims",
          "MED": "Medical Review",
          "BEN": "Benefits Eligibility",
          "TAX": "Tax & Revenue",
          "DMV": "Motor Vehicles",
          "IMM": "Immigration Services",
          "PH": "Public Health",
          "REC": "Records & Assessor",
          "APPEALS": "Appeals",
          "PAY": "Payments"
        }
      },
      {
        "code": "es",
        "name": "Español",
        "aliases": ["Spanish", "español"],
        "direction": "ltr",
        "letterhead": ["Condado de Example", "Oficina de Atención a la Ciudadanía", "100 Civic Center Plaza, Springfield, EX 10001", "Teléfono (555) 010-0100"],
        "months": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        "date": "{day} de {month} de {year}",
        "decimal": ",",
        "group": ".",
        "money": "{amount} US$",
        "phrases": {
          "reference": "Referencia: {ref}",
          "dear": "Estimado/a {name}:",
          "decision_subject": "Resolución sobre su {case_type}",
          "decision_intro": "Recibimos su {case_type} el {opened}. Ya hemos tomado una decisión.",
          "decision_outcome": "Nuestra decisión: {outcome}.",
          "decision_reasons": "Hemos resuelto así por los siguientes motivos:",
          "rationale_note": "Si desea conocer la fundamentación completa redactada por el funcionario que resolvió su caso, solicítela y se la enviaremos.",
          "amount_owed": "Importe que aún tiene pendiente de pago: {amount}.",
          "amount_refund": "Importe que le debemos: {amount}. Se lo reembolsaremos.",
          "appeal": "Si no está de acuerdo con esta resolución, tiene derecho a recurrirla. Su recurso debe llegarnos a más tardar el {appeal_by}. Puede escribirnos a la dirección que figura arriba o acudir a cualquiera de nuestras oficinas, indicando la referencia {ref}. Si lo desea, puede pedir a otra persona que le ayude.",
          "status_subject": "Su {case_type}: en qué punto se encuentra",
          "status_intro": "Recibimos su {case_type} el {opened}. Con esta carta le informamos de su situación a {today}.",
          "status_state": "Su expediente está {state} y lo tramita nuestro equipo de {department}.",
          "status_closed": "Su expediente está cerrado ({state}).",
          "status_position": {"zero": "No hay ningún expediente por delante del suyo en la cola de ese equipo.", "one": "Hay un expediente por delante del suyo en la cola de ese equipo.", "other": "Hay {position} expedientes por delante del suyo en la cola de ese equipo."},
          "status_expected": "Al ritmo de trabajo actual del equipo, prevemos resolver su expediente antes del {expected}.",
          "status_unknown": "Todavía no es posible calcular cuándo se resolverá su expediente: en este momento el equipo recibe más casos de los que puede cerrar. Volveremos a escribirle.",
          "closing": "Atentamente,",
          "page": "Página {page} de {pages}"
        },
        "outcomes": {
          "granted": "le concedemos lo que solicitó",
          "denied": "denegamos su solicitud",
          "partially_granted": "le concedemos una parte de lo que solicitó",
          "dismissed": "archivamos su solicitud sin entrar en el fondo",
          "no_action_needed": "no es necesaria ninguna actuación"
        },
        "reasons": {
          "evidence_sufficient": "Las pruebas aportadas respaldan su solicitud.",
          "insufficient_evidence": "Las pruebas de que disponemos no bastan para respaldar su solicitud.",
          "not_eligible": "No cumple los requisitos para acceder a este programa.",
          "service_connection_established": "Ha quedado acreditado que su dolencia guarda relación con el servicio militar.",
          "no_nexus": "No se ha acreditado ninguna relación entre su dolencia y el servicio militar.",
          "documents_missing": "No recibimos los documentos obligatorios que le pedimos.",
          "duplicate": "Ya existe otro expediente con la misma solicitud.",
          "out_of_jurisdiction": "El asunto no es competencia de este organismo.",
          "paid_in_full": "El importe se ha pagado en su totalidad.",
          "policy_exception": "Se concede con carácter excepcional, al margen de las normas habituales."
        },
        "states": {
          "new": "recién registrado",
          "triage": "en fase de clasificación",
          "in_review": "en estudio",
          "exam_scheduled": "a la espera del reconocimiento médico programado",
          "awaiting_info": "a la espera de información que debe enviarnos",
          "issued": "notificado y pendiente de pago o de alegaciones",
          "disputed": "impugnado y en estudio",
          "paid": "pagado",
          "decided": "resuelto",
          "withdrawn": "retirado",
          "closed": "cerrado"
        },
        "case_types": {
          "disability_claim": "reclamación de prestación por discapacidad de veterano",
          "benefits_application": "solicitud de prestaciones",
          "tax_refund_inquiry": "consulta sobre una devolución de impuestos",
          "licence_renewal": "renovación del permiso de conducir",
          "traffic_fine": "multa de tráfico",
          "residence_permit": "solicitud de permiso de residencia",
          "contact_tracing": "notificación de rastreo de contactos",
          "records_request": "solicitud de acceso a documentos públicos",
          "property_appeal": "reclamación contra la valoración catastral",
          "decision_appeal": "recurso contra una resolución"
        },
        "departments": {
          "INTAKE": "Registro y Clasificación",
          "VET": "Reclamaciones de Veteranos",
          "MED": "Evaluación Médica",
          "BEN": "Prestaciones Sociales",
          "TAX": "Hacienda y Tributos",
          "DMV": "Tráfico y Vehículos",
          "IMM": "Servicios de Inmigración",
          "PH": "Salud Pública",
          "REC": "Registros y Catastro",
          "APPEALS": "Recursos",
          "PAY": "Pagos"
        }
      },
      {
        "code": "it",
        "name": "Italiano",
        "aliases": ["Italian", "italiano"],
        "direction": "ltr",
        "letterhead": ["Contea di Example", "Ufficio Relazioni con il Pubblico", "100 Civic Center Plaza, Springfield, EX 10001", "Telefono (555) 010-0100"],
        "months": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        "date": "{day} {month} {year}",
        "decimal": ",",
        "group": ".",
        "money": "{amount} dollari USA",
        "phrases": {
          "reference": "Riferimento: {ref}",
          "dear": "Gentile {name},",
          "decision_subject": "Oggetto: decisione sulla pratica «{case_type}»",
          "decision_intro": "Abbiamo ricevuto la Sua pratica («{case_type}») il {opened} e abbiamo preso una decisione.",
          "decision_outcome": "La nostra decisione: {outcome}.",
          "decision_reasons": "Abbiamo deciso così per i seguenti motivi:",
          "rationale_note": "Se desidera ricevere la motivazione completa scritta dal funzionario che ha deciso la Sua pratica, ce la chieda e gliela invieremo.",
          "amount_owed": "Importo ancora da pagare: {amount}.",
          "amount_refund": "Importo che Le dobbiamo: {amount}. Glielo rimborseremo.",
          "appeal": "Se non è d'accordo con questa decisione, ha diritto di presentare ricorso. Il ricorso deve pervenirci entro il {appeal_by}. Può scriverci all'indirizzo indicato in alto o rivolgersi a uno qualsiasi dei nostri uffici, citando il riferimento {ref}. Può farsi assistere da una persona di Sua fiducia.",
          "status_subject": "Oggetto: a che punto è la Sua pratica «{case_type}»",
          "status_intro": "Abbiamo ricevuto la Sua pratica il {opened}. Con questa lettera Le comunichiamo a che punto si trova oggi, {today}.",
          "status_state": "La Sua pratica è {state} e se ne occupa il nostro ufficio {department}.",
          "status_closed": "La Sua pratica è chiusa ({state}).",
          "status_position": {"zero": "Nella coda di quell'ufficio non ci sono pratiche prima della Sua.", "one": "Nella coda di quell'ufficio c'è una pratica prima della Sua.", "other": "Nella coda di quell'ufficio ci sono {position} pratiche prima della Sua."},
          "status_expected": "Al ritmo di lavoro attuale dell'ufficio, prevediamo di decidere la Sua pratica entro il {expected}.",
          "status_unknown": "Non è ancora possibile prevedere quando la Sua pratica sarà decisa: in questo periodo l'ufficio riceve più pratiche di quante riesca a chiuderne. Le scriveremo di nuovo.",
          "closing": "Distinti saluti,",
          "page": "Pagina {page} di {pages}"
        },
        "outcomes": {
          "granted": "accogliamo la Sua richiesta",
          "denied": "respingiamo la Sua richiesta",
          "partially_granted": "accogliamo in parte la Sua richiesta",
          "dismissed": "archiviamo la Sua richiesta senza esaminarla nel merito",
          "no_action_needed": "non occorre alcun intervento da parte Sua"
        },
        "reasons": {
          "evidence_sufficient": "Le prove presentate confermano la Sua richiesta.",
          "insufficient_evidence": "Le prove in nostro possesso non bastano a sostenere la Sua richiesta.",
          "not_eligible": "Non possiede i requisiti previsti per questa prestazione.",
          "service_connection_established": "È stato accertato che la Sua patologia è collegata al servizio militare.",
          "no_nexus": "Non è stato dimostrato alcun collegamento tra la Sua patologia e il servizio militare.",
          "documents_missing": "Non abbiamo ricevuto i documenti obbligatori che Le avevamo chiesto.",
          "duplicate": "Esiste già un'altra pratica con la stessa richiesta.",
          "out_of_jurisdiction": "La questione non rientra nelle competenze di questo ente.",
          "paid_in_full": "L'importo è stato pagato per intero.",
          "policy_exception": "La richiesta è accolta in via eccezionale, in deroga alle regole ordinarie."
        },
        "states": {
          "new": "appena registrata",
          "triage": "in fase di smistamento",
          "in_review": "in esame",
          "exam_scheduled": "in attesa della visita medica già fissata",
          "awaiting_info": "in attesa di informazioni da parte Sua",
          "issued": "notificata e in attesa di pagamento o di risposta",
          "disputed": "contestata e in esame",
          "paid": "pagata",
          "decided": "decisa",
          "withdrawn": "ritirata",
          "closed": "chiusa"
        },
        "case_types": {
          "disability_claim": "indennità di invalidità per veterani",
          "benefits_application": "domanda di prestazioni sociali",
          "tax_refund_inquiry": "richiesta di informazioni su un rimborso d'imposta",
          "licence_renewal": "rinnovo della patente di guida",
          "traffic_fine": "multa stradale",
          "residence_permit": "domanda di permesso di soggiorno",
          "contact_tracing": "segnalazione per il tracciamento dei contatti",
          "records_request": "richiesta di accesso agli atti",
          "property_appeal": "ricorso contro la stima catastale",
          "decision_appeal": "ricorso contro una decisione"
        },
        "departments": {
          "INTAKE": "Accettazione e Smistamento",
          "VET": "Pratiche Veterani",
          "MED": "Accertamenti Medici",
          "BEN": "Prestazioni Sociali",
          "TAX": "Tributi ed Entrate",
          "DMV": "Motorizzazione",
          "IMM": "Servizi per l'Immigrazione",
          "PH": "Sanità Pubblica",
          "REC": "Archivi e Catasto",
          "APPEALS": "Ricorsi",
          "PAY": "Pagamenti"
        }
      },
      {
        "code": "pl",
        "name": "Polski",
        "aliases": ["Polish", "polski"],
        "direction": "ltr",
        "letterhead": ["Hrabstwo Example", "Biuro Obsługi Mieszkańców", "100 Civic Center Plaza, Springfield, EX 10001", "Telefon (555) 010-0100"],
        "months": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
        "date": "{day} {month} {year} r.",
        "decimal": ",",
        "group": " ",
        "money": "{amount} USD",
        "phrases": {
          "reference": "Znak sprawy: {ref}",
          "dear": "Szanowna Pani / Szanowny Panie,",
          "decision_subject": "Decyzja w sprawie: {case_type}",
          "decision_intro": "Pani/Pana sprawa ({case_type}) wpłynęła do nas {opened}. Podjęliśmy w niej decyzję.",
          "decision_outcome": "Nasza decyzja: {outcome}.",
          "decision_reasons": "Decyzję podjęliśmy z następujących powodów:",
          "rationale_note": "Jeśli chce Pani/Pan otrzymać pełne pisemne uzasadnienie sporządzone przez urzędnika prowadzącego sprawę, prosimy o kontakt – prześlemy je.",
          "amount_owed": "Kwota pozostała do zapłaty: {amount}.",
          "amount_refund": "Kwota należna Pani/Panu: {amount}. Zwrócimy ją.",
          "appeal": "Jeśli nie zgadza się Pani/Pan z tą decyzją, przysługuje Pani/Panu prawo do odwołania. Odwołanie musi do nas wpłynąć najpóźniej do {appeal_by}. Prosimy napisać na adres podany powyżej lub zgłosić się do dowolnego z naszych biur, podając znak sprawy {ref}. Może Pani/Pan poprosić inną osobę o pomoc.",
          "status_subject": "Informacja o stanie sprawy: {case_type}",
          "status_intro": "Pani/Pana sprawa wpłynęła do nas {opened}. W tym piśmie informujemy, na jakim jest etapie według stanu na {today}.",
          "status_state": "Sprawa jest obecnie {state}; zajmuje się nią nasz dział: {department}.",
          "status_closed": "Sprawa jest zamknięta ({state}).",
          "status_position": {"zero": "W kolejce tego działu nie ma przed nią żadnej innej sprawy.", "one": "W kolejce tego działu przed Pani/Pana sprawą jest jedna sprawa.", "few": "W kolejce tego działu przed Pani/Pana sprawą są {position} sprawy.", "many": "W kolejce tego działu przed Pani/Pana sprawą jest {position} spraw.", "other": "W kolejce tego działu przed Pani/Pana sprawą jest {position} spraw."},
          "status_expected": "Przy obecnym tempie pracy działu spodziewamy się rozstrzygnąć sprawę do {expected}.",
          "status_unknown": "Na razie nie da się oszacować, kiedy sprawa zostanie rozstrzygnięta: dział otrzymuje obecnie więcej spraw, niż jest w stanie zamknąć. Napiszemy ponownie.",
          "closing": "Z poważaniem",
          "page": "Strona {page} z {pages}"
        },
        "outcomes": {
          "granted": "wniosek został uwzględniony",
          "denied": "wniosek został odrzucony",
          "partially_granted": "wniosek został uwzględniony w części",
          "dismissed": "postępowanie umorzono bez rozpatrzenia wniosku co do istoty",
          "no_action_needed": "nie są potrzebne żadne dalsze działania"
        },
        "reasons": {
          "evidence_sufficient": "Przedstawione dowody potwierdzają zasadność wniosku.",
          "insufficient_evidence": "Zebrane dowody nie wystarczają, by uwzględnić wniosek.",
          "not_eligible": "Nie spełnia Pani/Pan warunków przyznania tego świadczenia.",
          "service_connection_established": "Ustalono, że schorzenie ma związek ze służbą wojskową.",
          "no_nexus": "Nie wykazano związku między schorzeniem a służbą wojskową.",
          "documents_missing": "Nie otrzymaliśmy wymaganych dokumentów, o które prosiliśmy.",
          "duplicate": "Ta sama sprawa jest już prowadzona pod innym znakiem.",
          "out_of_jurisdiction": "Sprawa nie należy do właściwości naszego urzędu.",
          "paid_in_full": "Należność została zapłacona w całości.",
          "policy_exception": "Wniosek uwzględniono wyjątkowo, w drodze odstępstwa od zwykłych zasad."
        },
        "states": {
          "new": "nowo przyjęta",
          "triage": "na etapie wstępnej kwalifikacji",
          "in_review": "w trakcie rozpatrywania",
          "exam_scheduled": "w oczekiwaniu na wyznaczone badanie lekarskie",
          "awaiting_info": "wstrzymana do czasu otrzymania od Pani/Pana informacji",
          "issued": "na etapie wystawionego mandatu, w oczekiwaniu na zapłatę lub odpowiedź",
          "disputed": "zakwestionowana i w trakcie rozpatrywania",
          "paid": "opłacona",
          "decided": "rozstrzygnięta",
          "withdrawn": "wycofana",
          "closed": "zamknięta"
        },
        "case_types": {
          "disability_claim": "świadczenie z tytułu niepełnosprawności dla weteranów",
          "benefits_application": "wniosek o świadczenia socjalne",
          "tax_refund_inquiry": "zapytanie o zwrot podatku",
          "licence_renewal": "przedłużenie prawa jazdy",
          "traffic_fine": "mandat drogowy",
          "residence_permit": "wniosek o zezwolenie na pobyt",
          "contact_tracing": "zgłoszenie w ramach śledzenia kontaktów",
          "records_request": "wniosek o dostęp do informacji publicznej",
          "property_appeal": "odwołanie od wyceny nieruchomości",
          "decision_appeal": "odwołanie od decyzji"
        },
        "departments": {
          "INTAKE": "Przyjmowanie i Kwalifikacja Wniosków",
          "VET": "Sprawy Weteranów",
          "MED": "Orzecznictwo Lekarskie",
          "BEN": "Świadczenia Socjalne",
          "TAX": "Podatki i Opłaty",
          "DMV": "Wydział Komunikacji",
          "IMM": "Sprawy Cudzoziemców",
          "PH": "Zdrowie Publiczne",
          "REC": "Archiwum i Ewidencja Nieruchomości",
          "APPEALS": "Odwołania",
          "PAY": "Płatności"
        }
      },
      {
        "code": "ko",
        "name": "한국어",
        "aliases": ["Korean"],
        "direction": "ltr",
        "letterhead": ["Example 카운티", "주민 서비스 사무소", "100 Civic Center Plaza, Springfield, EX 10001", "전화 (555) 010-0100"],
        "months": ["1월", "2월", "3월", "4월", "5월", "6월", "7월", "8월", "9월", "10월", "11월", "12월"],
        "date": "{year}년 {month} {day}일",
        "decimal": ".",
        "group": ",",
        "money": "{amount}달러",
        "phrases": {
          "reference": "문서 번호: {ref}",
          "dear": "{name} 님께",
          "decision_subject": "{case_type} 결정 통지",
          "decision_intro": "귀하께서 {opened}에 접수하신 {case_type} 건에 대해 결정을 내렸음을 알려 드립니다.",
          "decision_outcome": "결정 내용: {outcome}.",
          "decision_reasons": "이와 같이 결정한 이유는 다음과 같습니다.",
          "rationale_note": "담당 공무원이 작성한 결정 이유서 전문을 원하시면 요청해 주십시오. 보내 드리겠습니다.",
          "amount_owed": "아직 납부하지 않으신 금액: {amount}",
          "amount_refund": "환급해 드릴 금액: {amount}. 귀하께 돌려 드리겠습니다.",
          "appeal": "이 결정에 동의하지 않으시면 이의를 신청하실 수 있습니다. 이의 신청서는 늦어도 {appeal_by}까지 도착해야 합니다. 위 주소로 우편을 보내시거나 가까운 사무소를 방문하시되, 문서 번호 {ref}도 함께 적어 주십시오. 다른 분의 도움을 받으셔도 됩니다.",
          "status_subject": "{case_type} 처리 현황 안내",
          "status_intro": "귀하께서 {opened}에 접수하신 {case_type} 건의 {today} 현재 처리 현황을 알려 드립니다.",
          "status_state": "이 건은 현재 {department} 팀에서 {state}.",
          "status_closed": "이 건은 더 이상 처리 중이 아닙니다. 현재 상태: {state}.",
          "status_position": {"zero": "해당 팀의 대기 순서에서 귀하의 건보다 앞선 건은 없습니다.", "other": "해당 팀의 대기 순서에서 귀하의 건보다 앞선 건은 {position}건입니다."},
          "status_expected": "팀의 현재 처리 속도로 보아 {expected}까지 결정을 내릴 수 있을 것으로 예상합니다.",
          "status_unknown": "현재 팀에 새로 들어오는 건이 처리되는 건보다 많아 결정 시기를 아직 예상하기 어렵습니다. 다시 연락드리겠습니다.",
          "closing": "감사합니다.",
          "page": "{page}/{pages}쪽"
        },
        "outcomes": {
          "granted": "신청을 승인합니다",
          "denied": "신청을 기각합니다",
          "partially_granted": "신청의 일부를 승인합니다",
          "dismissed": "본안을 심사하지 않고 신청을 각하합니다",
          "no_action_needed": "별도의 조치가 필요하지 않습니다"
        },
        "reasons": {
          "evidence_sufficient": "제출하신 증거가 신청 내용을 뒷받침합니다.",
          "insufficient_evidence": "확보된 증거만으로는 신청 내용을 인정하기 어렵습니다.",
          "not_eligible": "이 제도의 수급 자격 요건을 충족하지 않으십니다.",
          "service_connection_established": "질환이 군 복무와 관련이 있음이 확인되었습니다.",
          "no_nexus": "질환과 군 복무 사이의 관련성이 입증되지 않았습니다.",
          "documents_missing": "요청드린 필수 서류를 받지 못했습니다.",
          "duplicate": "같은 내용의 다른 건이 이미 접수되어 있습니다.",
          "out_of_jurisdiction": "본 기관의 관할에 속하지 않는 사안입니다.",
          "paid_in_full": "금액이 전액 납부되었습니다.",
          "policy_exception": "통상 기준에 대한 예외로서 승인합니다."
        },
        "states": {
          "new": "접수되어 처리를 기다리고 있습니다",
          "triage": "분류하고 있습니다",
          "in_review": "검토하고 있습니다",
          "exam_scheduled": "예정된 의료 검진을 기다리고 있습니다",
          "awaiting_info": "귀하의 추가 자료를 기다리고 있습니다",
          "issued": "납부나 답변을 기다리고 있습니다",
          "disputed": "제기하신 이의를 검토하고 있습니다",
          "paid": "납부 완료로 처리했습니다",
          "decided": "결정을 마쳤습니다",
          "withdrawn": "취하 처리했습니다",
          "closed": "종결 처리했습니다"
        },
        "case_types": {
          "disability_claim": "보훈 장애 보상 청구",
          "benefits_application": "복지 급여 신청",
          "tax_refund_inquiry": "세금 환급 문의",
          "licence_renewal": "운전면허 갱신",
          "traffic_fine": "교통 범칙금",
          "residence_permit": "체류 허가 신청",
          "contact_tracing": "접촉자 추적 신고",
          "records_request": "공공 기록 공개 청구",
          "property_appeal": "재산 평가 이의 신청",
          "decision_appeal": "결정에 대한 이의 신청"
        },
        "departments": {
          "INTAKE": "접수·분류",
          "VET": "보훈 청구",
          "MED": "의료 심사",
          "BEN": "복지 급여",
          "TAX": "세무",
          "DMV": "차량·운전면허",
          "IMM": "출입국 서비스",
          "PH": "공중보건",
          "REC": "기록·재산 평가",
          "APPEALS": "이의 신청",
          "PAY": "수납"
        }
      },
      {
        "code": "ar",
        "name": "العربية",
        "aliases": ["Arabic"],
        "direction": "rtl",
        "letterhead": ["مقاطعة Example", "مكتب خدمات السكان", "100 Civic Center Plaza, Springfield, EX 10001", "هاتف (555) 010-0100"],
        "months": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
        "date": "{day} {month} {year}",
        "decimal": ".",
        "group": ",",
        "money": "{amount} دولار أمريكي",
        "phrases": {
          "reference": "الرقم المرجعي: {ref}",
          "dear": "حضرة السيد/السيدة {name} المحترم/ة،",
          "decision_subject": "القرار الصادر بشأن: {case_type}",
          "decision_intro": "تسلّمنا طلبكم ({case_type}) بتاريخ {opened}، وقد صدر القرار بشأنه.",
          "decision_outcome": "القرار: {outcome}.",
          "decision_reasons": "وقد بُني هذا القرار على الأسباب التالية:",
          "rationale_note": "إذا رغبتم في الحصول على النص الكامل للتعليل الذي كتبه الموظف المختص بقضيتكم، يُرجى طلبه وسنرسله إليكم.",
          "amount_owed": "المبلغ الذي ما زال مستحقًا عليكم: {amount}.",
          "amount_refund": "المبلغ المستحق لكم: {amount}، وسنعيده إليكم.",
          "appeal": "إذا لم توافقوا على هذا القرار، فمن حقكم التظلم منه. يجب أن يصلنا التظلم في موعد أقصاه {appeal_by}. يمكنكم مراسلتنا على العنوان المذكور أعلاه أو مراجعة أي من مكاتبنا، مع ذكر الرقم المرجعي {ref}. ويجوز لكم الاستعانة بمن يساعدكم.",
          "status_subject": "بيان بحالة طلبكم: {case_type}",
          "status_intro": "تسلّمنا طلبكم ({case_type}) بتاريخ {opened}. نوضح لكم في هذه الرسالة ما وصل إليه حتى اليوم، {today}.",
          "status_state": "طلبكم الآن {state}، ويتولاه فريق {department} لدينا.",
          "status_closed": "طلبكم مغلق ({state}).",
          "status_position": {"zero": "لا توجد أي قضية قبل قضيتكم في قائمة انتظار ذلك الفريق.", "one": "توجد قضية واحدة قبل قضيتكم في قائمة انتظار ذلك الفريق.", "two": "توجد قضيتان قبل قضيتكم في قائمة انتظار ذلك الفريق.", "few": "توجد {position} قضايا قبل قضيتكم في قائمة انتظار ذلك الفريق.", "many": "توجد {position} قضية قبل قضيتكم في قائمة انتظار ذلك الفريق.", "other": "توجد {position} قضية قبل قضيتكم في قائمة انتظار ذلك الفريق."},
          "status_expected": "بحسب وتيرة عمل الفريق حاليًا، نتوقع البت في طلبكم بحلول {expected}.",
          "status_unknown": "لا يمكن حتى الآن تقدير موعد البت في طلبكم، لأن ما يتلقاه الفريق من قضايا يفوق حاليًا ما يستطيع إنجازه. وسنكتب إليكم مجددًا.",
          "closing": "وتفضلوا بقبول فائق الاحترام،",
          "page": "صفحة {page} من {pages}"
        },
        "outcomes": {
          "granted": "الموافقة على طلبكم",
          "denied": "رفض طلبكم",
          "partially_granted": "الموافقة على جزء من طلبكم",
          "dismissed": "حفظ الطلب دون النظر في موضوعه",
          "no_action_needed": "لا يلزم أي إجراء"
        },
        "reasons": {
          "evidence_sufficient": "الأدلة المقدَّمة تؤيد طلبكم.",
          "insufficient_evidence": "الأدلة المتوفرة لا تكفي لتأييد طلبكم.",
          "not_eligible": "لا تستوفون شروط الاستحقاق لهذا البرنامج.",
          "service_connection_established": "ثبت أن حالتكم الصحية مرتبطة بالخدمة العسكرية.",
          "no_nexus": "لم تثبت أي صلة بين حالتكم الصحية والخدمة العسكرية.",
          "documents_missing": "لم تصلنا المستندات المطلوبة التي طلبناها منكم.",
          "duplicate": "توجد قضية أخرى بالطلب نفسه.",
          "out_of_jurisdiction": "هذه المسألة خارج اختصاص هذه الجهة.",
          "paid_in_full": "سُدِّد المبلغ بالكامل.",
          "policy_exception": "تمت الموافقة استثناءً من القواعد المعتادة."
        },
        "states": {
          "new": "مسجَّل حديثًا",
          "triage": "قيد الفرز والتدقيق",
          "in_review": "قيد الدراسة",
          "exam_scheduled": "بانتظار فحص طبي محدد الموعد",
          "awaiting_info": "بانتظار معلومات منكم",
          "issued": "صادر بانتظار السداد أو الرد",
          "disputed": "محل اعتراض قيد الدراسة",
          "paid": "مسدَّد",
          "decided": "مبتوت فيه",
          "withdrawn": "مسحوب",
          "closed": "مغلق"
        },
        "case_types": {
          "disability_claim": "مطالبة بتعويض الإعاقة للمحاربين القدامى",
          "benefits_application": "طلب إعانات",
          "tax_refund_inquiry": "استفسار عن استرداد ضريبي",
          "licence_renewal": "تجديد رخصة القيادة",
          "traffic_fine": "مخالفة مرورية",
          "residence_permit": "طلب تصريح إقامة",
          "contact_tracing": "بلاغ تتبع المخالطين",
          "records_request": "طلب الاطلاع على سجلات عامة",
          "property_appeal": "اعتراض على تقدير عقار",
          "decision_appeal": "تظلم من قرار"
        },
        "departments": {
          "INTAKE": "الاستقبال والفرز",
          "VET": "مطالبات المحاربين القدامى",
          "MED": "المراجعة الطبية",
          "BEN": "أهلية الإعانات",
          "TAX": "الضرائب والإيرادات",
          "DMV": "المركبات ورخص القيادة",
          "IMM": "خدمات الهجرة",
          "PH": "الصحة العامة",
          "REC": "السجلات والتقدير العقاري",
          "APPEALS": "التظلمات",
          "PAY": "المدفوعات"
        }
      }
    ]
  }
}

"""#
}
