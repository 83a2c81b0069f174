package vocab

import "strings"

// The fixed phrases below are answers the user picks from a list rather
// than writes: the program translates them, so that a Swedish document
// names "Helsingfors tingsrätt" when the user chose "Helsingin
// käräjäoikeus". Only exact choices are translated; free text is never
// guessed.

// Courts are the Finnish district courts (käräjäoikeudet, since the 2019
// reform) and the usual other fora of a processor agreement.
var Courts = []Text{
	{"Ahvenanmaan käräjäoikeus", "Ålands tingsrätt", "Åland District Court"},
	{"Etelä-Karjalan käräjäoikeus", "Södra Karelens tingsrätt", "South Karelia District Court"},
	{"Etelä-Pohjanmaan käräjäoikeus", "Södra Österbottens tingsrätt", "South Ostrobothnia District Court"},
	{"Etelä-Savon käräjäoikeus", "Södra Savolax tingsrätt", "South Savo District Court"},
	{"Helsingin käräjäoikeus", "Helsingfors tingsrätt", "Helsinki District Court"},
	{"Itä-Uudenmaan käräjäoikeus", "Östra Nylands tingsrätt", "Eastern Uusimaa District Court"},
	{"Kainuun käräjäoikeus", "Kajanalands tingsrätt", "Kainuu District Court"},
	{"Kanta-Hämeen käräjäoikeus", "Egentliga Tavastlands tingsrätt", "Kanta-Häme District Court"},
	{"Keski-Suomen käräjäoikeus", "Mellersta Finlands tingsrätt", "Central Finland District Court"},
	{"Kymenlaakson käräjäoikeus", "Kymmenedalens tingsrätt", "Kymenlaakso District Court"},
	{"Lapin käräjäoikeus", "Lapplands tingsrätt", "Lapland District Court"},
	{"Länsi-Uudenmaan käräjäoikeus", "Västra Nylands tingsrätt", "Western Uusimaa District Court"},
	{"Oulun käräjäoikeus", "Uleåborgs tingsrätt", "Oulu District Court"},
	{"Pirkanmaan käräjäoikeus", "Birkalands tingsrätt", "Pirkanmaa District Court"},
	{"Pohjanmaan käräjäoikeus", "Österbottens tingsrätt", "Ostrobothnia District Court"},
	{"Pohjois-Karjalan käräjäoikeus", "Norra Karelens tingsrätt", "North Karelia District Court"},
	{"Pohjois-Savon käräjäoikeus", "Norra Savolax tingsrätt", "North Savo District Court"},
	{"Päijät-Hämeen käräjäoikeus", "Päijänne-Tavastlands tingsrätt", "Päijät-Häme District Court"},
	{"Satakunnan käräjäoikeus", "Satakunta tingsrätt", "Satakunta District Court"},
	{"Varsinais-Suomen käräjäoikeus", "Egentliga Finlands tingsrätt", "Southwest Finland District Court"},
	{"Markkinaoikeus", "Marknadsdomstolen", "Market Court"},
	{"Keskuskauppakamarin välityslautakunta", "Centralhandelskammarens skiljedomsinstitut", "Arbitration Institute of the Finland Chamber of Commerce"},
}

// GoverningLaws are the usual choices of law for processor terms.
var GoverningLaws = []Text{
	{"Suomen laki", "Finsk lag", "The laws of Finland"},
	{"Ruotsin laki", "Svensk lag", "The laws of Sweden"},
}

// Laws are Finnish statutes a purpose (art. 6(1)(c)) or a retention period
// usually stands on, as their official short names in each language.
var Laws = []Text{
	{"Kirjanpitolaki (1336/1997)", "Bokföringslagen (1336/1997)", "Accounting Act (1336/1997)"},
	{"Kirjanpitolaki (1336/1997) 2 luku 10 §", "Bokföringslagen (1336/1997) 2 kap. 10 §", "Accounting Act (1336/1997), chapter 2, section 10"},
	{"Tietosuojalaki (1050/2018)", "Dataskyddslagen (1050/2018)", "Data Protection Act (1050/2018)"},
	{"Tietosuojalaki (1050/2018) 29 §", "Dataskyddslagen (1050/2018) 29 §", "Data Protection Act (1050/2018), section 29"},
	{"Arvonlisäverolaki (1501/1993)", "Mervärdesskattelagen (1501/1993)", "Value Added Tax Act (1501/1993)"},
	{"Arvonlisäverolaki (1501/1993) 209 e §", "Mervärdesskattelagen (1501/1993) 209 e §", "Value Added Tax Act (1501/1993), section 209 e"},
	{"Työsopimuslaki (55/2001)", "Arbetsavtalslagen (55/2001)", "Employment Contracts Act (55/2001)"},
	{"Laki yksityisyyden suojasta työelämässä (759/2004)", "Lagen om integritetsskydd i arbetslivet (759/2004)", "Act on the Protection of Privacy in Working Life (759/2004)"},
	{"Laki tulotietojärjestelmästä (53/2018)", "Lagen om inkomstdatasystemet (53/2018)", "Act on the Incomes Information System (53/2018)"},
	{"Laki velan vanhentumisesta (728/2003)", "Lagen om preskription av skulder (728/2003)", "Act on the Statute of Limitations of Debts (728/2003)"},
	{"Laki rahanpesun ja terrorismin rahoittamisen estämisestä (444/2017)", "Lagen om förhindrande av penningtvätt och av finansiering av terrorism (444/2017)", "Act on Preventing Money Laundering and Terrorist Financing (444/2017)"},
	{"Kuluttajansuojalaki (38/1978)", "Konsumentskyddslagen (38/1978)", "Consumer Protection Act (38/1978)"},
	{"Laki sähköisen viestinnän palveluista (917/2014)", "Lagen om tjänster inom elektronisk kommunikation (917/2014)", "Act on Electronic Communications Services (917/2014)"},
	{"Työterveyshuoltolaki (1383/2001)", "Lagen om företagshälsovård (1383/2001)", "Occupational Health Care Act (1383/2001)"},
}

// RetentionGrounds are usual retention periods and their criteria.
var RetentionGrounds = []Text{
	{"Asiakassuhteen ajan", "Under kundrelationen", "For the duration of the customer relationship"},
	{"Sopimuksen voimassaolon ajan", "Under avtalets giltighetstid", "For the term of the contract"},
	{"Työsuhteen ajan", "Under anställningen", "For the duration of the employment"},
	{"Kunnes suostumus perutaan", "Tills samtycket återkallas", "Until consent is withdrawn"},
	{"Kunnes tilaus perutaan", "Tills prenumerationen avslutas", "Until the subscription is cancelled"},
	{"10 vuotta tilikauden päättymisestä", "10 år från räkenskapsperiodens utgång", "10 years from the end of the financial year"},
	{"6 vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi", "6 år från utgången av det år då räkenskapsperioden gick ut", "6 years from the end of the year in which the financial year ended"},
	{"Sopimuksen päättymiseen asti", "Till avtalets slut", "Until the end of the contract"},
	{"Toistaiseksi voimassa", "Gäller tills vidare", "Until further notice"},
	{"Palvelusopimuksen voimassaolon ajan", "Under tjänsteavtalets giltighetstid", "For the term of the service agreement"},
}

// RecipientGroups are the usual groups data is disclosed to.
var RecipientGroups = []Text{
	{"Tilitoimisto", "Bokföringsbyrå", "Accounting firm"},
	{"Verohallinto", "Skatteförvaltningen", "Finnish Tax Administration"},
	{"Tulorekisteri", "Inkomstregistret", "Incomes Register"},
	{"Työeläkevakuutusyhtiö", "Arbetspensionsförsäkringsbolag", "Earnings-related pension insurer"},
	{"Tapaturmavakuutusyhtiö", "Olycksfallsförsäkringsbolag", "Accident insurer"},
	{"Työterveyshuolto", "Företagshälsovården", "Occupational health care"},
	{"Perintätoimisto", "Inkassobyrå", "Debt collection agency"},
	{"Pankit", "Banker", "Banks"},
	{"Viranomaiset lain niin vaatiessa", "Myndigheter när lagen kräver det", "Authorities where the law requires it"},
	{"Poliisi", "Polisen", "The police"},
	{"Kuljetusyhtiöt", "Transportföretag", "Delivery companies"},
	{"Tilintarkastaja", "Revisor", "Auditor"},
}

// phrases are every list of fixed phrases Translate looks in.
var phrases = [][]Text{Courts, GoverningLaws, Laws, RetentionGrounds, RecipientGroups}

// phraseAliases are other usual forms of a phrase, lower case, mapped to
// the phrase's Finnish form.
var phraseAliases = map[string]string{
	"finnish law":         "Suomen laki",
	"the law of finland":  "Suomen laki",
	"laws of finland":     "Suomen laki",
	"finlands lag":        "Suomen laki",
	"suomen lainsäädäntö": "Suomen laki",
}

// Translate returns the fixed phrase or country s in lang when s is, exactly
// (case and surrounding spaces aside), one of the phrases above or a
// country's name in any language; ok is false otherwise. Country codes are
// not matched here (a register name "IT" is not Italy): see FindCountry.
func Translate(s, lang string) (string, bool) {
	key := fold(s)
	if fi, ok := phraseAliases[key]; ok {
		key = fold(fi)
	}
	if t, ok := phraseIndex[key]; ok {
		return t.In(lang), true
	}
	if code, ok := countryAliases[key]; ok && len(key) > 2 {
		c, _ := FindCountry(code)
		return c.Name.In(lang), true
	}
	return "", false
}

// phraseIndex finds a phrase or country by any of its texts (folded).
var phraseIndex = func() map[string]Text {
	m := map[string]Text{}
	add := func(t Text) {
		for _, s := range []string{t.FI, t.SV, t.EN} {
			m[fold(s)] = t
		}
	}
	for _, list := range phrases {
		for _, t := range list {
			add(t)
		}
	}
	for _, c := range Countries {
		add(c.Name)
	}
	return m
}()

// fold is the form phrases are compared in: lower case, runs of spaces as
// one, no spaces at the ends.
func fold(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}
