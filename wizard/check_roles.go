package wizard

import (
	"fmt"
	"strings"

	"tietosuojapakki/data"
)

// authorityWords mark a public authority. An authority acts under the
// law, as a controller of its own; it cannot be a processor or
// sub-processor bound by a contract of art. 28(3).
var authorityWords = []string{"virasto", "verohallinto", "kela", "tulorekisteri", "suomi.fi", "dvv", "poliisi", "ministeriö",
	"myndighet", "skatteförvaltning", "authority", "agency", "tax administration", "police", "ministry"}

// authority: a word of the name is or ends in an authority word
// ("väestötietovirasto"), or the name holds a phrase of them ("suomi fi").
func authority(name string) bool {
	n := " " + words(name) + " "
	for _, w := range authorityWords {
		if ws := words(w); strings.Contains(ws, " ") && strings.Contains(n, " "+ws+" ") {
			return true
		}
	}
	return hasWord(name, authorityWords)
}

func authorityMessage(name string) Text {
	return tf(T("%s on viranomainen. Se toimii lain nojalla omana rekisterinpitäjänään eikä voi olla sopimuksella sidottu käsittelijä tai alikäsittelijä. Kerro se vastaanottajana tai tietolähteenä.",
		"%s är en myndighet. Den agerar med stöd av lag som egen personuppgiftsansvarig och kan inte vara ett biträde eller underbiträde som binds av avtal. Ange den som mottagare eller källa.",
		"%s is a public authority. It acts under the law as a controller of its own and cannot be a processor or sub-processor bound by contract. List it as a recipient or a source."), name)
}

// groupWords mark a name that is a group, not a recipient: "sosiaalisen
// median palvelut", "US cloud providers".
var groupWords = []string{"palvelut", "tarjoajat", "palveluntarjoajat", "yritykset", "alustat", "kumppanit", "työkalut", "sovellukset",
	"tjänster", "leverantörer", "plattformar", "partner", "verktyg",
	"services", "providers", "platforms", "partners", "companies", "tools", "vendors"}

// genericWords mark a description in place of a name: "Sähköpostipalvelun
// tarjoaja", "an e-mail provider".
var genericWords = []string{"tarjoaja", "palveluntarjoaja", "toimittaja", "leverantör", "leverantören", "provider", "vendor", "supplier"}

func hasWord(name string, list []string) bool {
	for _, w := range strings.Fields(words(name)) {
		for _, g := range list {
			if w == g || strings.HasSuffix(w, g) {
				return true
			}
		}
	}
	return false
}

// thirdCountryNames: a recipient outside the EU/EEA needs a real name. A
// group ("social media services") cannot be certified under the DPF nor
// bound by SCCs, so a notice that says so states something false: it
// blocks. A description ("the e-mail provider") is advice.
func (c *checker) thirdCountryNames(a *data.Answers) {
	for i, r := range a.Registers {
		for j, t := range r.Transfers {
			c.realName(t.Recipient, fmt.Sprintf("registers.%d.transfers.%d.recipient", i, j), "transfer.recipient", i)
		}
	}
	for i, p := range a.Processors {
		if p.Location == data.LocationThirdCountry {
			c.realName(p.Name, fmt.Sprintf("processors.%d.name", i), "processor.name", -1)
		}
	}
}

func (c *checker) realName(name, path, qid string, reg int) {
	if blank(name) {
		return
	}
	if _, known := FindService(name); known || companyName(name) {
		return
	}
	switch {
	case hasWord(name, groupWords):
		c.add(Missing, "13(1)(f)", qid, path, reg,
			tf(T("”%s” on ryhmä, ei vastaanottaja. EU:n ja ETA:n ulkopuolelle siirtävä vastaanottaja on nimettävä, jotta suojakeinon (esimerkiksi tietosuojakehykseen sertifioinnin) voi todeta. Lisää jokainen palvelu omalla nimellään.",
				"”%s” är en grupp, inte en mottagare. En mottagare utanför EU och EES måste namnges, så att skyddsåtgärden (till exempel certifiering enligt ramverket) kan konstateras. Lägg till varje tjänst med sitt eget namn.",
				"“%s” is a group, not a recipient. A recipient outside the EU and EEA must be named so that its safeguard (such as certification under the Data Privacy Framework) can be established. Add each service by its own name."), name))
	case hasWord(name, genericWords):
		c.add(Weak, "13(1)(f)", qid, path, reg,
			tf(T("”%s” kuvaa vastaanottajaa mutta ei nimeä sitä. Kirjoita yrityksen nimi, esimerkiksi Mailchimp (Intuit Inc.).",
				"”%s” beskriver mottagaren men namnger den inte. Skriv företagets namn, till exempel Mailchimp (Intuit Inc.).",
				"“%s” describes the recipient but does not name it. Write the company's name, for example Mailchimp (Intuit Inc.)."), name))
	}
}

// recipientRoles: an independent controller is told with a contact, a
// joint controller with the essence of the arrangement (art. 26(2)); an
// authority is never a sub-processor.
func (c *checker) recipientRoles(a *data.Answers) {
	for i, r := range a.Registers {
		for j, rc := range r.Recipients {
			at := fmt.Sprintf("registers.%d.recipients.%d.", i, j)
			name := strings.TrimSpace(rc.Name)
			switch rc.Role {
			case data.RoleJointController:
				if blank(rc.Arrangement) {
					c.add(Missing, "26(2)", "recipient.arrangement", at+"arrangement", i,
						cat(registerLabel(r, i), tf(T("kerro yhteisrekisterinpitäjän %s kanssa sovitun järjestelyn pääkohdat: kumpi vastaa mistäkin ja kenelle pyynnöt lähetetään.",
							"beskriv det väsentliga i arrangemanget med den gemensamt ansvariga %s: vem som svarar för vad och vart begäranden skickas.",
							"give the essence of the arrangement with joint controller %s: who is responsible for what and where requests go."), name)))
				}
			case data.RoleController:
				if blank(rc.Contact) {
					c.add(Weak, "13(1)(e)", "recipient.contact", at+"contact", i,
						cat(registerLabel(r, i), tf(T("kerro, mistä vastaanottajan %s oma tietosuojaseloste tai yhteystieto löytyy.",
							"ange var mottagarens %s egen dataskyddsbeskrivning eller kontaktuppgift finns.",
							"say where recipient %s's own privacy notice or contact is."), name)))
				}
			}
		}
	}
	if !a.ProcessorTerms.Enabled {
		return
	}
	for j, s := range a.ProcessorTerms.SubProcessors {
		if authority(s.Name) {
			c.add(Weak, "28(4)", "sub.name", fmt.Sprintf("processor_terms.sub_processors.%d.name", j), -1, authorityMessage(strings.TrimSpace(s.Name)))
		}
	}
}

// companyForms are the legal forms that make a name a company's name,
// whatever else it says ("Meta Platforms Inc.").
var companyForms = []string{"oy", "oyj", "ab", "abp", "ky", "tmi", "inc", "ltd", "llc", "limited", "corp", "corporation",
	"gmbh", "ag", "sarl", "sa", "bv", "nv", "as", "aps", "plc", "kk", "company", "co"}

func companyName(name string) bool {
	for _, w := range strings.Fields(words(name)) {
		for _, f := range companyForms {
			if w == f {
				return true
			}
		}
	}
	return false
}
