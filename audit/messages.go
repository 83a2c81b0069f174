package audit

import "tietosuojapakki/data/vocab"

// messages holds, for every finding code, its severity, the law it rests
// on and the plain message in Finnish, Swedish and English. A %s is filled
// by the rule (the missing rights, an old agency's name, …).
var messages = map[string]message{
	"outdated_authority_address": {Block, "GDPR 13(2)(d), 77", vocab.Text{
		FI: "Tietosuojavaltuutetun toimiston osoite on vanha. Nykyiset yhteystiedot: Tietosuojavaltuutetun toimisto, Lintulahdenkuja 4, 00530 Helsinki; postiosoite PL 800, 00531 Helsinki; tietosuoja@om.fi; tietosuoja.fi.",
		SV: "Adressen till Dataombudsmannens byrå är gammal. I dag: Dataombudsmannens byrå, Fågelviksgränden 4, 00530 Helsingfors; postadress PB 800, 00531 Helsingfors; tietosuoja@om.fi; tietosuoja.fi.",
		EN: "The address of the Data Protection Ombudsman's Office is out of date. Today: Office of the Data Protection Ombudsman, Lintulahdenkuja 4, 00530 Helsinki; postal address P.O. Box 800, 00531 Helsinki; tietosuoja@om.fi; tietosuoja.fi.",
	}},
	"outdated_authority_fax": {Block, "GDPR 13(2)(d)", vocab.Text{
		FI: "Tietosuojavaltuutetun toimistolla ei ole enää faksia. Poista faksinumero ja kerro nykyiset yhteystiedot: vaihde 029 566 6700, tietosuoja@om.fi.",
		SV: "Dataombudsmannens byrå har inte längre fax. Ta bort faxnumret och ange de nuvarande kontaktuppgifterna: växel 029 566 6700, tietosuoja@om.fi.",
		EN: "The Data Protection Ombudsman's Office no longer has a fax. Remove the fax number and give today's contact details: switchboard +358 29 566 6700, tietosuoja@om.fi.",
	}},
	"repealed_law": {Block, "GDPR (EU) 2016/679; Tietosuojalaki (1050/2018)", vocab.Text{
		FI: "Seloste viittaa kumottuun lakiin: %s",
		SV: "Beskrivningen hänvisar till en upphävd lag: %s",
		EN: "The notice cites a repealed law: %s",
	}},
	"outdated_agency": {Block, "GDPR 5(1)(d), 13(1)(e), 14(2)(f)", vocab.Text{
		FI: "Seloste mainitsee viraston, jota ei enää ole: %s",
		SV: "Beskrivningen nämner en myndighet som inte längre finns: %s",
		EN: "The notice names an agency that no longer exists: %s",
	}},
	"missing_complaint_right": {Block, "GDPR 13(2)(d), 77", vocab.Text{
		FI: "Selosteesta puuttuu oikeus tehdä valitus valvontaviranomaiselle. Kerro, että rekisteröity voi tehdä valituksen Tietosuojavaltuutetun toimistolle (tietosuoja.fi), jos hän katsoo, että hänen tietojensa käsittely rikkoo tietosuoja-asetusta.",
		SV: "Rätten att lämna klagomål till tillsynsmyndigheten saknas. Berätta att den registrerade kan lämna klagomål till Dataombudsmannens byrå (tietosuoja.fi) om hen anser att behandlingen av hens uppgifter strider mot dataskyddsförordningen.",
		EN: "The right to lodge a complaint with the supervisory authority is missing. Say that people may complain to the Office of the Data Protection Ombudsman (tietosuoja.fi) if they think the processing of their data breaks the GDPR.",
	}},
	"consent_for_contract": {Block, "GDPR 6(1)(a), 6(1)(b), 7(4)", vocab.Text{
		FI: "Suostumus on mainittu perusteeksi käsittelylle, jota tarvitaan asiakassuhteen, tilauksen tai laskutuksen hoitamiseen. Sen peruste on sopimus (6 artiklan 1 kohdan b alakohta). Suostumus sopii vain siihen, mistä ihminen voi vapaasti kieltäytyä ja minkä hän voi perua, kuten uutiskirjeeseen.",
		SV: "Samtycke anges som grund för behandling som behövs för kundförhållandet, en beställning eller fakturering. Grunden för den är avtal (artikel 6.1 b). Samtycke passar bara för sådant som man fritt kan säga nej till och återkalla, till exempel ett nyhetsbrev.",
		EN: "Consent is given as the basis for processing that is needed for the customer relationship, an order or billing. Its basis is the contract (art. 6(1)(b)). Consent fits only what a person may freely refuse and withdraw, such as a newsletter.",
	}},
	"missing_legal_basis": {Block, "GDPR 6(1), 13(1)(c)", vocab.Text{
		FI: "Selosteessa ei ole käsittelyn oikeusperustetta. Kerro jokaiselle tarkoitukselle sen peruste tietosuoja-asetuksen 6 artiklan 1 kohdan mukaan (esim. sopimus, lakisääteinen velvoite, oikeutettu etu, suostumus). ”Asiakassuhde” ei yksin ole oikeusperuste.",
		SV: "Beskrivningen anger ingen rättslig grund. Ange för varje ändamål dess grund enligt artikel 6.1 i dataskyddsförordningen (t.ex. avtal, rättslig förpliktelse, berättigat intresse, samtycke). ”Kundförhållande” är ingen rättslig grund i sig.",
		EN: "The notice gives no legal basis. Give each purpose its basis under GDPR art. 6(1) (e.g. contract, legal obligation, legitimate interests, consent). \"Customer relationship\" alone is not a legal basis.",
	}},
	"missing_basis_per_purpose": {Block, "GDPR 13(1)(c), 13(1)(d)", vocab.Text{
		FI: "Oikeusperustetta ei kerrota tarkoituksittain. Kerro jokaisen tarkoituksen kohdalla, mihin 6 artiklan 1 kohdan perusteeseen se nojaa, ja oikeutetun edun kohdalla myös, mikä se etu on.",
		SV: "Den rättsliga grunden anges inte per ändamål. Ange för varje ändamål vilken grund i artikel 6.1 det vilar på, och för berättigat intresse också vilket intresset är.",
		EN: "The legal basis is not given per purpose. For each purpose say which basis of art. 6(1) it rests on and, for legitimate interests, what the interest is.",
	}},
	"missing_retention": {Block, "GDPR 13(2)(a)", vocab.Text{
		FI: "Selosteessa ei kerrota, kuinka kauan tietoja säilytetään. Kerro säilytysaika tai sen peruste, esimerkiksi ”2 vuotta asiakassuhteen päättymisestä”; kirjanpitoaineistolle kirjanpitolain 2 luvun 10 §:n 6 tai 10 vuotta.",
		SV: "Det framgår inte hur länge uppgifterna sparas. Ange lagringstiden eller grunden för den, till exempel ”2 år efter att kundförhållandet upphört”; för bokföringsmaterial 6 eller 10 år enligt 2 kap. 10 § i bokföringslagen.",
		EN: "The notice does not say how long data is kept. Give the period or the criteria for it, e.g. \"2 years after the customer relationship ends\"; for accounting records 6 or 10 years under the Accounting Act, chapter 2, section 10.",
	}},
	"vague_retention": {Advice, "GDPR 13(2)(a)", vocab.Text{
		FI: "Säilytysaika on epämääräinen. Kerro aika tai peruste, josta lukija näkee, milloin tiedot poistetaan.",
		SV: "Lagringstiden är vag. Ange en tid eller en grund av vilken läsaren ser när uppgifterna raderas.",
		EN: "The retention period is vague. Give a period or criteria from which the reader can tell when the data is deleted.",
	}},
	"missing_rights": {Block, "GDPR 13(2)(b), 15–18, 20, 21", vocab.Text{
		FI: "Selosteesta puuttuu rekisteröidyn oikeuksia: %s. Kerro jokaisesta oikeudesta ja siitä, miten sitä käytetään.",
		SV: "Beskrivningen saknar rättigheter för den registrerade: %s. Berätta om varje rättighet och hur den används.",
		EN: "Rights of the data subject are missing: %s. Name each right and say how to use it.",
	}},
	"missing_consent_withdrawal": {Block, "GDPR 7(3), 13(2)(c)", vocab.Text{
		FI: "Seloste mainitsee suostumuksen, mutta ei kerro, että suostumuksen voi perua milloin tahansa. Kerro se ja miten peruminen tehdään.",
		SV: "Beskrivningen nämner samtycke men säger inte att samtycket kan återkallas när som helst. Berätta det och hur man gör.",
		EN: "The notice relies on consent but does not say that consent can be withdrawn at any time. Say so, and how.",
	}},
	"cookie_consent_withdrawal": {Advice, "Laki sähköisen viestinnän palveluista (917/2014) 205 §; GDPR 7(3)", vocab.Text{
		FI: "Seloste pyytää suostumuksen evästeisiin, mutta ei kerro, miten suostumuksen voi perua. Kerro, mistä valintaa voi muuttaa (esimerkiksi sivun Evästeasetukset-linkistä).",
		SV: "Beskrivningen ber om samtycke till kakor men säger inte hur samtycket återkallas. Berätta var man ändrar sitt val (till exempel länken Inställningar för kakor på webbplatsen).",
		EN: "The notice asks consent to cookies but does not say how to withdraw it. Say where the choice can be changed (for example the site's Cookie settings link).",
	}},
	"missing_controller_identity": {Block, "GDPR 13(1)(a)", vocab.Text{
		FI: "Rekisterinpitäjän tunnistetiedoista puuttuu: %s. Kerro yrityksen nimi, Y-tunnus ja osoite.",
		SV: "I den personuppgiftsansvariges uppgifter saknas: %s. Ange företagets namn, FO-nummer och adress.",
		EN: "The controller's identity lacks: %s. Give the company's name, Business ID (Y-tunnus) and address.",
	}},
	"missing_contact": {Block, "GDPR 13(1)(a)", vocab.Text{
		FI: "Selosteessa ei ole sähköpostiosoitetta eikä puhelinnumeroa, josta tietosuoja-asioissa saa yhteyden. Lisää ainakin toinen.",
		SV: "Beskrivningen har varken e-postadress eller telefonnummer för dataskyddsfrågor. Lägg till minst det ena.",
		EN: "The notice gives no e-mail address or phone number for data protection matters. Add at least one.",
	}},
	"missing_date": {Advice, "GDPR 12(1)", vocab.Text{
		FI: "Selosteessa ei ole päivämäärää. Kerro, milloin seloste on laadittu ja milloin sitä on viimeksi muutettu, niin lukija näkee, onko tieto ajan tasalla.",
		SV: "Beskrivningen saknar datum. Ange när den upprättades och senast ändrades, så att läsaren ser om den är aktuell.",
		EN: "The notice has no date. Say when it was drawn up and last changed, so that readers can tell whether it is current.",
	}},
	"dated_before_gdpr": {Advice, "GDPR 99(2)", vocab.Text{
		FI: "Seloste on päivätty %s, ennen kuin tietosuoja-asetusta alettiin soveltaa 25.5.2018. Se on luultavasti laadittu kumotun henkilötietolain mukaan: tarkista koko seloste.",
		SV: "Beskrivningen är daterad %s, innan dataskyddsförordningen började tillämpas 25.5.2018. Den är sannolikt skriven enligt den upphävda personuppgiftslagen: gå igenom hela beskrivningen.",
		EN: "The notice is dated %s, before the GDPR applied from 25 May 2018. It was probably written under the repealed Personal Data Act: review all of it.",
	}},
	"vague_transfer": {Block, "GDPR 13(1)(f), 44–49", vocab.Text{
		FI: "Siirrosta EU:n ja ETA:n ulkopuolelle kerrotaan ehdollisesti tai epämääräisesti. Kerro, siirretäänkö tietoja, mihin maihin, kenelle ja millä suojatoimella (riittävyyspäätös, EU:n ja Yhdysvaltojen tietosuojakehys, vakiosopimuslausekkeet).",
		SV: "Överföringar utanför EU/EES beskrivs villkorligt eller vagt. Ange om uppgifter överförs, till vilka länder, till vem och med vilken skyddsåtgärd (beslut om adekvat skyddsnivå, ramverket för dataskydd mellan EU och USA, standardavtalsklausuler).",
		EN: "Transfers outside the EU/EEA are described conditionally or vaguely. Say whether data is transferred, to which countries, to whom and under which safeguard (adequacy decision, EU–US Data Privacy Framework, standard contractual clauses).",
	}},
	"transfer_contradiction": {Block, "GDPR 13(1)(f), 44", vocab.Text{
		FI: "Selosteen mukaan tietoja ei siirretä EU:n ja ETA:n ulkopuolelle, mutta se mainitsee palvelun %s, jonka tarjoaja toimii Yhdysvalloista. Kerro siirto ja sen suojatoimi, tai korjaa väite.",
		SV: "Enligt beskrivningen överförs inga uppgifter utanför EU/EES, men den nämner tjänsten %s som drivs från USA. Beskriv överföringen och dess skyddsåtgärd, eller rätta påståendet.",
		EN: "The notice says no data leaves the EU/EEA, yet names %s, a service run from the United States. Describe the transfer and its safeguard, or correct the statement.",
	}},
	"missing_transfer_safeguard": {Block, "GDPR 13(1)(f), 46", vocab.Text{
		FI: "Siirrosta EU:n ja ETA:n ulkopuolelle puuttuu suojatoimi. Kerro, perustuuko siirto riittävyyspäätökseen (myös EU:n ja Yhdysvaltojen tietosuojakehys), vakiosopimuslausekkeisiin vai sitoviin yrityssääntöihin, ja kahdessa viimeisessä mistä saa kopion.",
		SV: "Skyddsåtgärden för överföringen utanför EU/EES saknas. Ange om överföringen grundar sig på ett beslut om adekvat skyddsnivå (också ramverket för dataskydd mellan EU och USA), standardavtalsklausuler eller bindande företagsbestämmelser, och för de två sista var man får en kopia.",
		EN: "The transfer outside the EU/EEA names no safeguard. Say whether it rests on an adequacy decision (the EU–US Data Privacy Framework included), standard contractual clauses or binding corporate rules, and for the last two where a copy can be had.",
	}},
	"privacy_shield": {Block, "GDPR 45; EU-tuomioistuin C-362/14 ja C-311/18", vocab.Text{
		FI: "Privacy Shield ja sitä edeltänyt Safe Harbor on mitätöity (EU-tuomioistuin C-362/14 ja C-311/18). Siirron perusteena voi nyt olla EU:n ja Yhdysvaltojen tietosuojakehys (Data Privacy Framework), jos vastaanottaja on sertifioitunut, tai vakiosopimuslausekkeet.",
		SV: "Privacy Shield och den tidigare Safe Harbor är ogiltigförklarade (EU-domstolen C-362/14 och C-311/18). Grund för överföringen kan i dag vara ramverket för dataskydd mellan EU och USA (Data Privacy Framework), om mottagaren är certifierad, eller standardavtalsklausuler.",
		EN: "Privacy Shield and the earlier Safe Harbor were struck down (CJEU C-362/14 and C-311/18). A transfer may rest today on the EU–US Data Privacy Framework, where the recipient is certified, or on standard contractual clauses.",
	}},
	"access_fee_or_limit": {Block, "GDPR 12(5), 15(3)", vocab.Text{
		FI: "Tietojen tarkastamista ei saa rajata kerran vuodessa tehtäväksi eikä siitä saa periä maksua. Pääsy omiin tietoihin on maksuton; vain ilmeisen perusteettomasta tai kohtuuttomasta pyynnöstä voi periä kohtuullisen maksun tai kieltäytyä, ja lisäkopioista voi periä hallinnollisiin kuluihin perustuvan maksun.",
		SV: "Rätten till tillgång får inte begränsas till en gång per år och får inte kosta något. Endast för en uppenbart ogrundad eller orimlig begäran får en rimlig avgift tas ut eller begäran avslås, och för ytterligare kopior får en avgift för de administrativa kostnaderna tas ut.",
		EN: "Access may not be limited to once a year or charged for. It is free; only a manifestly unfounded or excessive request may be charged a reasonable fee or refused, and further copies may carry a fee based on administrative costs.",
	}},
	"signed_request_demand": {Block, "GDPR 12(2), 12(6)", vocab.Text{
		FI: "Pyyntöä ei saa vaatia omakätisesti allekirjoitettuna kirjeenä. Pyynnön on voitava tehdä helposti, myös sähköpostilla; henkilöllisyyden voi tarvittaessa varmistaa (12 artiklan 6 kohta).",
		SV: "En begäran får inte krävas som egenhändigt undertecknat brev. Det ska vara lätt att göra en begäran, också per e-post; identiteten kan kontrolleras vid behov (artikel 12.6).",
		EN: "A request may not be required as a hand-signed letter. Making a request must be easy, by e-mail too; identity may be checked where needed (art. 12(6)).",
	}},
	"filler": {Advice, "GDPR 12(1)", vocab.Text{
		FI: "Yleinen fraasi ei kerro lukijalle mitään. Kerro sen sijaan, mitä tiedoille tehdään ja millä perusteella.",
		SV: "En allmän fras säger inte läsaren något. Berätta i stället vad som görs med uppgifterna och på vilken grund.",
		EN: "A stock phrase tells the reader nothing. Say instead what is done with the data and on which basis.",
	}},
	"invalid_business_id": {Block, "GDPR 13(1)(a)", vocab.Text{
		FI: "Y-tunnus %s ei ole oikein: sen tarkistusnumero ei täsmää. Tarkista tunnus kaupparekisteristä tai YTJ:stä.",
		SV: "FO-numret %s är fel: kontrollsiffran stämmer inte. Kontrollera numret i handelsregistret eller FODS.",
		EN: "The Business ID %s is wrong: its check digit does not match. Check it in the Trade Register or the YTJ service.",
	}},
	"outdated_title": {Advice, "GDPR 13, 14, 30", vocab.Text{
		FI: "”Rekisteriseloste” ja henkilötietolain 10 § ovat vanhaa mallia. Rekisteröidyille annetaan nyt tietosuojaseloste (13 ja 14 artikla); seloste käsittelytoimista (30 artikla) on erillinen, sisäinen asiakirja.",
		SV: "”Registerbeskrivning” enligt 10 § i personuppgiftslagen är en gammal modell. De registrerade får i dag en dataskyddsbeskrivning (artiklarna 13 och 14); registret över behandling (artikel 30) är ett separat internt dokument.",
		EN: "A \"register description\" under section 10 of the old Personal Data Act is an outdated form. Data subjects now get a privacy notice (art. 13 and 14); the record of processing activities (art. 30) is a separate internal document.",
	}},
	"personal_identity_code": {Advice, "Tietosuojalaki (1050/2018) 29 §", vocab.Text{
		FI: "Seloste mainitsee henkilötunnuksen. Sitä saa käsitellä vain tietosuojalain 29 §:n perusteilla, esimerkiksi kun rekisteröity on yksilöitävä luotettavasti. Kerro peruste tai jätä henkilötunnus pois.",
		SV: "Beskrivningen nämner personbeteckning. Den får behandlas bara på de grunder som anges i 29 § i dataskyddslagen, till exempel när den registrerade måste identifieras entydigt. Ange grunden eller slopa personbeteckningen.",
		EN: "The notice mentions the personal identity code (henkilötunnus). It may be processed only on the grounds of section 29 of the Data Protection Act, such as when a person must be identified reliably. Give the ground or leave the code out.",
	}},
	"template_placeholder": {Block, "GDPR 12(1), 13(1)(a)", vocab.Text{
		FI: "Selosteeseen on jäänyt mallipohjan täyttämätön kohta. Kirjoita tilalle yrityksesi oma tieto.",
		SV: "En ifylld del av mallen har lämnats kvar i beskrivningen. Skriv ditt företags egen uppgift i stället.",
		EN: "A gap of the template was left unfilled. Put your business's own fact in its place.",
	}},
	"template_bases": {Block, "GDPR 6(1), 13(1)(c)", vocab.Text{
		FI: "Seloste luettelee mallipohjan tapaan lähes kaikki 6 artiklan oikeusperusteet. Kerro vain ne perusteet, joihin käsittely todella perustuu, kunkin tarkoituksen kohdalla.",
		SV: "Beskrivningen räknar som i en mall upp nästan alla grunder i artikel 6. Ange bara de grunder som behandlingen verkligen vilar på, för varje ändamål.",
		EN: "The notice lists nearly every basis of art. 6, as templates do. Give only the bases the processing really rests on, for each purpose.",
	}},
	"cookie_contradiction": {Block, "Laki sähköisen viestinnän palveluista (917/2014) 205 §; GDPR 13(1)(e)", vocab.Text{
		FI: "Selosteen mukaan evästeitä ei käytetä, mutta se mainitsee työkalun %s, joka käyttää evästeitä. Kerro evästeistä ja pyydä niihin suostumus.",
		SV: "Enligt beskrivningen används inga kakor, men den nämner verktyget %s som använder kakor. Berätta om kakorna och be om samtycke till dem.",
		EN: "The notice says no cookies are used, yet names %s, which sets cookies. Describe the cookies and ask consent for them.",
	}},
}
