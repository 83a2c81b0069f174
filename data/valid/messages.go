package valid

import "tietosuojapakki/data/vocab"

// Columns of the messages table.
const (
	langFI = vocab.FI
	langSV = vocab.SV
	langEN = vocab.EN
)

// messages holds every text a validator can show, per code, in Finnish,
// Swedish and English. {0}, {1}, … are replaced by Error.Args. Each text
// says what is wrong and what the right form looks like; every example in
// it must itself pass the validator (messages_test.go checks them).
var messages = vocab.Messages{
	codeRequired: {
		"Täytä tämä kohta.",
		"Fyll i det här fältet.",
		"Fill in this field.",
	},

	codeInvisible: {
		"Tässä on näkymätön merkki {0} kohdan ”{1}” jälkeen. Se on tullut mukaan kopioitaessa. Poista se: pyyhi merkit sen kohdalta ja kirjoita ne uudelleen.",
		"Här finns ett osynligt tecken {0} efter ”{1}”. Det har kommit med vid kopieringen. Ta bort det: radera tecknen där och skriv dem på nytt.",
		"This contains an invisible character {0} after “{1}”. It came along when the text was copied. Remove it: delete the characters there and type them again.",
	},
	codeInvisibleStart: {
		"Tämän alussa on näkymätön merkki {0}. Se on tullut mukaan kopioitaessa. Poista se: pyyhi alku ja kirjoita se uudelleen.",
		"I början finns ett osynligt tecken {0}. Det har kommit med vid kopieringen. Ta bort det: radera början och skriv den på nytt.",
		"This starts with an invisible character {0}. It came along when the text was copied. Remove it: delete the start and type it again.",
	},

	codeBusinessIDFormat: {
		"Y-tunnus kirjoitetaan seitsemällä numerolla, väliviivalla ja tarkistusnumerolla, esimerkiksi 1234567-1.",
		"Skriv FO-numret med sju siffror, ett bindestreck och en kontrollsiffra, till exempel 1234567-1.",
		"Write the Business ID as seven digits, a hyphen and a check digit, for example 1234567-1.",
	},
	codeBusinessIDSixDigits: {
		"Y-tunnuksessa on seitsemän numeroa ennen väliviivaa. Jos tunnuksesi on kirjoitettu kuudella numerolla, lisää alkuun nolla: {0}.",
		"FO-numret har sju siffror före bindestrecket. Om ditt nummer är skrivet med sex siffror, lägg till en nolla i början: {0}.",
		"A Business ID has seven digits before the hyphen. If yours is written with six, add a zero in front: {0}.",
	},
	codeBusinessIDVAT: {
		"Tämä on ALV-tunniste. Kirjoita Y-tunnus ilman FI-alkua ja väliviivan kanssa: {0}.",
		"Det här är ett momsregistreringsnummer. Skriv FO-numret utan FI och med bindestreck: {0}.",
		"This is a VAT number. Write the Business ID without FI and with a hyphen: {0}.",
	},
	codeBusinessIDCheckDigit: {
		"Y-tunnuksen tarkistusnumero (viimeinen numero) ei täsmää muihin numeroihin. Tarkista tunnus esimerkiksi ytj.fi-palvelusta. Oikea muoto on esimerkiksi 1234567-1.",
		"Kontrollsiffran (den sista siffran) i FO-numret stämmer inte med de andra siffrorna. Kontrollera numret till exempel på ytj.fi. Rätt form är till exempel 1234567-1.",
		"The check digit (the last digit) of the Business ID does not match the other digits. Check the number, for example at ytj.fi. The right form is, for example, 1234567-1.",
	},
	codeBusinessIDNoCheckDigit: {
		"Y-tunnus ei voi alkaa numeroilla {0}, koska niille ei ole olemassa kelvollista tarkistusnumeroa. Jokin numero on väärin: tarkista tunnus esimerkiksi ytj.fi-palvelusta.",
		"Ett FO-nummer kan inte börja med siffrorna {0}, eftersom det inte finns någon giltig kontrollsiffra för dem. Någon siffra är fel: kontrollera numret till exempel på ytj.fi.",
		"A Business ID cannot start with the digits {0}, because no valid check digit exists for them. One of the digits is wrong: check the number, for example at ytj.fi.",
	},

	codeEmailSpace: {
		"Sähköpostiosoitteessa ei voi olla välilyöntejä. Kirjoita osoite yhteen, esimerkiksi nimi@yritys.fi.",
		"En e-postadress kan inte innehålla mellanslag. Skriv adressen ihop, till exempel namn@foretag.fi.",
		"An e-mail address cannot contain spaces. Write it without them, for example name@company.fi.",
	},
	codeEmailAtMissing: {
		"Sähköpostiosoitteesta puuttuu @-merkki. Osoite on muotoa nimi@yritys.fi.",
		"E-postadressen saknar tecknet @. En adress ser ut så här: namn@foretag.fi.",
		"The e-mail address is missing the @ sign. An address looks like name@company.fi.",
	},
	codeEmailAtMany: {
		"Sähköpostiosoitteessa on vain yksi @-merkki. Kirjoita yksi osoite, esimerkiksi nimi@yritys.fi.",
		"En e-postadress har bara ett @. Skriv en adress, till exempel namn@foretag.fi.",
		"An e-mail address has only one @ sign. Write one address, for example name@company.fi.",
	},
	codeEmailLocal: {
		"Sähköpostiosoitteesta puuttuu nimiosa ennen @-merkkiä. Osoite on muotoa nimi@yritys.fi.",
		"E-postadressen saknar namndelen före @. En adress ser ut så här: namn@foretag.fi.",
		"The e-mail address has nothing before the @ sign. An address looks like name@company.fi.",
	},
	codeEmailDomain: {
		"Sähköpostiosoitteen @-merkin jälkeinen osa ei ole verkkotunnus. Sen pitää olla muotoa yritys.fi, esimerkiksi nimi@yritys.fi.",
		"Delen efter @ i e-postadressen är ingen domän. Den ska se ut som foretag.fi, till exempel namn@foretag.fi.",
		"The part after the @ sign is not a domain. It should look like company.fi, for example name@company.fi.",
	},

	codePostalCodeFormat: {
		"Postinumerossa on viisi numeroa, esimerkiksi 00100.",
		"Ett postnummer har fem siffror, till exempel 00100.",
		"A postal code has five digits, for example 00100.",
	},

	codePhoneChars: {
		"Puhelinnumerossa voi olla vain numeroita, välilyöntejä, väliviivoja ja alussa plusmerkki, esimerkiksi 040 123 4567 tai +358 40 123 4567.",
		"Ett telefonnummer får bara innehålla siffror, mellanslag, bindestreck och ett plustecken i början, till exempel 040 123 4567 eller +358 40 123 4567.",
		"A phone number may only contain digits, spaces, hyphens and a plus sign at the start, for example 040 123 4567 or +358 40 123 4567.",
	},
	codePhonePrefix: {
		"Aloita puhelinnumero suuntanumerolla tai maatunnuksella, esimerkiksi 040 123 4567, 09 1234 567 tai +358 40 123 4567.",
		"Börja telefonnumret med riktnumret eller landsnumret, till exempel 040 123 4567, 09 1234 567 eller +358 40 123 4567.",
		"Start the phone number with the area code or the country code, for example 040 123 4567, 09 1234 567 or +358 40 123 4567.",
	},
	codePhoneCountryCode: {
		"Maatunnus ei ala nollalla. Kirjoita plusmerkin jälkeen maatunnus, Suomessa 358, esimerkiksi +358 40 123 4567.",
		"Landsnumret börjar inte med noll. Skriv landsnumret efter plustecknet, för Finland 358, till exempel +358 40 123 4567.",
		"A country code does not start with zero. Write the country code after the plus sign, 358 for Finland, for example +358 40 123 4567.",
	},
	codePhoneTrunkZero: {
		"Jätä suuntanumeron alkunolla pois, kun numerossa on maatunnus: +358 40 123 4567, ei +358 040 123 4567.",
		"Lämna bort nollan i början av riktnumret när numret har landsnummer: +358 40 123 4567, inte +358 040 123 4567.",
		"Leave out the leading zero of the area code when the number has a country code: +358 40 123 4567, not +358 040 123 4567.",
	},
	codePhoneTooShort: {
		"Puhelinnumerosta puuttuu numeroita. Tarkista numero, esimerkiksi 040 123 4567 tai +358 40 123 4567.",
		"Telefonnumret saknar siffror. Kontrollera numret, till exempel 040 123 4567 eller +358 40 123 4567.",
		"The phone number is missing digits. Check it, for example 040 123 4567 or +358 40 123 4567.",
	},
	codePhoneTooLong: {
		"Puhelinnumerossa on liikaa numeroita. Kirjoita vain yksi numero, esimerkiksi 040 123 4567 tai +358 40 123 4567.",
		"Telefonnumret har för många siffror. Skriv bara ett nummer, till exempel 040 123 4567 eller +358 40 123 4567.",
		"The phone number has too many digits. Write only one number, for example 040 123 4567 or +358 40 123 4567.",
	},

	codeURLSpace: {
		"Verkko-osoitteessa ei voi olla välilyöntejä. Kirjoita se esimerkiksi näin: https://www.yritys.fi.",
		"En webbadress kan inte innehålla mellanslag. Skriv den till exempel så här: https://www.foretag.fi.",
		"A web address cannot contain spaces. Write it like this, for example: https://www.company.fi.",
	},
	codeURLSchemeMissing: {
		"Aloita verkko-osoite https://, esimerkiksi {0}.",
		"Börja webbadressen med https://, till exempel {0}.",
		"Start the web address with https://, for example {0}.",
	},
	codeURLScheme: {
		"Verkko-osoitteen pitää alkaa https:// tai http://, esimerkiksi https://www.yritys.fi.",
		"Webbadressen ska börja med https:// eller http://, till exempel https://www.foretag.fi.",
		"The web address must start with https:// or http://, for example https://www.company.fi.",
	},
	codeURLHost: {
		"Verkko-osoitteesta puuttuu sivuston nimi, esimerkiksi https://www.yritys.fi.",
		"Webbadressen saknar webbplatsens namn, till exempel https://www.foretag.fi.",
		"The web address is missing the site name, for example https://www.company.fi.",
	},
	codeURLFormat: {
		"Tämä ei ole verkko-osoite. Kirjoita osoite kokonaan, esimerkiksi https://www.yritys.fi.",
		"Det här är ingen webbadress. Skriv hela adressen, till exempel https://www.foretag.fi.",
		"This is not a web address. Write the whole address, for example https://www.company.fi.",
	},

	codeDateFormat: {
		"Kirjoita päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2026-03-31.",
		"Skriv datumet i formen ÅÅÅÅ-MM-DD, till exempel 2026-03-31.",
		"Write the date as YYYY-MM-DD, for example 2026-03-31.",
	},
	codeDateISOExpected: {
		"Kirjoita päivämäärä muodossa VVVV-KK-PP: {0}.",
		"Skriv datumet i formen ÅÅÅÅ-MM-DD: {0}.",
		"Write the date as YYYY-MM-DD: {0}.",
	},
	codeDateInvalid: {
		"Päivää {0} ei ole kalenterissa. Tarkista päivä ja kuukausi.",
		"Datumet {0} finns inte i kalendern. Kontrollera dag och månad.",
		"The date {0} does not exist in the calendar. Check the day and the month.",
	},
	codeDateParseFormat: {
		"Kirjoita päivämäärä muodossa 31.1.2026 tai 2026-01-31.",
		"Skriv datumet i formen 31.1.2026 eller 2026-01-31.",
		"Write the date as 31.1.2026 or 2026-01-31.",
	},
	codeDateYearDigits: {
		"Kirjoita vuosi neljällä numerolla, esimerkiksi 31.1.2026.",
		"Skriv året med fyra siffror, till exempel 31.1.2026.",
		"Write the year with four digits, for example 31.1.2026.",
	},
}
