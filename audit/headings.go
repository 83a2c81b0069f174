package audit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// topic is what a section of a notice is about.
type topic int

// The topics of a privacy notice that the rules and the extraction know.
const (
	topicNone topic = iota
	topicController
	topicContact
	topicDPO
	topicRegisterName
	topicPurpose
	topicBasis
	topicData
	topicSubjects
	topicSources
	topicRecipients
	topicProcessors
	topicTransfers
	topicRetention
	topicRights
	topicSecurity
	topicCookies
	topicComplaint
	topicDate
)

// headings are the starts of the headings and labels of Finnish, Swedish
// and English notices, old (the rekisteriseloste of Henkilötietolaki 10 §)
// and new; matching ignores case, and a label runs to the end of the
// word where its start ends. The first that matches wins, so a longer, more
// particular start comes before a shorter one.
var headings = []struct {
	topic topic
	re    *pattern
}{
	{topicDate, re(`^(päivitetty|laadittu|päiväys|laatimispäivä(mää)?|viimeksi päivitetty|muutettu viimeksi|uppdaterad|datum|upprättad|senast (uppdaterad|ändrad)|date|last (updated|modified|changed)|updated|drawn up|version)`)},
	{topicRegisterName, re(`^(rekisterin nimi|registrets namn|name of (the )?(register|filing system)|register name)`)},
	{topicDPO, re(`^(tietosuojavastaava|dataskyddsombud|data protection officer)`)},
	{topicContact, re(`^(yhteyshenkilö|tietosuoja-?asioiden yhteyshenkilö|rekisteriä koskevissa asioissa|rekisteriasioista vastaa|rekisteristä vastaava|rekisteriasioita hoitava|rekisterin (yhteys|vastuu)henkilö|vastuuhenkilö|yhteystiedot tietosuoja|kontaktperson|kontaktuppgifter i|contact person|contact details for|privacy contact|yhteydenotot|contact( us)?$|kontakt(a oss)?$)`)},
	{topicController, re(`^(rekisterinpitäjä|rekisterin ?pitäjä|rekisterinpitäjän yhteystiedot|yrityksen tiedot|personuppgiftsansvarig|registeransvarig|registerförare|registerhållare|(the |data )?controller|company details|who we are|yhteystiedot|kontaktuppgifter|contact details)`)},
	{topicBasis, re(`^((käsittelyn |henkilötietojen käsittelyn )?oikeusperuste(et)?|käsittelyn peruste|rekisterin pitämisen peruste|henkilötietojen käsittelyn peruste|rättslig grund|grunden för (behandlingen|registerföringen)|grund för behandling|(the )?legal basis|lawful basis|basis for (processing|keeping))`)},
	{topicPurpose, re(`^(henkilötietojen käsittelyn tarkoitu|rekisterit ja (?:käyttö)?tarkoitu|käsittelyn tarkoitu|rekisterin (käyttö)?tarkoitu|käyttötarkoitu|tarkoitu|mihin käytämme|mihin käytämme tietoja|ändamål|syfte|purpose|why we process|how we use (your )?(personal )?(data|information))`)},
	{topicSubjects, re(`^(rekisteröidyt|rekisteröityjen ryhmät|keitä rekisteri koskee|registrerade|kategorier av registrerade|(categories of )?data subjects|whose data)`)},
	{topicData, re(`^(rekisterin tietosisältö|rekisterin tiedot$|registrets uppgifter$|personal data$|henkilötiedot$|personuppgifter$|tietosisältö|käsiteltävät (henkilö)?tiedot|rekisteriin (tallennettavat|kerättävät) tiedot|henkilötietoryhmät|mitä tietoja|registrets (data|uppgifts)?innehåll|uppgifter som behandlas|vilka uppgifter|datainnehåll|(the )?data content|content of the register|(categories of )?personal data (we process|processed|collected)|(the )?data (we process|processed|collected)\b|what (personal )?data|categories of (personal )?data|uppgifter som (registreras|samlas in|sparas|lagras)|registrerade uppgifter|insamlade uppgifter|rekisteröitävät tiedot|tallennetut tiedot|information we (collect|process)|personal (data|information) we collect|what information|kategorier av personuppgifter|personuppgiftskategorier|kerättävät (henkilö)?tiedot|tallennettavat (henkilö)?tiedot)`)},
	{topicSources, re(`^((säännönmukaiset )?tietolähteet|tietolähde|mistä tiedot saadaan|(regelmässiga )?uppgiftskällor|uppgiftskälla|varifrån|(regular )?(data )?sources|where (we get|the data comes))`)},
	{topicProcessors, re(`^(((henkilö)?tietojen )?käsittelijät|alihankkijat|palveluntarjoajat|personuppgiftsbiträden|(data )?processors|service providers)`)},
	{topicRecipients, re(`^((tietojen )?(säännönmukaiset )?luovutukset|(henkilö)?tietojen luovu(tus|ttaminen)|luovutukset|sharing (of )?(personal )?data|who (do )?we share|sharing your (personal )?(data|information)|vastaanottajat|kenelle tietoja|(regelmässigt )?utlämnande|mottagare|(regular )?disclosures?( of data)?|recipients)`)},
	{topicTransfers, re(`^((tietojen )?siirto(t)? (eu|eta|kolmansiin)|tietojen siirrot|siirrot|överföring(ar)? (av uppgifter |till )?(utanför|tredje)|överföringar|transfers?( of (personal )?data)?( outside| to third)?|international transfers|where we send)`)},
	{topicRetention, re(`^((tietojen )?säilytysaika|(henkilö)?tietojen säily(ttäminen|tys)|säilyttäminen|kuinka kauan|säilytys|lagringstid|hur länge|bevarande|lagring\b|(data )?retention|how long|storage period|period of storage)`)},
	{topicComplaint, re(`^(valitusoikeus|oikeus (tehdä )?valitus|oikeus valittaa|oikeus tehdä ilmoitus|rätt att (inge|lämna|anföra) klagomål|klagomål|(the )?right to (lodge a )?complaint|complaints?)`)},
	{topicRights, re(`^(rekisteröidyn oikeudet|rekisteröidyn oikeus|tarkastusoikeus|oikeus vaatia tiedon korjaamista|muut henkilötietojen käsittelyyn liittyvät oikeudet|oikeutesi|sinun oikeutesi|(den )?registrerades rättigheter|rätt till (insyn|rättelse)|rätt att kräva rättelse|dina rättigheter|(rights of the data subject|data subject'?s? rights|your rights|what rights|right of access|right to rectification))`)},
	{topicSecurity, re(`^((rekisterin )?suojauksen periaatteet|tietoturva|tietojen suojaaminen|tietojen suojaus|principerna för skydd|principer för skydd|skydd av (registret|uppgifterna)|datasäkerhet|informationssäkerhet|(data )?security|protection of (the register|data)|principles (of|for) (register )?protection|hur uppgifterna skyddas|how (the )?data is protected|how we protect)`)},
	{topicCookies, re(`^(evästeet|evästeiden käyttö|cookies|kakor|användning av kakor|use of cookies)`)},
}

func re(s string) *pattern { return lazy(`(?i)` + s) }

// topicOf returns the topic of a heading or label text.
func topicOf(s string) (topic, bool) {
	t, _ := topicPrefix(s)
	return t, t != topicNone
}

// topicPrefix returns the topic of a heading or label text and the byte
// length of the label part that matched.
func topicPrefix(s string) (topic, int) {
	s = strings.TrimSpace(s)
	for _, h := range headings {
		m := h.re.FindStringIndex(s)
		if m == nil {
			continue
		}
		// The starts are stems ("tarkoitu", "ändamål"): the label runs to
		// the end of its last word ("Tarkoitukset", "Ändamålet").
		end := m[1]
		for end < len(s) {
			r, n := utf8.DecodeRuneInString(s[end:])
			if !unicode.IsLetter(r) && r != '-' {
				break
			}
			end += n
		}
		return h.topic, end
	}
	return topicNone, 0
}
