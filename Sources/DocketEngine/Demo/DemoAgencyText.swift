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
    {"code": "evidence_sufficient", "name": "The evidence supports the request"},
    {"code": "insufficient_evidence", "name": "The evidence does not support the request"},
    {"code": "not_eligible", "name": "The applicant does not meet the eligibility rules"},
    {"code": "service_connection_established", "name": "The condition is connected to military service"},
    {"code": "no_nexus", "name": "No link between the condition and service was shown"},
    {"code": "documents_missing", "name": "Required documents were not provided"},
    {"code": "duplicate", "name": "Duplicate of another case"},
    {"code": "out_of_jurisdiction", "name": "Outside this agency's jurisdiction"},
    {"code": "paid_in_full", "name": "Paid in full"},
    {"code": "policy_exception", "name": "Granted as an exception to policy"}
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
      "default_priority": 3
    },
    {
      "code": "benefits_application",
      "name": "Benefits application",
      "short": "Benefits",
      "prefix": "BA",
      "lifecycle": "standard",
      "form": "benefits_application",
      "sla_policy": "standard",
      "default_priority": 3
    },
    {
      "code": "tax_refund_inquiry",
      "name": "Tax refund inquiry",
      "short": "Tax refund",
      "prefix": "TR",
      "lifecycle": "standard",
      "form": "tax_refund_inquiry",
      "sla_policy": "standard",
      "default_priority": 4
    },
    {
      "code": "licence_renewal",
      "name": "Driver licence renewal",
      "short": "Licence",
      "prefix": "LR",
      "lifecycle": "standard",
      "form": "licence_renewal",
      "sla_policy": "standard",
      "default_priority": 4
    },
    {
      "code": "traffic_fine",
      "name": "Traffic fine",
      "short": "Traffic fine",
      "prefix": "TF",
      "lifecycle": "traffic_fine",
      "form": "traffic_fine",
      "sla_policy": "fine",
      "default_priority": 4
    },
    {
      "code": "residence_permit",
      "name": "Residence permit",
      "short": "Residence",
      "prefix": "RP",
      "lifecycle": "standard",
      "form": "residence_permit",
      "sla_policy": "permit",
      "default_priority": 3
    },
    {
      "code": "contact_tracing",
      "name": "Contact-tracing report",
      "short": "Tracing",
      "prefix": "CT",
      "lifecycle": "standard",
      "form": "contact_tracing",
      "sla_policy": "expedited",
      "default_priority": 1
    },
    {
      "code": "records_request",
      "name": "Public records request",
      "short": "Records",
      "prefix": "PR",
      "lifecycle": "standard",
      "form": "records_request",
      "sla_policy": "records",
      "default_priority": 3
    },
    {
      "code": "property_appeal",
      "name": "Property assessment appeal",
      "short": "Prop. appeal",
      "prefix": "PA",
      "lifecycle": "standard",
      "form": "property_appeal",
      "sla_policy": "appeal",
      "default_priority": 3
    },
    {
      "code": "decision_appeal",
      "name": "Appeal of a decision",
      "short": "Appeal",
      "prefix": "AP",
      "lifecycle": "standard",
      "form": "decision_appeal",
      "sla_policy": "appeal",
      "default_priority": 3
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
  ]
}

"""#
}
