package wizard

import (
	"fmt"
	"strings"

	"tietosuojapakki/data"
)

// visitorWords mark a register about the web site's visitors.
var visitorWords = []string{"kävijä", "besökare", "visitor"}

// visitorRegister reports whether r is about the site's visitors.
func visitorRegister(r data.Register) bool {
	for _, s := range append([]string{r.Name}, r.DataSubjects...) {
		for _, w := range visitorWords {
			if strings.Contains(strings.ToLower(s), w) {
				return true
			}
		}
	}
	return false
}

// webTools: what the named analytics and marketing tools imply. Ad tools
// profile visitors (art. 4(4)) and usually make the site a joint controller
// with the ad platform (art. 26, CJEU C-40/17 Fashion ID); the processing
// needs a register of site visitors that tells all this.
func (c *checker) webTools(a *data.Answers) {
	marketing := clean(a.Website.MarketingTools)
	tools := append(clean(a.Website.AnalyticsTools), marketing...)
	if len(tools) == 0 {
		return
	}
	visitors := -1
	profiled := false
	for i, r := range a.Registers {
		if visitorRegister(r) && visitors < 0 {
			visitors = i
		}
		p := r.AutomatedDecisions.Profiling
		profiled = profiled || p != nil && *p
		if len(marketing) > 0 && visitorRegister(r) && p != nil && !*p {
			c.add(Missing, "13(2)(f)", "reg.automated.profiling", fmt.Sprintf("registers.%d.automated_decisions.profiling", i), i,
				tf(T("Rekisteri ”%s”: vastasit, ettei tietoja profiloida, mutta sivuilla on mainostyökalut %s. Ne muodostavat kävijöistä mainosyleisöjä, mikä on profilointia. Korjaa vastaus ja kerro profiloinnista.",
					"Registret ”%s”: du svarade att uppgifterna inte profileras, men webbplatsen har annonsverktygen %s. De bildar annonsmålgrupper av besökarna, vilket är profilering. Rätta svaret och beskriv profileringen.",
					"Register “%s”: you answered that there is no profiling, but the site has the ad tools %s. They build ad audiences from visitors, which is profiling. Correct the answer and describe the profiling."),
					r.Name, strings.Join(marketing, ", ")))
		}
	}
	if visitors < 0 {
		c.add(Weak, "13(1)(c)", "registers", "registers", -1,
			tf(T("Sivuilla on työkalut %s, mutta mikään rekisteri ei koske verkkosivujen kävijöitä. Lisää kävijöiden rekisteri (valmis pohja), joka kertoo tarkoituksen, suostumuksen, tiedot, vastaanottajat ja siirrot.",
				"Webbplatsen har verktygen %s, men inget register gäller besökarna. Lägg till ett register över besökare (färdig mall) som berättar ändamål, samtycke, uppgifter, mottagare och överföringar.",
				"The site has the tools %s, but no register is about site visitors. Add a visitor register (ready template) that tells the purpose, consent, data, recipients and transfers."), strings.Join(tools, ", ")))
	}
	if len(marketing) > 0 && !profiled {
		c.add(Weak, "13(2)(f)", "web.marketing_tools", "website.marketing_tools", -1,
			tf(T("Mainostyökalut (%s) muodostavat yleensä kävijöistä kohdeyleisöjä eli profiloivat heitä. Vastaa profilointikysymykseen kävijöiden rekisterissä.",
				"Annonsverktyg (%s) bildar oftast målgrupper av besökarna, det vill säga profilerar dem. Besvara frågan om profilering i registret över besökare.",
				"Ad tools (%s) usually build audiences from visitors, that is, profile them. Answer the profiling question in the visitor register."), strings.Join(marketing, ", ")))
	}
	c.jointControllers(a)
}

// jointControllers: an ad pixel's provider decides with the site on the
// collection of visitor data, so it is a joint controller (art. 26), not a
// processor acting "only on our instructions". Advice, with the fix.
func (c *checker) jointControllers(a *data.Answers) {
	for j, tool := range a.Website.MarketingTools {
		s, ok := FindService(tool)
		if !ok || s.Role != data.RoleJointController || namedJointController(a, s) {
			continue
		}
		c.add(Weak, "26", "web.marketing_tools", fmt.Sprintf("website.marketing_tools.%d", j), -1,
			tf(T("%s tekee sivustostasi yleensä yhteisrekisterinpitäjän palveluntarjoajan (%s) kanssa (26 artikla, EUT C-40/17 Fashion ID). Lisää se kävijöiden rekisteriin vastaanottajaksi roolilla yhteisrekisterinpitäjä ja kerro järjestelyn pääkohdat; älä merkitse sitä käsittelijäksi.",
				"%s gör oftast din webbplats till gemensamt personuppgiftsansvarig med leverantören (%s) (artikel 26, EU-domstolen C-40/17 Fashion ID). Lägg till den som mottagare i registret över besökare med rollen gemensamt ansvarig och beskriv det väsentliga i arrangemanget; ange den inte som biträde.",
				"%s usually makes your site a joint controller with its provider (%s) (Article 26, CJEU C-40/17 Fashion ID). Add it to the visitor register as a recipient with the role joint controller and give the essence of the arrangement; do not list it as a processor."),
				s.Name, s.Provider))
	}
}

// namedJointController: some register names the service as a joint
// controller recipient.
func namedJointController(a *data.Answers, s Service) bool {
	for _, r := range a.Registers {
		for _, rc := range r.Recipients {
			if rc.Role == data.RoleJointController {
				if found, ok := FindService(rc.Name); ok && found.Name == s.Name {
					return true
				}
			}
		}
	}
	return false
}

func clean(list []string) []string {
	var out []string
	for _, s := range list {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
