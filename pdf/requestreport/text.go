package requestreport

import (
	"strings"

	"tietosuojapakki/data/vocab"
)

// tr is one text in fi, sv and en.
type tr [3]string

func (t tr) in(lang string) string { return t[vocab.Column(lang)] }

// counted is a phrase with a count: {n} is replaced by the number and the
// noun in the form the number takes (vocab.Count), "{n} jäljellä" with
// days gives "1 päivä jäljellä", "2 päivää jäljellä".
type counted struct {
	noun   vocab.Count
	phrase tr
}

// count writes n as number prints it; a count that is not whole (a median
// of 1,5 days) takes the plural form.
func (c counted) count(lang string, n float64) string {
	form := 2
	if n == 1 {
		form = 1
	}
	return c.phrase.with(lang, "n", number(n, lang)+" "+c.noun.Form(form, lang))
}

// with replaces {name} markers: with("fi", "n", "5").
func (t tr) with(lang string, pairs ...string) string {
	s := t.in(lang)
	for i := 0; i+1 < len(pairs); i += 2 {
		s = strings.ReplaceAll(s, "{"+pairs[i]+"}", pairs[i+1])
	}
	return s
}

// Counted nouns of the report.
var (
	days   = vocab.Count{{"päivä", "päivää"}, {"dag", "dagar"}, {"day", "days"}}
	months = vocab.Count{{"kuukausi", "kuukautta"}, {"månad", "månader"}, {"month", "months"}}
)

// The report's texts. Field names come from data.FieldLabel and coded
// values from package vocab, so the report says what the window says.
var (
	tLogTitle = tr{"Pyyntöloki", "Logg över begäranden", "Log of data subject requests"}
	tLogIntro = tr{
		"Tämä raportti kattaa rekisteröityjen pyynnöt, jotka saapuivat {from}–{to}. Pyyntöön on vastattava ilman aiheetonta viivytystä ja viimeistään kuukauden kuluttua sen saapumisesta. Jos pyyntö on monimutkainen tai pyyntöjä on paljon, määräaikaa voi jatkaa enintään kahdella kuukaudella, kun pyytäjälle kerrotaan jatkosta ja sen syistä ensimmäisen kuukauden aikana (tietosuoja-asetuksen 12 artiklan 3 kohta).",
		"Rapporten omfattar de registrerades begäranden som kom in {from}–{to}. En begäran ska besvaras utan onödigt dröjsmål och senast en månad efter att den kom in. Om begäran är komplicerad eller begärandena är många, kan tidsfristen förlängas med högst två månader. Den som begär ska då få veta om förlängningen och skälen till den inom den första månaden (artikel 12.3 i dataskyddsförordningen).",
		"This report covers the data subject requests received {from}–{to}. A request must be answered without undue delay and within one month of receipt at the latest. If the request is complex or there are many requests, the deadline can be extended by up to two further months. The requester must then be told of the extension and its reasons within the first month (Article 12(3) of the General Data Protection Regulation)."}
	tMade      = tr{"Laadittu {date}", "Upprättad {date}", "Prepared on {date}"}
	tPageLabel = tr{"Sivu %d / %d", "Sida %d / %d", "Page %d of %d"}

	tSecSummary  = tr{"Yhteenveto", "Sammanfattning", "Summary"}
	tPeriod      = tr{"Ajanjakso", "Period", "Period"}
	tTotal       = tr{"Pyyntöjä yhteensä", "Begäranden totalt", "Total requests"}
	tOpen        = tr{"Avoinna", "Öppna", "Open"}
	tAnswered    = tr{"Vastattu", "Besvarade", "Answered"}
	tRefused     = tr{"Kieltäydytty", "Avslagna", "Refused"}
	tExtended    = tr{"Määräaikaa jatkettu", "Tidsfristen förlängd", "Deadline extended"}
	tMedian      = tr{"Vastausajan mediaani", "Median svarstid", "Median time to answer"}
	tMedianValue = tr{"{days} ({closed})", "{days} ({closed})", "{days} ({closed})"}
	tDays        = counted{days, tr{"{n}", "{n}", "{n}"}}
	tClosed      = counted{vocab.Count{{"suljettu pyyntö", "suljettua pyyntöä"}, {"avslutad begäran", "avslutade begäranden"}, {"closed request", "closed requests"}},
		tr{"{n}", "{n}", "{n}"}}
	tNoMedian    = tr{"ei vielä suljettuja pyyntöjä", "inga avslutade begäranden ännu", "no closed requests yet"}
	tOverdue     = tr{"Myöhässä", "Försenade", "Overdue"}
	tOverdueVal  = tr{"{n} ({open}, {late})", "{n} ({open}, {late})", "{n} ({open}, {late})"}
	tOverdueOpen = counted{vocab.Count{{"avoinna", "avoinna"}, {"öppen", "öppna"}, {"still open", "still open"}},
		tr{"{n} määräpäivän jälkeen", "{n} efter sista dagen", "{n} after the due date"}}
	tOverdueLate = counted{vocab.Count{{"vastattu", "vastattu"}, {"besvarad", "besvarade"}, {"answered", "answered"}},
		tr{"{n} myöhässä", "{n} för sent", "{n} late"}}
	tPurged    = tr{"Henkilötiedot poistettu", "Personuppgifterna raderade", "Personal data removed"}
	tPurgedVal = tr{"{n} (mukana luvuissa nimettöminä)", "{n} (med i siffrorna utan namn)", "{n} (still counted, without names)"}

	tSecRights = tr{"Pyynnöt oikeuksittain", "Begäranden per rättighet", "Requests by right"}
	tRightCol  = tr{"Oikeus", "Rättighet", "Right"}
	tArticle   = tr{"Tietosuoja-asetus", "Dataskyddsförordningen", "GDPR"}
	tCount     = tr{"Pyyntöjä", "Begäranden", "Requests"}
	tRightsTip = tr{"Pyyntö, joka koskee useaa oikeutta, lasketaan jokaisen kohdalle.", "En begäran som gäller flera rättigheter räknas under var och en.", "A request that invokes several rights is counted once under each of them."}

	tSecEntries = tr{"Kaikki pyynnöt", "Alla begäranden", "All requests"}
	tNoEntries  = tr{"Ajanjaksolla ei saapunut pyyntöjä.", "Inga begäranden kom in under perioden.", "No requests were received in the period."}
	// Days taken and days left are said in words in the status column: a
	// bare number meaning either would read as the same thing.
	tTaken = counted{vocab.Count{{"päivässä", "päivässä"}, {"dag", "dagar"}, {"day", "days"}}, tr{"({n})", "(på {n})", "(in {n})"}}
	tLeft  = counted{days, tr{"{n} jäljellä", "{n} kvar", "{n} left"}}
	tLate  = counted{days, tr{"{n} myöhässä", "{n} för sent", "{n} overdue"}}
	// tAnsweredLate follows the days an answer took when it came after
	// the due date.
	tAnsweredLate = counted{days, tr{"{n} myöhässä", "{n} för sent", "{n} late"}}
	tDueToday     = tr{"erääntyy tänään", "förfaller i dag", "due today"}
	tPurgedName   = tr{"(poistettu)", "(raderad)", "(removed)"}

	tSecKeep = tr{"Lokin säilytys", "Lagring av loggen", "Retention of the log"}
	tKeep    = tr{
		"Loki sisältää henkilötietoja. Suljetut pyynnöt säilytetään {n} vastaamisen jälkeen. Sen jälkeen pyytäjän nimi, yhteystiedot, vastaus ja historia poistetaan, ja jäljelle jää vain nimetön tieto pyynnöstä (viite, päivät, oikeudet, tila).",
		"Loggen innehåller personuppgifter. Avslutade begäranden sparas i {n} efter svaret. Därefter raderas namn, kontaktuppgifter, svar och historik, och bara en anonym uppgift om begäran blir kvar (referens, datum, rättigheter, status).",
		"The log holds personal data. Closed requests are kept for {n} after they were answered. After that the requester's name, contact details, the answer and the history are removed, and only an anonymous record of the request remains (reference, dates, rights, status)."}

	tSummaryTitle = tr{"Pyyntö {ref}", "Begäran {ref}", "Request {ref}"}
	tSecDetails   = tr{"Pyynnön tiedot", "Uppgifter om begäran", "Request details"}
	tSecDeadline  = tr{"Määräaika", "Tidsfrist", "Deadline"}
	tSecAnswer    = tr{"Vastaus", "Svar", "Answer"}
	tSecHistory   = tr{"Historia", "Historik", "History"}
	tHistoryIntro = tr{"Jokainen muutos kirjataan tähän. Merkintöjä ei voi muuttaa eikä poistaa.", "Varje ändring förs in här. Posterna kan inte ändras eller raderas.", "Every change is recorded here. The entries cannot be changed or deleted."}
	tWhen         = tr{"Aika", "Tid", "When"}
	tWho          = tr{"Tekijä", "Vem", "Who"}
	tWhat         = tr{"Tapahtuma", "Händelse", "What"}
	tYes          = tr{"Kyllä", "Ja", "Yes"}
	tNo           = tr{"Ei", "Nej", "No"}
	tNotVerified  = tr{"Ei varmistettu", "Inte kontrollerad", "Not verified"}
	tFirstMonth   = tr{"Ensimmäinen kuukausi päättyy", "Första månaden slutar", "First month ends"}
	tState        = tr{"Tilanne", "Läge", "Deadline status"}
	tRefusalNote  = tr{
		"Kieltäytymisestä on kerrottava pyytäjälle kirjallisesti: syyt sekä oikeus tehdä valitus valvontaviranomaiselle (Tietosuojavaltuutetun toimisto, tietosuoja.fi) ja hakea muutosta tuomioistuimelta (tietosuoja-asetuksen 12 artiklan 4 kohta).",
		"Den som begär ska få veta skälen till avslaget samt om rätten att lämna in klagomål till tillsynsmyndigheten (Dataombudsmannens byrå, tietosuoja.fi) och att söka ändring hos domstol (artikel 12.4 i dataskyddsförordningen).",
		"The requester must be told the reasons for the refusal and of the right to lodge a complaint with the supervisory authority (Office of the Data Protection Ombudsman, tietosuoja.fi) and to seek a judicial remedy (Article 12(4) of the General Data Protection Regulation)."}
	tPurgedNote = tr{
		"Tämän pyynnön henkilötiedot on poistettu säilytysajan päätyttyä.",
		"Personuppgifterna i denna begäran har raderats när lagringstiden gick ut.",
		"The personal data of this request was removed when its retention period ended."}
)
