/// Word lists for synthetic form values: names from the communities a county serves, and the
/// short texts people actually write on these forms, by field id. Nothing here holds a long
/// run of digits (free text with one could be taken for a card number).
enum SampleText {
    static let givenNames = [
        "Ana", "José", "Mei", "Fatima", "Marcus", "Tomasz", "Aisha", "Hannah", "Olga", "Luis", "Grace",
        "Kenji", "Sofia", "Jamal", "Ingrid", "Min-ji", "Omar", "Nkechi", "Daniel", "Helen", "Raj", "Lucía",
        "Wei", "Priya", "David", "Elena", "Yusuf", "Maria", "Łukasz", "Zofia", "Giulia", "Matteo", "Seo-yeon",
        "Ji-ho", "Layla", "Karim", "Mariam", "Carlos", "Guadalupe", "Chinedu", "Amara", "Thanh", "Robert",
        "Linda", "James", "Patricia", "Michael", "Dorothy", "민준", "서연", "ليلى", "كريم",
    ]
    static let familyNames = [
        "Kowalczyk", "García", "Chen", "Haddad", "Reyes", "Nowak", "Bello", "Lee", "Petrova", "Moreno",
        "Mensah", "Watanabe", "Rossi", "Carter", "Larsen", "Park", "Farouk", "Obi", "Cohen", "O'Connor",
        "Patel", "Fernández", "Zhang", "Shah", "Kim", "Popescu", "Demir", "Santos", "Wiśniewski", "Esposito",
        "Nguyen", "Okonkwo", "Johnson", "Smith", "Brown", "Hernández", "Müller", "Żak", "김", "이", "حداد", "منصور",
    ]
    static let streets = [
        "Main Street", "Oak Avenue", "Elm Street", "Maple Drive", "Cedar Lane", "Pine Road", "Washington Boulevard",
        "Lincoln Avenue", "Lakeview Terrace", "Riverside Drive", "Hillcrest Road", "Church Street", "Mill Road",
        "Park Place", "Orchard Way", "Harbor View",
    ]
    static let towns = [
        "Springfield", "Riverton", "Fairview", "Lakeside", "Georgetown", "Milford", "Franklin", "Clinton",
        "Greenville", "Salem", "Madison", "Oakdale",
    ]
    static let unitWords = ["Apt", "Unit", "Suite"]
    static let areaCodes = ["212", "312", "415", "503", "617", "702", "808", "907", "305", "512", "206", "404"]
    static let emailDomains = ["example.org", "example.net", "example.com", "mail.example"]

    /// Free text by field id; `generic` for any other field.
    static let byField: [String: [String]] = [
        "nationality": ["Mexican", "Polish", "Italian", "South Korean", "Syrian", "Nigerian", "Vietnamese",
                        "Guatemalan", "Indian", "Ukrainian", "Filipino", "Colombian"],
        "employer_name": ["Riverside General Hospital", "Example County Schools", "Harbor Freight Lines",
                          "Sunrise Senior Living", "Okafor & Lin LLP", "Greenfield Farms", "Metro Transit Authority",
                          "Lakeside Manufacturing", "Corner Bakery Co-op"],
        "other_benefits": ["Social Security retirement", "Unemployment insurance", "Veterans pension", "Child support",
                           "Supplemental Security Income", "Workers' compensation"],
        "organization": ["Example County Gazette", "Riverside Tenants Union", "Channel 7 News", "Open Records Project",
                         "Hillcrest Builders Inc.", "Okafor & Lin LLP", "State University Law Clinic"],
        "combat_zone_details": [
            "Kandahar Province, Afghanistan, 2010 to 2011",
            "Camp Arifjan, Kuwait, 2004",
            "Baghdad, Iraq, 2007 to 2008 with the 1st Cavalry Division",
            "Ramadi, Iraq, 2006; convoy security",
            "Helmand Province, Afghanistan, 2009",
            "Persian Gulf aboard USS Carl Vinson, 1991",
            "Da Nang, Vietnam, 1968 to 1969",
            "Bagram Airfield, Afghanistan, 2012 to 2013",
        ],
        "condition_details": [
            "Ringing in both ears since artillery training; worse at night.",
            "Lower back pain after a vehicle rollover during deployment, treated at the base clinic.",
            "Nightmares and trouble sleeping since returning from deployment; seeing a counselor at the Vet Center.",
            "Right knee injured on a training march; surgery in 2012, still painful on stairs.",
            "Shortness of breath since serving near burn pits; uses an inhaler daily.",
            "Hearing loss in the left ear, confirmed by a civilian audiologist.",
        ],
        "medical_details": [
            "Type 1 diabetes, managed with insulin; no low blood sugar episodes in two years.",
            "Seizure disorder, seizure-free for 18 months on medication.",
            "Macular degeneration in the left eye; sees an ophthalmologist twice a year.",
            "Sleep apnea, treated with a CPAP machine since last spring.",
        ],
        "dispute_reason": [
            "The light was yellow when I entered the intersection.",
            "My car was parked legally; the sign was hidden by a tree.",
            "I was not the driver; the vehicle had been sold the week before.",
            "The speed limit sign had been moved for road works.",
            "I had proof of insurance but the officer did not accept the digital card.",
        ],
        "setting_details": [
            "Family dinner at home with six relatives.",
            "Second grade classroom; the whole class and two teachers.",
            "Shared office on the third floor, about twenty colleagues.",
            "Church potluck on Sunday, around forty people.",
            "Flight from Chicago, seated in row 14.",
        ],
        "records_description": [
            "All building permits issued for 412 Elm Street since 2015, with inspection reports.",
            "Minutes and recordings of the county board meetings held in March.",
            "Police incident reports for the intersection of Main Street and 5th Avenue, January to June.",
            "Contracts between the county and road maintenance vendors last year.",
            "Assessor's worksheets for my parcel for the last three assessments.",
            "Emails between the planning department and the developer of the Riverside project.",
        ],
        "fee_waiver_reason": [
            "I receive SNAP benefits and cannot afford the copying fees.",
            "The request is for a news story in the public interest.",
            "We are a nonprofit researching housing conditions.",
        ],
        "appeal_details": [
            "Three similar houses on the same street sold for much less this year.",
            "The notice lists four bedrooms; the house has two.",
            "The roof was damaged in the spring storm and has not been repaired.",
            "An independent appraisal in May valued the property well below the assessment.",
        ],
        "appeal_statement": [
            "The decision did not consider the medical report from my doctor, which I now attach.",
            "I sent the requested documents before the deadline; the post office receipt is attached.",
            "The income used in the decision was from my previous job, which ended in March.",
            "I was not given a chance to explain before the decision was made.",
        ],
        "inquiry_details": [
            "Filed in February and have not received the refund or any letter.",
            "The refund was smaller than the return shows, with no explanation.",
            "I received a letter asking me to verify my identity and did so at the office.",
        ],
    ]
    static let generic = [
        "Details on the paper form.", "See the attached documents.", "Provided at the counter.",
        "As discussed by phone.", "Not sure; please call me.",
    ]
}
