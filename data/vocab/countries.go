package vocab

// Countries are the countries offered for a transfer, a processor or a
// sub-processor: code ISO 3166-1 alpha-2, label the country's name in
// Finnish, Swedish and English. A country answer may hold the code or any
// of the names; the documents print the name in their own language.
// EEA marks the countries of the EU/EEA (no chapter V safeguard needed).
var Countries = []Country{
	// EU/EEA
	{"AT", Text{"Itävalta", "Österrike", "Austria"}, true},
	{"BE", Text{"Belgia", "Belgien", "Belgium"}, true},
	{"BG", Text{"Bulgaria", "Bulgarien", "Bulgaria"}, true},
	{"HR", Text{"Kroatia", "Kroatien", "Croatia"}, true},
	{"CY", Text{"Kypros", "Cypern", "Cyprus"}, true},
	{"CZ", Text{"Tšekki", "Tjeckien", "Czechia"}, true},
	{"DK", Text{"Tanska", "Danmark", "Denmark"}, true},
	{"EE", Text{"Viro", "Estland", "Estonia"}, true},
	{"FI", Text{"Suomi", "Finland", "Finland"}, true},
	{"FR", Text{"Ranska", "Frankrike", "France"}, true},
	{"DE", Text{"Saksa", "Tyskland", "Germany"}, true},
	{"GR", Text{"Kreikka", "Grekland", "Greece"}, true},
	{"HU", Text{"Unkari", "Ungern", "Hungary"}, true},
	{"IS", Text{"Islanti", "Island", "Iceland"}, true},
	{"IE", Text{"Irlanti", "Irland", "Ireland"}, true},
	{"IT", Text{"Italia", "Italien", "Italy"}, true},
	{"LV", Text{"Latvia", "Lettland", "Latvia"}, true},
	{"LI", Text{"Liechtenstein", "Liechtenstein", "Liechtenstein"}, true},
	{"LT", Text{"Liettua", "Litauen", "Lithuania"}, true},
	{"LU", Text{"Luxemburg", "Luxemburg", "Luxembourg"}, true},
	{"MT", Text{"Malta", "Malta", "Malta"}, true},
	{"NL", Text{"Alankomaat", "Nederländerna", "Netherlands"}, true},
	{"NO", Text{"Norja", "Norge", "Norway"}, true},
	{"PL", Text{"Puola", "Polen", "Poland"}, true},
	{"PT", Text{"Portugali", "Portugal", "Portugal"}, true},
	{"RO", Text{"Romania", "Rumänien", "Romania"}, true},
	{"SK", Text{"Slovakia", "Slovakien", "Slovakia"}, true},
	{"SI", Text{"Slovenia", "Slovenien", "Slovenia"}, true},
	{"ES", Text{"Espanja", "Spanien", "Spain"}, true},
	{"SE", Text{"Ruotsi", "Sverige", "Sweden"}, true},
	// Outside the EU/EEA
	{"AR", Text{"Argentiina", "Argentina", "Argentina"}, false},
	{"AU", Text{"Australia", "Australien", "Australia"}, false},
	{"BR", Text{"Brasilia", "Brasilien", "Brazil"}, false},
	{"CA", Text{"Kanada", "Kanada", "Canada"}, false},
	{"CN", Text{"Kiina", "Kina", "China"}, false},
	{"AE", Text{"Arabiemiirikunnat", "Förenade Arabemiraten", "United Arab Emirates"}, false},
	{"GB", Text{"Yhdistynyt kuningaskunta", "Förenade kungariket", "United Kingdom"}, false},
	{"IN", Text{"Intia", "Indien", "India"}, false},
	{"IL", Text{"Israel", "Israel", "Israel"}, false},
	{"JP", Text{"Japani", "Japan", "Japan"}, false},
	{"KR", Text{"Etelä-Korea", "Sydkorea", "South Korea"}, false},
	{"MX", Text{"Meksiko", "Mexiko", "Mexico"}, false},
	{"NZ", Text{"Uusi-Seelanti", "Nya Zeeland", "New Zealand"}, false},
	{"PH", Text{"Filippiinit", "Filippinerna", "Philippines"}, false},
	{"RS", Text{"Serbia", "Serbien", "Serbia"}, false},
	{"SG", Text{"Singapore", "Singapore", "Singapore"}, false},
	{"CH", Text{"Sveitsi", "Schweiz", "Switzerland"}, false},
	{"TR", Text{"Turkki", "Turkiet", "Turkey"}, false},
	{"UA", Text{"Ukraina", "Ukraina", "Ukraine"}, false},
	{"US", Text{"Yhdysvallat", "Förenta staterna", "United States"}, false},
	{"UY", Text{"Uruguay", "Uruguay", "Uruguay"}, false},
	{"VN", Text{"Vietnam", "Vietnam", "Vietnam"}, false},
	{"ZA", Text{"Etelä-Afrikka", "Sydafrika", "South Africa"}, false},
}

// Country is one country of Countries.
type Country struct {
	Code string // ISO 3166-1 alpha-2
	Name Text
	EEA  bool // in the EU or the EEA
}

// countryAliases are other usual names of a country, lower case, as users
// type them ("USA", "Iso-Britannia").
var countryAliases = map[string]string{
	"usa": "US", "u.s.": "US", "u.s.a.": "US", "yhdysvallat (usa)": "US", "amerikan yhdysvallat": "US",
	"united states of america": "US", "us": "US", "förenta staterna (usa)": "US",
	"iso-britannia": "GB", "britannia": "GB", "storbritannien": "GB", "great britain": "GB", "uk": "GB",
	"england": "GB", "englanti": "GB", "czech republic": "CZ", "tsekki": "CZ", "hollanti": "NL",
	"holland": "NL", "the netherlands": "NL", "korean tasavalta": "KR", "republic of korea": "KR",
}

// FindCountry returns the country whose code, name in any language or
// usual alias is s (case and surrounding spaces do not matter).
func FindCountry(s string) (Country, bool) {
	key := fold(s)
	if code, ok := countryAliases[key]; ok {
		key = fold(code)
	}
	c, ok := countryIndex[key]
	return c, ok
}

// countryIndex finds a country by its code or any of its names (folded).
var countryIndex = func() map[string]Country {
	m := map[string]Country{}
	for _, c := range Countries {
		for _, s := range []string{c.Code, c.Name.FI, c.Name.SV, c.Name.EN} {
			m[fold(s)] = c
		}
	}
	return m
}()
