package wizard

import (
	"fmt"
	"strings"

	"tietosuojapakki/data"
)

// knownTransfers: a well-known service that usually processes data outside
// the EU/EEA, named while the notice would state that no data leaves it.
// Blocking until the user adds the transfer or confirms that none happens:
// "no transfers" next to a US service is a false statement (13(1)(f)).
func (c *checker) knownTransfers(a *data.Answers) {
	for i, r := range a.Registers {
		if transfersTold(a, r) || r.NoTransfersConfirmed {
			continue
		}
		used := thirdCountryServices(a, r)
		if len(used) == 0 {
			continue
		}
		s := used[0]
		c.add(Missing, "13(1)(f)", "reg.transfers", fmt.Sprintf("registers.%d.transfers", i), i,
			cat(registerLabel(r, i), T(
				fmt.Sprintf("seloste kertoisi, ettei tietoja siirretä EU:n ja ETA:n ulkopuolelle, mutta %s käsittelee tietoja yleensä maassa %s (tavallinen peruste: %s). Lisää siirto tai vahvista, ettei siirtoa tapahdu.", s.Name, s.CountryIn("fi"), safeguardLabel(s.Safeguard, "fi")),
				fmt.Sprintf("beskrivningen skulle säga att inga uppgifter överförs utanför EU och EES, men %s behandlar oftast uppgifter i %s (vanlig grund: %s). Lägg till överföringen eller bekräfta att ingen överföring sker.", s.Name, s.CountryIn("sv"), safeguardLabel(s.Safeguard, "sv")),
				fmt.Sprintf("the notice would say that no data leaves the EU/EEA, but %s usually processes data in %s (usual ground: %s). Add the transfer, or confirm that none happens.", s.Name, s.CountryIn("en"), safeguardLabel(s.Safeguard, "en")))))
	}
	c.knownProcessors(a)
	c.toolsAsRecipients(a)
}

// transfersTold: the notice of r tells some transfer (entered as one, or a
// processor located outside the EU/EEA).
func transfersTold(a *data.Answers, r data.Register) bool {
	for _, t := range r.Transfers {
		if !blank(t.Recipient) || !blank(t.Country) {
			return true
		}
	}
	for _, p := range registerProcessors(a, r) {
		if p.Location == data.LocationThirdCountry {
			return true
		}
	}
	return false
}

// thirdCountryServices are the known services outside the EU/EEA that r
// uses: its processors and recipients by name and, for a register of site
// visitors, the site's tools.
func thirdCountryServices(a *data.Answers, r data.Register) []Service {
	var names []string
	for _, p := range registerProcessors(a, r) {
		names = append(names, p.Name)
	}
	for _, rc := range r.Recipients {
		names = append(names, rc.Name)
	}
	if visitorRegister(r) {
		names = append(names, a.Website.AnalyticsTools...)
		names = append(names, a.Website.MarketingTools...)
	}
	var out []Service
	for _, n := range names {
		if s, ok := FindService(n); ok && s.ThirdCountry() {
			out = append(out, s)
		}
	}
	return out
}

func registerProcessors(a *data.Answers, r data.Register) []data.Processor {
	var out []data.Processor
	for _, id := range r.ProcessorIDs {
		for _, p := range a.Processors {
			if p.ID == id {
				out = append(out, p)
			}
		}
	}
	return out
}

// knownProcessors: a processor the table knows to work outside the EU/EEA
// but entered as inside it; and a processor no register uses, which would
// vanish from the notice (issue 12).
func (c *checker) knownProcessors(a *data.Answers) {
	used := map[string]bool{}
	for _, r := range a.Registers {
		for _, id := range r.ProcessorIDs {
			used[id] = true
		}
	}
	for i, p := range a.Processors {
		label := strings.TrimSpace(p.Name)
		if label == "" {
			label = fmt.Sprint(i + 1)
		}
		s, ok := FindService(p.Name)
		if !used[p.ID] && len(a.Registers) > 0 {
			// The notice lists it apart from the registers. Outside the
			// EU/EEA that is not enough: the registers would state no
			// transfers while it transfers their data.
			sev := Weak
			if p.Location == data.LocationThirdCountry || ok && s.ThirdCountry() {
				sev = Missing
			}
			c.add(sev, "13(1)(e)", "processors", fmt.Sprintf("processors.%d", i), -1,
				tf(T("Käsittelijää %s ei ole valittu yhteenkään rekisteriin. Seloste mainitsee sen vain yleisesti; valitse se niiden rekisterien kohdassa Käsittelijät, joiden tietoja se käsittelee, tai poista se.",
					"Biträdet %s har inte valts i något register. Beskrivningen nämner det bara allmänt; välj det i steget Personuppgiftsbiträden för de register vars uppgifter det behandlar, eller ta bort det.",
					"Processor %s is not chosen in any register. The notice mentions it only in general; choose it in the Processors step of the registers whose data it handles, or remove it."), label))
		}
		if ok && s.ThirdCountry() && p.Location == data.LocationEU {
			c.add(Weak, "13(1)(f)", "processor.location", fmt.Sprintf("processors.%d.location", i), -1, T(
				fmt.Sprintf("%s käsittelee tietoja yleensä myös maassa %s (tavallinen peruste: %s), vaikka palvelin olisi EU:ssa. Tarkista palveluntarjoajan sopimuksesta ja valitse tarvittaessa EU:n ja ETA:n ulkopuolella.", s.Name, s.CountryIn("fi"), safeguardLabel(s.Safeguard, "fi")),
				fmt.Sprintf("%s behandlar oftast uppgifter även i %s (vanlig grund: %s), även om servern finns i EU. Kontrollera leverantörens avtal och välj vid behov utanför EU och EES.", s.Name, s.CountryIn("sv"), safeguardLabel(s.Safeguard, "sv")),
				fmt.Sprintf("%s usually processes data in %s too (usual ground: %s), even with servers in the EU. Check the provider's agreement and choose outside the EU and EEA if so.", s.Name, s.CountryIn("en"), safeguardLabel(s.Safeguard, "en"))))
		}
		if ok && s.Role != RoleProcessor {
			c.add(Weak, "26", "processor.name", fmt.Sprintf("processors.%d.name", i), -1, T(
				fmt.Sprintf("%s on yleensä %s eikä käsittelijä, joka toimii vain ohjeidesi mukaan. Poista se käsittelijöistä ja lisää se rekisterin vastaanottajaksi roolilla %s.", s.Name, roleLabel(s.Role, "fi"), roleLabel(s.Role, "fi")),
				fmt.Sprintf("%s är oftast %s och inte ett biträde som bara följer dina instruktioner. Ta bort det bland biträdena och lägg till det som mottagare i registret med rollen %s.", s.Name, roleLabel(s.Role, "sv"), roleLabel(s.Role, "sv")),
				fmt.Sprintf("%s usually has the role “%s”, not that of a processor acting only on your instructions. Remove it from the processors and add it to the register as a recipient with that role.", s.Name, roleLabel(s.Role, "en"))))
		}
		if authority(p.Name) {
			c.add(Weak, "28", "processor.name", fmt.Sprintf("processors.%d.name", i), -1, authorityMessage(label))
		}
	}
}

// toolsAsRecipients: a named web tool the answers do not list anywhere as
// a processor or recipient; the message suggests the entry the table knows.
func (c *checker) toolsAsRecipients(a *data.Answers) {
	lists := []struct {
		qid, field string
		tools      []string
	}{
		{"web.analytics_tools", "analytics_tools", a.Website.AnalyticsTools},
		{"web.marketing_tools", "marketing_tools", a.Website.MarketingTools},
	}
	for _, l := range lists {
		for j, tool := range l.tools {
			s, ok := FindService(tool)
			if !ok || s.Provider == "" || listed(a, s) {
				continue
			}
			c.add(Weak, "13(1)(e)", l.qid, fmt.Sprintf("website.%s.%d", l.field, j), -1, T(
				fmt.Sprintf("%s ei ole käsittelijänä eikä vastaanottajana missään rekisterissä. Lisää %s: %s, yleensä %s, %s.", s.Name, s.Provider, roleLabel(s.Role, "fi"), s.CountryIn("fi"), safeguardLabel(s.Safeguard, "fi")),
				fmt.Sprintf("%s finns inte som biträde eller mottagare i något register. Lägg till %s: %s, oftast %s, %s.", s.Name, s.Provider, roleLabel(s.Role, "sv"), s.CountryIn("sv"), safeguardLabel(s.Safeguard, "sv")),
				fmt.Sprintf("%s is not a processor or recipient in any register. Add %s: %s, usually %s, %s.", s.Name, s.Provider, roleLabel(s.Role, "en"), s.CountryIn("en"), safeguardLabel(s.Safeguard, "en"))))
		}
	}
}

// listed: some processor or recipient of the answers is the service.
func listed(a *data.Answers, s Service) bool {
	same := func(name string) bool { f, ok := FindService(name); return ok && f.Name == s.Name }
	for _, p := range a.Processors {
		if same(p.Name) {
			return true
		}
	}
	for _, r := range a.Registers {
		for _, rc := range r.Recipients {
			if same(rc.Name) {
				return true
			}
		}
		for _, t := range r.Transfers {
			if same(t.Recipient) {
				return true
			}
		}
	}
	return false
}

func safeguardLabel(code, lang string) string {
	if code == "" {
		return T("EU/ETA", "EU/EES", "EU/EEA").In(lang)
	}
	for _, t := range optionLists["safeguards"] {
		if t.Code == code {
			return t.Label.In(lang)
		}
	}
	return code
}

func roleLabel(role, lang string) string {
	switch role {
	case data.RoleJointController:
		return T("yhteisrekisterinpitäjä", "gemensamt personuppgiftsansvarig", "joint controller").In(lang)
	case data.RoleController:
		return T("itsenäinen rekisterinpitäjä", "självständigt personuppgiftsansvarig", "independent controller").In(lang)
	}
	return T("käsittelijä", "personuppgiftsbiträde", "processor").In(lang)
}
