package audit

import (
	"strings"

	"tietosuojapakki/data"
)

// Words that tell what a sentence or a list item says: that it states a
// basis, that it is not a purpose, a denial, a processor, a public source.
var (
	basisMarker = re(`peruste|perustuu|perusteella|\bgrund|grundar sig|\bbasis\b|based on|\bart\.|artikla|artikel|article|6\s*\(1\)`)
	basisLead   = re(`^(?:(?:käsittelyn|rekisterin pitämisen|henkilötietojen käsittelyn|rekisterin)\s+)?(?:oikeus)?peruste|^(?:den\s+)?rättsliga? grund|^grunden för|^(?:the\s+)?(?:legal|lawful) basis|^(?:\p{L}*tietojen\s+)?käsittely\s+perustuu|^behandlingen(?:\s+av\s+\p{L}+)?\s+grundar sig|^(?:the\s+)?processing(?:\s+of\s+(?:\p{L}+\s+)?data)?\s+is based`)
	lawOnly     = re(`^[\p{L} -]*(?:laki|lagen|act|asetus|förordning)\s*\(\d+/\d{4}\)\.?$`)
	notPurpose  = re(`^(?:\p{L}+ voit\b|voit|ilmoita|tarkoituksessa|lue lisää|du kan|meddela|läs mer|you can|you may|tell us|read more|lähetä (?:vastustu|pyyn|meille)|skicka (?:din|in|oss)|send (?:your|us|it)\b|tarkoituksen “|för ändamålet|for the purpose “|for the purpose ")|\S@\S|(?:oikeutettu etumme|vårt berättigade intresse|our legitimate interest) (?:on|är|is)\b|kan du invända|you (?:can|may) object|voit vastustaa|^(?:tiedot|uppgifter|data|henkilötiedot|personuppgifter|personal data)\s*:|^suostumu\p{L}* (?:voi|voit|voidaan)\b|^samtycke\p{L}* kan\b|^(?:your )?consent (?:can|may) be\b`)
	// basisSentence is a sentence that names only the basis: "Tietoja
	// käsitellään asiakkaan suostumuksella.", "… oppilaan antaman
	// suostumuksen perusteella."
	basisSentence = re(`^(?:henkilö)?tietoja käsitellään\s+(?:\p{L}+\s+){0,3}(?:suostumuksella|suostumuksen perusteella|sopimuksen perusteella)\.?$|^(?:person)?uppgift\p{L}* behandlas\s+(?:med|på grund av|utifrån)\s+(?:\p{L}+\s+){0,3}(?:samtycke|avtal)\p{L}*\.?$|^(?:personal )?data (?:is|are) processed\s+(?:with|on the basis of|based on)\s+(?:\p{L}+\s+){0,3}(?:consent|contract)\.?$|^we process (?:your )?(?:personal )?(?:data|information)\s+(?:with|on the basis of|based on)\s+(?:\p{L}+\s+){0,3}(?:consent|contract)\.?$`)
	basisOnly     = re(`^(?:suostumus|sopimus|lakisääteinen velvoite|oikeutettu etu|elintärkeä etu|yleinen etu|samtycke|avtal|rättslig förpliktelse|berättigat intresse|consent|contract|legal obligation|legitimate interests?)\b(?:\d\.\d|[^.]){0,40}$`)
	discloseVerb  = re(`luovut|utlämn|lämnas ut|lämnar ut|disclos|share|pass on`)
	negation      = re(`\b(?:ei|eikä|emme|inte|ej|aldrig|inga|ingen|inget|not|no|never|none)\b`)
	processorWord = re(`käsittelijä|alihankkija|palveluntarjoaja|personuppgiftsbiträde|underleverantör|tjänsteleverantör|processor|service provider|subcontractor`)
	publicSource  = re(`julkis|offentlig|\bpublic\b|\bytj\b|kaupparekister|handelsregist|trade register`)
)

// bases names the words of each legal basis of art. 6(1) in the three
// languages, and the article letter.
var bases = []struct {
	basis data.LegalBasis
	re    *pattern
}{
	{data.BasisConsent, re(`suostumu|samtycke|\bconsent`)},
	{data.BasisContract, re(`\bsopimu|\bavtal|\bcontract`)},
	{data.BasisLegalObligation, re(`lakisäätei|lakiin perustuva velvo|perustuu \p{L}*lakiin|\p{L}+lain (nojalla|perusteella|edellyttämä)|rättslig förpliktelse|lagstadgad|enligt \p{L}*lagen|legal obligation|statutory obligation|required by (the )?law`)},
	{data.BasisVitalInterests, re(`elintärkeä|grundläggande intresse|vital interest`)},
	{data.BasisPublicTask, re(`yleisen edun|julkisen vallan|julkisen tehtävän|allmänt intresse|myndighetsutövning|public (task|interest)`)},
	{data.BasisLegitimateInterests, re(`oikeutet\p{L}* et|berättigat intresse|berättigade intressen|legitimate interest`)},
}

var articleLetter = re(`6\s*(?:\(1\)|\.1|\s*art\p{L}*\s*1\s*(?:kohdan|mom\p{L}*)?)\s*\(?([a-f])\)?`)

// basesIn returns the distinct legal bases s names, by word or by the
// letter of art. 6(1).
func basesIn(s string) []data.LegalBasis {
	var out []data.LegalBasis
	seen := map[data.LegalBasis]bool{}
	add := func(b data.LegalBasis) {
		if !seen[b] {
			seen[b] = true
			out = append(out, b)
		}
	}
	for _, b := range bases {
		if b.re.MatchString(s) {
			add(b.basis)
		}
	}
	for _, m := range articleLetter.FindAllStringSubmatch(s, -1) {
		add(data.LegalBases[strings.ToLower(m[1])[0]-'a'])
	}
	return out
}
