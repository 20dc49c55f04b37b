/// Names for the synthetic backlog, in the scripts and languages the county serves.
enum DemoNames {
    struct Culture {
        /// The language of letters, as the forms' code for it (`es`).
        let language: String
        let given: [String]
        let family: [String]
        /// How many of every 100 constituents come from this group.
        let weight: Int
    }

    static let cultures: [Culture] = [
        Culture(language: "en", given: ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
                                            "David", "Elizabeth", "William", "Susan", "Richard", "Jessica", "Thomas", "Sarah",
                                            "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty"],
                family: ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
                         "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis",
                         "O'Brien", "Robinson", "Walker", "Young"], weight: 34),
        Culture(language: "es", given: ["José", "María", "Jesús", "Sofía", "Andrés", "Lucía", "Ramón", "Inés", "Raúl",
                                            "Begoña", "Martín", "Ángela", "Íñigo", "Verónica", "Joaquín", "Mónica"],
                family: ["García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez",
                         "Núñez", "Ibáñez", "Peña", "Muñoz", "Jiménez", "Gómez", "Díaz"], weight: 20),
        Culture(language: "it", given: ["Giuseppe", "Francesca", "Niccolò", "Chiara", "Lorenzo", "Giulia", "Nicolò",
                                            "Elena", "Pietro", "Beatrice", "Mattia", "Alessandra"],
                family: ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
                         "Greco", "De Luca", "Conti"], weight: 10),
        Culture(language: "pl", given: ["Łukasz", "Małgorzata", "Paweł", "Agnieszka", "Michał", "Katarzyna", "Krzysztof",
                                           "Żaneta", "Wojciech", "Józefa", "Grzegorz", "Bożena"],
                family: ["Kowalczyk", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowska", "Zieliński", "Szymańska",
                         "Woźniak", "Dąbrowski", "Kozłowski", "Jankowska", "Mazur"], weight: 12),
        Culture(language: "ko", given: ["민준", "서연", "지훈", "하은", "도윤", "지우", "현우", "수아", "예준", "서윤"],
                family: ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"], weight: 12),
        Culture(language: "ar", given: ["محمد", "فاطمة", "أحمد", "مريم", "علي", "نور", "يوسف", "ليلى", "عمر", "سارة"],
                family: ["حداد", "الخطيب", "منصور", "العلي", "الحسن", "سليمان", "النجار", "يوسف", "عيسى", "خوري"], weight: 12),
    ]

    static let streets = ["Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Elm St", "Washington Blvd", "Lake Rd", "Hill St",
                          "Park Ave", "River Rd", "Church St", "Mill Rd"]
    static let towns = ["Springfield", "Riverton", "Fairview", "Lakeside", "Greenville", "Franklin", "Clinton", "Madison"]

    static let notes = [
        "Called constituent; left a voicemail asking for the missing pages.",
        "Documents received by mail and scanned to the file.",
        "Constituent phoned to ask about status; explained the next step.",
        "Checked eligibility against the current schedule; looks complete.",
        "Requested service records from the records office.",
        "Interpreter needed for the next call; booked one.",
        "Address confirmed with the constituent by phone.",
        "Supporting statement received from the constituent's physician.",
        "Reviewed prior decision on file; no conflict found.",
        "Waiting on payment confirmation from the bank.",
    ]

    static let holdReasons = ["awaiting DD-214", "awaiting proof of income", "awaiting signed statement",
                              "awaiting medical records", "awaiting proof of address", "awaiting employer letter"]
    static let referralReasons = ["medical exam needed", "records request", "payment verification", "eligibility review",
                                  "second opinion", "assessor valuation"]
    static let rationales = ["The evidence on file supports the claim as filed.",
                             "The records do not show the required service connection.",
                             "The applicant meets every condition of the programme.",
                             "Income is above the programme limit for the household size.",
                             "The request duplicates a case already decided."]
}
