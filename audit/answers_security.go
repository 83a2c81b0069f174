package audit

import (
	"tietosuojapakki/data"
)

var measures = []struct {
	code string
	re   *pattern
}{
	{data.MeasureAccessControl, re(`käyttöoikeu|behörighet|access (rights|control)`)},
	{data.MeasureFirewall, re(`palomuuri|brandvägg|firewall`)},
	{data.MeasureEncryptionTransit, re(`\bssl\b|\btls\b|https|salattu(ja)? yhtey|salatun yhteyden|krypterad (förbindelse|anslutning)|encrypted connection`)},
	{data.MeasureBackups, re(`varmuuskopi|säkerhetskopi|backup`)},
	{data.MeasureLockedPremises, re(`lukit|låst|locked`)},
	{data.MeasureConfidentiality, re(`vaitiolo|salassapitovelvo|tystnadsplikt|sekretessförbindelse|confidentiality`)},
	{data.MeasureMalwareProtection, re(`virustorju|haittaohjelm|antivirus|virusskydd|skadlig kod|malware`)},
}

// security reads the security section: the sentence on manual material
// and the measures it names.
func (p *part) security() data.SecurityDescription {
	s := data.SecurityDescription{Measures: []string{}}
	for _, it := range items(p.section(topicSecurity)) {
		if s.Manual == "" && manualWord.MatchString(it) {
			s.Manual = it
		}
		for _, m := range measures {
			if m.re.MatchString(it) && !contains(s.Measures, m.code) {
				s.Measures = append(s.Measures, m.code)
			}
		}
	}
	return s
}

var manualWord = re(`manuaali|paperi|tulostet|manuell|papper|utskrift|manual|paper|printed`)

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
